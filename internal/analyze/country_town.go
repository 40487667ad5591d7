package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/analyze/internal/marks"
)

//go:generate go run ./internal/gentowns -o towns_data.go

// townName is a town of 15,000 people or more, or the region GeoNames
// files it under, that only one country's towns bear (see towns_data.go,
// generated from GeoNames through Open Knowledge's world-cities):
// Tuscaloosa, Abilene, Auch, Calp, Landshut, Mossoró, Caltagirone, Якутск.
type townName struct {
	code string
	// lang is "" for a Latin name that counts in any Latin-script text;
	// "-de", "-de-fr" for one that does not count in text of the
	// languages it is an ordinary word of (Auch is German for "also",
	// Nice English); "ru" or "uk" for a Cyrillic name.
	lang string
	name string
}

// townWeight is a town's weight, a local service's (kLocal). A town is
// weaker evidence than a service all the same: a country that towns alone
// name is primary only when they reach primaryMin (see choosePrimary) —
// a town in the headline or the lead, or named twice — never as a lone
// mention deep in the body (a namesake the table does not know, a
// game's Los Santos).
const townWeight = 0.7

// Towns are local evidence (kLocal, markLocal): home news names its town
// ("the Tuscaloosa City Council", «в Дзержинске», "ad Aprilia") and never
// its country, and a town names its country only in a story that names no
// country by its own words (a country's name, capital, demonym, leader,
// region or time-zone city), so it cannot move a story that names its
// country. They are looked for only in such a story (see countries).
// Russian names come in their cases, Ukrainian ones in theirs.
//
// townIndex holds townNames as a lexicon of their own, with a vocabulary
// of its own: the gazetteer, the topic lexicon, the quote and person rules
// (which take a word the vocabulary knows for no name: Шевченко is a
// Ukrainian town and a surname) and the same-story keys never see them.
type townIndex struct {
	v   vocab
	lex *lexicon
}

// buildTowns builds the town index. A name the gazetteer already has
// keeps its entry (Belize is a country before it is an Angolan town), and
// the names it leaves out on purpose stay out: the seats of international
// bodies (Brussels is the EU), the words and namesakes of citySkipped and
// skippedNames.
func buildTowns(gaz *lexicon, gv *vocab) *townIndex {
	skip := map[string]bool{}
	for i := range tzCities {
		if c := &tzCities[i]; citySeats[c.code] {
			skip[strings.ToLower(c.name)] = true
			skip[strings.ToLower(marks.Strip(c.name))] = true
		}
	}
	ti := &townIndex{v: vocab{ids: make(map[string]uint32, 1<<16)}, lex: &lexicon{entries: make([]entry, 0, len(townNames)+len(townNames)/8)}}
	var ids []uint32
	known := func(ws []string) bool {
		ids = ids[:0]
		for _, w := range ws {
			id, ok := gv.ids[w]
			if !ok {
				return false // a word no phrase of the gazetteer has
			}
			ids = append(ids, id)
		}
		if int(ids[0]) >= len(gaz.heads) {
			return false
		}
		for _, ci := range gaz.heads[ids[0]] {
			if equalIDs(gaz.entries[ci].words, ids) {
				return true
			}
		}
		return false
	}
	add := func(t *townName, ws []string, langs uint16) {
		if len(ws) == 0 || known(ws) {
			return
		}
		flags := eNeedCap | eNameAmb
		switch {
		case t.lang == regionAdjLang:
			flags = 0
		case strings.HasPrefix(t.lang, personTownLang):
			flags |= eCtxAmb
		}
		ti.lex.add(&ti.v, ws, entry{code: t.code, topic: -1, kind: kLocal, flags: flags, weight: townWeight, label: t.name, langs: langs, story: storyNone})
	}
	for i := range townNames {
		t := &townNames[i]
		if k := strings.ToLower(t.name); skip[k] || citySkipped[k] || skippedNames[k] {
			continue
		}
		switch t.lang {
		case "ru":
			for _, ws := range ruForms(item{text: t.name}, kCity) {
				add(t, ws, lRU)
			}
		case "uk":
			for _, ws := range ukForms(normWords(t.name)) {
				add(t, ws, lUK)
			}
		default:
			langs := lLatin
			for not := strings.TrimPrefix(t.lang, personTownLang); not != ""; {
				var l string
				not = not[1:] // "-de-fr"
				l, not, _ = strings.Cut(not, "-")
				if not != "" {
					not = "-" + not
				}
				langs &^= langBits[l]
			}
			add(t, normWords(t.name), langs)
		}
	}
	addRegionAdjectives(ti, add)
	ti.lex.finish()
	ti.lex.coverVocab(len(ti.v.ids))
	ti.v.seal()
	return ti
}

