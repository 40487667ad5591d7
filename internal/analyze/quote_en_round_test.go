package analyze

import (
	"strings"
	"testing"
)

// TestQuotesTwoNamesRunTogether: a bare surname resolves to the full name
// the article gives, but a run of four capitalised words before it is two
// people's names run together ("the lawyer of ex-minister Kuandyk
// Bishimbayev Leila Ramazanova"): the speaker is the last name, never
// both. A name with a particle, an initial or a patronymic keeps its
// words.
func TestQuotesTwoNamesRunTogether(t *testing.T) {
	const en = "\"Yes, we will appeal. Of course, we do not agree with the verdict at all,\" "
	const ru = "«Да, мы будем обжаловать. Конечно, мы не согласны с приговором суда», — "
	runQuoteCases(t, []quoteCase{
		{"en a client's name glued before the lawyer's", "en",
			"The lawyer of Kazakh ex-minister Kuandyk Bishimbayev Leila Ramazanova told Orda.kz that she will appeal.\n\n" + en + "Ramazanova said.",
			[]wantQuote{{"Yes, we will appeal", "Leila Ramazanova"}}},
		{"ru a client's name in the genitive glued before the lawyer's", "ru",
			"Адвокат экс-министра Куандыка Бишимбаева Лейла Рамазанова сообщила, что будет обжаловать приговор.\n\n" + ru + "сказала Рамазанова.",
			[]wantQuote{{"Да, мы будем обжаловать", "Лейла Рамазанова"}}},
		{"ru a patronymic stays with its name", "ru",
			"Адвокат экс-министра Бишимбаева Сергей Викторович Рамазанов сообщил, что будет обжаловать приговор.\n\n" + ru + "сказал Рамазанов.",
			[]wantQuote{{"Да, мы будем обжаловать", "Сергей Викторович Рамазанов"}}},
		{"en three words stay one name", "en",
			"Defence lawyer Anna Marie Ramazani told reporters that he will appeal.\n\n" + en + "Ramazani said.",
			[]wantQuote{{"Yes, we will appeal", "Anna Marie Ramazani"}}},
		{"en a particle keeps a long name", "en",
			"Lawyer Mohammed bin Abdul Ramazani told reporters that he will appeal.\n\n" + en + "Ramazani said.",
			[]wantQuote{{"Yes, we will appeal", "Mohammed bin Abdul Ramazani"}}},
	})
}

// TestQuotesPossessorNoSpeaker: the owner of a speaker's title ("Almazbek
// Atambayev's lawyer Sergei Slesarev", «адвокат Алмазбека Атамбаева Сергей
// Слесарев») is never who "he" or «он» after it means; the lawyer is.
// A possessive name is no subject ("he" after "X's spokesman said" is the
// spokesman, unnamed), but it is still the one woman "she" can mean, and
// the same person named later speaks as himself.
func TestQuotesPossessorNoSpeaker(t *testing.T) {
	const en = "“We consider the verdict illegal and will appeal it to the Supreme Court,” "
	const ru = "«Мы считаем приговор незаконным и обжалуем его в Верховном суде», — "
	runQuoteCases(t, []quoteCase{
		{"en a leader's possessive before his lawyer's name", "en",
			"Former president Almazbek Atambayev's lawyer Sergei Slesarev said the verdict would be appealed.\n\n" + en + "he said.",
			[]wantQuote{{"We consider the verdict", "Sergei Slesarev"}}},
		{"en a possessor is still the only woman 'she' can mean", "en",
			"Aigul Bekova's husband Marat Bekov was detained on Monday.\n\n" + en + "she said.",
			[]wantQuote{{"We consider the verdict", "Aigul Bekova"}}},
		{"en he after the possessor of an unnamed spokesman", "en",
			"Prime Minister Akylbek Japarov's spokesman said the budget would be revised.\n\n" + en + "he said.",
			nil},
		{"en the owner named again speaks as himself", "en",
			"Almazbek Atambayev's lawyer said the verdict would be appealed.\n\n" + en + "Atambayev said.",
			[]wantQuote{{"We consider the verdict", "Almazbek Atambayev"}}},
	})
	// Russian declines the owner into the genitive: whatever the rules
	// make of «он», it is never the owner.
	a := shared()
	for _, body := range []string{
		"Адвокат экс-президента Алмазбека Атамбаева Сергей Слесарев заявил, что приговор будет обжалован.\n\n" + ru + "сказал он.",
		"Адвокат Алмазбека Атамбаева заявил, что приговор будет обжалован.\n\n" + ru + "сказал он.",
	} {
		for _, q := range a.Analyze(Input{Title: "T", Body: body, Lang: "ru"}).Quotes {
			if strings.Contains(q.Speaker, "Атамбаев") {
				t.Errorf("%q: the title's owner %q given as the speaker", body, q.Speaker)
			}
		}
	}
}

