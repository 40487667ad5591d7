package analyze

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/news"
)

// Zone weights: a word in the title tells more about what a story is about
// than one in the lead, which tells more than one further down.
const (
	wTitle = 3.0
	wLead  = 1.5
	wBody  = 1.0
)

// Primary-country rule: a country is primary when its score reaches
// primaryShare of the best one and at least primaryMin; at most maxPrimary.
const (
	primaryShare = 0.4
	primaryMin   = 1.0
	loneMin      = 0.5 // a story naming a single country is about it
	maxPrimary   = 3
)

// specialNames marks country names from the shared table that are also
// common words or first names.
var specialNames = map[string]uint8{
	"georgia": eCtxAmb, "turkey": eCtxAmb, "jordan": eNameAmb, "chad": eNameAmb, "чад": eNameAmb,
	"мали": eNameAmb, "niger": eNameAmb,
}

// skippedNames are country names too ambiguous to match at all (Russian
// "того" is "of that").
// shortAliases are the Latin short forms that text really uses for a country.
var shortAliases = map[string]bool{"usa": true, "uk": true, "uae": true, "drc": true, "prc": true, "us": true}

// CLDR's names of Réunion in Spanish, Portuguese and Italian are those
// languages' word for a meeting («la Reunión Ordinaria del Consejo», "a
// Reunião de Cúpula"), and Grenada's in Spanish and Portuguese is the
// Spanish city of Granada: shared words that decide no country.
var skippedNames = map[string]bool{"того": true, "jersey": true, "man": true, "reunion": true, "congo": true,
	"reunión": true, "reunião": true, "riunione": true, "granada": true}

func buildGazetteer(v *vocab) *lexicon {
	l := &lexicon{}
	addEN := func(code string, kind termKind, it item) {
		flags := it.flags
		if !it.lower {
			flags |= eNeedCap
		}
		for _, ws := range enForms(it, false) {
			l.add(v, ws, entry{code: code, topic: -1, kind: kind, flags: flags, weight: kindWeight[kind], label: it.text, story: it.story})
		}
	}
	addRU := func(code string, kind termKind, it item) {
		flags := it.flags
		// Russian writes demonyms in lower case (белорусы, казахи).
		if !it.lower && kind != kDemonym {
			flags |= eNeedCap
		}
		for _, ws := range ruForms(it, kind) {
			l.add(v, ws, entry{code: code, topic: -1, kind: kind, flags: flags, weight: kindWeight[kind], label: it.text, story: it.story})
		}
	}
	addName := func(code, name string, alias bool) {
		if strings.ContainsAny(name, ",(") {
			if alias {
				return // "korea, north": the inverted forms are not how text names a country
			}
			name = strings.TrimSpace(name[:strings.IndexAny(name, ",(")])
		}
		key := strings.ToLower(name)
		if name == "" || skippedNames[key] {
			return
		}
		it := item{text: name, flags: specialNames[key]}
		if ws := normWords(name); len(ws) == 1 && len([]rune(ws[0])) <= 3 {
			if alias && !isCyrillicText(name) && !shortAliases[ws[0]] {
				return // alpha-3 codes (BLM, AND, CAN) collide with words and acronyms
			}
			it.flags |= eAllCaps
			it.literal = true
			it.text = strings.ToUpper(name)
		}
		if isCyrillicText(name) {
			addRU(code, kName, it)
		} else {
			addEN(code, kName, it)
		}
	}
	for _, c := range news.Countries() {
		addName(c.Code, c.En, false)
		addName(c.Code, c.Ru, false)
		for _, al := range c.Aliases {
			addName(c.Code, al, true)
		}
	}
	addCLDRNames(l, v)
	addIntlNames(l, v)
	addGermanGenitives(l, v)
	addTurkishDemonyms(l, v)
	addSpanishStressForms(l, v)
	addUkrainianPlaceForms(l, v)
	addTranslit(l, v)
	addIntlPlaces(l, v)
	addOtherPlaces(l, v)
	addPublicServices(l, v)
	for _, p := range places {
		for _, it := range splitItems(p.en) {
			addEN(p.code, p.kind, it)
		}
		for _, it := range splitItems(p.ru) {
			addRU(p.code, p.kind, it)
		}
	}
	addSubdivisions(l, v) // after every hand-made entry, which it leaves as they are
	addCities(l, v)       // after the subdivisions, which it leaves as they are too
	addDemonyms(l, v)     // likewise
	markLeaderSurnames(l)
	markNameCountries(l, v)
	markNamesakes(l)
	l.finish()
	return l
}

// markLeaderSurnames marks a country name that is also the surname of
// another country's leader in the gazetteer (Montenegro, Portugal's prime
// minister Luís Montenegro) as a name of people too (eNameAmb): beside
// another capitalised name it is the person, and alone it holds no
// headline. The leader's full name is a phrase of its own and wins.
func markLeaderSurnames(l *lexicon) {
	surnames := map[uint32]string{} // a leader's last word → the leader's country
	for i := range l.entries {
		e := &l.entries[i]
		if e.kind == kLeader && e.code != "" && len(e.words) > 1 {
			surnames[e.words[len(e.words)-1]] = e.code
		}
	}
	for i := range l.entries {
		e := &l.entries[i]
		if e.kind != kName || len(e.words) != 1 {
			continue
		}
		if c, ok := surnames[e.words[0]]; ok && c != e.code {
			e.flags |= eNameAmb
		}
	}
}

