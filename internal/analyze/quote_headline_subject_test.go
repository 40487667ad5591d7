package analyze

import "testing"

// TestQuotesHeadlineSubject: a body that names no one before a quotation
// and goes on about the headline's one person with "she"/«она» gives a
// role or a pronoun attribution to that person, also when the headline
// names her by surname alone before a verb. A pronoun of the other sex,
// or no pronoun subject at all, leaves the role open.
func TestQuotesHeadlineSubject(t *testing.T) {
	a := shared()
	for _, tt := range []struct {
		name, lang, title, body string
		want                    []wantQuote
	}{
		{"ru a role after «Она», the headline's surname", "ru", "Серикова рассказала о новых школах",
			"Она представила план ведомства на брифинге в понедельник. «До конца года в области откроются еще двенадцать школ на три тысячи мест», — добавила глава министерства.",
			[]wantQuote{{"До конца года", "Серикова"}}},
		{"en a role after She, the headline's surname", "en", "Serikova unveils plan for new schools",
			"She presented the ministry's plan at a briefing on Monday. “Twelve more schools with three thousand places will open in the region by the end of the year,” the minister added.",
			[]wantQuote{{"Twelve more schools", "Serikova"}}},
		{"ru a role after «Она», the headline's full name", "ru", "Айжан Серикова рассказала о новых школах",
			"Она представила план ведомства на брифинге в понедельник. «До конца года в области откроются еще двенадцать школ на три тысячи мест», — добавила глава министерства.",
			[]wantQuote{{"До конца года", "Айжан Серикова"}}},
		{"ru «он» of the other sex", "ru", "Серикова рассказала о новых школах",
			"Он представил план ведомства на брифинге в понедельник. «До конца года в области откроются еще двенадцать школ на три тысячи мест», — добавил глава министерства.",
			nil},
		{"en no pronoun subject", "en", "Serikova unveils plan for new schools",
			"The ministry presented its plan at a briefing on Monday. “Twelve more schools with three thousand places will open in the region by the end of the year,” the minister added.",
			nil},
		{"ru «сказала она», the headline's surname", "ru", "Бекова пообещала городу новые парки",
			"В этом году в городе высадят десять тысяч деревьев. «Каждый район до конца лета получит новый сквер и детскую площадку», — сказала она.",
			[]wantQuote{{"Каждый район", "Бекова"}}},
		{"en she said, the headline's surname", "en", "Bekova says city will plant trees",
			"The city will plant ten thousand trees this year. “Every district will get a new park and a playground before the end of the summer,” she said.",
			[]wantQuote{{"Every district", "Bekova"}}},
		{"ru «сказал он» of the other sex", "ru", "Бекова пообещала городу новые парки",
			"В этом году в городе высадят десять тысяч деревьев. «Каждый район до конца лета получит новый сквер и детскую площадку», — сказал он.",
			nil},
		{"en two surnames in the headline", "en", "Bekova says Omarov will plant trees",
			"The city will plant ten thousand trees this year. “Every district will get a new park and a playground before the end of the summer,” she said.",
			nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assertQuotesInOrder(t, a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Quotes, tt.want)
		})
	}
}
