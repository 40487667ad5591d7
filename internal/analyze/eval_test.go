package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// evalLabel is one hand-labelled corpus article (testdata/eval.json),
// labelled from reading the article, not from the analyzer's output.
type evalLabel struct {
	File    string   `json:"file"`
	Title   string   `json:"title"`
	Primary []string `json:"primary"`
	// Allow lists countries that may also be primary without counting
	// against the analyzer (a second country a reader could call primary).
	Allow  []string `json:"allow"`
	Topics []string `json:"topics"` // acceptable topics; empty means none fits
	Quotes []struct {
		Text    string `json:"text"` // a prefix of the quotation
		Speaker string `json:"speaker"`
	} `json:"quotes"`
}

// Evaluation floors. The sample has 113 articles and 80 labelled
// quotations (78 English, 2 Russian: the corpus's Russian items are mostly
// one-paragraph leads with few attributed quotations). One article moves
// country accuracy by 0.9 points; one quotation moves recall by 1.25 and
// precision by about 1.7. Each floor sits a few such steps below the figure
// measured when it was set (country 0.938, topics 0.885, precision 1.0,
// recall 0.750; the precision floor is the target), so it catches
// regressions, not noise. The targets are logged beside the figures.
const (
	floorCountry   = 0.90
	floorPrecision = 0.95
	floorRecall    = 0.70
	floorTopics    = 0.75
)

func normQuote(s string) string {
	s = strings.ToLower(s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'а' && r <= 'я' || r >= '0' && r <= '9')
	}), " ")
}

func TestEvaluation(t *testing.T) {
	labels := readJSON[[]evalLabel](t, "testdata/eval.json")
	items := loadCorpus(t)
	byKey := map[string]corpusItem{}
	for _, it := range items {
		byKey[it.file+"|"+it.in.Title] = it
	}
	a := shared()
	var nArt, okCountry, okTopic, predQuotes, goodQuotes, labQuotes, foundQuotes int
	for _, l := range labels {
		it, ok := byKey[l.File+"|"+l.Title]
		if !ok {
			t.Errorf("labelled article not in corpus: %s %q", l.File, l.Title)
			continue
		}
		nArt++
		an := a.Analyze(it.in)
		if primaryOK(an.PrimaryCountries(), l.Primary, l.Allow) {
			okCountry++
		} else {
			t.Logf("country miss: %q primary=%v want %v (allow %v)", l.Title, an.PrimaryCountries(), l.Primary, l.Allow)
		}
		got := an.TopicSlugs()
		if topicAgrees(got, l.Topics) {
			okTopic++
		} else {
			t.Logf("topic miss: %q topics=%v want one of %v", l.Title, got, l.Topics)
		}
		for _, q := range an.Quotes {
			predQuotes++
			good := false
			for _, lq := range l.Quotes {
				if strings.Contains(normQuote(q.Text), normQuote(lq.Text)) && strings.EqualFold(q.Speaker, lq.Speaker) {
					good = true
				}
			}
			if good {
				goodQuotes++
			} else {
				t.Logf("wrong quote: %q by %q in %q", q.Text, q.Speaker, l.Title)
			}
		}
		for _, lq := range l.Quotes {
			labQuotes++
			found := false
			for _, q := range an.Quotes {
				if strings.Contains(normQuote(q.Text), normQuote(lq.Text)) && strings.EqualFold(q.Speaker, lq.Speaker) {
					found = true
				}
			}
			if found {
				foundQuotes++
			} else {
				t.Logf("missed quote: %q by %q", lq.Text, lq.Speaker)
			}
		}
	}
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 1
		}
		return float64(a) / float64(b)
	}
	country, topic := ratio(okCountry, nArt), ratio(okTopic, nArt)
	precision, recall := ratio(goodQuotes, predQuotes), ratio(foundQuotes, labQuotes)
	t.Logf("articles %d: primary-country accuracy %.3f (target 0.90), topic agreement %.3f", nArt, country, topic)
	t.Logf("quotes: %d predicted, %d correct, %d labelled, %d found: precision %.3f (target 0.95), recall %.3f (target 0.70)",
		predQuotes, goodQuotes, labQuotes, foundQuotes, precision, recall)
	if nArt < 60 {
		t.Errorf("only %d labelled articles, want at least 60", nArt)
	}
	if country < floorCountry {
		t.Errorf("primary-country accuracy %.3f below floor %.2f", country, floorCountry)
	}
	if precision < floorPrecision {
		t.Errorf("quote precision %.3f below floor %.2f", precision, floorPrecision)
	}
	if recall < floorRecall {
		t.Errorf("quote recall %.3f below floor %.2f", recall, floorRecall)
	}
	if topic < floorTopics {
		t.Errorf("topic agreement %.3f below floor %.2f", topic, floorTopics)
	}
}

// topicAgrees: the analyzer's topics agree with a label when they share a
// topic, or when both are empty.
func topicAgrees(got []news.Topic, want []string) bool {
	if len(want) == 0 {
		return len(got) == 0
	}
	for _, g := range got {
		if slices.Contains(want, string(g)) {
			return true
		}
	}
	return false
}
