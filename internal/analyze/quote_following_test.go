package analyze

import "testing"

// TestQuotesFollowingAttribution: a sentence right after a quotation that
// closes its own sentence names who spoke when it points back at the
// words: «Об этом [в интервью …] рассказал X», «Такое мнение высказал X»,
// "This was stated by X", "Those were the words of X", "X made the
// remarks …", in the same paragraph or opening the next one. A pointer to
// a body, a medium or an unclear name names no one.
func TestQuotesFollowingAttribution(t *testing.T) {
	const ruQ = "«Ремонт моста через реку закончим к началу учебного года, движение откроем первого сентября»."
	const enQ = "“We will finish repairing the bridge over the river before the school year starts in September.”"
	runQuoteCases(t, []quoteCase{
		{"ru об этом, occasion words before the verb", "ru",
			ruQ + " Об этом в интервью телеканалу рассказал аким района Бауыржан Сейтказиев.",
			[]wantQuote{{"Ремонт моста", "Бауыржан Сейтказиев"}}},
		{"ru об этом, a medium in marks before the verb, next paragraph", "ru",
			ruQ + "\nОб этом в эфире «Радио Азаттык» сообщил аким района Бауыржан Сейтказиев.",
			[]wantQuote{{"Ремонт моста", "Бауыржан Сейтказиев"}}},
		{"ru такое мнение высказал", "ru",
			ruQ + " Такое мнение высказал аким района Бауыржан Сейтказиев.",
			[]wantQuote{{"Ремонт моста", "Бауыржан Сейтказиев"}}},
		{"ru такую оценку дала, next paragraph", "ru",
			ruQ + "\nТакую оценку дал заместитель акима Нурлан Жумабеков на встрече с жителями.",
			[]wantQuote{{"Ремонт моста", "Нурлан Жумабеков"}}},
		{"ru с таким заявлением выступил", "ru",
			ruQ + " С таким заявлением выступил на сессии маслихата аким района Бауыржан Сейтказиев.",
			[]wantQuote{{"Ремонт моста", "Бауыржан Сейтказиев"}}},
		{"ru такими словами X прокомментировал, the speaker before the verb", "ru",
			ruQ + "\nТакими словами аким района Бауыржан Сейтказиев прокомментировал жалобы жителей.",
			[]wantQuote{{"Ремонт моста", "Бауыржан Сейтказиев"}}},
		{"en that was how X put it, the speaker before the verb", "en",
			enQ + "\nThat was how District Governor Baurzhan Seitkaziyev put it.",
			[]wantQuote{{"We will finish repairing", "Baurzhan Seitkaziyev"}}},
		{"ru такое мнение, an addressee before the verb", "ru",
			ruQ + " Такое мнение Бауыржану Сейтказиеву высказали жители.",
			nil},
		{"ru об этом, a body names no one", "ru",
			ruQ + " Об этом в среду сообщили в пресс-службе акимата.",
			nil},
		{"ru об этом, a name before the verb in another case", "ru",
			ruQ + " Об этом в среду Бауыржану Сейтказиеву сообщили строители.",
			nil},
		{"en this was stated by", "en",
			enQ + " This was stated by District Governor Baurzhan Seitkaziyev at a meeting with residents.",
			[]wantQuote{{"We will finish repairing", "Baurzhan Seitkaziyev"}}},
		{"en this was said by the head of …, name, next paragraph", "en",
			enQ + "\nThis was said by the head of the district roads department, Gulnara Omarova.",
			[]wantQuote{{"We will finish repairing", "Gulnara Omarova"}}},
		{"en a comma before this was announced by", "en",
			"“We will finish repairing the bridge over the river before the school year starts in September,” this was announced by district governor Baurzhan Seitkaziyev.",
			[]wantQuote{{"We will finish repairing", "Baurzhan Seitkaziyev"}}},
		{"en those were the words of", "en",
			enQ + " Those were the words of district governor Baurzhan Seitkaziyev.",
			[]wantQuote{{"We will finish repairing", "Baurzhan Seitkaziyev"}}},
		{"en X made the remarks", "en",
			enQ + " Baurzhan Seitkaziyev, the district governor, made the remarks at a meeting with residents.",
			[]wantQuote{{"We will finish repairing", "Baurzhan Seitkaziyev"}}},
		{"en X said this", "en",
			enQ + "\nDistrict governor Baurzhan Seitkaziyev said this on Tuesday.",
			[]wantQuote{{"We will finish repairing", "Baurzhan Seitkaziyev"}}},
		{"en this was reported by a medium", "en",
			enQ + " This was reported by Kazinform.",
			nil},
		{"en the remarks of someone else's sentence", "en",
			enQ + " Residents who heard Baurzhan Seitkaziyev made their own remarks at the meeting.",
			nil},
	})
}

