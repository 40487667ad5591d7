package analyze

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// markedSpan is a stretch of body text between a pair of quotation marks,
// found by the survey's own simple scanner (not the quote rules').
type markedSpan struct {
	open, ts, te int
	kind         string // the pair of marks, e.g. "«»"
}

// surveyPairs are the pairs of marks the survey looks for.
var surveyPairs = []struct {
	open  rune
	close string
	kind  string
}{
	{'«', "»", "«»"},
	{'“', "”“", "“”"},
	{'„', "“”", "„“"},
	{'"', "\"", `""`},
	{'‘', "’", "‘’"},
	{'\'', "'", "''"},
}

// markedSpans lists the spans between quotation marks in body: an opening
// mark after a space, a bracket, a dash or a colon (or at a line's start),
// closed by the first matching mark (« » counted with nesting), within
// 3000 bytes. Single marks open only before a capital.
func markedSpans(body string) []markedSpan {
	var out []markedSpan
	for i := 0; i < len(body); {
		r, sz := utf8.DecodeRuneInString(body[i:])
		pi := -1
		for k, p := range surveyPairs {
			if p.open == r {
				pi = k
			}
		}
		if pi < 0 {
			i += sz
			continue
		}
		p := surveyPairs[pi]
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(body[:i])
			if !unicode.IsSpace(prev) && !strings.ContainsRune("([:—–-«„“", prev) {
				i += sz
				continue
			}
		}
		next, _ := utf8.DecodeRuneInString(body[i+sz:])
		if (r == '‘' || r == '\'') && !unicode.IsUpper(next) {
			i += sz
			continue
		}
		depth, end := 1, -1
		for j := i + sz; j < len(body) && j < i+3000; {
			c, csz := utf8.DecodeRuneInString(body[j:])
			switch {
			case r == '«' && c == '«':
				depth++
			case strings.ContainsRune(p.close, c):
				if (c == '’' || c == '\'') && j+csz < len(body) {
					if n, _ := utf8.DecodeRuneInString(body[j+csz:]); unicode.IsLetter(n) {
						break // an apostrophe
					}
				}
				if c == '"' && r == '"' {
					prev, _ := utf8.DecodeLastRuneInString(body[:j])
					if unicode.IsSpace(prev) && j+csz < len(body) {
						if n, _ := utf8.DecodeRuneInString(body[j+csz:]); unicode.IsLetter(n) {
							break // another opening mark: leave the pair
						}
					}
				}
				depth--
			}
			if depth == 0 {
				end = j
				break
			}
			j += csz
		}
		if end < 0 {
			i += sz
			continue
		}
		out = append(out, markedSpan{open: i, ts: i + sz, te: end, kind: p.kind})
		_, csz := utf8.DecodeRuneInString(body[end:])
		i = end + csz // flat: a span nested in another is inside it
	}
	return out
}

// surveyWhy says why a marked span may not have become a candidate.
func surveyWhy(d *doc, m markedSpan) string {
	inner := d.body[m.ts:m.te]
	pi := d.paraAt(m.open)
	p := d.paras[pi]
	names := [...]string{"text", "heading", "list", "credit", "byline", "readalso", "promo", "tail", "title"}
	switch {
	case strings.Contains(inner, "\n"):
		return "crosses a paragraph"
	case p.kind != pText:
		return "paragraph kind " + names[p.kind]
	case d.captionPara(pi):
		return "caption paragraph"
	case strings.ContainsAny(inner, "«»“”„\""):
		return "other marks inside"
	}
	before := strings.TrimRight(d.body[p.s:m.open], " ")
	switch {
	case strings.HasSuffix(before, ":"):
		return "colon intro"
	case severalSentences(inner):
		return "sentence boundary inside"
	}
	return "other"
}

// TestQuoteSurvey surveys the corpus feeds: every span of at least
// minQuoteWords words between quotation marks that the quote rules never
// take as a candidate, grouped by mark kind and a likely cause, and every
// candidate with a speech verb in its paragraph and no speaker read. It
// runs when QUOTE_SURVEY is set: "1" surveys the English and Russian
// corpus items, "tuning" adds the unseen set's tuning half (never the
// held-out half), "dump" prints every corpus item's quotations instead, to
// diff a change's effect on the corpus.
func TestQuoteSurvey(t *testing.T) {
	mode := os.Getenv("QUOTE_SURVEY")
	if mode == "" {
		t.Skip("set QUOTE_SURVEY=1 (corpus), QUOTE_SURVEY=tuning (corpus and the unseen tuning half) or QUOTE_SURVEY=dump (every item's quotations)")
	}
	a := shared()
	groups := map[string][]string{}
	items := 0 // surveyed: the languages the quote rules serve
	for _, it := range loadCorpus(t) {
		got, cands := traceQuotes(a, it.in)
		if mode == "dump" {
			for _, q := range got {
				fmt.Printf("%s %s\t%s\t%s\n", it.file, it.guid, q.Speaker, q.Text)
			}
			continue
		}
		if it.in.Lang == "en" || it.in.Lang == "ru" {
			surveyItem(a, it.in, it.file, cands, groups)
			items++
		}
	}
	if mode == "tuning" {
		arts := readJSON[[]unseenArticle](t, "testdata/quotes_unseen.json")
		for _, art := range arts {
			if heldOut(art.ID) {
				continue
			}
			in := Input{Title: art.Title, Body: art.Body, Lang: art.Lang}
			_, cands := traceQuotes(a, in)
			surveyItem(a, in, art.ID, cands, groups)
			items++
		}
	}
	if mode == "dump" {
		return
	}
	t.Logf("%d articles in English or Russian surveyed", items)
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%4d  %s", len(groups[k]), k)
	}
	for _, k := range keys {
		if strings.HasPrefix(k, "#") {
			continue // counts only
		}
		t.Logf("== %s (%d)", k, len(groups[k]))
		for i, s := range groups[k] {
			if i >= 400 {
				break
			}
			t.Logf("   %s", s)
		}
	}
}