// match is one lexicon phrase found in a text.
type match struct {
	entry int32
	tok   int32 // index of the first token
	n     int32 // number of tokens
}

// scan finds the longest acceptable phrase at each position of toks, left to
// right, without overlaps. It is one pass over the tokens with one map
// lookup per token that starts some phrase. Phrases of languages outside
// langs (see docLangs) are skipped.
func (l *lexicon) scan(toks []token, norm []byte, langs uint16, out []match) []match {
	return l.scanOf(toks, norm, langs, out, false)
}

// scanStory is scan for the same-story keys: entries they do not read
// (storyNone) match nothing, so none of them hides a phrase they read.
func (l *lexicon) scanStory(toks []token, norm []byte, langs uint16, out []match) []match {
	return l.scanOf(toks, norm, langs, out, true)
}

func (l *lexicon) scanOf(toks []token, norm []byte, langs uint16, out []match, story bool) []match {
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.id == 0 || !l.startsPhrase(t.id) {
			i++
			continue
		}
		found := false
		for _, ci := range l.cands[l.headStart[t.id]:l.headStart[t.id+1]] {
			se := &l.scanEntries[ci]
			n := int(se.n)
			if i+n > len(toks) || (se.langs != 0 && se.langs&langs == 0) || story && se.story == storyNone {
				continue
			}
			// The phrase's words are compared before its case rules are
			// applied: most candidates of a common head differ in their
			// second word already.
			if n > 1 && toks[i+1].id != se.w1 {
				continue
			}
			e := &l.entries[ci]
			ok := true
			for k := 2; k < n; k++ {
				if toks[i+k].id != e.words[k] {
					ok = false
					break
				}
			}
			if !ok || !l.accepts(e, toks, norm, i) {
				continue
			}
			out = append(out, match{entry: ci, tok: int32(i), n: int32(n)})
			i += n
			found = true
			break
		}
		if !found {
			i++
		}
	}
	return out
}

// accepts applies an entry's case and ambiguity rules at toks[i].
func (l *lexicon) accepts(e *entry, toks []token, norm []byte, i int) bool {
	t := &toks[i]
	if e.flags&eAllCaps != 0 && !t.has(fAllCaps) {
		return false
	}
	if e.flags&eNeedCap != 0 && !t.has(fCap) {
		return false
	}
	if e.flags&eNameAmb != 0 {
		// "Michael Jordan", "Chad Smith": a neighbouring capitalised word
		// that names nothing we know makes it a person. It stands next to
		// it, a space between: a comma or a bracket ends the name
		// ("Québec, François Legault", "Jordan (Amman)").
		n := len(e.words)
		if j := i + n; j < len(toks) && toks[j].has(fCap) && toks[j].sent == t.sent && adjacent(toks, j) && l.heads[toks[j].id] == nil {
			if t.sent >= 0 || looksLikeSurname(string(norm[toks[j].ns:toks[j].ne])) {
				return false
			}
		}
		if i > 0 && toks[i-1].has(fCap) && toks[i-1].sent == t.sent && adjacent(toks, i) && !l.namesAlone(toks[i-1].id) {
			if t.sent == -1 || (i > 1 && toks[i-2].sent == t.sent) {
				return false
			}
		}
	}
	return true
}

// namesAlone reports whether the word id is a phrase of the lexicon by
// itself. A word before a name that only begins longer phrases names
// nothing there, or the scan would have matched the phrase: "João" of
// João Pessoa before "Lima" is a first name ("o vereador João Lima").
func (l *lexicon) namesAlone(id uint32) bool {
	if int(id) >= len(l.heads) {
		return false
	}
	for _, ci := range l.heads[id] {
		if len(l.entries[ci].words) == 1 {
			return true
		}
	}
	return false
}

// adjacent reports whether toks[k] follows toks[k-1] with one byte between
// (a space), so no comma, bracket or dash parts them.
func adjacent(toks []token, k int) bool { return toks[k].s-toks[k-1].e <= 1 }

// countryAcc accumulates country evidence for one article.
type countryAcc struct {
	ev map[string]*countryEv
	// evs holds the countryEv values get hands out while it has room (the
	// pooled document's array), so that few articles allocate one.
	evs     []countryEv
	terms   map[string]map[string]int
	against bool
	// namesakes holds the mentions of institutions several countries name
	// alike, credited once every other mention is counted; an array, so
	// that the accumulator stays off the heap.
	namesakes  [8]namesakeMention
	nNamesakes int
	// dateline is the body offset where the story's dateline ends, or -1.
	dateline int32
	// headSent is the sentence that stands in for a missing headline, or -1.
	headSent int32
}

// countryEv is the evidence one article gives for one country.
type countryEv struct {
	score float64
	// dated is the full weight of its dateline mentions.
	dated float64
	// org is what organisations' names took from its score ("Air
	// France": see wOrgName), and players' nationalities («el paraguayo
	// Ovelar»: see demonymNamesPerson), given back when it is the story's
	// only country.
	org float64
	// amb and strong record whether ambiguous names (Georgia, Jordan) and
	// other evidence named it.
	amb, strong bool
	// marks records whether it has evidence other than shared words
	// (markOwn), whether the headline names it so (markTitle) and whether
	// it is a party to talks (markParty).
	marks uint8
}

