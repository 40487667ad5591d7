package analyze

import "strings"

// correspondentName reports whether the name run [i, i+n) is a
// correspondent's in a dateline sentence: "From Jalingo, Sylvanus
// Viashima, reports that …", "From Kano, Musa Bello writes …", «Из
// Бишкека сообщает наш корреспондент Иван Петров», «Из Алматы Иван
// Петров передает …». The reporter of the story is no one it quotes, nor
// who a role or a pronoun after it means. The sentence must open with
// "From"/«Из» and a capitalised place within four words before the name,
// and a reporting verb stand right after the name (or, in Russian,
// between the place and the name).
func (d *doc) correspondentName(i, n int) bool {
	si := d.sentenceAt(int(d.btoks[i].s))
	if si < 0 {
		return false
	}
	lo := int(d.sents[si].s)
	if !strings.HasPrefix(d.body[lo:], "From ") && !strings.HasPrefix(d.body[lo:], "Из ") { // the byte gate
		return false
	}
	f := d.tokAt(lo)
	if f+1 >= i || i-f > 6 || !d.btoks[f+1].has(fCap) {
		return false
	}
	if e := i + n; e < len(d.btoks) && correspondentVerbs[d.word(e)] {
		return true // "From Jalingo, X, reports", «Из Алматы Иван Петров передает»
	}
	for k := f + 2; k < i; k++ {
		if d.ru && correspondentVerbs[d.word(k)] {
			return true // «Из Бишкека сообщает наш корреспондент Иван Петров»
		}
	}
	return false
}

// correspondentVerbs report a story from where the reporter is.
var correspondentVerbs = map[string]bool{
	"reports": true, "writes": true, "reporting": true,
	"сообщает": true, "передает": true, "передаёт": true, "пишет": true,
}
