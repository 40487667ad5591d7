package analyze

import "testing"

// Issue 10, second round: general shapes of attribution in both
// languages, each written for a pattern of news language, not for one
// sentence of the labelled set.

// TestQuotesInitials: a speaker given by initials and surname ("Mark R.
// Warner", «Д. Орлов», «И.Щеголев») is a name; an initial expands to the
// full name the article gives; "U.S." is no initial.
func TestQuotesInitials(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en middle initial", "en",
			"“We cannot walk away from our allies at this moment in history,” said Mark R. Warner.",
			[]wantQuote{{"We cannot walk away", "Mark R. Warner"}}},
		{"en abbreviation is no initial", "en",
			"“We cannot walk away from our allies at this moment in history,” said the U.S. Senate.",
			nil},
		{"ru initial and surname", "ru",
			"«Все фейки о границе запускают ради того, чтобы отвлечь внимание людей», - прокомментировал Д. Орлов для КазТАГ.",
			[]wantQuote{{"Все фейки о границе", "Д. Орлов"}}},
		{"ru initial expands to the full name", "ru",
			"Новым министром стал Игорь Щеголев.\n\n\"Это министерство будет заботиться о хороших условиях для работы прессы\", - сказал И.Щеголев в эфире.",
			[]wantQuote{{"Это министерство будет", "Игорь Щеголев"}}},
	})
}

// TestQuotesPronounToPublicFigure: "he"/«он» refers to a public figure
// the gazetteer knows by surname, named in full before.
func TestQuotesPronounToPublicFigure(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru он after a gazetteer surname", "ru",
			"Председатель Госдумы Вячеслав Володин завел свой Telegram-канал.\n\"Здесь буду рассказывать, как решаются проблемы граждан и страны\", — отметил он в своем первом посте.",
			[]wantQuote{{"Здесь буду рассказывать", "Вячеслав Володин"}}},
		{"en he after a gazetteer surname", "en",
			"Russian Foreign Minister Sergei Lavrov arrived in Astana on Monday.\n\n“We will keep talking to our Central Asian partners about transit,” he said.",
			[]wantQuote{{"We will keep talking", "Sergei Lavrov"}}},
	})
}

// TestQuotesSaidThatWholeSentences: a quotation that follows "said that"
// is the speaker's when it holds whole sentences; a phrase in the
// reporter's sentence stays a fragment.
func TestQuotesSaidThatWholeSentences(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said that, whole sentences", "en",
			"Answering questions in Moscow, Sergey Lavrov said that “we have nothing against our neighbours having many partners. We expect these ties to respect our treaties.”",
			[]wantQuote{{"we have nothing against", "Sergey Lavrov"}}},
		{"en said that, a fragment", "en",
			"Sergey Lavrov said that “we have nothing against our neighbours having many partners” in the region.",
			nil},
		{"ru заявил, что, whole sentences", "ru",
			"Сергей Лавров заявил, что «мы ничего не имеем против партнеров наших соседей. Мы ждем, что эти связи будут уважать наши договоры».",
			[]wantQuote{{"мы ничего не имеем", "Сергей Лавров"}}},
		{"ru заявил, что, a fragment", "ru",
			"Сергей Лавров заявил, что «мы ничего не имеем против партнеров наших соседей» в регионе.",
			nil},
	})
}

// TestQuotesOneOfGroup: "one of the farmers X", «один из фермеров X».
func TestQuotesOneOfGroup(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en one of the farmers X told", "en",
			"«We made an appeal to the president and we hope he will help us,» one of the farmers Hasan Isaev told 24.kg news agency.",
			[]wantQuote{{"We made an appeal", "Hasan Isaev"}}},
		{"ru один из фермеров X", "ru",
			"«Мы обратились к президенту и надеемся, что он нам поможет», — рассказал один из фермеров Хасан Исаев.",
			[]wantQuote{{"Мы обратились к президенту", "Хасан Исаев"}}},
		{"en one of the farmers, unnamed", "en",
			"«We made an appeal to the president and we hope he will help us,» one of the farmers told 24.kg news agency.",
			nil},
	})
}

