package analyze

import (
	"strings"
	"unicode/utf8"
)

// ruPossessorEnd finds the owner of a speaker's title in a Russian name run
// [j, n) read after a speech verb and a lower-case title or relation noun
// («— сказал пресс-секретарь Владимира Путина», «— сообщил помощник
// Эмомали Рахмона», «— сказал адвокат Ивана Петрова Дмитрий Сидоров»):
// the genitive names the person whose aide, lawyer or wife spoke, not the
// speaker. It returns the index just past the owner's surname — n when the
// speaker goes unnamed, less when the speaker's own name follows — or -1
// when the run holds no owner. A surname is the owner's when it is a known
// person's in an oblique case, when it ends in the genitive of an
// adjectival surname (-ского, -цкого), or when the verb is a man's and the
// surname ends like a woman's or a man's genitive (-ова, -ева, -ина): a man
// who spoke is not named Петрова.
func (a *Analyzer) ruPossessorEnd(d *doc, i, j, n int) int {
	if !d.ru || j <= i || j < 1 || n-j < 1 || d.btoks[j-1].has(fCap) || !d.contiguous(j-1, j) {
		return -1
	}
	if t := d.word(j - 1); !d.listed(j-1, rwTitleWord) && !d.listed(j-1, rwRoleNoun) && !ruRelationNouns[t] {
		return -1
	}
	male := false
	for v := j - 1; v >= 0 && v >= i-3; v-- {
		if d.listed(v, rwSpeechVerb) {
			male = ruVerbGender(d.word(v)) == genderMale
			break
		}
	}
	end := -1
	for k := j; k < n; k++ {
		w := d.word(k)
		// (A known man's surname in -ова, -ева, -ина is also a woman's
		// name in the nominative, «Гульнара Алиева»: only a man's verb
		// makes it his genitive.)
		if a.obliqueKnownSurname(d, k) && !strings.HasSuffix(w, "у") && !strings.HasSuffix(w, "ю") && (male || !ruFemaleOrGenitiveSurname(w)) ||
			ruGenitiveAdjSurname(w) || male && k > j && ruFemaleOrGenitiveSurname(w) {
			end = k + 1
		}
	}
	return end
}

// ruRelationNouns name a person by a relation to another («супруга
// Ивана Петрова», «сын Алмазбека Атамбаева»).
var ruRelationNouns = map[string]bool{
	"супруга": true, "супруг": true, "жена": true, "муж": true, "сын": true, "дочь": true,
	"брат": true, "сестра": true, "мать": true, "отец": true, "вдова": true, "внук": true, "внучка": true,
}

// ruGenitiveAdjSurname: an adjectival surname in the genitive
// (Зеленского, Вишневского).
func ruGenitiveAdjSurname(w string) bool {
	return utf8.RuneCountInString(w) > 6 && (strings.HasSuffix(w, "ского") || strings.HasSuffix(w, "цкого"))
}

// ruFemaleOrGenitiveSurname: a surname ending in -ова, -ева, -ина, -ына:
// a woman's in the nominative or a man's in the genitive.
func ruFemaleOrGenitiveSurname(w string) bool {
	if utf8.RuneCountInString(w) < 5 || loneFirstName(w) {
		return false
	}
	for _, e := range [...]string{"ова", "ева", "ёва", "ина", "ына"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// addresseeName reports whether the name opening at token s follows a
// preposition of address: the person a letter, an appeal or words are
// addressed to («в обращении к Эмомали Рахмону», «в письме на имя …», "in
// a letter to John Smith", "addressed to …"), never the speaker.
func (d *doc) addresseeName(s int) bool {
	if s < 1 || !d.contiguous(s-1, s) {
		return false
	}
	if d.btoks[s-1].has(fCap) {
		return false // «Жанболот К. Асанов»: an initial
	}
	if d.ru {
		switch w := d.word(s - 1); w {
		case "к", "ко":
			return true
		case "имя", "адрес":
			// «на имя X», «в адрес X»; «по имени X» names the speaker
			return s > 1 && d.contiguous(s-2, s-1) && (d.word(s-2) == "на" || d.word(s-2) == "в")
		}
		return false
	}
	return d.word(s-1) == "to" && s > 1 && enAddressNouns[d.word(s-2)]
}

var (
	// enAddressNouns come before "to" and an addressee ("a letter to X",
	// "the statement sent to X").
	enAddressNouns = map[string]bool{
		"letter": true, "appeal": true, "message": true, "note": true, "petition": true, "sent": true,
		"addressed": true, "open": true, "memo": true, "email": true, "telegram": true,
	}
)