// personTownLang begins the lang of the townNames that are people's names
// too (Racine, Clinton, Eugene; "name-fr" for Racine, a French word): one
// counts only before a word of its public bodies ("Racine police", "the
// Clinton City Council", "Eugene Fire"), never alone.
const personTownLang = "name"

// townBodies are the words of a town's public bodies that follow its name.
var townBodies = map[string]bool{
	"police": true, "city": true, "county": true, "fire": true, "mayor": true, "council": true,
	"councilors": true, "councillors": true, "school": true, "schools": true, "township": true,
	"polizei": true, "stadtrat": true, "bürgermeister": true,
}

// regionAdjLang marks the townNames addRegionAdjectives makes: adjectives,
// written in lower case inside a sentence.
const regionAdjLang = "adj"

// regionAdjEnds are the endings of an adjective of every gender and both
// numbers, in every case, in Russian and Ukrainian.
var regionAdjEnds = [...][]string{
	{"ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ою", "ое", "ие", "их", "ими"},
	{"ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими"},
}

// addRegionAdjectives adds to the town index the adjectives of Russian,
// Ukrainian and Belarusian oblasts alone, in every gender, number and case:
// home news names its region's people and bodies so («рязанские врачи»,
// «тульские полицейские», «полтавські лікарі») as «ростовский суд» is
// named. Only adjectives in -ская, -цкая (-ська, -цька) made of a town's
// or a region's name are taken, not an ordinary word's; like a town they
// count only in a story that names no country, and the quote and person
// rules never see them (Смоленский the surname).
func addRegionAdjectives(ti *townIndex, add func(*townName, []string, uint16)) {
	for i := range subdivisions {
		s := &subdivisions[i]
		words := normWords(s.name)
		if len(words) != 2 || words[1] != "область" {
			continue
		}
		adj, stem, ends, langs := words[0], "", regionAdjEnds[0], lRU|lUK
		switch {
		case s.lang == "ru" && (strings.HasSuffix(adj, "ская") || strings.HasSuffix(adj, "цкая")):
			stem = strings.TrimSuffix(adj, "ая")
		case s.lang == "uk" && (strings.HasSuffix(adj, "ська") || strings.HasSuffix(adj, "цька")):
			stem, ends, langs = strings.TrimSuffix(adj, "а"), regionAdjEnds[1], lUK
		default:
			continue
		}
		t := &townName{code: s.code, lang: regionAdjLang, name: stem + "~"}
		for _, e := range ends {
			add(t, []string{stem + e}, langs)
		}
	}
}

// townMatch is a town named at toks[tok:tok+n].
type townMatch struct {
	entry  int32
	tok, n int32
}

// scan finds the towns toks name: capitalised, in text of a language the
// name counts in, and not a person's name (a capitalised word beside it
// that is no place or topic word: "Lincoln Chafee", "Mercedes Sosa").
func (ti *townIndex) scan(a *Analyzer, d *doc, toks []token, out []townMatch) []townMatch {
	lex := ti.lex
	cyr := d.langs&(lRU|lUK) != 0
	caseLang := d.caseLang()
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		capital := t.has(fCap)
		if !capital && !(cyr && maybeRegionAdj(d.norm[t.ns:t.ne])) {
			continue
		}
		id := ti.word(d.norm[t.ns:t.ne])
		if id == 0 && capital && caseLang != "" {
			id = ti.townCaseForm(caseLang, d.norm[t.ns:t.ne]) // "w Głogowie", "Tampereella"
		}
		if id == 0 || int(id) >= len(lex.heads) {
			continue
		}
		for _, ci := range lex.heads[id] {
			e := &lex.entries[ci]
			n := len(e.words)
			if i+n > len(toks) || e.langs&d.langs == 0 {
				continue
			}
			if e.flags&eNeedCap == 0 {
				// An oblast's adjective: lower case, or capitalised
				// only as its sentence's first word (Смоленский inside
				// a sentence is a surname).
				if capital && i > 0 && toks[i-1].sent == t.sent {
					continue
				}
				out = append(out, townMatch{entry: ci, tok: int32(i), n: int32(n)})
				break
			}
			if !capital {
				continue
			}
			if e.flags&eCtxAmb != 0 && !(i+n < len(toks) && adjacent(toks, i+n) && townBodies[string(d.norm[toks[i+n].ns:toks[i+n].ne])]) {
				continue // Racine the poet; "Racine police" the town
			}
			ok := true
			for k := 1; k < n && ok; k++ {
				u := &toks[i+k]
				ok = adjacent(toks, i+k) && ti.word(d.norm[u.ns:u.ne]) == e.words[k]
			}
			if !ok || a.townPerson(d, toks, i, n) {
				continue
			}
			out = append(out, townMatch{entry: ci, tok: int32(i), n: int32(n)})
			i += n - 1
			break
		}
	}
	return out
}

