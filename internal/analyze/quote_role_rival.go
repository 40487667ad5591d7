package analyze

import (
	"strings"
	"unicode/utf8"
)

// titledRival reports whether the sentence [lo, hi) whose subject is m
// also names someone else under a title holding, word for word, the role
// a quotation's attribution gives, while the subject holds no such title
// ("Tokayev held talks with Uzbek President Shavkat Mirziyoyev. “…,” the
// president said", «Токаев провел переговоры с президентом Узбекистана
// Шавкатом Мирзиёевым. «…», — сказал президент»): the text calls the
// other one the president, so the role names no one for certain. A
// subject titled so keeps the role («Президент Казахстана Касым-Жомарт
// Токаев провел переговоры с президентом России …»).
func (a *Analyzer) titledRival(d *doc, mentions []mention, m mention, lo, hi int, role, name string) bool {
	if role == "" || d.titledAs(lo, m.pos, role) == titleHolds {
		return false
	}
	for _, o := range mentions {
		if o.pos <= m.pos || o.pos < lo || o.pos >= hi {
			continue
		}
		n := a.subjectName(d, o)
		if n == "" || sameSpeaker(n, name) {
			continue
		}
		from := max(m.pos+1, o.pos-90)
		for from < o.pos && !utf8.RuneStart(d.body[from]) {
			from++
		}
		if strings.Contains(strings.ToLower(d.body[from:o.pos]), role) {
			return true
		}
	}
	return false
}
