package analyze

import (
	"fmt"
	"testing"
)

// TestLexiconHeadsCoverVocabulary: the lexicons' heads are indexed by
// vocabulary id, so every id a token can carry must be in range, and the
// entries listed under an id must start with that word.
func TestLexiconHeadsCoverVocabulary(t *testing.T) {
	a := shared()
	n := len(a.vocab.ids)
	for _, lx := range []struct {
		name string
		l    *lexicon
	}{{"gazetteer", a.gaz}, {"topics", a.top}} {
		if len(lx.l.heads) < n+1 {
			t.Errorf("%s: heads cover ids up to %d, vocabulary has %d", lx.name, len(lx.l.heads)-1, n)
		}
		if lx.l.heads[0] != nil {
			t.Errorf("%s: id 0 (an unknown word) starts entries", lx.name)
		}
		listed := 0
		for id, es := range lx.l.heads {
			for _, ci := range es {
				if w := lx.l.entries[ci].words[0]; w != uint32(id) {
					t.Fatalf("%s: entry %q listed under id %d starts with id %d", lx.name, lx.l.entries[ci].label, id, w)
				}
			}
			listed += len(es)
		}
		if listed != len(lx.l.entries) {
			t.Errorf("%s: %d entries listed by head, want all %d", lx.name, listed, len(lx.l.entries))
		}
	}
	// Words of both languages reach their entries through their ids.
	for _, w := range []string{"kazakhstan", "казахстан", "astana", "election", "выборы"} {
		id := a.vocab.ids[w]
		if id == 0 || a.gaz.heads[id] == nil && a.top.heads[id] == nil {
			t.Errorf("%q (id %d) starts no entry", w, id)
		}
	}
}

// TestVocabFilter: the filter in front of the vocabulary never refuses a
// known word (that would change an analysis), in either language, and
// refuses most unknown ones (else it saves nothing).
func TestVocabFilter(t *testing.T) {
	a := shared()
	for w, id := range a.vocab.ids {
		if got := a.vocab.lookup([]byte(w)); got != id {
			t.Fatalf("lookup(%q) = %d, want %d", w, got, id)
		}
	}
	for _, w := range []string{"kazakhstan", "казахстан", "выборы", "election"} {
		if a.vocab.lookup([]byte(w)) == 0 {
			t.Errorf("lookup(%q) = 0, want its id", w)
		}
	}
	passed, unknown := 0, 0
	for i := range 20000 {
		w := fmt.Sprintf("zq%dxw", i)
		if i%2 == 1 {
			w = fmt.Sprintf("щъ%dыэ", i)
		}
		if _, ok := a.vocab.ids[w]; ok {
			continue
		}
		unknown++
		if a.vocab.known.mayHave([]byte(w)) {
			passed++
		}
		if got := a.vocab.lookup([]byte(w)); got != 0 {
			t.Fatalf("lookup(%q) = %d for an unknown word", w, got)
		}
	}
	if passed*20 > unknown {
		t.Errorf("the filter let %d of %d unknown words through, want under 5%%", passed, unknown)
	}
	t.Logf("filter: %d of %d unknown words passed", passed, unknown)
}
