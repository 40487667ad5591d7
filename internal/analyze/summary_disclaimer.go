package analyze

import "strings"

// A site's disclaimer about its own content ("The views expressed here
// are the author's own and do not necessarily reflect …", «Мнение
// редакции может не совпадать с мнением автора», "Die hier
// veröffentlichten Angaben erfolgen ohne Gewähr", "Les informations
// publiées n'engagent que leurs auteurs") is page furniture: it tells no
// event, it speaks of the page itself. It is read as two things in one
// short sentence without a quotation: the page names itself or its
// content (self: "this site", "views expressed", «редакция»,
// "hier veröffentlicht", «на сайте») and denies something of it
// (denial: "not necessarily", "not responsible", «не совпадать»,
// «не несёт ответственности», "ohne Gewähr", "n'engage"). News about
// someone denying responsibility names no page of its own, and a denial
// quoted from someone stands in quotation marks.
var disclaimCues = [...]struct{ self, denial []string }{
	vlEN: {
		self: []string{
			"this site", "this website", "this article", "this page", "this publication", "this blog", "views expressed", "opinions expressed",
			"published here", "published on this", "contained on this", "contained in this", "the author's", "the authors'", "of the author",
		},
		denial: []string{
			"not necessarily", "not responsible", "no responsibility", "no liability", "not liable", "accepts no", "assumes no", "not endorse", "does not constitute",
			"informational purposes only", "information purposes only", "are the author's own", "are those of the author", "are personal",
		},
	},
	vlRU: {
		self: []string{
			"редакци", "на сайте", "на нашем сайте", "данной статье", "этой статье", "данная статья", "данной публикации", "данного материала", "этого материала", "автора материала", "мнением автора", "мнение автора",
			"на сайті", "цього матеріалу", "даного матеріалу", "думкою автора", "думка автора",
		},
		denial: []string{
			"не совпада", "не несет ответственност", "не несёт ответственност", "ответственности не несет", "ответственности не несёт",
			"ознакомительн", "не обязательно отражает", "субъективное мнение", "оценочное суждение", "не является призывом", "не является рекомендацией",
			"не збіга", "не несе відповідальн", "відповідальності не несе", "ознайомч",
		},
	},
	vlDE: {
		self: []string{
			"hier veröffentlicht", "auf dieser seite", "auf dieser website", "auf unserer", "dieses artikels", "dieses beitrags", "redaktion", "des autors", "der autoren",
		},
		denial: []string{
			"ohne Gewähr", "keine Gewähr", "keine Haftung", "keine Verantwortung", // nouns as written "nicht unbedingt", "nicht zwingend",
		},
	},
	vlFR: {
		self: []string{
			"rédaction", "ce site", "cet article", "informations publiées", "opinions exprimées", "propos exprimés", "de l'auteur", "de l’auteur", "leurs auteurs", "leur auteur",
		},
		denial: []string{
			"n'engage", "n’engage", "pas nécessairement", "aucune responsabilité", "pas responsable", "titre informatif", "titre indicatif",
		},
	},
	vlES: {
		self: []string{
			"redacción", "este sitio", "este artículo", "información publicada", "opiniones expresadas", "del autor", "sus autores",
		},
		denial: []string{
			"necesariamente", "no se hace responsable", "no se responsabiliza", "ninguna responsabilidad", "fines informativos",
		},
	},
	vlPT: {
		self: []string{
			"redação", "este site", "deste site", "este artigo", "informações publicadas", "opiniões expressas", "do autor", "seus autores",
		},
		denial: []string{
			"necessariamente", "não se responsabiliza", "nenhuma responsabilidade", "não reflete", "não refletem",
		},
	},
	vlIT: {
		self: []string{
			"redazione", "questo sito", "questo articolo", "informazioni pubblicate", "opinioni espresse", "dell'autore", "dell’autore", "loro autori",
		},
		denial: []string{
			"non si assume", "nessuna responsabilità", "non riflettono", "non riflette", "scopo informativo",
		},
	},
	vlTR: {
		self: []string{
			"yazıdaki", "yazıda yer alan", "yazara", "yazarın", "sitemizde", "yayın politika",
		},
		denial: []string{
			"sorumluluk kabul etmez", "sorumlu değildir", "sorumlu tutulamaz", "bağlamaz", "aittir",
		},
	},
}

// disclaimAll holds the cues of every language, for a document of none;
// disclaimDenials indexes each language's denials by their opening bytes
// (the last entry every language's), so that one pass over a sentence's
// word starts compares a cue at few of them.
var (
	disclaimAll = func() (all struct{ self, denial []string }) {
		for _, c := range disclaimCues {
			all.self = append(all.self, c.self...)
			all.denial = append(all.denial, c.denial...)
		}
		return all
	}()
	disclaimDenials = func() (x [len(disclaimCues) + 1]*prefixIndex) {
		for l, c := range disclaimCues {
			x[l] = newPrefixIndex(c.denial)
		}
		x[len(disclaimCues)] = newPrefixIndex(disclaimAll.denial)
		return x
	}()
)

// isDisclaimer reports whether a sentence is the page's disclaimer about
// its own content: at most fifty words, no quotation mark, a denial and a
// word of the page from the cues of the document's language l (of every
// language when it has none). The denial is looked for first, at word
// starts of the text as written (the cues are words inside a sentence, in
// lower case but German nouns); news sentences rarely hold one, and only a
// sentence that does is lowered.
func isDisclaimer(text string, l verbLang, lw *lowerer) bool {
	if len(text) > 600 || len(text) < 20 {
		return false
	}
	c, x := disclaimAll, disclaimDenials[len(disclaimCues)]
	if l != vlNone {
		c, x = disclaimCues[l], disclaimDenials[l]
	}
	return hasDenialAt(text, x) && !hasDoubleQuote(text) && countWordsUpTo(text, 51) <= 50 && hasAnyOf(lw.lower(text), c.self)
}

// hasDoubleQuote reports whether s holds a double quotation mark: " or, as
// UTF-8 bytes, “ ” „ (E2 80 9C–9E) or « » (C2 AB, C2 BB).
func hasDoubleQuote(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			return true
		case 0xC2:
			if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) {
				return true
			}
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x9C && s[i+2] <= 0x9E {
				return true
			}
		}
	}
	return false
}

// hasDenialAt reports whether a denial of x starts a word of s.
func hasDenialAt(s string, x *prefixIndex) bool {
	for i := 0; i < len(s); i++ {
		if (i == 0 || s[i-1] == ' ') && x.eachAt(s, i, func(string) bool { return true }) {
			return true
		}
	}
	return false
}

// hasAnyOf reports whether s holds one of subs.
func hasAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
