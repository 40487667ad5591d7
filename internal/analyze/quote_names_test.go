package analyze

import "testing"

// TestQuotesPlaceBeforeSurname: a place after a preposition right before a
// surname («под Минском Лукашенко отметил», "near Baranovichi Lukashenko
// said") is not the speaker's first name.
func TestQuotesPlaceBeforeSurname(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru под Минском Лукашенко", "ru",
			"Говоря о задержании под Минском Лукашенко отметил, что никакого сговора нет. «Не взрывайте обстановку, иначе будет тяжело всем нам», — сказал он.",
			[]wantQuote{{"Не взрывайте обстановку", "Александр Лукашенко"}}},
		{"ru в Барановичах Лукашенко", "ru",
			"Выступая в Барановичах Лукашенко отметил, что никакого сговора нет. «Не взрывайте обстановку, иначе будет тяжело всем нам», — сказал он.",
			[]wantQuote{{"Не взрывайте обстановку", "Александр Лукашенко"}}},
		{"en near Baranovichi Lukashenko", "en",
			"Speaking near Baranovichi Lukashenko said there was no deal. “Do not blow up the situation, or it will be hard for all of us,” he said.",
			[]wantQuote{{"Do not blow up", "Lukashenko"}}},
		{"en a first name stays", "en",
			"Speaking in Minsk, Alexander Lukashenko said there was no deal. “Do not blow up the situation, or it will be hard for all of us,” he said.",
			[]wantQuote{{"Do not blow up", "Alexander Lukashenko"}}},
	})
}

// TestQuotesBareSurname: a speaker the article names by surname only is
// the speaker as written when the word ends like a surname and the
// article names it again elsewhere — in the headline or another sentence
// («Тумусов объяснил …», "Tumusov answered …"). Given once, it is the
// speaker when its ending is a surname's of the region and a Russian verb
// agrees with it (surname.go, TestQuotesLoneSurname). A repeated word that
// is no surname (a company), a word of no surname ending given once and a
// surname the verb's gender does not agree with are still refused.
func TestQuotesBareSurname(t *testing.T) {
	const ru = "«Ничего не нужно запрещать, люди должны пробовать любые деликатесы»"
	const en = "“Nothing should be banned, people must be free to try any delicacy,”"
	runQuoteCases(t, []quoteCase{
		{"ru surname named in another sentence", "ru",
			"Тумусов ответил критикам в среду. " + ru + ", — сказал Тумусов.",
			[]wantQuote{{"Ничего не нужно запрещать", "Тумусов"}}},
		{"ru surname in another case in another sentence", "ru",
			"Слова Тумусова разошлись по Сети. " + ru + ", — поясняет Тумусов.",
			[]wantQuote{{"Ничего не нужно запрещать", "Тумусов"}}},
		{"ru split by a dash attribution", "ru",
			"Тумусов ответил критикам в среду.\n«Начнем с того, — поясняет Тумусов, — что ничего не нужно запрещать никому из нас».",
			[]wantQuote{{"Начнем с того", "Тумусов"}}},
		{"ru feminine surname", "ru",
			"Абдуллаева ответила критикам в среду. " + ru + ", — сказала Абдуллаева.",
			[]wantQuote{{"Ничего не нужно запрещать", "Абдуллаева"}}},
		{"ru surname given once", "ru",
			"Депутат ответил критикам в среду. " + ru + ", — сказал Тумусов.",
			[]wantQuote{{"Ничего не нужно запрещать", "Тумусов"}}},
		{"ru surname given once, the verb of the other gender", "ru",
			"Депутат ответил критикам в среду. " + ru + ", — сказала Тумусов.",
			nil},
		{"ru a company named twice", "ru",
			"Роснефть ответила критикам в среду. " + ru + ", — сообщила Роснефть.",
			nil},
		{"en surname named in another sentence", "en",
			"Tumusov answered his critics on Wednesday. " + en + " Tumusov said.",
			[]wantQuote{{"Nothing should be banned", "Tumusov"}}},
		{"en said before the surname", "en",
			"Abdullaeva answered her critics on Wednesday. " + en + " said Abdullaeva.",
			[]wantQuote{{"Nothing should be banned", "Abdullaeva"}}},
		{"en surname given once", "en",
			"The deputy answered his critics on Wednesday. " + en + " Tumusov said.",
			[]wantQuote{{"Nothing should be banned", "Tumusov"}}},
		{"en a word of no surname ending given once", "en",
			"The deputy answered his critics on Wednesday. " + en + " Tumusbek said.",
			nil},
		{"en a company named twice", "en",
			"Gazprom answered its critics on Wednesday. " + en + " Gazprom said.",
			nil},
	})
}

