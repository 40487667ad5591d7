package analyze

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestPronounSurvey lists, over every item of the real corpus feeds, the
// quotations attributed to a pronoun ("he said", «— сказал он») and what
// the resolution decided: to whom, or why it refused. It is a reading aid
// for writing pronoun rules on unlabelled text, so it runs only when
// PRONOUN_SURVEY is set ("counts" for the counts, anything else for the
// samples as well).
func TestPronounSurvey(t *testing.T) {
	mode := os.Getenv("PRONOUN_SURVEY")
	if mode == "" {
		t.Skip("set PRONOUN_SURVEY=counts or PRONOUN_SURVEY=samples")
	}
	a := shared()
	counts := map[string]int{}
	total := 0
	items := loadCorpus(t)
	// The unseen set's tuning half, read as unlabelled text too; never its
	// held-out half.
	arts := readJSON[[]unseenArticle](t, "testdata/quotes_unseen.json")
	for _, art := range arts {
		if !heldOut(art.ID) {
			items = append(items, corpusItem{file: "tuning " + art.ID, in: Input{Title: art.Title, Body: art.Body, Lang: art.Lang}})
		}
	}
	for _, it := range items {
		d := a.newDoc(it.in)
		var cands []quoteCandidate
		d.quoteTrace = &cands
		a.quotes(d)
		for _, c := range cands {
			if c.ref.kind == refNone && c.end <= len(d.body) && pronounAfterRE.MatchString(d.body[c.end:min(len(d.body), c.end+60)]) {
				// "…,” he said" read as no attribution at all
				c.why = "pronoun after the quotation, no attribution read"
			} else if c.ref.kind != refPronoun || c.why == "" {
				continue
			}
			total++
			verdict := "resolved"
			if c.speaker == "" {
				verdict = "refused"
			}
			key := verdict + ": " + c.why
			counts[key]++
			if mode != "counts" {
				t.Logf("%s | %s | %s -> %q\n    %s\n    QUOTE %q", key, it.file, it.in.Title, c.speaker, pronounContext(d, c.open), short(c.text))
			}
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	t.Logf("%d quotations attributed to a pronoun", total)
	for _, k := range keys {
		t.Logf("  %3d  %s", counts[k], k)
	}
}

// pronounAfterRE matches a pronoun attribution right after a quotation:
// "…,” he said", «…», — сказал он», "…,” she told reporters".
var pronounAfterRE = regexp.MustCompile(`^[,.!?]?\s*[—–-]?\s*(?:\p{L}+\s+){0,2}(?:he|she|он|она)(?:[^\p{L}]|$)`)

// pronounContext is the text of the two sentences before the quotation at
// off and of its own, with paragraph breaks shown as ¶.
func pronounContext(d *doc, off int) string {
	si := d.sentenceAt(off)
	lo := si - 2
	if lo < 0 {
		lo = 0
	}
	hi := si + 1
	if hi < len(d.sents) {
		hi++
	}
	if hi > len(d.sents) {
		hi = len(d.sents)
	}
	s := d.body[d.sents[lo].s:d.sents[hi-1].e]
	if r := []rune(s); len(r) > 900 {
		s = string(r[len(r)-900:])
	}
	return strings.ReplaceAll(s, "\n", " ¶ ")
}
