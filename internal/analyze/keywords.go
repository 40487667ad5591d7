package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/news"
)

// RuNominatives returns, in lower case, the nominatives a Russian word may
// be an inflected form of, most likely first; none for a word that is not
// Cyrillic or too short to tell. The word itself is not among them.
func RuNominatives(w string) []string {
	lw := strings.ToLower(w)
	if !isCyrillicWord(lw) {
		return nil
	}
	var out []string
	for _, e := range ruReadings {
		stem, ok := strings.CutSuffix(lw, e.suffix)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		for _, n := range e.nom {
			out = append(out, stem+n)
		}
	}
	return out
}

// foldWord is a word as keywords compare it: lower case, ё read as е.
func foldWord(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "ё", "е")
}

// KeywordForms returns the forms a keyword matches, folded: the word
// itself and, for a Russian word in any case, every case form of the
// nominatives it may stand for (nouns, surnames, adjectives). It may
// over-generate a rare form, never miss a common one.
func KeywordForms(w string) []string {
	w = foldWord(w)
	if !isCyrillicWord(strings.ReplaceAll(w, "-", "")) {
		return []string{w}
	}
	seen := map[string]bool{}
	var out []string
	add := func(forms []string) {
		for _, f := range forms {
			if f = foldWord(f); !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	add([]string{w})
	for _, base := range append([]string{w}, RuNominatives(w)...) {
		add(ruNounForms(base))
		add(ruSurnameForms(base))
		add(ruCommonNounForms(base))
		if isRuAdjective(base) {
			add(ruAdjectiveForms(base))
		}
	}
	return out
}

// ruCommonNounForms adds the case forms ruNounForms leaves out because
// names in -о and -е do not decline (Марокко, Того) while common nouns do
// (золото: золота, золотом; соглашение: соглашения, соглашением), and the
// plurals (санкции: санкций, санкциях; новость: новостей; банк: банки,
// банков). The forms are the ruCommon rows of ruParadigms.
func ruCommonNounForms(w string) []string {
	if utf8.RuneCountInString(w) < 3 || !isCyrillicWord(w) {
		return nil
	}
	if p, stem, ok := ruParadigmFor(ruCommon, w); ok {
		return p.inflect(stem)
	}
	return nil
}

// Words returns the distinct words of texts, folded as keywords compare
// them. A hyphenated word counts whole and by its parts ("Covid-19" gives
// covid-19, covid and 19); an apostrophe ends a word ("Russia's": russia).
func Words(texts ...string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) }
	for _, t := range texts {
		t = foldWord(t)
		for i := 0; i < len(t); {
			r, n := utf8.DecodeRuneInString(t[i:])
			if !isWord(r) {
				i += n
				continue
			}
			start, j, hyphen := i, i, false
			for j < len(t) {
				r, n := utf8.DecodeRuneInString(t[j:])
				if isWord(r) {
					j += n
					continue
				}
				if r == '-' && j+1 < len(t) {
					if next, _ := utf8.DecodeRuneInString(t[j+1:]); isWord(next) {
						hyphen = true
						j += n
						continue
					}
				}
				break
			}
			word := t[start:j]
			add(word)
			if hyphen {
				for _, part := range strings.Split(word, "-") {
					add(part)
				}
			}
			i = j
		}
	}
	return out
}

// Keywords is a compiled news.KeywordFilter: it tells whether a story's
// words pass the filter. A nil *Keywords lets everything through.
type Keywords struct {
	// forms maps each form to kwInclude, kwExclude or both.
	forms   map[string]uint8
	include bool // the filter has include words
}

const (
	kwInclude uint8 = 1 << iota
	kwExclude
)

// CompileKeywords prepares f for matching; nil when f is empty.
func CompileKeywords(f news.KeywordFilter) *Keywords {
	if f.Empty() {
		return nil
	}
	k := &Keywords{forms: map[string]uint8{}, include: len(f.Include) > 0}
	for _, w := range f.Include {
		for _, form := range KeywordForms(w) {
			k.forms[form] |= kwInclude
		}
	}
	for _, w := range f.Exclude {
		for _, form := range KeywordForms(w) {
			k.forms[form] |= kwExclude
		}
	}
	return k
}

// AllowsWords reports whether a story with these words (from Words) passes:
// it mentions no exclude word and, when there are include words, one of them.
func (k *Keywords) AllowsWords(words []string) bool {
	if k == nil {
		return true
	}
	included := false
	for _, w := range words {
		m := k.forms[w]
		if m&kwExclude != 0 {
			return false
		}
		if m&kwInclude != 0 {
			included = true
		}
	}
	return included || !k.include
}

// Allows is AllowsWords over the words of texts.
func (k *Keywords) Allows(texts ...string) bool {
	if k == nil {
		return true
	}
	return k.AllowsWords(Words(texts...))
}

// ArticleText is what keyword filters read of an article: its headline and
// its summary, or the first paragraph when it has none — what a reader sees.
func ArticleText(a news.Article) []string {
	if strings.TrimSpace(a.Summary) != "" {
		return []string{a.Title, a.Summary}
	}
	body := a.Body
	if i := strings.Index(body, "\n\n"); i >= 0 {
		body = body[:i]
	}
	return []string{a.Title, body}
}
