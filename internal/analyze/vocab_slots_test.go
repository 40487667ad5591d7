package analyze

import "testing"

// TestVocabSlots checks that the vocabulary's open-addressed slots give
// every word its id and unknown words 0, also for words interned after
// seal (which may rebuild the slots).
func TestVocabSlots(t *testing.T) {
	a := shared()
	for w, id := range a.vocab.ids {
		if got := a.vocab.lookup([]byte(w)); got != id {
			t.Fatalf("lookup(%q) = %d, want %d", w, got, id)
		}
	}
	for _, w := range []string{"", "zzqxv", "the", "несуществующееслово", "xn--p1ai"} {
		if got, want := a.vocab.lookup([]byte(w)), a.vocab.ids[w]; got != want {
			t.Errorf("lookup(%q) = %d, want %d", w, got, want)
		}
	}
	v := vocab{ids: map[string]uint32{}}
	v.id("alpha")
	v.seal()
	for i := range 100 {
		w := string(rune('a'+i%26)) + string(rune('a'+i/26)) + "-word"
		id := v.id(w)
		if v.lookup([]byte(w)) != id || v.lookup([]byte("alpha")) != 1 {
			t.Fatalf("after interning %q: lookups fail", w)
		}
	}
}
