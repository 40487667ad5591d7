package analyze

import "strings"

// A noun of a person's sex alone after a speech verb stands for the one
// person of that sex the report has just introduced, as a pronoun does:
// «рассказала пассажирка Любовь. «…», — сообщила женщина», «— добавил
// мужчина»; "“…,” the woman said". It reads as «она»/«он» (resolvePronoun),
// so it takes a speaker only where a pronoun would: a woman named before
// and no other.

// ruSexNouns are the nouns and whether each is a woman's.
var ruSexNouns = map[string]bool{
	"женщина": true, "девушка": true, "мужчина": false, "парень": false, "юноша": false,
}

// enSexNouns are the English ones, after "the".
var enSexNouns = map[string]bool{"woman": true, "man": false}

// sexNounPronoun reads token i as such a noun ending its clause, right after
// the Russian speech verb.
func (d *doc) sexNounPronoun(i, limit int) (speakerRef, bool) {
	w := d.word(i)
	if d.btoks[i].has(fCap) || !d.clauseEndsAfter(i, limit) {
		return speakerRef{}, false
	}
	if d.ru {
		female, ok := ruSexNouns[w]
		if !ok || i == 0 || !d.listed(i-1, rwSpeechVerb) || !d.contiguous(i-1, i) {
			return speakerRef{}, false
		}
		return speakerRef{kind: refPronoun, female: female}, true
	}
	return speakerRef{}, false
}

// enSexNounAt reads "the woman"/"the man" at token i before its speech
// verb ("“…,” the woman said") as "she"/"he", returning the token after
// the noun.
func (d *doc) enSexNounAt(i, limit int) (speakerRef, int, bool) {
	if d.ru || d.word(i) != "the" || i+2 >= len(d.btoks) || int(d.btoks[i+2].s) >= limit || !d.contiguous(i, i+1) || !d.contiguous(i+1, i+2) {
		return speakerRef{}, i, false
	}
	female, ok := enSexNouns[d.word(i+1)]
	if !ok || !d.listed(i+2, rwSpeechVerb) {
		return speakerRef{}, i, false
	}
	return speakerRef{kind: refPronoun, female: female}, i + 2, true
}

// enSexNounBefore reads "the woman"/"the man" ending at token i before a
// speech verb ("“…,” the woman said") as "she"/"he".
func (d *doc) enSexNounBefore(i, start int) (speakerRef, bool) {
	female, ok := enSexNouns[d.word(i)]
	if d.ru || !ok || i == 0 || int(d.btoks[i-1].s) < start || d.word(i-1) != "the" || !d.contiguous(i-1, i) {
		return speakerRef{}, false
	}
	return speakerRef{kind: refPronoun, female: female}, true
}

// ruFirstNameSexAgrees reports whether a Russian first name given alone
// («Любовь», «Игорь», «Нина») may be of the pronoun's sex: a woman's ends
// in -а or -я, or is one of the few in -ь (ruFemaleSoftNames); a man's
// does not (Илья, Никита aside). A name of several words is left to the
// other checks.
func (d *doc) ruFirstNameSexAgrees(name string, female bool) bool {
	if strings.Contains(name, " ") {
		return true
	}
	w := strings.ToLower(name)
	isFemale := strings.ContainsAny(lastRune(w), "ая") && w != "илья" && w != "никита" || ruFemaleSoftNames[w]
	return isFemale == female
}

// ruFemaleSoftNames are the women's first names in -ь; Игорь, Лазарь are
// men's.
var ruFemaleSoftNames = map[string]bool{"любовь": true, "нинель": true, "адель": true, "ассоль": true, "рахиль": true}