// get returns the evidence of code, adding it when new.
func (acc *countryAcc) get(code string) *countryEv {
	ev := acc.ev[code]
	if ev == nil {
		if n := len(acc.evs); n < cap(acc.evs) {
			acc.evs = acc.evs[:n+1]
			ev = &acc.evs[n]
			*ev = countryEv{}
		} else {
			ev = &countryEv{}
		}
		acc.ev[code] = ev
	}
	return ev
}

const (
	markOwn uint8 = 1 << iota
	markTitle
	markParty    // "the Kazakh side", «казахстанская сторона»: a party to talks
	markLocal    // a local service named it (kLocal): it counts when no country has markOwn
	markTown     // a town named it (see country_town.go): it counts as markLocal does, and is primary only from primaryMin
	markUnlisted // it was named outside a list of countries (see wListed)
)

// countries scores the countries of d; ex, when not nil, receives the
// terms that fired.
func (a *Analyzer) countries(d *doc, ex *Explanation) []news.CountryScore {
	// The pooled document's map and array serve again, emptied: no
	// countryEv outlives this call.
	if d.countryEvs == nil {
		d.countryEvs, d.countryEvArr = map[string]*countryEv{}, make([]countryEv, 0, 16)
	}
	clear(d.countryEvs)
	acc := countryAcc{ev: d.countryEvs, evs: d.countryEvArr[:0]}
	if ex != nil {
		acc.terms = map[string]map[string]int{}
	}
	acc.dateline = d.datelineEnd()
	acc.headSent = -1
	if len(d.ttoks) == 0 {
		acc.headSent = d.firstSummarySentence()
	}
	ms := a.gaz.scan(d.ttoks, d.norm, d.langs, d.matches[:0])
	a.addCountryMatches(&acc, d, d.ttoks, ms, true)
	ms = a.gaz.scan(d.btoks, d.norm, d.langs, ms[:0])
	a.addCountryMatches(&acc, d, d.btoks, ms, false)
	d.matches = ms[:0]
	acc.creditNamesakes(a.gaz)
	if usCallSign(d.body) {
		acc.credit("US", &usCallSignEntry, float64(kindWeight[kName])*wLead, markOwn) // "JONESBORO, AR (KAIT) -"
	}
	if acc.localOnly() {
		a.creditTowns(&acc, d) // home news that names its town, never its country
	}
	if len(acc.ev) == 0 {
		a.creditAddressTowns(&acc, d) // … or only in its page's address
	}
	// A dateline that names the only country of the story still names it
	// in full: the story was filed where it happened ("ALMATY, Oct 3 - A
	// court…").
	if len(acc.ev) == 1 {
		for _, ev := range acc.ev {
			if ev.dated > 0 && math.Abs(ev.score-ev.dated*wDateline) < 1e-9 {
				ev.score = ev.dated
			}
		}
	}
	// A visitor's home, which the dateline alone names, is a party to the
	// talks abroad the story tells ("PARIS — … son homologue").
	acc.creditVisitDateline(d)
	// So does an organisation's name: a story about Deutsche Bahn or
	// British Airways alone is its country's; so does a lone person's
	// nationality ("Der Chinese Wang Lei gewann").
	if len(acc.ev) == 1 {
		for _, ev := range acc.ev {
			ev.score += ev.org
		}
	}
	if acc.against {
		for code, ev := range acc.ev {
			if ev.amb && !ev.strong {
				delete(acc.ev, code)
			}
		}
	}
	out := make([]news.CountryScore, 0, len(acc.ev))
	local := acc.localOnly()
	for code, ev := range acc.ev {
		if ev.score <= 0 || ev.marks&markOwn == 0 && (!local || ev.marks&(markLocal|markTown) == 0) {
			continue // only shared words (рубль, English) or another country's town hall named it
		}
		out = append(out, news.CountryScore{Code: code, Score: math.Round(ev.score*100) / 100})
	}
	// Codes are unique: the order is total, and SortFunc does not
	// allocate as sort.Slice does.
	slices.SortFunc(out, func(x, y news.CountryScore) int {
		if x.Score != y.Score {
			return cmp.Compare(y.Score, x.Score)
		}
		return strings.Compare(x.Code, y.Code)
	})
	choosePrimary(out, acc.ev)
	if ex != nil {
		for _, c := range out {
			ex.Countries = append(ex.Countries, ExplainedCountry{Code: c.Code, Score: c.Score, Primary: c.Primary, Terms: termList(acc.terms[c.Code])})
		}
	}
	return out
}

// choosePrimary marks the primary countries of out, sorted best first.
func choosePrimary(out []news.CountryScore, ev map[string]*countryEv) {
	if len(out) == 0 {
		return
	}
	top := out[0].Score
	for i := range out {
		marks := ev[out[i].Code].marks
		// A country the headline names stays primary even when the
		// body is about another one.
		if i < maxPrimary && out[i].Score >= primaryMin && (out[i].Score >= primaryShare*top || marks&markTitle != 0) {
			out[i].Primary = true
		}
		// So does a party the story names as one side of talks ("the
		// Kazakh side"), even named once.
		if i < maxPrimary && out[i].Score >= loneMin && marks&markParty != 0 {
			out[i].Primary = true
		}
	}
	// A lone country is primary from loneMin, unless towns alone name it
	// (weak evidence: see townWeight). So is the only country named
	// outside a list of countries: the list's items are named in passing
	// ("films from Hungary, Belgium, Switzerland or Spain" at a festival
	// in the Pays de la Loire).
	if out[0].Score >= loneMin && ev[out[0].Code].marks&^markTown != 0 && (len(out) == 1 || onlyUnlisted(out, ev)) {
		out[0].Primary = true
	}
}

