package analyze

import "testing"

// TestRuleBits checks that every token of the seed article, and every
// word of the rule tables in a text of its own, carries exactly the bits
// of the rule tables that list its word (what the rules that test the
// bits would have read from the maps).
func TestRuleBits(t *testing.T) {
	a := shared()
	texts := []string{readSeed(t).Body, "Он сказал, что министр — глава. The minister said: spokesman Ivan, a farmer, told."}
	for _, tab := range ruleTables {
		s := ""
		for w := range *tab.words {
			s += w + " "
		}
		texts = append(texts, s)
	}
	for _, text := range texts {
		d := a.newDoc(Input{Body: text})
		for k := range d.btoks {
			w := d.word(k)
			for _, tab := range ruleTables {
				if got, want := d.listed(k, tab.bit), (*tab.words)[w]; got != want {
					t.Fatalf("token %q: bit %b is %v, the table says %v", w, tab.bit, got, want)
				}
			}
		}
		a.releaseDoc(d)
	}
}