// word returns the id of a text's word in the town index: the word as it
// is written, else, for a word with a letter of the Latin alphabets that
// carries marks, the word without them (foldMarks). World-cities gives many
// towns only in ASCII ("Umraniye", "Cerkezkoy", "Sao Goncalo") that their
// own language writes with marks ("Ümraniye", «Çerkezköy», "São Gonçalo").
func (ti *townIndex) word(w []byte) uint32 {
	if id := ti.v.lookup(w); id != 0 {
		return id
	}
	var buf [64]byte
	if f, ok := foldMarks(buf[:0], w); ok {
		return ti.v.lookup(f)
	}
	return 0
}

// foldMarks appends w to dst with every Latin letter that carries marks
// (U+00C0–U+024F) replaced by the letter marks.Strip leaves of it (ü u, ç
// c, ş s, ã a; ı, ø and ß have no marks to lose). It reports whether it
// changed a letter; a word of ASCII alone is left at once, and so is one
// too long for a name.
func foldMarks(dst, w []byte) ([]byte, bool) {
	changed := false
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(w[i:])
		if r >= foldLo && r < foldHi {
			if f := foldedMarks[r-foldLo]; f != 0 {
				dst = utf8.AppendRune(dst, f)
				changed = true
				i += n
				continue
			}
		}
		dst = append(dst, w[i:i+n]...)
		i += n
	}
	return dst, changed
}

// foldedMarks maps each letter of U+00C0–U+024F to the one letter marks.Strip
// leaves of it, 0 where it leaves the letter as it is or more than one.
const foldLo, foldHi = 0xC0, 0x250

var foldedMarks = func() (t [foldHi - foldLo]rune) {
	for r := rune(foldLo); r < foldHi; r++ {
		s := marks.Strip(string(r))
		if f, n := utf8.DecodeRuneInString(s); n == len(s) && f != r {
			t[r-foldLo] = f
		}
	}
	return t
}()

// maybeRegionAdj reports whether a lower-case word may be an oblast's
// adjective: it has "ск", "цк" or "ьк" (ськ, цьк) in Cyrillic, a byte test before
// the town index's lookup.
func maybeRegionAdj(w []byte) bool {
	// "к" is D0 BA; before it "с" D1 81, "ц" D1 86, "ь" D1 8C.
	for i := 2; i+1 < len(w); i++ {
		if w[i] == 0xD0 && w[i+1] == 0xBA && w[i-2] == 0xD1 && (w[i-1] == 0x81 || w[i-1] == 0x86 || w[i-1] == 0x8C) {
			return true
		}
	}
	return false
}

// beginsTown reports whether the city's one word at toks[i] is the first
// word of the name of a longer town of another country that the text
// writes out: "Porto Alegre" is Brazil's, not Porto's, "Santa Cruz de la
// Sierra" Bolivia's. The town's own country is not said here: towns count
// only in a story that names no country (creditTowns).
func (a *Analyzer) beginsTown(d *doc, toks []token, i int, code string) bool {
	if i+1 >= len(toks) || !toks[i+1].has(fCap) || !adjacent(toks, i+1) {
		return false
	}
	<-a.townsReady
	ti := a.towns
	id := ti.word(d.norm[toks[i].ns:toks[i].ne])
	if id == 0 || int(id) >= len(ti.lex.heads) {
		return false
	}
	for _, ci := range ti.lex.heads[id] {
		e := &ti.lex.entries[ci]
		n := len(e.words)
		if n < 2 || i+n > len(toks) || e.code == code || e.langs&d.langs == 0 {
			continue
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			u := &toks[i+k]
			ok = adjacent(toks, i+k) && ti.word(d.norm[u.ns:u.ne]) == e.words[k]
		}
		if ok {
			return true
		}
	}
	return false
}

