package analyze

import "strings"

// firstPersonHeadline reports whether the headline is someone's words in
// the first person with no speaker set apart by a colon or a dash ("Kell
// Brook is biggest test of my career", «Иванов был моим лучшим
// учеником»): the person it names is the one spoken about, and the
// speaker is another, so "he said" in the body is not that person. A
// headline that names its speaker ("Golovkin: Brook is the biggest test of
// my career", «Я готов — Головкин») is left to the other rules.
func (d *doc) firstPersonHeadline() bool {
	if strings.Contains(d.title, ":") || strings.Contains(d.title, " — ") || strings.Contains(d.title, " – ") || strings.Contains(d.title, " - ") {
		return false
	}
	for i := range d.ttoks {
		t := &d.ttoks[i]
		if firstPersonSingular[string(d.norm[t.ns:t.ne])] {
			return true
		}
	}
	return false
}

// firstPersonSingular are the singular first person's pronouns and
// possessives.
var firstPersonSingular = map[string]bool{
	"i": true, "me": true, "my": true, "mine": true, "i'm": true, "i’m": true,
	"я": true, "меня": true, "мне": true, "мной": true, "мой": true, "моя": true, "моё": true, "мое": true,
	"мои": true, "моего": true, "моей": true, "моему": true, "моим": true, "моих": true, "мою": true, "моими": true,
}
