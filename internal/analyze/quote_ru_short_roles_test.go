package analyze

import "testing"

// TestQuotesShortRoles: a role in its short Russian form («— сказал
// гендиректор», «— заявил генпрокурор») finds the one person titled so,
// as «директор» does; a name in a parenthetical aside is no sentence's
// subject; a man's genitive name comes out in the nominative the article
// writes it in elsewhere. English: "the director said" after a director
// named with a parenthetical aside.
func TestQuotesShortRoles(t *testing.T) {
	const ru = "\n\n«Мы подписали договор на поставку продукции до конца следующего года», — "
	const en = "\n\n“We have signed a contract to supply our products until the end of next year,” "
	runQuoteCases(t, []quoteCase{
		{"ru гендиректор for the general director", "ru",
			"Генеральный директор комбината Олег Бондарчук провел встречу с рабочими." + ru + "сказал гендиректор.",
			[]wantQuote{{"Мы подписали договор", "Олег Бондарчук"}}},
		{"ru гендиректор for the short title", "ru",
			"Гендиректор комбината Олег Бондарчук провел встречу с рабочими." + ru + "сказал гендиректор.",
			[]wantQuote{{"Мы подписали договор", "Олег Бондарчук"}}},
		{"ru генпрокурор for the prosecutor general", "ru",
			"Генпрокурор Олег Бондарчук выступил на коллегии ведомства." + ru + "заявил генпрокурор.",
			[]wantQuote{{"Мы подписали договор", "Олег Бондарчук"}}},
		{"ru a genitive name with an aside, the nominative written later", "ru",
			"По словам генерального директора комбината (АО «Сталь», Верхняя Пышма) Олега Бондарчука, обстановка на предприятии спокойная." +
				ru + "сказал гендиректор.\n\nОлег Бондарчук возглавляет комбинат с 2015 года.",
			[]wantQuote{{"Мы подписали договор", "Олег Бондарчук"}}},
		{"en the director after a director named with an aside", "en",
			"At the steel plant (Verkhnyaya Pyshma, Sverdlovsk region), director Oleg Bondarchuk met workers on Monday." + en + "the director said.",
			[]wantQuote{{"We have signed a contract", "Oleg Bondarchuk"}}},
		// Refused.
		{"ru гендиректор with no one titled so", "ru",
			"Рабочие комбината провели собрание в понедельник." + ru + "сказал гендиректор.",
			nil},
		{"en the director with no one titled so", "en",
			"Workers at the steel plant held a meeting on Monday." + en + "the director said.",
			nil},
	})
}

// TestRuGenitiveShown: the genitive of a man's name is read back only to
// the nominative the article writes; a woman's name and a name written in
// no other form stay as they are.
func TestRuGenitiveShown(t *testing.T) {
	for _, tt := range []struct{ title, body, speaker, want string }{
		{"Гендиректор комбината Олег Бондарчук: план выполнен", "Текст.", "Олега Бондарчука", "Олег Бондарчук"},
		{"T", "Позже Игорь Кравчук уехал.", "Игоря Кравчука", "Игорь Кравчук"},
		{"T", "Бондарчук уехал.", "Олега Бондарчука", "Олега Бондарчука"},
		{"T", "Петров уехал.", "Анна Петрова", "Анна Петрова"},
		{"T", "Олег Бондарчук уехал.", "Oleg Bondarchuka", "Oleg Bondarchuka"},
		{"T", "Олег Бондарчук уехал.", "Бондарчука", "Бондарчука"},
	} {
		d := &doc{title: tt.title, body: tt.body, ru: true}
		if got := d.ruGenitiveShown(tt.speaker); got != tt.want {
			t.Errorf("ruGenitiveShown(%q) = %q, want %q", tt.speaker, got, tt.want)
		}
	}
}
