package analyze

import "strings"

// ageEpithetSubject reports whether the sentence's first words, from token
// k, give its subject as a bare age ("The spry 65-year-old also bragged
// …", "The 44-year-old denied …", «65-летний также похвастался …»,
// «44-летняя отказалась …»): news calls a person so once it has named
// them, but the age alone does not say which of the people named before
// is meant, so "he said" after such a sentence is not the person the
// sentence before it names. An age before a title, a person's noun or a
// name ("the 54-year-old minister", «54-летний министр Иванов») is not a
// bare age. A Russian age of the other sex than the pronoun (female)
// does not count.
func (d *doc) ageEpithetSubject(k, hi int, female bool) bool {
	for j := k; j < k+4 && j+1 < len(d.btoks) && int(d.btoks[j].s) < hi; j++ {
		if !d.btoks[j].has(fDigit) {
			continue
		}
		if d.body[d.btoks[j].e:d.btoks[j+1].s] != "-" {
			return false
		}
		a := j + 1
		switch w := d.word(a); {
		case w == "year" && a+1 < len(d.btoks) && d.word(a+1) == "old" && d.body[d.btoks[a].e:d.btoks[a+1].s] == "-":
			a += 2
		case strings.HasPrefix(w, "летн"):
			if (w == "летняя" || w == "летней") != female {
				return false
			}
			a++
		default:
			return false
		}
		if a >= len(d.btoks) || int(d.btoks[a].s) >= hi {
			return false
		}
		n := d.word(a)
		if _, role := roleWords[n]; role || d.listed(a, rwTitleWord) || d.listed(a, rwPersonNoun) || d.btoks[a].has(fCap) {
			return false // "the 54-year-old minister": the noun decides (unnamedPersonSex)
		}
		return true
	}
	return false
}
