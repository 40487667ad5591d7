package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestQuotesRoleForTheHeadlinePerson: a Russian role («— добавила глава
// Банка России») that no person of the body can hold — the body names no
// one before the quotation — is the person the headline names, by one
// surname («Набиуллина раскрыла …») or a full name, when the verb agrees
// with the surname's sex. Someone named in the body first, or a verb of
// the other sex, leaves the headline out. English headlines capitalise
// every word and take no part.
func TestQuotesRoleForTheHeadlinePerson(t *testing.T) {
	a := shared()
	for _, tt := range []struct {
		name, lang, title, body string
		want                    []wantQuote
	}{
		{"ru a headline surname, a pronoun and a role in the body", "ru",
			"Бекова рассказала о новых учебниках",
			"Она выступила на брифинге в министерстве в среду. «Новые учебники уже напечатаны и ждут на складах», — добавила глава ведомства.",
			[]wantQuote{{"Новые учебники уже напечатаны", "Бекова"}}},
		{"ru a headline full name and a role in the body", "ru",
			"Айгуль Бекова рассказала о новых учебниках",
			"На брифинге обсуждали учебники. «Новые учебники уже напечатаны и ждут на складах», — добавила глава ведомства.",
			[]wantQuote{{"Новые учебники уже напечатаны", "Айгуль Бекова"}}},
		{"ru a verb of the other sex", "ru",
			"Бекова рассказала о новых учебниках",
			"На брифинге обсуждали учебники. «Новые учебники уже напечатаны и ждут на складах», — добавил глава ведомства.",
			nil},
		{"ru someone named in the body first", "ru",
			"Бекова рассказала о новых учебниках",
			"Вице-министр Нурлан Ахметов провел брифинг. Затем выступил министр Ерлан Садыков. «Новые учебники уже напечатаны и ждут на складах», — добавила глава ведомства.",
			nil},
		{"en a headline takes no part", "en",
			"Bekova Speaks About New Textbooks",
			"She spoke at a briefing on Wednesday. “The new textbooks are printed and waiting in the warehouses,” the head of the ministry added.",
			nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Quotes
			slices.SortFunc(got, func(x, y news.Quote) int { return x.Pos - y.Pos })
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes %+v, want %d %+v", len(got), got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(got[i].Text, w.text) || got[i].Speaker != w.speaker {
					t.Errorf("quote %d = %q by %q, want %q… by %q", i, got[i].Text, got[i].Speaker, w.text, w.speaker)
				}
			}
		})
	}
}
