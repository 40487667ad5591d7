package analyze

import (
	"strings"
	"testing"
)

// TestQuotesLoneSurname: a speaker named once, by a surname alone beside
// the speech verb, is the speaker as written when the word ends like a
// surname of the region, a Russian verb agrees with it in gender, and it
// is no company, place, demonym, first name or common word; it must stand
// in the attribution after the quotation, not open a sentence. A pronoun
// after it goes on with it when the surname's gender allows.
func TestQuotesLoneSurname(t *testing.T) {
	const ru = "«Мы будем добиваться, чтобы вода пришла в каждое село уже этой весной»"
	const en = "“We will make sure that water reaches every village this spring,”"
	const ruText, enText = "Мы будем добиваться", "We will make sure"
	lead := func(s string) string { return "Совещание прошло в среду. " + s }
	one := func(text, speaker string) []wantQuote { return []wantQuote{{text, speaker}} }
	runQuoteCases(t, []quoteCase{
		// Russian: the endings and their genders.
		{"ru -ов with сообщил", "ru", lead(ru + ", — сообщил Хабиров."), one(ruText, "Хабиров")},
		{"ru -ева with сказала", "ru", lead(ru + ", — сказала Абдуллаева."), one(ruText, "Абдуллаева")},
		{"ru -ин with заявил", "ru", lead(ru + ", — заявил Ильин."), one(ruText, "Ильин")},
		{"ru -ын with заявил", "ru", lead(ru + ", — заявил Синицын."), one(ruText, "Синицын")},
		{"ru -ина with отметила", "ru", lead(ru + ", — отметила Ильина."), one(ruText, "Ильина")},
		{"ru -ский with подчеркнул", "ru", lead(ru + ", — подчеркнул Смоленский."), one(ruText, "Смоленский")},
		{"ru -ская with добавила", "ru", lead(ru + ", — добавила Загорская."), one(ruText, "Загорская")},
		{"ru -енко with a man's verb", "ru", lead(ru + ", — сказал Шевченко."), one(ruText, "Шевченко")},
		{"ru -енко with a woman's verb", "ru", lead(ru + ", — сказала Шевченко."), one(ruText, "Шевченко")},
		{"ru -ян", "ru", lead(ru + ", — заявила Мкртчян."), one(ruText, "Мкртчян")},
		{"ru -швили", "ru", lead(ru + ", — сказал Маргвелашвили."), one(ruText, "Маргвелашвили")},
		{"ru -дзе", "ru", lead(ru + ", — пояснил Гогиладзе."), one(ruText, "Гогиладзе")},
		{"ru -ук", "ru", lead(ru + ", — уточнил Ковальчук."), one(ruText, "Ковальчук")},
		{"ru -зода", "ru", lead(ru + ", — сказал Рахмонзода."), one(ruText, "Рахмонзода")},
		{"ru -уулу", "ru", lead(ru + ", — сказал Жолдошбекуулу."), one(ruText, "Жолдошбекуулу")},
		{"ru the present tense agrees with either", "ru", lead(ru + ", — говорит Абдуллаева."), one(ruText, "Абдуллаева")},
		// Russian: what may stand around it.
		{"ru an addressee after the surname", "ru", lead(ru + ", — сообщил Хабиров журналистам."), one(ruText, "Хабиров")},
		{"ru a medium in marks after the surname", "ru", lead(ru + ", — сказала Тарасова «Совспорту»."), one(ruText, "Тарасова")},
		{"ru an acronym medium after the surname", "ru", lead(ru + ", — сказал Хабиров ТАСС."), one(ruText, "Хабиров")},
		{"ru a medium in Latin letters after the surname", "ru", lead(ru + ", — рассказала Абдуллаева Kaktus.media."), one(ruText, "Абдуллаева")},
		{"ru a full name before a medium in Latin letters", "ru", lead(ru + ", — рассказала Айгуль Абдуллаева Kaktus.media."), one(ruText, "Айгуль Абдуллаева")},
		{"ru the surname before the verb", "ru", lead(ru + ", — Хабиров сообщил."), one(ruText, "Хабиров")},
		{"ru a split quotation", "ru",
			lead("«Начнем с того, — поясняет Тумусов, — что ничего не нужно запрещать никому из нас»."), one("Начнем с того", "Тумусов")},
		{"ru an addressee between the verb and the surname", "ru", lead(ru + ", — сказал журналистам Хабиров."), one(ruText, "Хабиров")},
		{"ru an interview with a medium between", "ru", lead(ru + ", — заявил в интервью РБК Хабиров."), one(ruText, "Хабиров")},
		{"ru a pronoun goes on with the surname", "ru",
			lead(ru + ", — сказал Хабиров. «Мы будем работать дальше, пока все не получится у всех», — добавил он."),
			[]wantQuote{{ruText, "Хабиров"}, {"Мы будем работать дальше", "Хабиров"}}},
		{"ru a pronoun of the other gender does not", "ru",
			lead(ru + ", — сказал Хабиров. «Мы будем работать дальше, пока все не получится у всех», — добавила она."),
			one(ruText, "Хабиров")},
		{"ru a title between the verb and the surname", "ru", lead(ru + ", — сказал министр Хабиров."), one(ruText, "Хабиров")},
		{"ru a title with its complement", "ru", lead(ru + ", — сказал глава района Хабиров."), one(ruText, "Хабиров")},
		{"ru a title with a title in the genitive", "ru", lead(ru + ", — сказал помощник министра Хабиров."), one(ruText, "Хабиров")},
		{"ru об этом заявил in the next sentence", "ru", lead(ru + ". Об этом заявил Хабиров."), one(ruText, "Хабиров")},
		{"ru об этом with an addressee", "ru", lead(ru + ". Об этом сообщила журналистам Абдуллаева."), one(ruText, "Абдуллаева")},
		{"ru a colon attribution after an adverb", "ru", lead("Позже Хабиров добавил: " + ru + "."), one(ruText, "Хабиров")},
		{"ru a colon attribution after an addressee", "ru", lead("В ответ Абдуллаева сказала журналистам: " + ru + "."), one(ruText, "Абдуллаева")},
		{"ru как отметил before the quotation", "ru", lead("Как отметил Хабиров, " + ru + "."), one(ruText, "Хабиров")},
		// Russian: what is refused.
		{"ru a colon attribution opening the sentence", "ru", lead("Хабиров добавил: " + ru + "."), nil},
		{"ru a colon attribution with the verb of the other gender", "ru", lead("Позже Хабиров добавила: " + ru + "."), nil},
		{"ru об этом with the verb of the other gender", "ru", lead(ru + ". Об этом заявила Хабиров."), nil},
		{"ru a woman's surname after a title may be a genitive", "ru", lead(ru + ", — сказала пресс-секретарь министра Хабирова."), nil},
		{"ru an indeclinable surname after a title may be a genitive", "ru", lead(ru + ", — сказала пресс-секретарь Шевченко."), nil},
		{"ru a city after a title", "ru", lead(ru + ", — сказал губернатор Саратова."), nil},
		{"ru a noun between the verb and the word", "ru", lead(ru + ", — сказала подруга Хабирова."), nil},
		{"ru a man's surname, a woman's verb", "ru", lead(ru + ", — сказала Хабиров."), nil},
		{"ru a woman's surname, a man's verb", "ru", lead(ru + ", — сказал Абдуллаева."), nil},
		{"ru a plural verb", "ru", lead(ru + ", — сообщили Хабиров."), nil},
		{"ru a company", "ru", lead(ru + ", — сообщила Роснефть."), nil},
		{"ru a company named in Latin letters", "ru", lead(ru + ", — сообщил Lukoil."), nil},
		{"ru a capital", "ru", lead(ru + ", — заявил Пекин."), nil},
		{"ru a country agreeing with the verb", "ru", lead(ru + ", — заявила Украина."), nil},
		{"ru a city ending in -ов", "ru", lead(ru + ", — сообщил Саратов."), nil},
		{"ru a city in another case", "ru", lead(ru + ", — сообщили из Харькова."), nil},
		{"ru a body named by an adjective", "ru", lead(ru + ", — сообщил Бишкекский горсуд."), nil},
		{"ru a body named by an adjective and an acronym", "ru", lead(ru + ", — сообщил Бишкекский ГУВД."), nil},
		{"ru a first name alone", "ru", lead(ru + ", — говорит Марина."), nil},
		{"ru a Tajik first name alone", "ru", lead(ru + ", — сказал Нуриддин."), nil},
		{"ru a common noun the article writes in lower case", "ru",
			"Каждый горожанин это знает. " + ru + ", — сказал Горожанин.", nil},
		{"ru a demonym opening the sentence", "ru",
			lead("Россиянин сказал: " + ru + "."), nil},
		{"ru no surname ending", "ru", lead(ru + ", — сказал Тумусбек."), nil},
		{"ru a verb in another sentence", "ru", lead(ru + ". Так сказал Хабиров."), nil},
		// English: the endings.
		{"en -ov before said", "en", lead(en + " Tumusov said."), one(enText, "Tumusov")},
		{"en -ova after said", "en", lead(en + " said Abdullaeva."), one(enText, "Abdullaeva")},
		{"en -yev", "en", lead(en + " Tulegenyev said."), one(enText, "Tulegenyev")},
		{"en -uly", "en", lead(en + " Sauranbayuly said."), one(enText, "Sauranbayuly")},
		{"en -enko", "en", lead(en + " Shevchenko said."), one(enText, "Shevchenko")},
		{"en -yan", "en", lead(en + " Mkrtchyan told reporters."), one(enText, "Mkrtchyan")},
		{"en -shvili", "en", lead(en + " Margvelashvili said."), one(enText, "Margvelashvili")},
		{"en -dze", "en", lead(en + " said Gogiladze on Monday."), one(enText, "Gogiladze")},
		{"en -zoda", "en", lead(en + " Rahmonzoda added."), one(enText, "Rahmonzoda")},
		{"en -skaya", "en", lead(en + " Zagorskaya said."), one(enText, "Zagorskaya")},
		{"en a pronoun goes on with the surname", "en",
			lead(en + " Tumusov said. “We will keep working on this until it is done,” he added."),
			[]wantQuote{{enText, "Tumusov"}, {"We will keep working", "Tumusov"}}},
		{"en a pronoun of the other gender does not", "en",
			lead(en + " Abdullaeva said. “We will keep working on this until it is done,” he added."),
			one(enText, "Abdullaeva")},
		{"en a title before the surname and the verb", "en", lead(en + " Deputy Minister Tumusov said."), one(enText, "Tumusov")},
		{"en a title after the verb", "en", lead(en + " said Minister Abdullaeva."), one(enText, "Abdullaeva")},
		{"en a colon attribution after an adverb", "en", lead("Later, Tumusov said: " + en[:len(en)-len(",”")] + ".”"), one(enText, "Tumusov")},
		{"en a colon attribution after lower-case words", "en", lead("In a reply Abdullaeva told reporters: " + en[:len(en)-len(",”")] + ".”"), one(enText, "Abdullaeva")},
		// English: what is refused.
		{"en a colon attribution after a capitalised word", "en", lead("In Astana Tumusov said: " + en[:len(en)-len(",”")] + ".”"), nil},
		{"en a title before a word of no surname ending", "en", lead(en + " Deputy Minister Tumusbek said."), nil},
		{"en a title opening a sentence", "en", lead("Deputy Minister Tumusov said: " + en[:len(en)-len(",”")] + ".”"), nil},
		{"en a company", "en", lead(en + " Gazprom said."), nil},
		{"en a city ending in -ov in another spelling", "en", lead(en + " Kharkov said."), nil},
		{"en a city ending in -ov", "en", lead(en + " Saratov said."), nil},
		{"en a demonym ending like a surname", "en", lead(en + " Kenyan said."), nil},
		{"en a first name ending like a surname", "en", lead(en + " said Bryan."), nil},
		{"en a word of no surname ending", "en", lead(en + " Tumusbek said."), nil},
		{"en -in is no surname alone", "en", lead(en + " Borodin said."), nil},
		{"en an addressee after told", "en", lead(en + " the minister told Tumusov."), nil},
		{"en the surname opening a sentence", "en", lead("Tumusov said: " + en[:len(en)-len(",”")] + ".”"), nil},
		{"en a longer name", "en", lead(en + " said Tumusov Holding."), nil},
		{"en a verb in another sentence", "en", lead(en[:len(en)-len(",”")] + ".” Then spoke Tumusov."), nil},
	})
}