// TestQuotesOccupationBeforeName: an occupation noun capitalised at the
// start of a sentence ("Ecologist Mels Yeleusizov", «Эколог Мэлс
// Елеусизов») is not part of the speaker's name; a first name that is
// also a noun stays.
func TestQuotesOccupationBeforeName(t *testing.T) {
	const en = "“The country does not need nuclear power at all,” "
	const ru = "«Стране вообще не нужна атомная энергетика», — "
	runQuoteCases(t, []quoteCase{
		{"en an occupation in -ist before the name, then he", "en",
			"Ecologist Mels Yeleusizov disagreed with the plan. " + en + "he said.",
			[]wantQuote{{"The country does not need", "Mels Yeleusizov"}}},
		{"en a person's noun before the name, said after", "en",
			en + "Journalist Aigul Bekova said.",
			[]wantQuote{{"The country does not need", "Aigul Bekova"}}},
		{"en a listed occupation before the name", "en",
			"Blogger Mels Yeleusizov disagreed with the plan. " + en + "he said.",
			[]wantQuote{{"The country does not need", "Mels Yeleusizov"}}},
		{"en a first name that is also a noun stays", "en",
			en + "said Hunter Mels Biden.",
			[]wantQuote{{"The country does not need", "Hunter Mels Biden"}}},
		{"ru an occupation in -лог before the name, then он", "ru",
			"Эколог Мэлс Елеусизов не согласился с планом. " + ru + "сказал он.",
			[]wantQuote{{"Стране вообще не нужна", "Мэлс Елеусизов"}}},
		{"ru a person's noun before the name, then он", "ru",
			"Журналист Мэлс Елеусизов не согласился с планом. " + ru + "сказал он.",
			[]wantQuote{{"Стране вообще не нужна", "Мэлс Елеусизов"}}},
	})
}

// TestQuotesNameAfterPreposition: a person named after "after",
// "before", «после» ("Speaking after Mirziyoyev, Tokayev said") is no subject "he"
// or «он» means; the main clause's subject is.
func TestQuotesNameAfterPreposition(t *testing.T) {
	const en = "“Our countries are brothers, and nobody can break this friendship,” "
	const ru = "«Наши страны — братья, и никто не разрушит эту дружбу», — "
	runQuoteCases(t, []quoteCase{
		{"en speaking after X, Y said", "en",
			"Speaking after Mirziyoyev, Tokayev said the two countries would double trade.\n\n" + en + "he said.",
			[]wantQuote{{"Our countries are brothers", "Tokayev"}}},
		{"en X spoke after Y", "en",
			"Putin spoke after Tokayev at the summit on Monday.\n\n" + en + "he said.",
			[]wantQuote{{"Our countries are brothers", "Putin"}}},
		{"ru выступая после X, Y сказал", "ru",
			"Выступая после Мирзиёева, Токаев сказал, что страны удвоят товарооборот.\n\n" + ru + "сказал он.",
			[]wantQuote{{"Наши страны — братья", "Касым-Жомарт Токаев"}}},
	})
}