// TestQuotesBareSurnameInHeadline: the headline naming the surname is
// enough («Тумусов объяснил, что имел в виду»). Without it, a surname
// given once is refused when the rule for those refuses it (surname.go):
// a verb of the other gender, no surname ending of the region.
func TestQuotesBareSurnameInHeadline(t *testing.T) {
	a := shared()
	for _, tt := range []struct{ name, lang, title, body, want string }{
		{"ru", "ru", "Тумусов объяснил, что имел в виду",
			"Депутат прокомментировал цитату. «Ничего не нужно запрещать, люди должны пробовать любые деликатесы», — сказал Тумусов.", "Тумусов"},
		{"en", "en", "Tumusov explains what he meant",
			"The deputy commented on the quote. “Nothing should be banned, people must be free to try any delicacy,” Tumusov said.", "Tumusov"},
		{"ru headline without the surname, the verb of the other gender", "ru", "Депутат объяснила, что имела в виду",
			"Депутат прокомментировала цитату. «Ничего не нужно запрещать, люди должны пробовать любые деликатесы», — сказала Тумусов.", ""},
		{"en headline without the surname, a surname of no ending of the region", "en", "A deputy explains what he meant",
			"The deputy commented on the quote. “Nothing should be banned, people must be free to try any delicacy,” Tumusbek said.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Quotes
			speaker := ""
			if len(got) > 0 {
				speaker = got[0].Speaker
			}
			if len(got) > 1 || speaker != tt.want {
				t.Errorf("quotes %+v, want one by %q (none when empty)", got, tt.want)
			}
		})
	}
}

// TestQuotesHeadOfState: "the head of state" before or after the speech
// verb resolves like «глава государства», to the one head of state the
// nearby sentences are about; with none, or two, nearby, nobody.
func TestQuotesHeadOfState(t *testing.T) {
	const en = "“We have opened five schools together, and all of them work well,” "
	const ru = "«Мы открыли вместе пять школ, и все они работают хорошо», — "
	runQuoteCases(t, []quoteCase{
		{"en the head of state said", "en",
			"Emomali Rahmon met the delegation on Wednesday. " + en + "the head of state said.",
			[]wantQuote{{"We have opened five schools", "Emomali Rahmon"}}},
		{"en said the head of state", "en",
			"Emomali Rahmon met the delegation on Wednesday. " + en + "said the head of state.",
			[]wantQuote{{"We have opened five schools", "Emomali Rahmon"}}},
		{"en The head of state said:", "en",
			"Emomali Rahmon met the delegation on Wednesday. The head of state said: “We have opened five schools together, and all of them work well.”",
			[]wantQuote{{"We have opened five schools", "Emomali Rahmon"}}},
		{"en nobody nearby", "en",
			"The delegation arrived in Dushanbe on Wednesday. " + en + "the head of state said.",
			nil},
		{"en two heads of state nearby", "en",
			"Emomali Rahmon arrived on Wednesday. Vladimir Putin arrived on Thursday. " + en + "the head of state said.",
			nil},
		{"ru сказал глава государства", "ru",
			"Эмомали Рахмон встретился с делегацией в среду. " + ru + "сказал глава государства.",
			[]wantQuote{{"Мы открыли вместе пять школ", "Эмомали Рахмон"}}},
		{"ru nobody nearby", "ru",
			"Делегация прибыла в Душанбе в среду. " + ru + "сказал глава государства.",
			nil},
		{"ru two heads of state nearby", "ru",
			"Эмомали Рахмон прибыл в среду. Владимир Путин прибыл в четверг. " + ru + "сказал глава государства.",
			nil},
	})
}

