package analyze

import "strings"

// stanceColon reads a sentence made of a speaker, a short predicate of
// stance or place, and a colon before the quotation — the shape reports
// use to introduce words without a speech verb: «Ерлан Ахметов не
// скрывает: «…»», «Министр настроен оптимистично: «…»», «Ерлан Ахметов
// категоричен: «…»», «Ерлан Ахметов в своем Telegram-канале: «…»»;
// "Erlan Akhmetov is adamant: “…”", "Erlan Akhmetov on Telegram: “…”".
// The speaker opens the sentence (a name, a role, a pronoun); the
// predicate must be one of stancePredicates or a social medium, so a verb
// with an object («подписал указ: «…»») gives no speaker.
func (a *Analyzer) stanceColon(d *doc, m, start int) speakerRef {
	s0 := m
	for s0 > 0 && s0 > m-8 && int(d.btoks[s0].s) > start && !d.sentenceStartAt(s0) {
		s0--
	}
	if !d.sentenceStartAt(s0) && int(d.btoks[s0].s) != start {
		return speakerRef{}
	}
	ref, next := a.parseForward(d, s0, int(d.btoks[m].e))
	if ref.kind != refName && ref.kind != refRole && ref.kind != refPronoun || next > m {
		return speakerRef{}
	}
	if ref.kind == refName && ref.te-ref.ts < 2 && !a.knownSurname(d.word(ref.ts)) && !a.bareSurname(d, ref.ts) {
		return speakerRef{} // one capitalised word may be anything
	}
	var words []string
	for t := next; t <= m; t++ {
		if !d.contiguous(t-1, t) && !(t == next && onlyRunes(d.body[d.btoks[t-1].e:d.btoks[t].s], " ")) {
			return speakerRef{}
		}
		words = append(words, d.word(t))
	}
	if len(words) == 0 || len(words) > 4 {
		return speakerRef{}
	}
	if stancePredicates[strings.Join(words, " ")] || d.socialMediumPhrase(words) {
		return ref
	}
	return speakerRef{}
}

// stancePredicates say how someone stands before their words: not hiding
// it, sure, blunt, brief, hopeful.
var stancePredicates = map[string]bool{
	"не скрывает": true, "не скрывает своего мнения": true, "не сомневается": true, "не сомневается в этом": true,
	"настроен оптимистично": true, "настроена оптимистично": true, "настроен решительно": true,
	"настроена решительно": true, "настроен категорично": true, "настроена категорично": true,
	"категоричен": true, "категорична": true, "откровенен": true, "откровенна": true,
	"лаконичен": true, "лаконична": true, "краток": true, "кратка": true, "оптимистичен": true,
	"оптимистична": true, "непреклонен": true, "непреклонна": true, "солидарен": true,
	"солидарна": true, "согласен": true, "согласна": true, "честен": true, "честна": true,
	"is adamant": true, "was adamant": true, "is blunt": true, "was blunt": true, "is clear": true,
	"was clear": true, "is confident": true, "was confident": true, "is optimistic": true,
	"was optimistic": true, "is unequivocal": true, "was unequivocal": true, "is frank": true, "was frank": true,
}

// socialMediumPhrase reports whether words name where someone posted
// them: «в своем Telegram-канале», «в своем блоге», «в соцсетях», "on
// Telegram", "on Facebook".
func (d *doc) socialMediumPhrase(words []string) bool {
	if len(words) < 2 {
		return false
	}
	first, rest := words[0], words[1:]
	if first != "в" && first != "on" && first != "in" {
		return false
	}
	if len(rest) > 1 && (rest[0] == "своем" || rest[0] == "своём" || rest[0] == "his" || rest[0] == "her") {
		rest = rest[1:]
	}
	if len(rest) != 1 && !(len(rest) == 2 && strings.HasSuffix(rest[1], "канале")) {
		return false
	}
	w := rest[0]
	for _, m := range []string{"telegram", "facebook", "instagram", "twitter", "x", "threads", "блоге", "соцсетях", "соцсети", "микроблоге", "telegram-канале", "аккаунте", "blog"} {
		if w == m {
			return true
		}
	}
	return false
}