// TestQuotesSourcePhraseBefore: a source phrase before a quotation names
// its speaker after a colon as after a comma («По ее словам: «…»»,
// "According to X: “…”"), and English pronoun phrases are read as «по
// его словам» is ("according to her", "in his words"); a phrase of no
// person ("in other words") names no one.
func TestQuotesSourcePhraseBefore(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru по ее словам, a colon", "ru",
			"Директор школы Айжан Серикова провела родительское собрание. По ее словам: «В новом учебном году в школе откроются два компьютерных класса и бассейн».",
			[]wantQuote{{"В новом учебном году", "Айжан Серикова"}}},
		{"ru по словам X, a colon", "ru",
			"По словам директора школы Айжан Сериковой: «В новом учебном году в школе откроются два компьютерных класса и бассейн».",
			[]wantQuote{{"В новом учебном году", "Айжан Серикова"}}},
		{"en according to X, a colon", "en",
			"According to Education Minister Aizhan Serikova: “Two computer classrooms and a swimming pool will open at the school next year.”",
			[]wantQuote{{"Two computer classrooms", "Aizhan Serikova"}}},
		{"en according to her", "en",
			"School principal Aizhan Serikova met parents on Friday. According to her, “two computer classrooms and a swimming pool will open at the school next year.”",
			[]wantQuote{{"two computer classrooms", "Aizhan Serikova"}}},
		{"en in his own words", "en",
			"Education Minister Nurlan Zhumabekov met parents on Friday. In his own words, “two computer classrooms and a swimming pool will open at the school next year.”",
			[]wantQuote{{"two computer classrooms", "Nurlan Zhumabekov"}}},
		{"en according to her, two women", "en",
			"Principal Aizhan Serikova met teacher Dana Bekova on Friday. According to her, “two computer classrooms and a swimming pool will open at the school next year.”",
			nil},
		{"en in other words", "en",
			"Education Minister Nurlan Zhumabekov met parents on Friday. In other words, “two computer classrooms and a swimming pool will open at the school next year.”",
			nil},
	})
}

// TestQuotesCitersAndStatements: the citer named before «слова» («—
// цитирует пресс-служба акимата слова X»), a medium in marks after «с»
// («— поделилась с «Известиями» X») and the impersonal verbs of a
// statement («— отмечается в заявлении министра X») leave the speaker
// after them; the English forms say the same with "quoted X as saying",
// "told Izvestia" and "a statement by X said".
func TestQuotesCitersAndStatements(t *testing.T) {
	const ruQ = "«Мы построим три новые школы в этом году и еще две в следующем», — "
	const enQ = "“We will build three new schools this year and two more next year,” "
	runQuoteCases(t, []quoteCase{
		{"ru the citer before «слова»", "ru", ruQ + "цитирует пресс-служба акимата слова Айдара Жумабекова.",
			[]wantQuote{{"Мы построим", "Айдар Жумабеков"}}},
		{"ru the citer in marks before «слова»", "ru", ruQ + "передает «Казинформ» слова министра просвещения Айдара Жумабекова.",
			[]wantQuote{{"Мы построим", "Айдар Жумабеков"}}},
		{"ru a press service alone cites no one", "ru", ruQ + "цитирует пресс-служба акимата.",
			nil},
		{"ru a medium in marks after «с»", "ru", ruQ + "поделилась с «Известиями» Айгуль Бекова.",
			[]wantQuote{{"Мы построим", "Айгуль Бекова"}}},
		{"ru «отмечается в заявлении»", "ru", ruQ + "отмечается в заявлении министра просвещения Айдара Жумабекова.",
			[]wantQuote{{"Мы построим", "Айдар Жумабеков"}}},
		{"ru «подчеркивается в сообщении» of a body", "ru", ruQ + "подчеркивается в сообщении министерства.",
			nil},
		{"en the ministry quoted X as saying", "en", enQ + "the ministry quoted Aidar Zhumabekov as saying.",
			[]wantQuote{{"We will build", "Aidar Zhumabekov"}}},
		{"en told a medium", "en", enQ + "Aigul Bekova told Izvestia.",
			[]wantQuote{{"We will build", "Aigul Bekova"}}},
		{"en a statement by X said", "en", enQ + "said a statement by Education Minister Aidar Zhumabekov.",
			[]wantQuote{{"We will build", "Aidar Zhumabekov"}}},
	})
}