// TestQuotesWholeQuotationAfterWord: a quotation opening in lower case
// after a word is a phrase of the reporter's sentence, unless it holds
// whole sentences closed by an attribution (Nabiev “has provided … .
// That is why …,” Teshaev said). A clause after "told … that"/«сказал,
// что» stays indirect speech, as the labelled sets have it.
func TestQuotesWholeQuotationAfterWord(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en whole sentences after a subject, attribution after", "en",
			"A former party member, Mahmadi Teshaev, said Nabiev was arrested in September.\n\n" +
				"Nabiev \"has provided families of jailed members with food during holidays. That is why he was detained and sent to prison,\" Teshaev said.",
			[]wantQuote{{"has provided families", "Mahmadi Teshaev"}}},
		{"ru whole sentences after a subject, attribution after", "ru",
			"Бывший член партии Махмади Тешаев рассказал, что Набиев был арестован в сентябре.\n\n" +
				"Набиев «помогал семьям заключенных продуктами по праздникам. Поэтому его задержали и отправили в тюрьму», — сказал Тешаев.",
			[]wantQuote{{"помогал семьям", "Махмади Тешаев"}}},
		{"en a clause after told … that stays indirect speech", "en",
			"Activist Azam Turgunov has defended political prisoners for a decade. He once told Human Rights Watch that \"if everybody stays silent, the situation would get even worse.\"",
			nil},
		{"ru a clause after сказал, что stays indirect speech", "ru",
			"Активист Азам Тургунов десять лет защищал политзаключенных. Он однажды сказал правозащитникам, что «если все будут молчать, ситуация станет еще хуже».",
			nil},
		{"en a phrase the sentence goes on after", "en",
			"The minister Marat Petrov said that \"the so-called opposition leaders\" were to blame for the riots in the city.",
			nil},
		{"ru a phrase the sentence goes on after", "ru",
			"Министр Марат Петров сказал, что «так называемые оппозиционеры» виноваты в беспорядках в городе.",
			nil},
		{"en one phrase closed by an attribution stays a phrase", "en",
			"He called the verdict \"unfair and illegal, a disgrace for the country,\" his lawyer Aigul Bekova said.",
			nil},
	})
}

// TestQuotesOneBeforeTitledName: "said one opposition leader Gigi
// Ugulava" names Ugulava as "said opposition leader Gigi Ugulava" does
// («— сказал один из лидеров оппозиции Гиги Угулава»); "one official"
// with no name names no one.
func TestQuotesOneBeforeTitledName(t *testing.T) {
	const en = "“This building is dead. Now, no deputy will come into this building through the door or the tunnel,” "
	const ru = "«Это здание мертво. Теперь ни один депутат не войдет в это здание ни через дверь, ни через тоннель», — "
	runQuoteCases(t, []quoteCase{
		{"en said one title name", "en", en + "said one opposition leader Gigi Ugulava.",
			[]wantQuote{{"This building is dead", "Gigi Ugulava"}}},
		{"en the closing mark printed as an opening one before said", "en",
			"“This building is dead. Now, no deputy will come into this building through the door or the tunnel, “said one opposition leader Gigi Ugulava.",
			[]wantQuote{{"This building is dead", "Gigi Ugulava"}}},
		{"en said one official names no one", "en",
			"President Salome Zurabishvili met the protesters on Sunday. " + en + "said one official.",
			nil},
		{"ru один из лидеров, then the name", "ru", ru + "сказал один из лидеров оппозиции Гиги Угулава.",
			[]wantQuote{{"Это здание мертво", "Гиги Угулава"}}},
		{"ru один чиновник names no one", "ru", ru + "сказал один чиновник.",
			nil},
	})
}