// onlyUnlisted reports whether out[0] is the only country of out that was
// named outside a list of countries, by its own words.
func onlyUnlisted(out []news.CountryScore, ev map[string]*countryEv) bool {
	if ev[out[0].Code].marks&(markUnlisted|markOwn) != markUnlisted|markOwn {
		return false
	}
	for _, c := range out[1:] {
		if ev[c.Code].marks&markUnlisted != 0 {
			return false
		}
	}
	return true
}

func (a *Analyzer) addCountryMatches(acc *countryAcc, d *doc, toks []token, ms []match, title bool) {
	lastSent, background := int32(-2), false
	src := d.body
	if title {
		src = d.title
	}
	listEnd := -1 // matches before this index are items of a list of countries
	for mi, m := range ms {
		if mi >= listEnd {
			listEnd = a.countryListEnd(src, toks, ms, mi)
		}
		e := &a.gaz.entries[m.entry]
		if e.flags&eAgainst != 0 {
			acc.against = true
		}
		if e.code == "" {
			continue
		}
		if e.kind == kDemonym && demonymIsLanguage(d, toks, int(m.tok), int(m.tok+m.n), title) {
			continue // "Russian language", "русский язык": a language, not a country
		}
		if e.kind == kDemonym && a.inEnglishName(d, src, toks, m, e) {
			continue // "Chinese Restaurant Zum Drachen" in German: a name, not a country
		}
		if namesThoroughfare(d, src, toks, m, e.kind) {
			continue // «Минское шоссе», "rue de Rome": a road's name, not a place of the story
		}
		if m.n == 1 && (e.kind == kCapital || e.kind == kCity) && a.beginsTown(d, toks, int(m.tok), e.code) {
			continue // "Porto Alegre", not Porto: the first word of another country's town
		}
		w := float64(e.weight)
		// "of Serbian origin", and a nationality before a person's name
		// («el mexicano Delgadillo»): whose, not where.
		origin := e.kind == kDemonym && demonymIsOrigin(d, toks, int(m.tok), int(m.tok+m.n))
		if origin {
			w *= wYardstick // "of Serbian origin": where a family came from
		}
		tourist := e.kind == kDemonym && !origin && demonymIsTourist(d, toks, int(m.tok), int(m.tok+m.n))
		if tourist {
			w *= wLocator // "a Russian tourist": away from home
		}
		// «el paraguayo Ovelar»: whose player, not where; it weighs as a
		// tourist does, and a story of sport that names no other country
		// is the home side's (see homeSportOnly).
		if e.kind == kDemonym && !origin && !tourist && !title && demonymNamesPerson(d, src, toks, ms, mi) {
			tourist, d.personNat = true, true
			w *= wLocator
			acc.get(e.code).org += w * (1/wLocator - 1)
			if d.nPersonCodes < len(d.personCodes) {
				d.personCodes[d.nPersonCodes] = e.code
				d.nPersonCodes++
			}
		} else {
			d.otherNamed = true
		}
		role := a.countryRole(d, src, toks, m, e)
		if role == roleSubject && a.isVenue(d, toks, ms, mi) {
			role = roleVenue
		}
		if role == roleSubject && a.isLeaderGloss(d, toks, ms, mi) {
			role = roleLocator
		}
		org := namesOrganisation(d, src, toks, m, e.kind)
		if org {
			w *= wOrgName // "Air France", "Turkish Airlines": whose company, not where
		}
		switch role {
		case roleYardstick:
			w *= wYardstick
		case roleLocator, roleVenue:
			w *= wLocator
		case roleExample:
			w *= wExample
		}
		switch {
		case title:
			w *= wTitle
		default:
			t := &toks[m.tok]
			pk := d.paraOf(t.s)
			if !pk.counts() {
				continue
			}
			if t.s < d.leadEnd {
				w *= wLead
			}
			if t.s < acc.dateline {
				acc.get(e.code).dated += w
				w *= wDateline
			}
			if t.sent != lastSent {
				lastSent, background = t.sent, t.sent >= 0 && int(t.sent) < len(d.sents) && isBackground(d.body[d.sents[t.sent].s:d.sents[t.sent].e])
			}
			if background {
				w *= wBackground
			}
			if mi < listEnd {
				w *= wListed
			}
			// A party to a meeting, talks or a visit where the story
			// opens holds the story beside the host.
			if role == roleSubject && t.s < d.leadEnd && !background && mi >= listEnd && isCounterpart(d, src, toks, int(m.tok)) {
				role = roleParty
			}
			if role == roleSubject && (e.kind == kLeader || e.kind == kCapital) && t.s < d.leadEnd && !background && leadsVisit(d, src, toks, m) {
				role = roleParty // "Sheikh Hasina went to Beijing for a visit"
			}
		}
		head := !title && standsForTitle(acc, &toks[m.tok])
		var marks uint8
		if e.kind == kLocal {
			marks = markLocal
		} else if e.flags&eShared == 0 && !origin {
			marks = markOwn
			// Only names, capitals, demonyms and leaders hold a headline:
			// a city or region name may be something else (Typhoon Talas).
			if (title || head) && !org && !tourist && role != roleYardstick && role != roleExample && role != roleVenue && e.flags&(eCtxAmb|eNameAmb) == 0 && (e.kind == kName || e.kind == kCapital || e.kind == kDemonym || e.kind == kLeader) &&
				!(e.kind == kDemonym && inShortQuote(src, toks[m.tok].s, toks[m.tok+m.n-1].e)) {
				marks |= markTitle
			}
			if role == roleParty {
				marks |= markParty
			}
			if title || mi >= listEnd {
				marks |= markUnlisted
			}
		}
		if e.namesake != 0 && acc.nNamesakes < len(acc.namesakes) {
			acc.namesakes[acc.nNamesakes] = namesakeMention{entry: m.entry, w: w, marks: marks}
			acc.nNamesakes++
			continue
		}
		if org {
			acc.get(e.code).org += w * (1/wOrgName - 1)
		}
		acc.credit(e.code, e, w, marks)
	}
}