// townPerson reports whether the town's name at toks[i:i+n] is part of a
// longer name: a capitalised word stands next to it, in its sentence,
// that is no topic word. It is the gazetteer's rule for names
// that are also people's (see lexicon.accepts), stricter before the name:
// a word the gazetteer knows makes a name too there ("George Santos", "Los
// Santos"), as the first word of a sentence does not.
func (a *Analyzer) townPerson(d *doc, toks []token, i, n int) bool {
	t := &toks[i]
	other := func(j int) bool {
		u := &toks[j]
		return u.has(fCap) && u.sent == t.sent && a.top.heads[u.id] == nil
	}
	if j := i + n; j < len(toks) && adjacent(toks, j) && other(j) && a.gaz.heads[toks[j].id] == nil {
		if t.sent >= 0 || looksLikeSurname(string(d.norm[toks[j].ns:toks[j].ne])) {
			return true
		}
	}
	if i > 0 && adjacent(toks, i) && other(i-1) {
		if t.sent == -1 || (i > 1 && toks[i-2].sent == t.sent) {
			return true
		}
	}
	return false
}

// usStates are the Associated Press's abbreviations of the United States'
// states, as the tokenizer normalises them ("N.C." is nc, "W.Va." wva):
// "BURLINGTON, N.C. –", "in Lincoln, Neb., on Monday". Texas, Ohio,
// Iowa, Utah and the others AP spells out are regions of the gazetteer.
var usStates = map[string]bool{
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true, "fla": true,
	"ga": true, "ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true, "md": true,
	"mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true, "neb": true, "nev": true,
	"nh": true, "nj": true, "nm": true, "ny": true, "nc": true, "nd": true, "okla": true, "ore": true,
	"pa": true, "ri": true, "sc": true, "sd": true, "tenn": true, "vt": true, "va": true, "wash": true,
	"wva": true, "wis": true, "wyo": true, "dc": true,
}

// usStateAfterTown reports whether toks[k] is a state's abbreviation after
// a town, as American news writes a place: a capitalised word, a comma,
// the abbreviation starting with a capital and ending with a full stop.
func usStateAfterTown(d *doc, src string, toks []token, k int) bool {
	t := &toks[k]
	if k == 0 || !t.has(fCap) || int(t.e) >= len(src) || src[t.e] != '.' || !usStates[string(d.norm[t.ns:t.ne])] {
		return false
	}
	p := &toks[k-1]
	return p.has(fCap) && p.sent == t.sent && strings.TrimSpace(src[p.e:t.s]) == ","
}

// creditTowns credits the towns of the title and body as local evidence
// (markTown), in a story whose countries no word of their own names: a
// town in the title weighs as a title's word, in the lead as the lead's;
// a street named after a town names none.
func (a *Analyzer) creditTowns(acc *countryAcc, d *doc) {
	<-a.townsReady
	var buf [16]townMatch
	for _, title := range [...]bool{true, false} {
		toks := d.btoks
		if title {
			toks = d.ttoks
		}
		src := d.body
		if title {
			src = d.title
		}
		for _, m := range a.towns.scan(a, d, toks, buf[:0]) {
			e := &a.towns.lex.entries[m.entry]
			if namesThoroughfare(d, src, toks, match(m), kCity) {
				continue // "3950 Ferrara Dr.", "Via Roma": a street's name
			}
			if germanNounTown(d, toks, m) {
				continue // "der Neubau", "Neubau einer Garage": a German noun
			}
			w := float64(e.weight)
			if title {
				w *= wTitle
			} else {
				t := &toks[m.tok]
				if !d.paraOf(t.s).counts() {
					continue
				}
				if t.s < d.leadEnd {
					w *= wLead
				}
			}
			acc.credit(e.code, e, w, markTown)
		}
		if d.langs&lEN == 0 {
			continue
		}
		for k := range toks {
			if !usStateAfterTown(d, src, toks, k) {
				continue
			}
			w := float64(kindWeight[kLocal])
			if title {
				w *= wTitle
			} else if toks[k].s < d.leadEnd {
				w *= wLead
			}
			acc.credit("US", &usStateEntry, w, markLocal)
		}
	}
}

