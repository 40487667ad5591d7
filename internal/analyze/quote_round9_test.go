package analyze

import (
	"strings"
	"testing"
)

// TestQuotesClosedLaterParagraphs: a quotation opened once and closed
// paragraphs later (a page that hard-wraps a quotation over blank lines,
// or prints one of several paragraphs with a single pair of marks) is one
// quotation of all its paragraphs, read as one line: words of its later
// paragraphs are the speaker's too.
func TestQuotesClosedLaterParagraphs(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru hard-wrapped over blank lines", "ru",
			"\"В конце сезона команда сыграла лучше, чем мы ждали. Молодые игроки росли у меня\n\nна глазах. Когда в прошлом году я уехал в Минск, они работали с нами.\n\nПоэтому я спокоен за их будущее\", - сказал Олег Дудко.",
			[]wantQuote{{"В конце сезона команда", "Олег Дудко"}}},
		{"ru two paragraphs in «…»", "ru",
			"«Все наши спортсмены, кому удалось выступить на турнире, — молодцы.\n\nНо очень обидно за тех, кому не дали возможности себя показать», — сказала Ирина Тарасова.",
			[]wantQuote{{"Все наши спортсмены", "Ирина Тарасова"}}},
		{"en two paragraphs in “…”", "en",
			"“The harvest this year was better than we expected in the spring.\n\nBut the prices for grain stayed far too low for the farmers,” said Rustam Aliyev.",
			[]wantQuote{{"The harvest this year", "Rustam Aliyev"}}},
	})
	// The later paragraphs are in the quotation, on one line.
	a := shared()
	for _, c := range []struct{ lang, body, later string }{
		{"ru", "\"В конце сезона команда сыграла лучше, чем мы ждали. Молодые игроки росли у меня\n\nна глазах. Когда в прошлом году я уехал в Минск, они работали с нами.\n\nПоэтому я спокоен за их будущее\", - сказал Олег Дудко.", "у меня на глазах. Когда"},
		{"ru", "«Все наши спортсмены, кому удалось выступить на турнире, — молодцы.\n\nНо очень обидно за тех, кому не дали возможности себя показать», — сказала Ирина Тарасова.", "молодцы. Но очень обидно"},
		{"en", "“The harvest this year was better than we expected in the spring.\n\nBut the prices for grain stayed far too low for the farmers,” said Rustam Aliyev.", "spring. But the prices"},
	} {
		got := a.Analyze(Input{Lang: c.lang, Body: c.body}).Quotes
		if len(got) != 1 || !strings.Contains(got[0].Text, c.later) {
			t.Errorf("%s: quotes %+v; want one holding %q", c.lang, got, c.later)
		}
	}
}

// TestQuotesInitialledClientBeforeName: an initialled name glued before a
// full one after a role («адвокат Л.Невзлина Дмитрий Харитонов», "lawyer
// of L.Nevzlin Dmitry Kharitonov") is the role's complement; the speaker
// is the full name after it. A full name after a role stays as it was.
func TestQuotesInitialledClientBeforeName(t *testing.T) {
	const ru = "\"Мы подали жалобу на приговор в Верховный суд, просим отменить приговор\""
	const en = "“We have filed an appeal against the verdict with the Supreme Court,”"
	runQuoteCases(t, []quoteCase{
		{"ru адвокат Л.Невзлина Дмитрий Харитонов", "ru",
			ru + ",- сказал \"Интерфаксу\" в понедельник адвокат Л.Невзлина Дмитрий Харитонов.",
			[]wantQuote{{"Мы подали жалобу", "Дмитрий Харитонов"}}},
		{"ru адвокат Дмитрий Харитонов", "ru",
			ru + ", - сказал адвокат Дмитрий Харитонов.",
			[]wantQuote{{"Мы подали жалобу", "Дмитрий Харитонов"}}},
		{"en lawyer L.Nevzlin Dmitry Kharitonov", "en",
			en + " said lawyer L.Nevzlin Dmitry Kharitonov.",
			[]wantQuote{{"We have filed an appeal", "Dmitry Kharitonov"}}},
		{"en lawyer Dmitry Kharitonov", "en",
			en + " said lawyer Dmitry Kharitonov.",
			[]wantQuote{{"We have filed an appeal", "Dmitry Kharitonov"}}},
	})
}
