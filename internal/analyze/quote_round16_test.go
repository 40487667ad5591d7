package analyze

import "testing"

// TestQuotesOtherOffice: a role resolves to a known person only when the
// office fits what the person table knows of them: the Kremlin's press
// secretary is not «глава МИД» nor "the head of the ministry", a minister is
// not "the spokesman"; a generic word ("the diplomat", «представитель
// Кремля» for the press secretary) still fits.
func TestQuotesOtherOffice(t *testing.T) {
	const en = "“We are in talks with the Tajik side right now, as we speak,” "
	const ru = "«Мы сейчас ведем переговоры с таджикской стороной по границе», — "
	runQuoteCases(t, []quoteCase{
		{"ru the press secretary is no head of the ministry", "ru",
			"Пресс-секретарь президента Дмитрий Песков ответил на вопрос о Сергее Лаврове и Марко Рубио.\n\n" + ru + "сказал глава МИД.",
			nil},
		{"en the press secretary is no head of the ministry", "en",
			"Kremlin spokesman Dmitry Peskov answered a question about Sergei Lavrov and Marco Rubio.\n\n" + en + "the head of the ministry said.",
			nil},
		{"ru the minister is no representative", "ru",
			"Министр иностранных дел России Сергей Лавров ответил на вопросы журналистов.\n\n" + ru + "сказала официальный представитель министерства.",
			nil},
		{"en the minister is no spokesman", "en",
			"Foreign Minister Sergei Lavrov answered questions from journalists.\n\n" + en + "the spokesman said.",
			nil},
		{"ru представитель Кремля is the press secretary", "ru",
			"Пресс-секретарь президента Дмитрий Песков ответил на вопрос о Сергее Лаврове.\n\n" + ru + "ответил представитель Кремля.",
			[]wantQuote{{"Мы сейчас ведем переговоры", "Дмитрий Песков"}}},
		{"en the spokesman is the press secretary", "en",
			"Kremlin spokesman Dmitry Peskov answered a question about Sergei Lavrov.\n\n" + en + "the spokesman said.",
			[]wantQuote{{"We are in talks", "Dmitry Peskov"}}},
		{"ru сказала дипломат fits the spokeswoman", "ru",
			"Официальный представитель МИД России Мария Захарова выступила в эфире телеканала.\n\n" + ru + "сказала дипломат.",
			[]wantQuote{{"Мы сейчас ведем переговоры", "Мария Захарова"}}},
	})
}

// TestQuotesObliqueSpeaker: a Russian speaker is never shown in an oblique
// case. A pronoun resolved to an object («выслушал адвоката Алму Мусину
// … — сказала она») or an interlocutor's genitive («— сказала
// собеседница Айман Умаровой»: someone else) is refused; a subject in the
// nominative, or an English name, which does not decline, keeps it; an
// addressee in the dative glued before the speaker's name is cut off.
func TestQuotesObliqueSpeaker(t *testing.T) {
	const en = "“We are in talks with the Tajik side right now, as we speak,” "
	const ru = "«Мы сейчас ведем переговоры с таджикской стороной по границе», — "
	runQuoteCases(t, []quoteCase{
		{"ru она after an object in the accusative", "ru",
			"Председатель суда Нургазы Абдиканов выслушал адвоката Алму Мусину.\n\n" + ru + "сказала она.",
			nil},
		{"ru собеседница of a woman in the genitive", "ru",
			ru + "сказала собеседница Айман Умаровой.",
			nil},
		{"ru она after a subject in the nominative", "ru",
			"Адвокат Алма Мусина выступила в суде в понедельник.\n\n" + ru + "сказала она.",
			[]wantQuote{{"Мы сейчас ведем переговоры", "Алма Мусина"}}},
		{"en she after a subject", "en",
			"Lawyer Alma Musina spoke in court on Monday.\n\n" + en + "she said.",
			[]wantQuote{{"We are in talks", "Alma Musina"}}},
		{"en said X", "en", en + "said Aiman Umarova.",
			[]wantQuote{{"We are in talks", "Aiman Umarova"}}},
		{"ru an addressee in the dative glued before the speaker", "ru",
			ru + "сказал в интервью Руслану Казакбаеву Сироджиддин Мухриддин.",
			[]wantQuote{{"Мы сейчас ведем переговоры", "Сироджиддин Мухриддин"}}},
		{"ru two names run together before the verb", "ru",
			"Сироджиддина Мухриддина Руслан Казакбаев спросил: «Мы сейчас ведем переговоры с таджикской стороной по границе?»",
			nil},
		{"ru a name with a patronymic stays", "ru",
			ru + "сказал Руслан Рустамович Казакбаев.",
			[]wantQuote{{"Мы сейчас ведем переговоры", "Руслан Рустамович Казакбаев"}}},
		{"en two names in English: the subject speaks", "en",
			"Speaking to Sirojiddin Muhriddin, Ruslan Kazakbaev asked: “We are in talks with the Tajik side right now, as we speak?”",
			[]wantQuote{{"We are in talks", "Ruslan Kazakbaev"}}},
		{"ru an addressee in the dative alone", "ru",
			ru + "сказал в интервью Сироджиддину Мухриддину.",
			nil},
		{"en the interviewer after the speaker", "en",
			en + "Sirojiddin Muhriddin said in an interview with Ruslan Kazakbaev.",
			[]wantQuote{{"We are in talks", "Sirojiddin Muhriddin"}}},
	})
}