// TestQuotesPersonNounFirstName: a person noun, perhaps with a place,
// before a first name alone names the speaker as written ("an Almaty
// resident, Raushan", "Almaty resident Raushan", «жительница Бишкека
// Айгуль», «пенсионерка Айгуль»); a first name and apposition after the
// verb ("said Raushan, an Almaty resident."). A capitalised complement
// after the noun («водитель Газпрома», «жительница Токмока») or a medium
// is no name, and a first name with no noun is still not enough.
func TestQuotesPersonNounFirstName(t *testing.T) {
	const en = "“Gas prices rise every month, and we cannot pay any longer,” "
	const ru = "«Цены на газ растут каждый месяц, и мы больше не можем платить», — "
	want := func(who string) []wantQuote {
		if who[0] < 0x80 {
			return []wantQuote{{"Gas prices rise", who}}
		}
		return []wantQuote{{"Цены на газ растут", who}}
	}
	runQuoteCases(t, []quoteCase{
		{"en an Almaty resident, Raushan, told", "en", en + "an Almaty resident, Raushan, told AFP.", want("Raushan")},
		{"en said an Almaty resident, Raushan", "en", en + "said an Almaty resident, Raushan.", want("Raushan")},
		{"en Almaty resident Raushan said", "en", en + "Almaty resident Raushan said.", want("Raushan")},
		{"en said pensioner Raushan", "en", en + "said pensioner Raushan.", want("Raushan")},
		{"en said Raushan, an Almaty resident", "en", en + "said Raushan, an Almaty resident.", want("Raushan")},
		{"en full name after the noun", "en", en + "said Almaty resident Raushan Akhmetova.", want("Raushan Akhmetova")},
		{"en a full name given before", "en",
			"Raushan Akhmetova has lived in Almaty for forty years. " + en + "said an Almaty resident, Raushan.", want("Raushan Akhmetova")},
		{"en an organisation is no place", "en", en + "said a Gazprom worker.", nil},
		{"en a medium after the comma", "en", en + "said a resident, Reuters reported.", nil},
		{"en the first name alone", "en", en + "Raushan said.", nil},
		{"ru рассказала жительница Бишкека Айгуль", "ru", ru + "рассказала жительница Бишкека Айгуль.", want("Айгуль")},
		{"ru говорит пенсионерка Айгуль", "ru", ru + "говорит пенсионерка Айгуль.", want("Айгуль")},
		{"ru жительница села Ак-Жол Айгуль", "ru", ru + "рассказала жительница села Ак-Жол Айгуль.", want("Айгуль")},
		{"ru рассказала Раушан, жительница Алматы", "ru", ru + "рассказала Раушан, жительница Алматы.", want("Раушан")},
		{"ru full name after the place", "ru", ru + "рассказала жительница Бишкека Айгуль Бекова.", want("Айгуль Бекова")},
		{"ru a complement in the genitive", "ru", ru + "рассказал водитель Газпрома.", nil},
		{"ru a place not in the gazetteer", "ru", ru + "рассказала жительница Токмока.", nil},
		{"ru the first name alone", "ru", ru + "рассказала Айгуль.", nil},
	})
}

// TestQuotesSpeechIntroduced: a paragraph that is one quotation after a
// paragraph saying one person gave a speech («X выступил …», "X
// addressed …", "X spoke …") is that person's; with two people named, or
// no speech, it is nobody's.
func TestQuotesSpeechIntroduced(t *testing.T) {
	const en = "\n\n“We will build new schools and hospitals in every region of the country next year.”"
	const ru = "\n\n«Мы построим новые школы и больницы в каждом регионе страны в следующем году»."
	runQuoteCases(t, []quoteCase{
		{"ru выступил на сессии", "ru", "Садыр Жапаров выступил на сессии парламента в среду." + ru,
			[]wantQuote{{"Мы построим новые школы", "Садыр Жапаров"}}},
		{"ru обратилась к депутатам", "ru", "Айгуль Бекова обратилась к депутатам в среду." + ru,
			[]wantQuote{{"Мы построим новые школы", "Айгуль Бекова"}}},
		{"ru two people", "ru", "Садыр Жапаров выступил на сессии вместе с Эмомали Рахмоном." + ru, nil},
		{"ru no speech", "ru", "Садыр Жапаров прибыл на сессию парламента в среду." + ru, nil},
		{"en addressed the parliament", "en", "Sadyr Japarov addressed the parliament on Wednesday." + en,
			[]wantQuote{{"We will build new schools", "Sadyr Japarov"}}},
		{"en spoke at the session", "en", "Aigul Bekova spoke at the session on Wednesday." + en,
			[]wantQuote{{"We will build new schools", "Aigul Bekova"}}},
		{"en two people", "en", "Sadyr Japarov spoke with Emomali Rahmon on Wednesday." + en, nil},
		{"en no speech", "en", "Sadyr Japarov arrived at the session on Wednesday." + en, nil},
	})
}