// inShortQuote reports whether the text at src[s:e] lies inside a quoted
// phrase of at most four words: a term the headline cites ("'Armenian
// genocide' vote", «„русский мир“», "the 'Chinese virus' remark"), whose
// demonym names no party of the story. An opening mark follows a space, a
// bracket or the start, a closing one comes before a space, punctuation or
// the end, so the apostrophe inside a word (Almanya'nın) is neither.
func inShortQuote(src string, s, e int32) bool {
	const quotes = "'\"«»„“”‘’‚‹›"
	words := 0
	open := -1
	for i := int(s) - 1; i >= 0 && int(s)-i < 48; {
		r, n := utf8.DecodeLastRuneInString(src[:i+1])
		start := i + 1 - n
		if strings.ContainsRune(quotes, r) {
			if start == 0 || isQuoteEdge(src, start, true) {
				open = start
			}
			break
		}
		if r == ' ' {
			words++
		}
		if words > 3 || r == '\n' || r == '.' || r == ':' {
			return false
		}
		i = start - 1
	}
	if open < 0 {
		return false
	}
	for i := int(e); i < len(src) && i-int(e) < 48; {
		r, n := utf8.DecodeRuneInString(src[i:])
		if strings.ContainsRune(quotes, r) {
			return i+n == len(src) || isQuoteEdge(src, i+n, false)
		}
		if r == ' ' {
			words++
		}
		if words > 3 || r == '\n' || r == '.' || r == ':' {
			return false
		}
		i += n
	}
	return false
}

