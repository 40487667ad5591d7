package analyze

import "strings"

// The sex an English text's people have by their first names and
// honorifics: "Mayor Ann Cole … Her deputy, Tom Reed, told the crowd: …
// “…,” she said" — "she" is not Tom Reed. Surname endings tell it for the
// names of Russia and Central Asia (quote_gender.go); English names carry
// it in the first name ("Tom", "Ann") or a courtesy title ("Mr Reed",
// "Mrs Cole"). Only first names that English, African and South Asian
// news gives one sex are listed; names given to both (Alex, Sam, Jordan,
// Kim, Jamie, Robin, Jean, Andrea) are not.

// enMaleFirstNames and enFemaleFirstNames are lower-cased first names.
var enMaleFirstNames = map[string]bool{}
var enFemaleFirstNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		aaron adam adrian ahmed alan albert alexander alfred ali allan andrew angus anthony arthur
		barry ben benjamin bernard bill billy bob boris brian bruce carl charles charlie christopher
		clive colin craig dan daniel darren dave david dean dennis derek dominic donald doug douglas
		duncan edward eric frank fred gareth gary gavin geoffrey george gerald gordon graham grant greg
		gregory harry henry howard hugh ian jack jacob jake james jason jeff jeffrey jeremy jim jimmy
		joe john johnny jonathan joseph joshua keith ken kenneth kevin kieran lawrence leonard liam
		luke malcolm mark martin matthew michael mike mohammed muhammad nathan neil nicholas nick
		nigel noel oliver patrick paul peter philip phil raymond richard rob robert roger ronald ross
		roy russell ryan scott sean shane simon stephen steve steven stuart ted terry thomas tim
		timothy todd tom tony trevor victor vincent walter wayne william
		emeka chukwuemeka olusegun oluwaseun babajide tunde uche ikechukwu musa ibrahim abdullahi
		kwame kofi kwabena kojo yaw kwaku johnson uhuru raila kipchoge otieno odhiambo
		rahul rajesh ramesh suresh mahesh sanjay vijay ajay amit anil sunil ashok arvind narendra
		manoj pradeep rakesh deepak vikram prakash girish siddharth ravi venkatesh srinivas
		`) {
		enMaleFirstNames[w] = true
	}
	for _, w := range strings.Fields(`
		alice alison amanda amy angela ann anna anne annie barbara beth betty brenda carol caroline
		catherine charlotte christine claire clare deborah debbie diana diane donna dorothy elaine
		eleanor elizabeth ellen emily emma fiona gillian grace hannah heather helen jane janet jennifer
		jenny jessica joan joanne josephine judith judy julia julie karen kate katherine kathleen
		kathryn laura lauren linda lisa lorraine louise lucy lynn margaret maria marie mary melanie
		michelle nancy natalie nicole olivia pamela patricia paula pauline rachel rebecca ruth sally
		samantha sandra sarah sharon shirley sophie stephanie sue susan teresa theresa tracey tracy
		valerie victoria wendy yvonne zoe
		ngozi chioma ngozika funmilayo folake aisha amina fatima fatuma wanjiku akosua ama abena
		esi adwoa efua comfort mercy joyce
		priya anjali sunita anita kavita neha pooja sneha lakshmi meena rekha shweta deepika
		`) {
		enFemaleFirstNames[w] = true
	}
}

// enNameGender tells the sex of an English mention by its first name or
// a courtesy title right before it, or genderNone. It tells it only in an
// article that names both a man and a woman so (enBothSexesNamed): where
// all the people named are of one sex, a pronoun of the other is a
// slip of the page ("Acting Superintendent Mark Burgess … she said") or
// someone unnamed, which other rules weigh, and the sex of the names
// decides nothing.
func (d *doc) enNameGender(m mention) nameGender {
	if d.ru || m.person >= 0 || !d.enBothSexesNamed() {
		return genderNone
	}
	if first, _, two := strings.Cut(m.name, " "); two {
		switch w := strings.ToLower(first); {
		case enMaleFirstNames[w]:
			return genderMale
		case enFemaleFirstNames[w]:
			return genderFemale
		}
	}
	k := d.tokAt(m.pos)
	if k < 1 || k >= len(d.btoks) || !d.contiguous(k-1, k) && d.body[d.btoks[k-1].e:d.btoks[k].s] != ". " {
		return genderNone
	}
	switch d.word(k - 1) {
	case "mr", "sir", "lord":
		return genderMale
	case "mrs", "ms", "miss", "dame", "lady":
		return genderFemale
	}
	return genderNone
}

// enBothSexesNamed reports whether the English text names at least one
// man and one woman by a listed first name or a courtesy title before a
// capitalised word; read once per document.
func (d *doc) enBothSexesNamed() bool {
	if d.enSexes == 0 {
		d.enSexes = 4
		for k := 0; k+1 < len(d.btoks) && d.enSexes != 7; k++ {
			t, n := &d.btoks[k], &d.btoks[k+1]
			if !n.has(fCap) || n.has(fAllCaps) || d.body[t.e:n.s] != " " && d.body[t.e:n.s] != ". " {
				continue
			}
			if !t.has(fCap) || t.has(fAllCaps) {
				continue // "MS Society": an acronym, no courtesy title
			}
			switch w := d.word(k); {
			case enMaleFirstNames[w] || w == "mr":
				d.enSexes |= 1
			case enFemaleFirstNames[w] || w == "mrs" || w == "ms" || w == "miss":
				d.enSexes |= 2
			}
		}
	}
	return d.enSexes&3 == 3
}
