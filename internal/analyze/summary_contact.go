package analyze

import "strings"

// A reporter's contact line ("Jane Roe can be reached at jroe@paper.com",
// "Reach Jane Roe at 555-0100.", «Связаться с автором: ivan@paper.ru»)
// gives the writer's address and no news: the summary passes over it,
// whether it opens the text or closes the story.

// contactOpeners open a line that asks the reader to write to, call or
// follow the writer.
var contactOpeners = [...]string{
	"reach ", "contact ", "follow ", "email ", "e-mail ", "write to ", "you can reach ", "you can contact ", "you can follow ",
	"email:", "e-mail:", "phone:", "tel:", "tel.:", "twitter:", "почта:", "эл. почта:", "телефон:", "тел.:",
	"связаться с ", "пишите ", "напишите ", "зв'язатися з ", "пишіть ", "напишіть ",
	"kontakt:", "folgen sie ", "schreiben sie ", "sie erreichen ",
	"contacto:", "contacte ", "contacta ", "escriba a ", "escríbale ", "siga a ", "síguelo en ", "síguela en ",
}

// contactPhrases say inside a line that the writer may be reached, with
// the address after them.
var contactPhrases = [...]string{
	"can be reached at", "can be reached by", "can be reached via", "can be reached on", "can be contacted at", "can be contacted by",
	"can be contacted via", "is reachable at", "связаться с автором", "написать автору", "почта автора", "зв'язатися з автором",
	"ist erreichbar unter", "erreichen sie ", "puede contactar", "se le puede contactar",
}

// isContactLine reports whether a sentence only gives the writer's
// address: it holds an e-mail address or handle ('@') or a phone number
// (seven digits or more), has at most 25 words, and opens with a cue of
// contactOpeners or holds one of contactPhrases. A story's "can be
// reached" ("The village can be reached only by boat") gives no address
// and stays.
func isContactLine(s string) bool {
	if len(s) > 320 {
		return false
	}
	if strings.IndexByte(s, '@') < 0 {
		digits := 0
		for i := 0; i < len(s); i++ {
			if isDigitByte(s[i]) {
				digits++
			}
		}
		if digits < 7 {
			return false
		}
	}
	if countWordsUpTo(s, 26) > 25 {
		return false
	}
	for _, o := range contactOpeners {
		if len(s) >= len(o) && equalFold(s[:len(o)], o) {
			return true
		}
	}
	for _, p := range contactPhrases {
		if indexFold(s, p) >= 0 {
			return true
		}
	}
	return false
}