// isQuoteEdge reports whether the quotation mark ending before (open) or
// starting at offset i of src stands at a word's edge: a space or a bracket
// before an opening mark, a space or punctuation after a closing one.
func isQuoteEdge(src string, i int, open bool) bool {
	if open {
		r, _ := utf8.DecodeLastRuneInString(src[:i])
		return unicode.IsSpace(r) || r == '(' || r == '['
	}
	r, _ := utf8.DecodeRuneInString(src[i:])
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// credit adds the weight and marks of a mention of e to country code.
func (acc *countryAcc) credit(code string, e *entry, w float64, marks uint8) {
	ev := acc.get(code)
	ev.score += w
	ev.marks |= marks
	if e.flags&(eCtxAmb|eNameAmb) != 0 {
		ev.amb = true
	} else {
		ev.strong = true
	}
	if acc.terms != nil {
		tm := acc.terms[code]
		if tm == nil {
			tm = map[string]int{}
			acc.terms[code] = tm
		}
		tm[e.label+" ("+kindName[e.kind]+")"]++
	}
}

// namesakeMention is a mention of an institution several countries name
// alike (see institutionNamesakes), weighed but not yet credited.
type namesakeMention struct {
	entry int32
	w     float64
	marks uint8
}

// creditNamesakes credits each namesake mention to the country among its
// namesakes that the rest of the article names most, or to the entry's own
// country when it names none of the others: "der Bundesrat in Bern" is
// Switzerland's, "le Québec … l'Assemblée nationale" Quebec's.
func (acc *countryAcc) creditNamesakes(gaz *lexicon) {
	if acc.nNamesakes == 0 {
		return
	}
	var codes [len(acc.namesakes)]string
	for i, nm := range acc.namesakes[:acc.nNamesakes] {
		e := &gaz.entries[nm.entry]
		code, best := e.code, 0.0
		if ev := acc.ev[code]; ev != nil {
			best = ev.score
		}
		for _, alt := range institutionNamesakes[e.namesake-1].also {
			if ev := acc.ev[alt]; ev != nil && ev.score > best {
				code, best = alt, ev.score
			}
		}
		codes[i] = code
	}
	for i, nm := range acc.namesakes[:acc.nNamesakes] {
		acc.credit(codes[i], &gaz.entries[nm.entry], nm.w, nm.marks)
	}
}

// standsForTitle reports whether body token t lies in the sentence that
// stands in for a missing headline, past the dateline: a feed item without
// a title is shown and read by its first sentence, so a country named
// there holds the story as a headline's would.
func standsForTitle(acc *countryAcc, t *token) bool {
	return acc.headSent >= 0 && t.sent == acc.headSent && t.s >= acc.dateline
}

// firstSummarySentence returns the index of the sentence the summary opens
// with (bylines, captions and datelines skipped), or -1.
func (d *doc) firstSummarySentence() int32 {
	sum := d.summary()
	if sum == "" {
		return -1
	}
	// The summary opens with the rest of that sentence; a few words of it
	// find it.
	n := min(len(sum), 40)
	for n < len(sum) && n > 0 && !utf8.RuneStart(sum[n]) {
		n--
	}
	key := strings.TrimRight(sum[:n], "…. ")
	for i, se := range d.sents {
		if d.paras[se.para].kind == pText && strings.Contains(d.body[se.s:se.e], key) {
			return int32(i)
		}
	}
	return -1
}

// wDateline weighs a place in the story's dateline ("MOSCOW, Nov 12
// (Reuters) -", «ТАШКЕНТ, 18 мар — Sputnik.»): it says where the story was
// filed, which for a wire desk is often another country's capital.
const wDateline = 0.4

// datelineEnd returns the offset in the body where the dateline that opens
// the story ends, or -1 when the story opens with none (see
// datelineStart and stripDateline).
func (d *doc) datelineEnd() int32 {
	si := d.datelineStart()
	if si == 0 {
		si = -1
		for i, s := range d.sents {
			if d.paras[s.para].kind == pText {
				si = i
				break
			}
		}
		if si < 0 {
			return -1
		}
	}
	s := d.sents[si]
	text := d.body[s.s:s.e]
	rest := d.stripDatelineOnce(text)
	if len(rest) == len(text) {
		return -1
	}
	return s.s + int32(len(text)-len(rest))
}

// wListed weighs a country named in a list of three or more ("via
// Kazakhstan, Azerbaijan, Georgia and Türkiye", "в России, Казахстане,
// Афганистане и Кыргызстане"): a list names a region or a route, each item
// only in passing.
const wListed = 0.5

// listJoiners are the words that may stand between the items of a list:
// "and", "or" and the preposition "in" that may repeat before each item, in
// the languages the bot reads ("Hongrie, Belgique, Suisse ou Espagne",
// "Węgier, Belgii lub Hiszpanii", «Угорщини, Бельгії або Іспанії»).
var listJoiners = [...]string{"and", "or", "the", "и", "или", "та", "і", "й", "und", "et", "y", "e", "ve", "ile", "в", "во", "in",
	"ou", "o", "u", "ed", "oder", "veya", "ya", "hem", "або", "чи", "lub", "oraz", "albo", "en", "of", "ja", "tai", "va", "yoki", "және", "мен", "немесе", "ва", "ёки"}

// countryListEnd returns, when ms[i] starts a list of three or more
// different countries (names joined only by commas and listJoiners), the
// index after its last item; otherwise i.
func (a *Analyzer) countryListEnd(src string, toks []token, ms []match, i int) int {
	codes := [4]string{}
	n, j := 0, i
	for ; j < len(ms); j++ {
		e := &a.gaz.entries[ms[j].entry]
		if e.code == "" {
			break
		}
		if j > i && !listGap(src, toks, ms[j-1], ms[j]) {
			break
		}
		seen := false
		for _, c := range codes[:min(n, len(codes))] {
			seen = seen || c == e.code
		}
		if !seen {
			if n < len(codes) {
				codes[n] = e.code
			}
			n++
		}
	}
	if n >= 3 {
		return j
	}
	return i
}

// listGap reports whether only commas and list joiners stand between two
// matches of one sentence, or a glossed item's name (see glossGap).
func listGap(src string, toks []token, prev, next match) bool {
	end := prev.tok + prev.n
	if toks[end-1].sent != toks[next.tok].sent {
		return false
	}
	if next.tok-end > 2 || !plainGap(src, toks, end, next.tok) {
		return glossGap(src, toks, end, next.tok)
	}
	return true
}

// plainGap reports whether only commas and list joiners stand between the
// tokens end-1 and next.
func plainGap(src string, toks []token, end, next int32) bool {
	gap := src[toks[end-1].e:toks[next].s]
	words, comma := 0, false
	for k := next - 1; k >= end; k-- {
		// The words between are tokens: each must be a joiner.
		if !isListJoiner(src[toks[k].s:toks[k].e]) {
			return false
		}
		words++
	}
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ',':
			comma = true
		case ' ', '\t', '\n':
		default:
			if words == 0 {
				return false // "Kazakhstan-China": a compound, a dash, a bracket
			}
		}
	}
	return words > 0 || comma
}

// itemPreps may open a glossed list's item: "of Uruguay", «de Bolivia».
var itemPreps = [...]string{"of", "from", "de", "do", "da", "du", "des", "di", "del", "von", "aus"}

