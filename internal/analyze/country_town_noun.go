package analyze

// German writes its nouns with a capital, so a town whose name is also a
// German noun (Vienna's district Neubau, "new building") cannot be told
// from the noun by its capital, and the town table's dictionary test
// (internal/gentowns, which reads lower-case words) lets it through. The
// noun shows by its grammar: an article or a determiner right before it
// ("der Neubau", "einen Neubau", "im Neubau") or an indefinite genitive
// right after it ("Neubau einer Garage", "Neubau eines Hauses"); a town's
// name takes neither in running German text. germanNounTown reads a
// one-word town of German text so, and creditTowns passes it over.

// deNounBefore are the German articles and determiners that stand right
// before a noun, never right before a town's bare name.
var deNounBefore = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"ein": true, "eine": true, "einen": true, "einem": true, "eines": true, "einer": true,
	"im": true, "am": true, "vom": true, "zum": true, "beim": true, "ins": true,
	"kein": true, "keine": true, "keinen": true, "keinem": true,
	"dieser": true, "diese": true, "dieses": true, "diesen": true, "diesem": true,
}

// deNounAfter are the indefinite genitives that follow a noun ("Neubau
// eines Hauses") and never a town's name.
var deNounAfter = map[string]bool{"eines": true, "einer": true}

// germanNounTown reports whether the one-word town m of toks, in German
// text, is used as a noun: a determiner of deNounBefore right before it or
// a genitive of deNounAfter right after it, in the same sentence (no
// punctuation between).
func germanNounTown(d *doc, toks []token, m townMatch) bool {
	if m.n != 1 || d.langs&lDE == 0 || d.langs&^lDE != 0 {
		return false
	}
	k := int(m.tok)
	if k > 0 && adjacent(toks, k) && deNounBefore[string(d.norm[toks[k-1].ns:toks[k-1].ne])] {
		return true
	}
	return k+1 < len(toks) && adjacent(toks, k+1) && deNounAfter[string(d.norm[toks[k+1].ns:toks[k+1].ne])]
}
