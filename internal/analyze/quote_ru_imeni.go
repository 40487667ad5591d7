package analyze

// ruImeni reports whether token k is «имени» or its short form «им.» (a
// dot after it), which names the patron of an institution («завод им.
// Малышева», «театр имени Горького»): the capitalised words after it are
// the patron's name in the genitive, never a speaker's. «по имени» names
// the person itself.
func (d *doc) ruImeni(k int) bool {
	if !d.ru || k < 0 || k >= len(d.btoks) {
		return false
	}
	switch d.word(k) {
	case "имени":
		return k == 0 || d.word(k-1) != "по" // «житель по имени Нурлан» names the person

	case "им":
		e := int(d.btoks[k].e)
		return e < len(d.body) && d.body[e] == '.' && !d.btoks[k].has(fCap)
	}
	return false
}

// ruPatronEnd returns the token after the patron's name that starts at
// token k, after «им.» or «имени»: its initials («В. И.», «В.И.») and one
// capitalised word, or a first name and a surname when both are
// capitalised and the next word is too («им. Юрия Гагарина Иван Петров»).
// It returns k when no capitalised word starts there.
func (d *doc) ruPatronEnd(k, limit int) int {
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < limit }
	j := k
	for in(j) && d.initial(j) && d.contiguous(j, j+1) {
		j++
	}
	if !in(j) || !d.btoks[j].has(fCap) {
		return k
	}
	j++
	// A first name and a surname before the speaker's own two words: four
	// capitalised words in a row, the patron's two first.
	if j == k+1 && in(j+2) && d.btoks[j].has(fCap) && d.btoks[j+1].has(fCap) && d.btoks[j+2].has(fCap) &&
		d.contiguous(j-1, j) && d.contiguous(j, j+1) && d.contiguous(j+1, j+2) {
		j++
	}
	return j
}

// moreRuTitleWords are Russian titles of the heads of universities and
// their faculties, named with their institution as other heads are
// («ректор университета им. В.И. Ленина Иван Петров»).
var moreRuTitleWords = []string{"ректор", "проректор", "декан"}

func init() {
	for _, w := range moreRuTitleWords {
		titleWords[w] = true
	}
}

// ruShortTitles are Russian titles written short, with the same post as
// the full words («гендиректор» for «генеральный директор»,
// «замдиректора» for «заместитель директора»), before a name. (As a role
// for someone named earlier, «— сказал гендиректор», they would need the
// role holder's genitive name read back to the nominative, which the
// consonant surnames of the kind (Капчука) do not yet get: left out.)
var ruShortTitles = []string{"гендиректор", "гендиректора", "гендиректору", "гендиректором", "замдиректора"}

func init() {
	for _, w := range ruShortTitles {
		titleWords[w] = true
	}
}
