package analyze

// English titles and roles of local news: councils, weather services,
// highways and schools, in the forms British, Australian and American
// pages print them.

// enLocalTitles precede a name and are no part of it: the short forms of
// "Councillor" written without a dot ("Cr Alan Sutherland", "Cllr Peter
// Popple"), the "-Elect" of a title won but not yet taken
// ("Governor-Elect Johnson Sakaja", "President-elect X"), and the jobs of
// weather services written capitalised before an American-style name
// ("National Weather Service Meteorologist Nick Luchetti", "Senior
// Forecaster X").
var enLocalTitles = []string{
	"cr", "cllr", "clr", "elect",
	"meteorologist", "forecaster", "climatologist", "hydrologist",
}

// enLocalRoles are the words a report uses for someone it titled so
// before ("Highway Superintendent Jay Card Jr. …" then "the superintendent
// said"; "senior forecaster X" then "the forecaster said").
var enLocalRoles = []string{
	"superintendent", "forecaster", "meteorologist", "councillor", "councilor", "sheriff",
	"commissioner",
}

func init() {
	for _, w := range enLocalTitles {
		titleWords[w] = true
	}
	for _, w := range enLocalRoles {
		roleNouns[w] = true
	}
}

// enBodyHeads end the capitalised name of a body and are also title words
// that stop a name read forwards: the run of capitalised words before
// them is the body's name ("Moreton Bay Regional Council Mayor Alan
// Sutherland", "Rural Health Department Director X"), never a person a
// pronoun or a role may mean.
var enBodyHeads = map[string]bool{
	"council": true, "department": true, "ministry": true, "committee": true, "agency": true,
	"commission": true, "foundation": true, "association": true, "institute": true,
}

// bodyHeadAfter reports whether the English capitalised run ending before
// token e is glued to a capitalised body head (enBodyHeads) right after
// it: the run names the body, not a person.
func (d *doc) bodyHeadAfter(e int) bool {
	if e <= 0 || e >= len(d.btoks) || !d.btoks[e].has(fCap) || d.btoks[e].has(fAllCaps) || !d.contiguous(e-1, e) {
		return false
	}
	w := d.word(e)
	return !d.ru && enBodyHeads[w] || companyHeads[w]
}

// companyHeads end a company's name in either language ("Goodyear Dunlop
// Tires", "Harper Industries", «Хендерсон Индастриз»): the capitalised
// words before them name the company, not a person. They are institution
// words too, so no name runs over them.
var companyHeads = map[string]bool{
	"tires": true, "tyres": true, "motors": true, "industries": true, "technologies": true,
	"electronics": true, "pharmaceuticals": true, "holdings": true, "airlines": true, "airways": true,
	"моторс": true, "индастриз": true, "текнолоджис": true, "электроникс": true, "холдингс": true, "эйрлайнс": true,
}

func init() {
	for w := range companyHeads {
		institutionWords[w] = true
	}
}

// enRunInitials reports whether English token i, two capitals and no
// more, is a name's initials run together before a capitalised surname,
// as Indian pages print names ("VJ Kulkarni", "PB Shelar", "KT Rama
// Rao"): not a title word, nor one of the two-letter initialisms written
// before the names of bodies, clubs and channels ("FC Barcelona", "UN
// Secretary", "TV Azteca"), and the word after it is no place.
func (a *Analyzer) enRunInitials(d *doc, i int) bool {
	if d.ru || i+1 >= len(d.btoks) {
		return false
	}
	t, n := &d.btoks[i], &d.btoks[i+1]
	if t.e-t.s != 2 || !t.has(fAllCaps) || !t.has(fLatin) || t.has(fDigit) || !n.has(fCap) || n.has(fAllCaps) ||
		d.body[t.e:n.s] != " " || n.e-n.s < 3 {
		return false
	}
	w := d.word(i)
	return !enTwoLetterInitialisms[w] && !dottedInitialisms[w] && !d.listed(i, rwTitleWord) && !d.listed(i, rwNotName) &&
		!a.isPlaceToken(d, i+1) && !institutionWords[d.word(i+1)]
}

// enTwoLetterInitialisms are two capitals that stand for a body, a club,
// a channel or an office before a name, never a person's initials.
var enTwoLetterInitialisms = map[string]bool{
	"fc": true, "ac": true, "sc": true, "cf": true, "fk": true, "bc": true, "hc": true, "sk": true,
	"tv": true, "ap": true, "ai": true, "it": true, "pr": true, "hr": true, "mp": true, "dg": true,
	"ig": true, "sp": true, "cm": true, "gp": true, "md": true, "ms": true, "st": true, "no": true,
	"go": true, "ok": true, "oh": true, "tx": true, "ny": true, "ca": true, "nj": true, "va": true,
	"wa": true, "fl": true, "ga": true, "pa": true, "mi": true, "il": true, "sa": true, "wb": true,
	"up": true, "ad": true, "vs": true, "re": true,
}

// enLocalSpeechVerbs are attribution verbs of regional English copy
// ("“…,” the governor enthused"). "Spoke" is none: "X and Y spoke in the
// Senate" reports no words, and a role after it would take X or Y.
var enLocalSpeechVerbs = []string{"enthused"}

func init() {
	for _, w := range enLocalSpeechVerbs {
		speechVerbs[w] = true
	}
}
