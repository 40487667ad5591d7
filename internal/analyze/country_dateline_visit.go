package analyze

// A minister's or a leader's office tells of their tour abroad from home:
// "PARIS, France — Le ministre des Affaires étrangères a effectué sa
// première visite … Il a eu un entretien avec son homologue", "WASHINGTON
// — The Secretary met his counterpart in Hanoi". The visitor's country is
// named only by the dateline, the hosts' by every paragraph: the dateline,
// which weighs little where the body names the story's place
// (wDateline), is then one side of the talks. A story that names one's
// counterpart ("son homologue", "his counterpart", «своим коллегой»,
// "seinem Amtskollegen", "su homólogo", "mevkidaşı") keeps its dateline
// country's full weight, and that country is a party (markParty), as the
// other side is.

// visitPossessives are the possessives that stand just before a
// counterpart's noun (or one word before it: "his Chinese counterpart").
var visitPossessives = map[string]bool{
	"his": true, "her": true, "their": true, "its": true, "son": true, "sa": true, "ses": true, "leur": true,
	"su": true, "sus": true, "seu": true, "sua": true, "seus": true, "suo": true, "seinem": true, "seinen": true,
	"seiner": true, "ihrem": true, "ihren": true, "ihrer": true, "своим": true, "своего": true, "своему": true, "своими": true,
	"свого": true, "своїм": true, "своєму": true, "своїми": true,
}

// counterpartNouns are the stems of a counterpart's noun; mevkidaş is the
// Turkish one, which takes no possessive before it ("Rus mevkidaşı").
var counterpartNouns = newStemSet("counterpart", "homolog", "homólog", "omolog", "amtskolleg", "коллег", "колег")

// namesCounterpart reports whether the body speaks of a counterpart: a
// counterpart's noun after a possessive (visitPossessives), or mevkidaş.
func (d *doc) namesCounterpart() bool {
	toks := d.btoks
	for k := range toks {
		w := d.norm[toks[k].ns:toks[k].ne]
		if len(w) < 6 {
			continue
		}
		if string(w[:6]) == "mevkid" {
			return true
		}
		if !counterpartNouns.has(w) {
			continue
		}
		for b := k - 1; b >= 0 && b >= k-2 && toks[b].sent == toks[k].sent; b-- {
			if visitPossessives[string(d.norm[toks[b].ns:toks[b].ne])] {
				return true
			}
		}
	}
	return false
}

// creditVisitDateline gives the dateline's country its full weight and a
// party's mark when the story names a counterpart and other countries
// beside it (see the note above). A dateline that names the story's only
// country is given its weight already (countries).
func (acc *countryAcc) creditVisitDateline(d *doc) {
	if acc.dateline <= 0 || len(acc.ev) < 2 {
		return
	}
	var dated *countryEv
	for _, ev := range acc.ev {
		if ev.dated > 0 {
			if dated != nil {
				return // a dateline of two countries ("CITY, Country") is no visitor's home
			}
			dated = ev
		}
	}
	if dated == nil || dated.marks&markOwn == 0 || !d.namesCounterpart() {
		return
	}
	dated.score += dated.dated * (1 - wDateline)
	dated.marks |= markParty
}
