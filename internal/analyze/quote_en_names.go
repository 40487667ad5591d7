package analyze

import (
	"strings"
	"unicode/utf8"
)

// twoNamesStart returns where the full name ending at token i begins when
// the capitalised run walked back from it, [j, i], holds four words: no
// name is that long without a particle ("Mohammed bin Salman") or an
// initial, so the run is two people's names run together, the first
// whose the second is ("the lawyer of ex-minister Kuandyk Bishimbayev
// Leila Ramazanova", «адвокат экс-министра Куандыка Бишимбаева Лейла
// Рамазанова»): the name is the last two words, or three with a
// patronymic («Сергей Викторович Лавров»). Any other run keeps j.
func (d *doc) twoNamesStart(j, i int) int {
	if i-j != 3 {
		return j
	}
	for k := j; k < i; k++ {
		if d.nameParticle(k) || d.initial(k) {
			return j
		}
	}
	if isPatronymic(d.word(i - 1)) {
		return i - 2
	}
	return i - 1
}

// possessorOfPerson reports whether the English name at byte offset pos
// is the possessor of a person's noun ("Almazbek Atambayev's lawyer
// Sergei Slesarev", "Putin's press secretary"): whose lawyer or aide
// spoke, not the subject, as "the lawyer of X" is (ownedByNoun). A
// possessor of a thing ("Kobakhidze's party") stays a subject "he" may
// mean.
func (d *doc) possessorOfPerson(pos int) bool {
	if d.ru {
		return false
	}
	k := d.tokAt(pos)
	for k+1 < len(d.btoks) && d.btoks[k+1].has(fCap) && d.contiguous(k, k+1) {
		k++
	}
	if !d.possessive(k) {
		return false
	}
	for j, n := k+1, 0; j < len(d.btoks) && n < 3 && !d.btoks[j].has(fCap); j, n = j+1, n+1 {
		w := d.word(j)
		if w == "s" {
			n-- // the possessive's letter read as a word
			continue
		}
		if d.listed(j, rwRoleNoun) || d.listed(j, rwPersonNoun) || enRelationNouns[w] || enPersonPlurals[w] {
			return true
		}
	}
	return false
}

// possessive reports whether token i ends in a possessive 's.
func (d *doc) possessive(i int) bool {
	t := &d.btoks[i]
	for _, p := range []string{"'s", "’s", "ʼs"} {
		if strings.HasSuffix(d.body[t.s:t.e], p) || strings.HasPrefix(d.body[t.e:], p) {
			return true
		}
	}
	return false
}

// enPersonPlurals are people a possessor has ("Atambayev's lawyers").
var enPersonPlurals = map[string]bool{
	"aides": true, "lawyers": true, "advisers": true, "advisors": true, "attorneys": true,
	"spokesmen": true, "relatives": true, "children": true, "sons": true, "daughters": true,
}

// occupationTrimmed cuts an occupation noun capitalised at the start of a
// sentence off the front of a speaker's name ("Ecologist Mels Yeleusizov
// disagreed", «Эколог Мэлс Елеусизов не согласился»): a word that says
// what the person does, not the name. Nouns that are also first names
// (Hunter, Mason) are not among them; a name of two words or fewer is
// returned as it is.
func (d *doc) occupationTrimmed(speaker string) string {
	sp := strings.IndexByte(speaker, ' ')
	if sp < 0 || strings.Count(speaker, " ") < 2 {
		return speaker
	}
	w := strings.ToLower(speaker[:sp])
	if roleNouns[w] || personNouns[w] || enOccupations[w] || ruOccupations[w] ||
		!d.ru && len(w) > 5 && strings.HasSuffix(w, "ist") && !strings.HasSuffix(w, "vist") ||
		d.ru && utf8.RuneCountInString(w) > 5 && strings.HasSuffix(w, "лог") {
		return speaker[sp+1:]
	}
	return speaker
}

// ruOccupations are the Russian counterparts of enOccupations (words in
// -лог, эколог, социолог, need no entry).
var ruOccupations = map[string]bool{
	"блогер": true, "блоггер": true, "фотограф": true, "кинорежиссер": true, "режиссер": true, "писатель": true,
	"поэт": true, "историк": true, "банкир": true, "репортер": true, "редактор": true, "корреспондент": true,
	"обозреватель": true, "следователь": true, "правозащитник": true, "правозащитница": true, "активист": true,
	"активистка": true, "юрист": true, "пилот": true, "архитектор": true, "певец": true, "певица": true,
	"актер": true, "актриса": true, "бизнесмен": true, "спортсмен": true, "борец": true, "боксер": true,
}

// enOccupations are English nouns for what a person quoted does that
// neither roleNouns nor personNouns hold (words in -ist need no entry).
var enOccupations = map[string]bool{
	"blogger": true, "photographer": true, "filmmaker": true, "writer": true, "poet": true,
	"historian": true, "banker": true, "reporter": true, "editor": true, "correspondent": true,
	"observer": true, "commentator": true, "investigator": true, "defender": true, "pilot": true,
	"architect": true, "lecturer": true, "rapper": true, "singer": true, "actor": true, "actress": true,
	"director": true, "producer": true, "businessman": true, "athlete": true, "wrestler": true, "boxer": true,
}

// oneBeforeTitledName reports whether the English word at token i is
// "one" opening a lower-case title that a name follows ("said one
// opposition leader Gigi Ugulava"): it reads as "the" does there. Before
// a title with no name ("said one official") "one" stays, and the role
// it opens names no one.
func (a *Analyzer) oneBeforeTitledName(d *doc, i, limit int) bool {
	if d.ru || d.word(i) != "one" {
		return false
	}
	for k := i + 1; k < len(d.btoks) && k <= i+4 && int(d.btoks[k].s) < limit && d.contiguous(k-1, k); k++ {
		if d.btoks[k].has(fCap) {
			return k > i+1 && a.nameRun(d, k) >= 2
		}
		if w := d.word(k); !d.listed(k, rwTitleWord) && !d.listed(k, rwRoleNoun) && !d.listed(k, rwPersonNoun) && !enOccupations[w] && !enTitleModifiers[w] {
			return false
		}
	}
	return false
}

// enTitleModifiers are lower-case words a title is made of before its
// noun ("one opposition leader", "one rights activist").
var enTitleModifiers = map[string]bool{
	"opposition": true, "rights": true, "human": true, "party": true, "local": true, "political": true,
	"civil": true, "society": true, "senior": true, "former": true, "top": true, "government": true,
}