// TestSurnameGender: the endings of the table and the genders they give.
func TestSurnameGender(t *testing.T) {
	for _, tt := range []struct {
		word string
		want nameGender
	}{
		{"тумусов", genderMale}, {"токаев", genderMale}, {"ильин", genderMale}, {"смоленский", genderMale},
		{"абдуллаева", genderFemale}, {"ильина", genderFemale}, {"загорская", genderFemale},
		{"шевченко", genderEither}, {"пашинян", genderEither}, {"кобахидзе", genderEither},
		{"tumusov", genderMale}, {"abdullaeva", genderFemale}, {"pashinyan", genderEither},
		{"sauranbayuly", genderMale},
		{"марина", genderNone}, {"нуриддин", genderNone}, {"bryan", genderNone}, {"truly", genderNone},
		{"unruly", genderNone}, {"жапар", genderNone}, {"ов", genderNone}, {"borodin", genderNone},
	} {
		t.Run(tt.word, func(t *testing.T) {
			if got := surnameGender(tt.word); got != tt.want {
				t.Errorf("surnameGender(%q) = %d, want %d", tt.word, got, tt.want)
			}
		})
	}
}

// TestRuVerbGender: the gender a Russian speech verb asks of its subject.
func TestRuVerbGender(t *testing.T) {
	for _, tt := range []struct {
		word string
		want nameGender
	}{
		{"сказал", genderMale}, {"признался", genderMale}, {"уверен", genderMale},
		{"сказала", genderFemale}, {"призналась", genderFemale}, {"уверена", genderFemale},
		{"говорит", genderEither}, {"поясняет", genderEither}, {"признается", genderEither},
		{"сказали", genderNone}, {"сообщило", genderNone}, {"говорят", genderNone},
		{"считают", genderNone}, {"говорится", genderNone}, {"сказано", genderNone},
	} {
		t.Run(tt.word, func(t *testing.T) {
			if got := ruVerbGender(tt.word); got != tt.want {
				t.Errorf("ruVerbGender(%q) = %d, want %d", tt.word, got, tt.want)
			}
		})
	}
}

