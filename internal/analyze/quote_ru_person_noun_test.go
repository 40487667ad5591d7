package analyze

import "testing"

// TestQuotesSentencePersonNoun: a person's noun opening a sentence is
// capitalised only because it opens it, and is no first name: «Пассажирка
// Ольга рассказала:», "Passenger Olga told our site:" give the speaker by
// her first name alone, never «Пассажирка Ольга»; a full name after the
// noun stays whole, and the noun with no name after it names no one.
func TestQuotesSentencePersonNoun(t *testing.T) {
	const ru = "Автобус съехал в кювет под Минском.\n\n"
	const ruWords = "Я ездила этим рейсом уже много раз, и никогда ничего подобного не случалось с нашим автобусом."
	const en = "A bus left the road near Minsk.\n\n"
	const enWords = "I have taken this route many times and nothing like this has ever happened to our bus."
	runQuoteCases(t, []quoteCase{
		{"ru a passenger's first name over a dash turn", "ru", ru + "Пассажирка Ольга рассказала нашему сайту:\n\n— " + ruWords,
			[]wantQuote{{"Я ездила этим рейсом", "Ольга"}}},
		{"ru a resident's first name before a colon", "ru", ru + "Жительница Нина рассказала: «" + ruWords + "»",
			[]wantQuote{{"Я ездила этим рейсом", "Нина"}}},
		{"ru a full name after the noun", "ru", ru + "Соседка Ольга Петрова рассказала: «" + ruWords + "»",
			[]wantQuote{{"Я ездила этим рейсом", "Ольга Петрова"}}},
		{"en a passenger's first name over a turn", "en", en + "Passenger Olga told our site:\n\n\"" + enWords + "\"",
			[]wantQuote{{"I have taken this route", "Olga"}}},
		{"en a neighbour's first name before a colon", "en", en + "Neighbour Nina said: \"" + enWords + "\"",
			[]wantQuote{{"I have taken this route", "Nina"}}},
		// Refused: the noun alone names no one.
		{"ru the noun with no name", "ru", ru + "Пассажирка автобуса рассказала нашему сайту:\n\n— " + ruWords,
			nil},
	})
}

// TestQuotesNameRunOverMention: a known person's surname in the genitive
// glued before another name («адвоката Жапарова Сергея Сидорова», "the
// lawyer of Japarov Sergei Sidorov") makes one run of capitals holding a
// second mention; a role after it is read without slicing backwards (the
// analysis once panicked here), and the lawyer named only in the genitive
// stays unresolved.
func TestQuotesNameRunOverMention(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a known surname glued before the lawyer's name", "ru",
			"Суд снова отложил заседание из-за болезни секретаря суда.\n\nПо словам адвоката Жапарова Сергея Сидорова, заседание могли отложить из-за митинга.\n\n\"Сегодня должно было прозвучать последнее слово, но заседание снова отложено\", - возмутился адвокат.",
			nil},
		{"en the same in English", "en",
			"The court again adjourned the hearing because the clerk was ill.\n\nAccording to the lawyer of Japarov Sergei Sidorov, the hearing may have been put off because of the rally.\n\n\"Today the last word was to be given, but the hearing was put off again,\" the lawyer said.",
			nil},
	})
}