// TestQuotesRussianVerbComplements: what stands between a Russian speech
// verb and its speaker — an addressee, a medium, «в своем Telegram-канале»,
// «после матча», «в беседе с «Известиями»», a title with an organisation
// in marks — and an attribution in the next sentence («Об этом заявил X»).
func TestQuotesRussianVerbComplements(t *testing.T) {
	const q = "«Мы проиграли заслуженно, соперник был сильнее нас сегодня»"
	want := []wantQuote{{"Мы проиграли заслуженно", "Рафаэль Уразбахтин"}}
	runQuoteCases(t, []quoteCase{
		{"addressee then name", "ru", q + ", — сообщил журналистам Рафаэль Уразбахтин.", want},
		{"in a Telegram channel", "ru", q + ", — написал в своем Telegram-канале Рафаэль Уразбахтин.", want},
		{"after the match", "ru", q + ", — сказал после матча Рафаэль Уразбахтин.", want},
		{"in a talk with a medium", "ru", q + ", — рассказал в беседе с «Известиями» Рафаэль Уразбахтин.", want},
		{"in an interview with an acronym", "ru", q + ", — отметил в интервью РБК Рафаэль Уразбахтин.", want},
		{"adjective, title, club in marks", "ru", q + ", — прокомментировал главный тренер «Кайрата» Рафаэль Уразбахтин.", want},
		{"об этом заявил in the next sentence", "ru", q + ". Об этом заявил главный тренер «Кайрата» Рафаэль Уразбахтин.", want},
		{"так прокомментировал in the next sentence", "ru", q + ". Так прокомментировал поражение Рафаэль Уразбахтин.", nil},
		{"об этом сообщили в ведомстве", "ru", q + ". Об этом сообщили в пресс-службе клуба.", nil},
		{"a surname never given in full", "ru", q + ", — сказал Уразбахтин после матча.", nil},
	})
}

// TestQuotesRoleNounsOfReports: the words a report uses for someone it
// named before — the lawmaker, the interviewee, the player — resolve like
// other roles.
func TestQuotesRoleNounsOfReports(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru говорит законодатель", "ru",
			"Депутат Госдумы Алексей Нечаев выступил на открытии сессии.\n«Люди боятся действовать, а это опасно для страны и для всех нас», — говорит законодатель.",
			[]wantQuote{{"Люди боятся действовать", "Алексей Нечаев"}}},
		{"en the lawmaker said", "en",
			"Congressman Adam Smith spoke at the opening of the session.\n\n“People are afraid to act, and that is dangerous for all of us,” the lawmaker said.",
			[]wantQuote{{"People are afraid", "Adam Smith"}}},
		{"ru two people: no speaker", "ru",
			"Депутат Алексей Нечаев выступил первым. Депутат Сергей Миронов выступил вторым.\n«Люди боятся действовать, а это опасно для страны и для всех нас», — говорит законодатель.",
			nil},
	})
}

// TestQuotesStatementColon: a sentence announcing a statement and ending
// in a colon gives the quotation after it to its subject.
func TestQuotesStatementColon(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en released the following statement", "en",
			"South Carolina Sen. Tim Scott released the following statement:\n\n“Aiming for the lowest common denominator will only divide our nation further.”",
			[]wantQuote{{"Aiming for the lowest", "Tim Scott"}}},
		{"en apposition, parenthesis and today", "en",
			"U.S. Sen. Ted Cruz (R-Texas), member of the Senate Foreign Relations Committee, today issued the following statement after the vote:\n\n“Those responsible for carrying out this mission should be commended.”",
			[]wantQuote{{"Those responsible", "Ted Cruz"}}},
		{"ru сделал заявление", "ru",
			"Депутат Сергей Миронов сделал заявление:\n\n«Те, кто замедляет мессенджер, должны сами отправиться на фронт».",
			[]wantQuote{{"Те, кто замедляет", "Сергей Миронов"}}},
		{"en a ministry's statement", "en",
			"The ministry released the following statement:\n\n“Those responsible for carrying out this mission should be commended.”",
			nil},
	})
}
