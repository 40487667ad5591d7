package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// quoteCase is one table case of the quote rules: the quotations wanted, in
// order of position, each as a text prefix and a speaker; none wants no
// quotation at all.
type quoteCase struct {
	name, lang, body string
	want             []wantQuote
}

type wantQuote struct{ text, speaker string }

func runQuoteCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	a := shared()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: "T", Body: tt.body, Lang: tt.lang}).Quotes
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

// TestQuotesNamesakeOfKnownPerson: the later words of a name are skipped
// when people are listed, so a namesake of a known person ("Ali Sharif"
// beside Shehbaz Sharif) is one person, and "he" resolves to him.
func TestQuotesNamesakeOfKnownPerson(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en namesake then he said", "en",
			"Opposition lawyer Ali Sharif met reporters in Lahore on Monday. “We are not going to accept these charges at all,” he said.",
			[]wantQuote{{"We are not going to accept", "Ali Sharif"}}},
		{"ru namesake then сказал он", "ru",
			"Адвокат Али Шариф встретился с журналистами в Лахоре в понедельник. «Мы не собираемся признавать эти обвинения вообще», — сказал он.",
			[]wantQuote{{"Мы не собираемся признавать", "Али Шариф"}}},
	})
}

// TestQuotesSpeechVerbs: the attribution verbs of both languages, in their
// gender and number forms, attach a quotation to its speaker.
func TestQuotesSpeechVerbs(t *testing.T) {
	const ru = "«Мы продолжим переговоры о поставках воды до конца этого года», — "
	const en = "“We will keep talking about water supplies until the end of this year,” "
	var tests []quoteCase
	for _, v := range []string{"дополнил", "уточнил", "подытожил", "констатировал", "напомнил", "признался", "пояснил", "пообещал"} {
		tests = append(tests, quoteCase{"ru " + v, "ru", ru + v + " Ермек Кошербаев.", []wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}})
	}
	for _, v := range []string{"дополнила", "подытожила", "констатировала", "призналась"} {
		tests = append(tests, quoteCase{"ru " + v, "ru", ru + v + " Айгуль Ибраева.", []wantQuote{{"Мы продолжим переговоры", "Айгуль Ибраева"}}})
	}
	for _, v := range []string{"insisted", "argued", "explained", "recalled", "admitted", "vowed", "declared", "wrote", "posted", "stated", "pledged"} {
		tests = append(tests, quoteCase{"en " + v, "en", en + v + " Yerzhan Ashikbayev.", []wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}})
		tests = append(tests, quoteCase{"en X " + v, "en", en + "Yerzhan Ashikbayev " + v + ".", []wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}})
	}
	runQuoteCases(t, tests)
}