// usStateEntry is what a state's abbreviation after a town credits.
var usStateEntry = entry{code: "US", topic: -1, kind: kLocal, label: "Town, State", story: storyNone}

// Home news sometimes names its town only in its page's address: the
// outlet's section ("/noticias/plasencia/", "/sp/presidente-prudente-regiao/")
// or the slug made of the headline the page shows but the feed may not
// ("…-orcamento-para-presidente-prudente-em-2021"). creditAddressTowns
// credits the towns of the address's path, as words of a title, to a story
// whose text names no country by any means, towns included, so it never
// moves a story whose text names one, and a name the text has is left to
// the text's reading (inText). The words of a slug have lost their
// capitals: a name the table keeps is no ordinary word nor a person's name
// in the nine languages (see internal/gentowns), and one word of it must
// have more than five letters ("plasencia", not "gavar"). The host is not
// read ("agorars.com"), nor the query.
func (a *Analyzer) creditAddressTowns(acc *countryAcc, d *doc) {
	path := urlPath(d.url)
	if path == "" {
		return
	}
	<-a.townsReady
	var buf [256]byte
	var spans [24][2]int32
	words := slugWords(path, buf[:0], spans[:0])
	lowered := buf[:cap(buf)]
	word := func(k int) []byte { return lowered[words[k][0]:words[k][1]] }
	lex := a.towns.lex
	var seen [4]int32
	nseen := 0
	for i := 0; i < len(words); i++ {
		id := a.towns.word(word(i))
		if id == 0 || int(id) >= len(lex.heads) {
			continue
		}
		for _, ci := range lex.heads[id] {
			e := &lex.entries[ci]
			n := len(e.words)
			if i+n > len(words) || e.langs&d.langs == 0 {
				continue
			}
			ok, long := true, false
			for k := 0; k < n && ok; k++ {
				w := word(i + k)
				ok = k == 0 || a.towns.word(w) == e.words[k]
				long = long || utf8.RuneCount(w) > 5
			}
			if !ok || !long || slices.Contains(seen[:nseen], ci) || a.towns.inText(d, id) {
				continue
			}
			if nseen < len(seen) {
				seen[nseen] = ci
				nseen++
			}
			acc.credit(e.code, e, float64(e.weight)*wTitle, markTown)
			i += n - 1
			break
		}
	}
}

// inText reports whether the title or the body has the word of town-index
// id: a name the address shares with the text was read there, where its
// capitals and neighbours tell a town from a person ("george-santos-lies"
// for "George Santos", "nuria-madruga" for "Núria Madruga").
func (ti *townIndex) inText(d *doc, id uint32) bool {
	for _, toks := range [...][]token{d.ttoks, d.btoks} {
		for i := range toks {
			if t := &toks[i]; t.has(fCap) && ti.word(d.norm[t.ns:t.ne]) == id {
				return true
			}
		}
	}
	return false
}

// urlPath returns the path of an absolute address without its leading
// slash, query and fragment, "" when it has none.
func urlPath(rawURL string) string {
	_, rest, ok := strings.Cut(rawURL, "://")
	if !ok {
		return ""
	}
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return ""
	}
	path := rest[i+1:]
	if j := strings.IndexAny(path, "?#"); j >= 0 {
		path = path[:j]
	}
	return path
}

// slugWords lowers the words of an address's path into buf and returns
// their spans in it: runs of letters between hyphens, slashes, dots,
// digits and the other marks ("camara-aprova-orcamento-de-r-802-milhoes"),
// at most as many as spans and buf hold. A run with a percent sign's code
// in it is an encoded word, none of these.
func slugWords(path string, buf []byte, spans [][2]int32) [][2]int32 {
	for i := 0; i < len(path) && len(spans) < cap(spans); {
		c := path[i]
		if !isSlugLetter(c) {
			i++
			continue
		}
		j := i
		for j < len(path) && isSlugLetter(path[j]) {
			j++
		}
		encoded := i > 0 && path[i-1] == '%' || j < len(path) && path[j] == '%'
		if !encoded && len(buf)+j-i <= cap(buf) {
			start := len(buf)
			for k := i; k < j; k++ {
				c := path[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
			spans = append(spans, [2]int32{int32(start), int32(len(buf))})
		}
		i = j
	}
	return spans
}

// isSlugLetter reports whether c is a letter of a slug: an ASCII letter or
// a byte of a letter written in UTF-8 ("são-gonçalo").
func isSlugLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
}