// TestQuotesVerbThenSpeakerBeforeQuote: a clause "VERB SPEAKER" ending at
// the opening mark, the speaker a title and a name long: «Об этом в среду
// заявил министр образования X: «…»», «Как заявил министр X, «…»», "As
// Education Minister X put it, “…”", "As X said on Monday, “…”". A
// medium, an agency or a plural is no speaker, and "As" is no first name.
func TestQuotesVerbThenSpeakerBeforeQuote(t *testing.T) {
	const ru = "«Мы построим новые школы и больницы в каждом регионе страны в следующем году»."
	const en = "“We will build new schools and hospitals in every region of the country next year.”"
	runQuoteCases(t, []quoteCase{
		{"ru об этом заявил title name colon", "ru", "Об этом в среду заявил министр образования Канат Абдыкадыров: " + ru,
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru как заявил title name comma", "ru", "Как заявил министр образования Канат Абдыкадыров, " + ru,
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru как заявил в среду name", "ru", "Как заявил в среду Канат Абдыкадыров, " + ru,
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru как сообщил ТАСС", "ru", "Как сообщил ТАСС, " + ru, nil},
		{"ru как сообщили в министерстве", "ru", "Как сообщили в министерстве, " + ru, nil},
		{"en as title name put it", "en", "As Education Minister Kanat Abdykadyrov put it, " + en,
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en as name said on Monday", "en", "As Kanat Abdykadyrov said on Monday, " + en,
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en as Reuters reported", "en", "As Reuters reported, " + en, nil},
		{"en as officials said", "en", "As officials said, " + en, nil},
	})
}

// TestQuotesCountryPossessiveDescriptor: a country's possessive, lower-case words ending in a
// title and a name ("Kyrgyzstan’s education minister X said", «министр
// образования Киргизии X»); the possessive and title without a name give
// only a role.
func TestQuotesCountryPossessiveDescriptor(t *testing.T) {
	const en = "“We will build new schools and hospitals in every region of the country next year,” "
	const ru = "«Мы построим новые школы и больницы в каждом регионе страны в следующем году», — "
	runQuoteCases(t, []quoteCase{
		{"en country's title name said", "en", en + "Kyrgyzstan's education minister Kanat Abdykadyrov said.",
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en country’s title name told", "en", en + "Kyrgyzstan’s education minister Kanat Abdykadyrov told reporters.",
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en country's title alone, nobody nearby", "en", en + "Kyrgyzstan's education minister said.", nil},
		{"ru title country name", "ru", ru + "сказал министр образования Киргизии Канат Абдыкадыров.",
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru title country alone, nobody nearby", "ru", ru + "сказал министр образования Киргизии.", nil},
	})
}

// TestQuotesTitleWithDomain: a title with its domain joined by «и» /
// "of … and" before the name («министр образования и науки X», "the
// minister of education and science, X"); «и» / "and" before another
// person ends the title.
func TestQuotesTitleWithDomain(t *testing.T) {
	const en = "“We will build new schools and hospitals in every region of the country next year,” "
	const ru = "«Мы построим новые школы и больницы в каждом регионе страны в следующем году», — "
	runQuoteCases(t, []quoteCase{
		{"ru министр образования и науки", "ru", ru + "подчеркнул министр образования и науки Канат Абдыкадыров.",
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru министр труда и социального развития", "ru", ru + "сказала министр труда и социального развития Айгуль Бекова.",
			[]wantQuote{{"Мы построим новые школы", "Айгуль Бекова"}}},
		{"ru министр и его заместитель", "ru", ru + "сказали министр и его заместитель Иван Петров.", nil},
		{"ru министр и another name", "ru", ru + "сказал министр и Иван Петров.", nil},
		{"en the minister of education, X", "en", en + "said the minister of education, Kanat Abdykadyrov.",
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en the minister of education and science, X", "en", en + "said the minister of education and science, Kanat Abdykadyrov.",
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en the minister and another name", "en", en + "said the minister and Kanat Abdykadyrov.", nil},
		{"en the minister and his deputy", "en", en + "said the minister of education and his deputy, Kanat Abdykadyrov.", nil},
	})
}

// TestQuotesDottedMedium: a medium whose name holds a dot («24.kg»,
// Kaktus.media) among the words between the verb and the speaker; the
// medium alone is no speaker. English puts the medium after the name.
func TestQuotesDottedMedium(t *testing.T) {
	const en = "“We will build new schools and hospitals in every region of the country next year,” "
	const ru = "«Мы построим новые школы и больницы в каждом регионе страны в следующем году», — "
	runQuoteCases(t, []quoteCase{
		{"ru в беседе с корреспондентом «24.kg» X", "ru", ru + "рассказал в беседе с корреспондентом «24.kg» Канат Абдыкадыров.",
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru … «24.kg» title X", "ru", ru + "рассказал в беседе с корреспондентом «24.kg» министр образования Канат Абдыкадыров.",
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru the medium alone", "ru", ru + "рассказал в беседе с корреспондентом «24.kg».", nil},
		{"en X told 24.kg", "en", en + "Kanat Abdykadyrov told 24.kg.",
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en said X in an interview with 24.kg", "en", en + "said Kanat Abdykadyrov in an interview with 24.kg.",
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en told 24.kg alone", "en", en + "a source told 24.kg.", nil},
	})
}

// TestQuotesTitledNameColon: a sentence that is a titled name and a colon
// before the quotation ("Georgian Prime Minister Irakli Kobakhidze: “…”",
// "Prime Minister of Georgia X: “…”", «Министр образования X: «…»»); a
// name that does not open the sentence ("Talks with …: “…”") is none.
func TestQuotesTitledNameColon(t *testing.T) {
	const en = " “We will build new schools and hospitals in every region next year.”"
	const ru = " «Мы построим новые школы и больницы в каждом регионе в следующем году»."
	runQuoteCases(t, []quoteCase{
		{"en demonym title name colon", "en", "Prices rose. Georgian Prime Minister Irakli Kobakhidze:" + en,
			[]wantQuote{{"We will build new schools", "Irakli Kobakhidze"}}},
		{"en title of country name colon", "en", "Prices rose. Prime Minister of Georgia Irakli Kobakhidze:" + en,
			[]wantQuote{{"We will build new schools", "Irakli Kobakhidze"}}},
		{"en talks with name colon", "en", "Prices rose. Talks with Education Minister Kanat Abdykadyrov:" + en, nil},
		{"ru title country name colon", "ru", "Цены выросли. Премьер-министр Грузии Ираклий Кобахидзе:" + ru,
			[]wantQuote{{"Мы построим новые школы", "Ираклий Кобахидзе"}}},
		{"ru title genitive name colon", "ru", "Цены выросли. Министр образования Канат Абдыкадыров:" + ru,
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru встреча с name colon", "ru", "Цены выросли. Встреча с министром образования Канатом Абдыкадыровым:" + ru, nil},
	})
}

// TestQuotesInitialAndSurname: an initial and a surname («С. Лавров», "S.
// Lavrov") is the full name the article gives with the same first letter,
// or the name as written when it gives none.
func TestQuotesInitialAndSurname(t *testing.T) {
	const en = "“We will build new schools and hospitals in every region of the country next year,” "
	const ru = "«Мы построим новые школы и больницы в каждом регионе страны в следующем году», — "
	runQuoteCases(t, []quoteCase{
		{"ru full name given before", "ru", "Канат Абдыкадыров прибыл в среду. " + ru + "сказал К. Абдыкадыров.",
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru as written", "ru", ru + "сказал К. Абдыкадыров.",
			[]wantQuote{{"Мы построим новые школы", "К. Абдыкадыров"}}},
		{"ru another first letter", "ru", "Марат Абдыкадыров прибыл в среду. " + ru + "сказал К. Абдыкадыров.",
			[]wantQuote{{"Мы построим новые школы", "К. Абдыкадыров"}}},
		{"en full name given before", "en", "Kanat Abdykadyrov arrived on Wednesday. " + en + "K. Abdykadyrov said.",
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en as written", "en", en + "K. Abdykadyrov said.",
			[]wantQuote{{"We will build new schools", "K. Abdykadyrov"}}},
	})
}

// TestQuotesRelativeClause: a full name, a relative clause and the verb
// after the quotation ("X, who heads the ministry, told reporters", «X,
// который возглавляет министерство, рассказал журналистам»); a surname
// alone with such a clause is still not trusted, and a clause with no
// verb after it attributes nothing.
func TestQuotesRelativeClause(t *testing.T) {
	const en = "“We will build new schools and hospitals in every region of the country next year,” "
	const ru = "«Мы построим новые школы и больницы в каждом регионе страны в следующем году», — "
	runQuoteCases(t, []quoteCase{
		{"en X, who …, told", "en", en + "Kanat Abdykadyrov, who heads the ministry, told reporters.",
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en surname, who …, told", "en", en + "Abdykadyrov, who heads the ministry, told reporters.", nil},
		{"en no verb", "en", en + "Kanat Abdykadyrov, who heads the ministry.", nil},
		{"ru X, который …, рассказал", "ru", ru + "Канат Абдыкадыров, который возглавляет министерство, рассказал журналистам.",
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru surname, который …, рассказал", "ru", ru + "Абдыкадыров, который возглавляет министерство, рассказал журналистам.", nil},
	})
}

// TestQuotesPronounNameCase: a Russian pronoun resolves to a name the
// article gave only in a case its gender rules out for the nominative
// («Каната Абдыкадырова» for «он», «Айгуль Бековой» for «она»): no
// speaker rather than a name in the wrong case. In the nominative, and in
// English, the name is the speaker.
func TestQuotesPronounNameCase(t *testing.T) {
	const en = " “We will build new schools and hospitals in every region of the country next year,” "
	const ru = " «Мы построим новые школы и больницы в каждом регионе страны в следующем году», — "
	runQuoteCases(t, []quoteCase{
		{"ru genitive name for он", "ru", "Министра образования Каната Абдыкадырова спросили о школах." + ru + "ответил он.", nil},
		{"ru nominative name for он", "ru", "Министр образования Канат Абдыкадыров ответил на вопросы о школах." + ru + "сказал он.",
			[]wantQuote{{"Мы построим новые школы", "Канат Абдыкадыров"}}},
		{"ru dative name for она", "ru", "Айгуль Бековой вручили награду в среду." + ru + "сказала она.", nil},
		{"ru nominative name for она", "ru", "Айгуль Бекова получила награду в среду." + ru + "сказала она.",
			[]wantQuote{{"Мы построим новые школы", "Айгуль Бекова"}}},
		{"en he", "en", "Kanat Abdykadyrov was asked about schools." + en + "he replied.",
			[]wantQuote{{"We will build new schools", "Kanat Abdykadyrov"}}},
		{"en she", "en", "Aigul Bekova received an award on Wednesday." + en + "she said.",
			[]wantQuote{{"We will build new schools", "Aigul Bekova"}}},
	})
}

// TestQuotesNameAfterClauseOpener: a conjunction or preposition that opens
// the sentence with a capital is not the first word of the name after it,
// so "he said" later names the person, not "When Bakyt Toktogulov".
func TestQuotesNameAfterClauseOpener(t *testing.T) {
	const en = "“We will build the new school in the city before the winter comes.”"
	const ru = "«Мы построим новую школу в городе до того, как придёт зима»."
	runQuoteCases(t, []quoteCase{
		{"en when", "en", "When Bakyt Toktogulov arrived in Osh, he said: " + en,
			[]wantQuote{{"We will build", "Bakyt Toktogulov"}}},
		{"en while, a woman", "en", "While Aigul Bekova was in Osh, she said: " + en,
			[]wantQuote{{"We will build", "Aigul Bekova"}}},
		{"en after", "en", "After Bakyt Toktogulov visited the site on Monday, he told reporters: " + en,
			[]wantQuote{{"We will build", "Bakyt Toktogulov"}}},
		{"en speaking", "en", "Speaking in Osh, Bakyt Toktogulov said: " + en,
			[]wantQuote{{"We will build", "Bakyt Toktogulov"}}},
		{"en a first name is still a name", "en", "Bakyt Toktogulov arrived in Osh on Monday. He said: " + en,
			[]wantQuote{{"We will build", "Bakyt Toktogulov"}}},
		{"ru когда", "ru", "Когда Бакыт Токтогулов прибыл в Ош, он сказал: " + ru,
			[]wantQuote{{"Мы построим", "Бакыт Токтогулов"}}},
		{"ru после", "ru", "После встречи Бакыт Токтогулов сказал: " + ru,
			[]wantQuote{{"Мы построим", "Бакыт Токтогулов"}}},
		{"ru пока, a woman", "ru", "Пока Айгуль Бекова была в Оше, она сказала: " + ru,
			[]wantQuote{{"Мы построим", "Айгуль Бекова"}}},
		{"ru выступая", "ru", "Выступая в Оше, Бакыт Токтогулов сказал: " + ru,
			[]wantQuote{{"Мы построим", "Бакыт Токтогулов"}}},
	})
}