func short2(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// surveyItem adds one article's uncovered marked spans and its candidates
// with a speech verb and no speaker to groups.
func surveyItem(a *Analyzer, in Input, name string, cands []quoteCandidate, groups map[string][]string) {
	d := a.newDoc(in)
	norms := make([]string, len(cands))
	for i, c := range cands {
		norms[i] = normQuote(c.text)
	}
	for _, m := range markedSpans(d.body) {
		inner := d.body[m.ts:m.te]
		if countWords(inner) < minQuoteWords {
			continue
		}
		w := strings.Fields(normQuote(inner))
		if len(w) < 3 {
			continue
		}
		head, tail := strings.Join(w[:3], " "), strings.Join(w[len(w)-3:], " ")
		covered := false
		for _, n := range norms {
			covered = covered || strings.Contains(n, head) || strings.Contains(n, tail)
		}
		groups["# marked spans of 6+ words"] = append(groups["# marked spans of 6+ words"], "")
		if covered {
			groups["# of them considered by the quote rules"] = append(groups["# of them considered by the quote rules"], "")
			continue
		}
		key := m.kind + " " + surveyWhy(d, m)
		pi := d.paraAt(m.open)
		ctx := d.body[max(int(d.paras[pi].s), m.open-80):min(int(d.paras[pi].e), m.te+80)]
		groups[key] = append(groups[key], fmt.Sprintf("%s (%s): %s", name, in.Lang, short2(ctx, 260)))
	}
	for pi, p := range d.paras {
		text := d.body[p.s:p.e]
		if openMarks(text) <= 0 {
			continue
		}
		at := strings.LastIndexAny(text, "«“„\"")
		rest := text[at:]
		w := strings.Fields(normQuote(rest))
		if len(w) < minQuoteWords {
			continue
		}
		probe := strings.Join(w[:3], " ")
		covered := false
		for _, n := range norms {
			covered = covered || strings.Contains(n, probe)
		}
		if !covered {
			groups["! unclosed mark in its paragraph"] = append(groups["! unclosed mark in its paragraph"], fmt.Sprintf("%s (%s) p%d: %s", name, in.Lang, pi, short2(text, 300)))
		}
	}
	for pi, p := range d.paras {
		text := d.body[p.s:p.e]
		c := strings.IndexAny(text, "»”")
		if c < 0 || strings.ContainsAny(text[:c], "«“„") {
			continue
		}
		w := strings.Fields(normQuote(text[:c]))
		if len(w) < minQuoteWords {
			continue
		}
		probe := strings.Join(w[len(w)-3:], " ")
		covered := false
		for _, n := range norms {
			covered = covered || strings.Contains(n, probe)
		}
		if !covered {
			groups["! closing mark with no opener in its paragraph"] = append(groups["! closing mark with no opener in its paragraph"], fmt.Sprintf("%s (%s) p%d: %s", name, in.Lang, pi, short2(text, 300)))
		}
	}
	for _, c := range cands {
		switch c.drop {
		case "embedded fragment", "named work", "caption paragraph", "depicted":
			if countWords(c.text) >= minQuoteWords && in.Lang != "" {
				groups["= dropped: "+c.drop] = append(groups["= dropped: "+c.drop], fmt.Sprintf("%s (%s): %s", name, in.Lang, short2(c.text, 200)))
			}
		}
		if strings.Contains(c.drop, "no speech verb in the paragraph") && countWords(c.text) >= minQuoteWords && in.Lang != "" {
			probe := c.text[:min(len(c.text), 30)]
			if i := strings.Index(d.body, probe); i >= 0 {
				pi := d.paraAt(i)
				ps := int(d.paras[max(pi-1, 0)].s)
				groups["~ no speech verb"] = append(groups["~ no speech verb"], fmt.Sprintf("%s (%s): %s", name, in.Lang, short2(d.body[max(ps, i-300):min(int(d.paras[pi].e), i+len(c.text)+100)], 600)))
			}
		}
		if strings.Contains(c.drop, "speech verb in the paragraph, no speaker read") && countWords(c.text) >= minQuoteWords {
			ctx := c.text
			probe := c.text[:min(len(c.text), 30)]
			if i := strings.Index(d.body, probe); i >= 0 {
				pi := d.paraAt(i)
				ctx = d.body[max(int(d.paras[pi].s), i-200):min(int(d.paras[pi].e), i+len(c.text)+150)]
			}
			groups["~ speech verb, no speaker read"] = append(groups["~ speech verb, no speaker read"], fmt.Sprintf("%s (%s): %s", name, in.Lang, short2(ctx, 500)))
		}
	}
}
