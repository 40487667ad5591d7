package analyze

// Organisations named after a country: "Air France", "Air India", "Turkish
// Airlines", "Deutsche Bank", "Russian Railways", "the Japan Times", "USA
// Today", "Radio France". Such a name tells whose company or newspaper it
// is, not where the story happens: an Air France flight diverted to Recife
// is Brazil's story, a figure the Japan Times reported is the story's
// source. The mention weighs as a yardstick's does (wOrgName) and holds no
// headline; a story about the company alone still has its country, as no
// other is named.

// wOrgName is the weight of a country named inside an organisation's name.
const wOrgName = 0.25

// orgBefore are the capitalised words that make the country after them an
// organisation's name ("Air France", "Radio France"); orgAfter those that
// do so after it ("Turkish Airlines", "Deutsche Bank", "Japan Times").
var (
	orgBefore = map[string]bool{"air": true, "radio": true}
	orgAfter  = map[string]bool{
		"airlines": true, "airways": true, "air": true, "aviation": true, "telecom": true, "telekom": true,
		"railways": true, "bahn": true, "welle": true, "times": true, "post": true, "daily": true,
		"herald": true, "tribune": true, "today": true, "télévisions": true,
	}
	// orgAfterLower are words of the same kind written in lower case
	// («Турецкие авиалинии», "Türk Hava Yolları" aside).
	orgAfterLower = map[string]bool{
		"авиалинии": true, "авиалиний": true, "авиалиниям": true, "авиалиниями": true, "авиалиниях": true,
		"авіалінії": true, "авіаліній": true, "авіалініями": true, "авіалініях": true,
	}
	// orgBank makes a demonym before it a bank's name ("Deutsche Bank",
	// "Commerzbank" aside); a country's name before "Bank" is often the
	// central bank's informal name, which speaks for the country.
	orgBank = map[string]bool{"bank": true, "banque": true}
)

// namesOrganisation reports whether the place matched at m is part of an
// organisation's name (see orgBefore). The neighbour word must be
// capitalised (but for orgAfterLower) and adjacent.
func namesOrganisation(d *doc, src string, toks []token, m match, kind termKind) bool {
	i, j := int(m.tok), int(m.tok+m.n)
	if j < len(toks) && toks[j].sent == toks[i].sent && adjacent(toks, j) {
		w := d.norm[toks[j].ns:toks[j].ne]
		if orgAfterLower[string(w)] {
			return true
		}
		if (orgAfter[string(w)] || kind == kDemonym && orgBank[string(w)]) && startsUpper(src[toks[j].s:toks[j].e]) {
			return true
		}
	}
	if i > 0 && toks[i-1].sent == toks[i].sent && adjacent(toks, i) && startsUpper(src[toks[i-1].s:toks[i-1].e]) {
		return orgBefore[string(d.norm[toks[i-1].ns:toks[i-1].ne])]
	}
	return false
}