// TestQuotesMixedDoubleMarks: a quotation opened by a straight mark and
// closed by a curly one, or the other way round ("…,” he said; «"…”, —
// сказал он»), is read when no mark of the opener's kind closes it in the
// paragraph and an attribution follows; with one later in the paragraph
// the marks pair as before, and a report's words with no attribution
// after them are no one's.
func TestQuotesMixedDoubleMarks(t *testing.T) {
	const en = "Spokesman Hikmat Hajiyev commented on the possible meeting of the ministers on Friday.\n\n"
	const ru = "Официальный представитель МИД Азербайджана Хикмет Гаджиев прокомментировал возможную встречу министров.\n\n"
	runQuoteCases(t, []quoteCase{
		{"en straight open, curly close", "en",
			en + "\"In this context, the co-chairs made a proposal to hold a meeting of the foreign ministers,” he said.",
			[]wantQuote{{"In this context", "Hikmat Hajiyev"}}},
		{"en curly open, straight close", "en",
			en + "“In this context, the co-chairs made a proposal to hold a meeting of the foreign ministers,\" he said.",
			[]wantQuote{{"In this context", "Hikmat Hajiyev"}}},
		{"en a straight mark later in the paragraph pairs with the opener", "en",
			en + "\"In this context, the co-chairs made a proposal,” he said, and then the \"Georgian Dream\" party replied that it was not ready for it.",
			nil},
		{"en a report's words with mixed marks and no attribution after", "en",
			"Irakli Kobakhidze cited a report of a think tank, which suggested that the \"EU could consider a pause in visa-free travel for Georgians”, published in September.",
			nil},
		{"ru a report's words with mixed marks and no attribution after", "ru",
			"Ираклий Кобахидзе сослался на доклад аналитического центра, в котором говорилось, что \"ЕС может приостановить безвизовый режим для грузин”, опубликованный в сентябре.",
			nil},
		{"ru straight open, curly close before the comma", "ru",
			ru + "\"В этом контексте сопредседатели предложили провести встречу министров иностранных дел”, - сказал он.",
			[]wantQuote{{"В этом контексте", "Хикмет Гаджиев"}}},
		{"ru curly open, straight close before the comma", "ru",
			ru + "“В этом контексте сопредседатели предложили провести встречу министров иностранных дел\", - сказал он.",
			[]wantQuote{{"В этом контексте", "Хикмет Гаджиев"}}},
	})
}

// TestQuotesInterviewLead: an interview printed as dash turns ("- …?"
// then "- …") gives its answers to the one person its lead paragraph
// names when that paragraph speaks of the interview, though its last
// sentence names no one; a lead naming two people, or no interview, gives
// them to no one. Questions are never quotations.
func TestQuotesInterviewLead(t *testing.T) {
	const enTurns = "\n\n- What do you remember most from the election campaign this year?\n\n- I had a goal to become president, but I did not know when and how it would happen."
	const ruTurns = "\n\n— Что вам больше всего запомнилось во время предвыборной кампании?\n\n— У меня была цель стать президентом, но я не знал, когда и как это случится."
	runQuoteCases(t, []quoteCase{
		{"en the lead names one person and an interview", "en",
			"Kyrgyz President Sadyr Zhaparov will pay a state visit to Kazakhstan. On the eve of the trip he gave an interview to the agency. We offer a translation of the conversation." + enTurns,
			[]wantQuote{{"I had a goal to become president", "Sadyr Zhaparov"}}},
		{"en the lead names two people", "en",
			"Kyrgyz President Sadyr Zhaparov will meet Kassym-Jomart Tokayev in Astana. On the eve of the trip he gave an interview to the agency. We offer a translation of the conversation." + enTurns,
			nil},
		{"en the lead speaks of no interview", "en",
			"Kyrgyz President Sadyr Zhaparov will pay a state visit to Kazakhstan. On the eve of the trip he met journalists. We offer a translation of the conversation." + enTurns,
			nil},
		{"ru the lead names one person and an interview", "ru",
			"Президент Кыргызстана Садыр Жапаров посетит Казахстан с государственным визитом. Накануне поездки он дал интервью агентству. Предлагаем перевод беседы." + ruTurns,
			[]wantQuote{{"У меня была цель стать президентом", "Садыр Жапаров"}}},
		{"ru the lead names two people", "ru",
			"Президент Кыргызстана Садыр Жапаров встретится с Касым-Жомартом Токаевым. Накануне поездки он дал интервью агентству. Предлагаем перевод беседы." + ruTurns,
			nil},
	})
}
