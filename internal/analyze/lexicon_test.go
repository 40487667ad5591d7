package analyze

import "testing"

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