// glossGap reports whether the tokens [end, next) between two countries
// are the first one's gloss and the next item's opening, in a list whose
// items each name a country and its representative, parted by semicolons:
// "the ministers of Brazil, Mauro Vieira; Uruguay, Omar Paganini; and
// Bolivia, Celinda Sosa", «su colega de Brasil, Mauro Vieira; de Uruguay,
// Omar Paganini; y de Bolivia, Celinda Sosa», «Бразилии, Мауро Виейра;
// Уругвая, Омар Паганини». Before the semicolon a comma and one to four
// capitalised words; after it only list joiners and a preposition.
func glossGap(src string, toks []token, end, next int32) bool {
	if next-end > 7 || strings.IndexByte(src[toks[end-1].e:toks[next].s], ';') < 0 {
		return false
	}
	semi := end
	for semi < next && strings.IndexByte(src[toks[semi-1].e:toks[semi].s], ';') < 0 {
		semi++
	}
	names := semi - end
	if names < 1 || names > 4 || strings.TrimSpace(src[toks[end-1].e:toks[end].s]) != "," {
		return false
	}
	for k := end; k < semi; k++ {
		r, _ := utf8.DecodeRuneInString(src[toks[k].s:])
		if !unicode.IsUpper(r) || (k > end && strings.TrimSpace(src[toks[k-1].e:toks[k].s]) != "") {
			return false
		}
	}
	if strings.TrimSpace(src[toks[semi-1].e:toks[semi].s]) != ";" && semi < next {
		return false
	}
	for k := semi; k < next; k++ {
		w := src[toks[k].s:toks[k].e]
		if !isListJoiner(w) && !slices.ContainsFunc(itemPreps[:], func(p string) bool { return equalFold(w, p) }) {
			return false
		}
		if k > semi && strings.TrimSpace(src[toks[k-1].e:toks[k].s]) != "" {
			return false
		}
	}
	return semi < next || strings.TrimSpace(src[toks[next-1].e:toks[next].s]) == ";"
}

// isListJoiner reports whether w is one of listJoiners in any case, without
// allocating.
func isListJoiner(w string) bool {
	if len(w) > 12 {
		return false
	}
	for _, j := range listJoiners {
		if equalFold(w, j) {
			return true
		}
	}
	return false
}

// wBackground weighs a country named in a background sentence ("Earlier,
// …", "Ранее …", "Напомним, …"): what happened before is not what the story
// is about.
const wBackground = 0.4

// backgroundOpeners open a sentence that recalls earlier events, in the
// languages of the corpus.
var backgroundOpeners = [...]string{
	"earlier", "previously", "ранее", "напомним", "прежде", "раніше", "нагадаємо", "zuvor", "bereits im", "auparavant", "plus tôt",
	"pour rappel", "anteriormente", "previamente", "in precedenza", "daha önce",
	// Reports that recall what was said before, and the sentence that ties
	// the news to an earlier event ("It comes after …").
	"как сообщалось", "как ранее сообщалось", "как писал", "як повідомлялося", "як писав", "wie berichtet",
	"as previously reported", "as reported", "it comes after", "this comes after", "it comes as", "it follows",
	"comme annoncé", "como se informó", "come riportato",
}

// openersByRune holds backgroundOpeners by their first letter.
var openersByRune = func() map[rune][]string {
	m := map[rune][]string{}
	for _, o := range backgroundOpeners {
		r, _ := utf8.DecodeRuneInString(o)
		m[r] = append(m[r], o)
	}
	return m
}()

// isBackground reports whether a sentence opens with a background opener
// followed by a comma or a space ("Earlier, Tokayev…", "Ранее президент…").
func isBackground(sent string) bool {
	if len(sent) < 6 {
		return false
	}
	head := sent[:min(len(sent), 48)]
	r, _ := utf8.DecodeRuneInString(head)
	for _, o := range openersByRune[unicode.ToLower(r)] {
		if len(head) > len(o) && equalFold(head[:len(o)], o) {
			c := head[len(o)]
			if c == ',' || c == ' ' {
				return true
			}
		}
	}
	return false
}

// paraOf returns the kind of the paragraph holding byte offset off.
func (d *doc) paraOf(off int32) paraKind {
	// Callers walk the tokens in order: the paragraph of the last lookup
	// answers most lookups without a search.
	if p := d.lastPara; p < len(d.paras) && d.paras[p].s <= off && off < d.paras[p].e {
		return d.paras[p].kind
	}
	lo, hi := 0, len(d.paras)
	for lo < hi {
		m := (lo + hi) / 2
		if d.paras[m].e <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.paras) && d.paras[lo].s <= off {
		d.lastPara = lo
		return d.paras[lo].kind
	}
	return pTail
}