// TestQuotesAnothersWords: words the speaker recalls or cites of someone
// else («— напомнил X слова Y», "X recalled Y saying") are not the
// speaker's, and whose they are is not sure: no speaker. "X quoted Y as
// saying" stays Y's; words about someone stay the speaker's.
func TestQuotesAnothersWords(t *testing.T) {
	const en = "“We are in talks with the Tajik side right now, as we speak,” "
	const ru = "«Мы сейчас ведем переговоры с таджикской стороной по границе», — "
	runQuoteCases(t, []quoteCase{
		{"ru напомнил X слова Y", "ru", ru + "напомнил Руслан Казакбаев слова Сироджиддина Мухриддина.",
			nil},
		{"ru привел X высказывание Y", "ru", ru + "привел Руслан Казакбаев высказывание Сироджиддина Мухриддина.",
			nil},
		{"en X recalled Y saying", "en", en + "Ruslan Kazakbaev recalled Sirojiddin Muhriddin saying.",
			nil},
		{"en X recalled a surname saying", "en", en + "Ruslan Kazakbaev recalled Muhriddin saying at the talks.",
			nil},
		{"en X quoted Y as saying stays Y's", "en", en + "Ruslan Kazakbaev quoted Sirojiddin Muhriddin as saying.",
			[]wantQuote{{"We are in talks", "Sirojiddin Muhriddin"}}},
		{"ru сказал X о Y stays X's", "ru", ru + "сказал Руслан Казакбаев о Сироджиддине Мухриддине.",
			[]wantQuote{{"Мы сейчас ведем переговоры", "Руслан Казакбаев"}}},
		{"en X said of Y stays X's", "en", en + "Ruslan Kazakbaev said of Sirojiddin Muhriddin.",
			[]wantQuote{{"We are in talks", "Ruslan Kazakbaev"}}},
	})
}

// TestQuotesRelativeOwner: "he" after a sentence about a person's
// relative ("The son of X was detained", «Сын X был задержан») is the
// relative, whom no name gives, not X; a relative named in full keeps the
// pronoun.
func TestQuotesRelativeOwner(t *testing.T) {
	const en = "“We are in talks with the Tajik side right now, as we speak,” "
	const ru = "«Мы сейчас ведем переговоры с таджикской стороной по границе», — "
	runQuoteCases(t, []quoteCase{
		{"en the son of X, then he", "en", "The son of Ruslan Kazakbaev was detained on Monday.\n\n" + en + "he said.",
			nil},
		{"ru сын X, then он", "ru", "Сын Руслана Казакбаева был задержан в понедельник.\n\n" + ru + "сказал он.",
			nil},
		{"en the wife of X, then she", "en", "The wife of Ruslan Kazakbaev spoke to reporters on Monday.\n\n" + en + "she said.",
			nil},
		{"en X's wife, named, then she", "en", "Ruslan Kazakbaev's wife, Aigul Bekova, spoke to reporters.\n\n" + en + "she said.",
			[]wantQuote{{"We are in talks", "Aigul Bekova"}}},
		{"ru X, named, then он", "ru", "Руслан Казакбаев ответил на вопросы журналистов в понедельник.\n\n" + ru + "сказал он.",
			[]wantQuote{{"Мы сейчас ведем переговоры", "Руслан Казакбаев"}}},
	})
}

// TestQuotesTitledOtherOffice: a role resolves to the subject before it
// only when the subject's title is not of another kind of post: "the
// judge said" after "Lawyer Alma Musina …", «— сказал аким» after
// «Министр энергетики …» name no one; a title of the role's kind, or none,
// still resolves.
func TestQuotesTitledOtherOffice(t *testing.T) {
	const en = "“We are in talks with the Tajik side right now, as we speak,” "
	const ru = "«Мы сейчас ведем переговоры с таджикской стороной по границе», — "
	runQuoteCases(t, []quoteCase{
		{"en the judge after a lawyer", "en", "Lawyer Alma Musina spoke in court on Monday.\n\n" + en + "the judge said.",
			nil},
		{"ru судья after an advocate", "ru", "Адвокат Алма Мусина выступила в суде в понедельник.\n\n" + ru + "сказала судья.",
			nil},
		{"en the governor after a minister", "en", "Energy Minister Taalaibek Ibraev visited Batken on Monday.\n\n" + en + "the governor said.",
			nil},
		{"ru аким after a minister", "ru", "Министр энергетики Таалайбек Ибраев посетил Баткен в понедельник.\n\n" + ru + "сказал аким.",
			nil},
		{"en the minister after a coach", "en", "Coach Ivan Petrov praised his players on Monday.\n\n" + en + "the minister said.",
			nil},
		{"en the minister after a minister", "en", "Energy Minister Taalaibek Ibraev visited Batken on Monday.\n\n" + en + "the minister said.",
			[]wantQuote{{"We are in talks", "Taalaibek Ibraev"}}},
		{"ru министр after a minister", "ru", "Министр энергетики Таалайбек Ибраев посетил Баткен в понедельник.\n\n" + ru + "сказал министр.",
			[]wantQuote{{"Мы сейчас ведем переговоры", "Таалайбек Ибраев"}}},
		{"ru судья after a judge", "ru", "Судья Виктория Семёнова отчитала подсудимых в понедельник.\n\n" + ru + "сказала судья.",
			[]wantQuote{{"Мы сейчас ведем переговоры", "Виктория Семёнова"}}},
	})
}
