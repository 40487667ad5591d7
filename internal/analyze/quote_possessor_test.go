package analyze

import "testing"

// TestQuotesOwnerOfTheSpeakersTitle: the person whose aide, lawyer or wife
// spoke («пресс-секретарь Владимира Путина», "Putin's spokesman") and the
// person a letter or an appeal is addressed to («в обращении к Эмомали
// Рахмону», "in a letter to John Smith") are never the speaker. A speaker
// named after the owner keeps the quotation; nominative names after a
// title keep theirs.
func TestQuotesOwnerOfTheSpeakersTitle(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		// Negative cases: no speaker, or the right one.
		{"ru aide of a known person", "ru",
			"«Санкции незаконны и не изменят нашего курса», — сказал пресс-секретарь Владимира Путина.",
			nil},
		{"ru aide of a known person, then the aide's name", "ru",
			"«Санкции незаконны и не изменят нашего курса», — сказал пресс-секретарь Владимира Путина Дмитрий Песков.",
			[]wantQuote{{"Санкции незаконны", "Дмитрий Песков"}}},
		{"ru assistant of a known person", "ru",
			"«Мы закончим дорогу до конца года», — сообщил помощник Эмомали Рахмона.",
			nil},
		{"ru lawyer of an unknown man", "ru",
			"«Мой подзащитный не признает вину и будет обжаловать приговор», — сказал адвокат Ивана Петрова.",
			nil},
		{"ru lawyer of a president with an adjectival surname", "ru",
			"«Мой подзащитный не признает вину и будет обжаловать приговор», — заявила адвокат Владимира Зеленского.",
			nil},
		{"ru appeal addressed to a person", "ru",
			"«Просим срочно помочь с последствиями паводка в регионе», — говорится в обращении к Эмомали Рахмону.",
			nil},
		{"en letter addressed to a person", "en",
			"\"We ask for urgent help with the flood damage in the region,\" the mayors said in a letter to John Smith.",
			nil},
		{"en aide of a named man", "en",
			"\"The sanctions are illegal and will not change our course,\" said Putin's spokesman.",
			nil},
		{"en lawyer for a named man", "en",
			"\"My client denies the charges and will appeal the verdict,\" a lawyer for John Smith said.",
			nil},
		// Positive controls.
		{"ru a woman whose surname is a known man's genitive", "ru",
			"«Мы закончим дорогу до конца года», — сказала пресс-секретарь мэрии Гульнара Алиева.",
			[]wantQuote{{"Мы закончим дорогу", "Гульнара Алиева"}}},
		{"ru a woman with a known man's surname, present tense", "ru",
			"«Мы закончим дорогу до конца года», — говорит пресс-секретарь мэрии Гульнара Алиева.",
			[]wantQuote{{"Мы закончим дорогу", "Гульнара Алиева"}}},
		{"ru a title, then a woman's name in the nominative", "ru",
			"«Мы закончим дорогу до конца года», — сказала пресс-секретарь мэрии Айгуль Бекова.",
			[]wantQuote{{"Мы закончим дорогу", "Айгуль Бекова"}}},
		{"ru a title, then a man's name in the nominative", "ru",
			"«Мы закончим дорогу до конца года», — сказал пресс-секретарь мэрии Марат Исаев.",
			[]wantQuote{{"Мы закончим дорогу", "Марат Исаев"}}},
		{"ru the author of a statement in the genitive", "ru",
			"«Мы закончим дорогу до конца года», — говорится в заявлении Ермека Кошербаева.",
			[]wantQuote{{"Мы закончим дорогу", "Ермек Кошербаев"}}},
		{"en a spokesman named after the owner", "en",
			"\"We will finish the road by the end of the year,\" said Tokayev's spokesman Ruslan Zheldibay.",
			[]wantQuote{{"We will finish the road", "Ruslan Zheldibay"}}},
		{"en a letter by its author", "en",
			"\"We ask for urgent help with the flood damage in the region,\" John Smith wrote in a letter to the ministry.",
			[]wantQuote{{"We ask for urgent help", "John Smith"}}},
	})
}