// TestLoneSurnameGuards checks each condition of the rule on the word
// itself, beside its verb, whatever the quotation parsers around it would
// refuse first: the same word passes or fails as the rule says.
func TestLoneSurnameGuards(t *testing.T) {
	a := shared()
	const ru = "«Мы будем добиваться, чтобы вода пришла в каждое село уже этой весной», "
	const en = "“We will make sure that water reaches every village this spring,” "
	for _, tt := range []struct {
		name, lang, body, word string
		want                   bool
	}{
		{"ru a surname after the verb", "ru", ru + "— сообщил Хабиров.", "Хабиров", true},
		{"ru a surname before the verb", "ru", ru + "— Хабиров сообщил.", "Хабиров", true},
		{"ru the verb of the other gender", "ru", ru + "— сообщила Хабиров.", "Хабиров", false},
		{"ru a capital", "ru", ru + "— заявил Пекин.", "Пекин", false},
		{"ru a country", "ru", ru + "— заявила Украина.", "Украина", false},
		{"ru a demonym", "ru", ru + "— сказал Россиянин.", "Россиянин", false},
		{"ru written in lower case elsewhere", "ru", "Каждый горожанин это знает. " + ru + "— сказал Горожанин.", "Горожанин", false},
		{"ru opening a sentence", "ru", "Совещание прошло в среду. Хабиров сообщил, что вода придет весной.", "Хабиров", false},
		{"ru opening a dash turn", "ru", ru + "\n— Хабиров сообщил это вчера.", "Хабиров", false},
		{"ru no quotation before the verb", "ru", "Совещание прошло в среду, сообщил Хабиров.", "Хабиров", false},
		{"ru a longer name after", "ru", ru + "— сообщил Хабиров Радий.", "Хабиров", false},
		{"en a surname before the verb", "en", en + "Tumusov said.", "Tumusov", true},
		{"en a surname after the verb", "en", en + "said Tumusov.", "Tumusov", true},
		{"en a city", "en", en + "Saratov said.", "Saratov", false},
		{"en a demonym", "en", en + "Kenyan said.", "Kenyan", false},
		{"en an addressee", "en", en + "the minister told Tumusov.", "Tumusov", false},
		{"en opening a sentence", "en", "The meeting was on Wednesday. Tumusov said water would come.", "Tumusov", false},
		{"en Cyrillic in English", "en", en + "said Хабиров.", "Хабиров", false},
		{"ru a colon attribution after an adverb", "ru", "Позже Хабиров добавил: " + ru[:len(ru)-len(", ")] + ".", "Хабиров", true},
		{"ru mid-sentence with no colon after", "ru", "Позже Хабиров добавил, что вода придет.", "Хабиров", false},
		{"ru a colon in the next sentence", "ru", "Позже Хабиров ответил. Министр сказал: " + ru[:len(ru)-len(", ")] + ".", "Хабиров", false},
		{"ru a colon too far after the verb", "ru", "Позже Хабиров добавил в беседе с нашим корреспондентом очень важное: " + ru[:len(ru)-len(", ")] + ".", "Хабиров", false},
		{"en a colon attribution after an adverb", "en", "Later, Tumusov said: " + strings.TrimSuffix(en, ",” ") + ".”", "Tumusov", true},
		{"en a colon attribution after a first name", "en", "Meanwhile Pavel Tumusov said: " + strings.TrimSuffix(en, ",” ") + ".”", "Tumusov", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := a.newDoc(Input{Title: "T", Body: tt.body, Lang: tt.lang})
			i := -1
			for k := range d.btoks {
				if d.body[d.btoks[k].s:d.btoks[k].e] == tt.word {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("no token %q", tt.word)
			}
			if got := a.loneSurname(d, i); got != tt.want {
				t.Errorf("loneSurname(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
