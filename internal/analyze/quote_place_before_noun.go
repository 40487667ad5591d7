package analyze

import "strings"

// placeBeforeNoun reports whether the settlement noun at token k has its
// place's name before it («Актюбинской области», «Ошского района», "Osh
// city"), so the capitalised words after it are a person's name («аким
// Актюбинской области Бердыбек Сапарбаев»), not the place («жительница
// села Ак-Жол Айгуль», where the name of the village follows the noun).
// In Russian the word before must be an adjective of place; in English
// any capitalised word.
func (d *doc) placeBeforeNoun(k int) bool {
	if k < 1 || !d.btoks[k-1].has(fCap) || !d.contiguous(k-1, k) {
		return false
	}
	if !d.ru {
		return true
	}
	w := d.word(k - 1)
	for _, e := range [...]string{"ской", "цкой", "ной", "ского", "цкого", "ного", "ском", "ном"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
