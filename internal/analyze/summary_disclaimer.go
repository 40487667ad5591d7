package analyze

import "strings"

// A site's disclaimer about its own content ("The views expressed here
// are the author's own and do not necessarily reflect …", «Мнение
// редакции может не совпадать с мнением автора», "Die hier
// veröffentlichten Angaben erfolgen ohne Gewähr", "Les informations
// publiées n'engagent que leurs auteurs") is page furniture: it tells no
// event, it speaks of the page itself. It is read as two things in one
// short sentence without a quotation: the page names itself or its
// content (disclaimSelf: "this site", "views expressed", «редакция»,
// "hier veröffentlicht", «на сайте») and denies something of it
// (disclaimDenial: "not necessarily", "not responsible", «не совпадать»,
// «не несёт ответственности», "ohne Gewähr", "n'engage"). News about
// someone denying responsibility names no page of its own, and a denial
// quoted from someone stands in quotation marks.
var (
	disclaimSelf = [...]string{
		// en
		"this site", "this website", "this article", "this page", "this publication", "this blog", "views expressed", "opinions expressed",
		"published here", "published on this", "contained on this", "contained in this", "the author's", "the authors'", "of the author",
		// ru, uk
		"редакци", "на сайте", "на нашем сайте", "данного материала", "этого материала", "автора материала", "мнением автора", "мнение автора",
		"на сайті", "цього матеріалу", "даного матеріалу", "думкою автора", "думка автора",
		// de
		"hier veröffentlicht", "auf dieser seite", "auf dieser website", "auf unserer", "dieses artikels", "dieses beitrags", "redaktion", "des autors", "der autoren",
		// fr
		"rédaction", "ce site", "cet article", "informations publiées", "opinions exprimées", "propos exprimés", "de l'auteur", "de l’auteur", "leurs auteurs", "leur auteur",
		// es
		"redacción", "este sitio", "este artículo", "información publicada", "opiniones expresadas", "del autor", "sus autores",
		// pt
		"redação", "este site", "deste site", "este artigo", "informações publicadas", "opiniões expressas", "do autor", "seus autores",
		// it
		"redazione", "questo sito", "questo articolo", "informazioni pubblicate", "opinioni espresse", "dell'autore", "dell’autore", "loro autori",
		// tr
		"yazıdaki", "yazıda yer alan", "yazara", "yazarın", "sitemizde", "yayın politika",
	}
	disclaimDenial = [...]string{
		// en
		"not necessarily", "not responsible", "no responsibility", "no liability", "not liable", "accepts no", "assumes no", "not endorse",
		"informational purposes only", "information purposes only", "are the author's own", "are those of the author",
		// ru, uk
		"не совпада", "не несет ответственност", "не несёт ответственност", "ответственности не несет", "ответственности не несёт",
		"ознакомительн", "не обязательно отражает",
		"не збіга", "не несе відповідальн", "відповідальності не несе", "ознайомч",
		// de
		"ohne gewähr", "keine gewähr", "keine haftung", "keine verantwortung", "nicht unbedingt", "nicht zwingend",
		// fr
		"n'engage", "n’engage", "pas nécessairement", "aucune responsabilité", "pas responsable", "titre informatif", "titre indicatif",
		// es
		"necesariamente", "no se hace responsable", "no se responsabiliza", "ninguna responsabilidad", "fines informativos",
		// pt
		"necessariamente", "não se responsabiliza", "nenhuma responsabilidade", "não reflete", "não refletem",
		// it
		"non si assume", "nessuna responsabilità", "non riflettono", "non riflette", "scopo informativo",
		// tr
		"sorumluluk kabul etmez", "sorumlu değildir", "sorumlu tutulamaz", "bağlamaz", "aittir",
	}
)

// isDisclaimer reports whether a sentence is the page's disclaimer about
// its own content: at most fifty words, no quotation mark, a denial of
// disclaimDenial and a word of the page of disclaimSelf. The denial is
// looked for first; news sentences rarely hold one.
func isDisclaimer(text string, lw *lowerer) bool {
	if len(text) > 600 || len(text) < 20 || strings.ContainsAny(text, "\"“”«»„") {
		return false
	}
	lower := lw.lower(text)
	denies := false
	for _, c := range disclaimDenial {
		if strings.Contains(lower, c) {
			denies = true
			break
		}
	}
	if !denies || countWordsUpTo(text, 51) > 50 {
		return false
	}
	for _, c := range disclaimSelf {
		if strings.Contains(lower, c) {
			return true
		}
	}
	return false
}