func termList(m map[string]int) []Term {
	out := make([]Term, 0, len(m))
	for k, n := range m {
		out = append(out, Term{Term: k, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Term < out[j].Term
	})
	return out
}

// looksLikeSurname guesses, in a title where every word is capitalised,
// whether the word after a first name is a surname rather than a verb or a
// common word: headline verbs end in -s, -ed or -ing.
func looksLikeSurname(w string) bool {
	if len(w) < 3 || titleWords[w] {
		return false
	}
	for _, suf := range [...]string{"s", "ed", "ing"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// languageNouns follow a demonym that names a language ("Russian language",
// "русского языка", "російська мова", "deutsche Sprache", "lengua rusa" is
// the other order and is not a demonym match).
var languageNouns = map[string]bool{
	"language": true, "languages": true, "speaking": true, "speaker": true, "speakers": true,
	"язык": true, "языка": true, "языку": true, "языком": true, "языке": true, "языки": true, "языков": true,
	"мова": true, "мови": true, "мову": true, "мовою": true, "мові": true, "sprache": true, "langue": true, "dili": true,
}

// languagePreps put a language name after them when it ends its clause
// ("in English.", "на английском,"); languageVerbs always do ("speak
// English at home", "владеет английским").
var languagePreps = map[string]bool{"in": true, "into": true, "на": true, "по": true, "auf": true, "en": true, "em": true}

// languageNounsBefore stand before a demonym that names a language ("la
// langue française", "la lingua italiana", "a língua portuguesa", "el
// idioma inglés").
var languageNounsBefore = map[string]bool{"langue": true, "lingua": true, "língua": true, "idioma": true, "lengua": true}

// languageAnd join languages ("in English and French", «на английском и
// русском», "en anglais et en français"): a language name followed by one
// is a language still.
var languageAnd = map[string]bool{"and": true, "or": true, "и": true, "или": true, "і": true, "та": true, "und": true, "oder": true, "et": true, "ou": true, "y": true, "o": true, "e": true, "ve": true}

// germanLanguageNoun reports whether a German demonym token is the
// language's noun: the capitalised stem without an ending ("auf Deutsch",
// "Englisch lernen"), where the adjective takes one (deutsche, englischen).
func germanLanguageNoun(d *doc, t *token) bool {
	w := d.norm[t.ns:t.ne]
	return t.has(fCap) && len(w) > 4 && string(w[len(w)-3:]) == "sch"
}

var languageVerbs = map[string]bool{
	"speak": true, "speaks": true, "spoke": true, "speaking": true, "learn": true, "learning": true, "taught": true, "teach": true, "translated": true,
	"говорят": true, "говорит": true, "говорить": true, "владеет": true, "владеют": true, "изучать": true, "изучают": true, "выучить": true,
}

// demonymIsLanguage reports whether the demonym at toks[i:j] names a
// language: a language noun follows it ("Russian language", "русского
// языка", "російська мова"), or it follows "in"/"на" and ends its clause
// ("in English.", "на английском,"), where a country adjective would take a
// noun ("in Russian territory").
func demonymIsLanguage(d *doc, toks []token, i, j int, title bool) bool {
	if j < len(toks) && toks[j].sent == toks[i].sent && languageNouns[string(d.norm[toks[j].ns:toks[j].ne])] {
		return true
	}
	if d.langs == lDE && j == i+1 && germanLanguageNoun(d, &toks[i]) {
		return true
	}
	if i == 0 {
		return false
	}
	prev := d.norm[toks[i-1].ns:toks[i-1].ne]
	if toks[i-1].sent == toks[i].sent && languageNounsBefore[string(prev)] {
		return true
	}
	if languageVerbs[string(prev)] {
		return true
	}
	// "in English and Kazakh", "em inglês e português": the second of two
	// languages after one preposition.
	second := languageAnd[string(prev)] && i >= 3 && toks[i-3].sent == toks[i].sent && languagePreps[string(d.norm[toks[i-3].ns:toks[i-3].ne])]
	if !languagePreps[string(prev)] && !second {
		return false
	}
	if j >= len(toks) || toks[j].sent != toks[i].sent {
		return true
	}
	src := d.body
	if title {
		src = d.title
	}
	gap := src[toks[j-1].e:toks[j].s]
	if strings.ContainsAny(gap, ".,;:)!?—–") {
		return true
	}
	// "in English and Kazakh.", "en anglais et en français.": another
	// language follows, and ends the clause; "in Russian and Kazakh
	// territory" takes a noun.
	if !languageAnd[string(d.norm[toks[j].ns:toks[j].ne])] {
		return false
	}
	k := j + 1
	if k < len(toks) && toks[k].sent == toks[i].sent && languagePreps[string(d.norm[toks[k].ns:toks[k].ne])] {
		k++
	}
	if k >= len(toks) || toks[k].sent != toks[i].sent {
		return false
	}
	return k+1 >= len(toks) || toks[k+1].sent != toks[i].sent || strings.ContainsAny(src[toks[k].e:toks[k+1].s], ".,;:)!?—–")
}

// usCallSign reports whether the text opens on an American station's
// dateline: within its first line, a call sign in brackets, four capitals
// beginning with K or W, alone or with -TV, then the dateline's dash
// ("JONESBORO, AR (KAIT) -", "DAYTON, Ohio (WDTN)-", "(KKTV-TV) —"); a
// firm's initials in brackets ("the company (KPMG) said") are none. Stations west of the Mississippi
// take K, those east of it W; no other country's begin so (Canada's take
// C, Mexico's X).
func usCallSign(body string) bool {
	head := body
	if len(head) > 120 {
		head = head[:120]
	}
	if i := strings.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	for i := strings.IndexByte(head, '('); i >= 0 && i+5 < len(head); {
		c := head[i+1 : i+5]
		if (c[0] == 'K' || c[0] == 'W') && allUpper(c) {
			rest := head[i+5:]
			rest = strings.TrimPrefix(rest, "-TV")
			if r, ok := strings.CutPrefix(rest, ")"); ok {
				r = strings.TrimLeft(r, " ")
				if strings.HasPrefix(r, "-") || strings.HasPrefix(r, "–") || strings.HasPrefix(r, "—") {
					return true // a dateline's dash follows
				}
			}
		}
		j := strings.IndexByte(head[i+1:], '(')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// allUpper reports whether s is ASCII capitals only.
func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// usCallSignEntry is what an American station's dateline credits.
var usCallSignEntry = entry{code: "US", topic: -1, kind: kName, label: "a station's call sign", story: storyNone}
