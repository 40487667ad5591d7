package analyze

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// colonIntroduced reads the attribution of a paragraph of speech that
// follows a paragraph ending in a colon («В своем телеграм-канале он
// написал:» then «— Наш Президент …»; "President Ilham Aliyev said:" then
// "- It is …"): the colon's clause names the speaker, as it does for a
// quotation in marks opening the paragraph.
//
// A dash paragraph reads as a list item; one item alone after the colon is
// the speech, several are a list the clause introduces.
func (a *Analyzer) colonIntroduced(d *doc, pi int) speakerRef {
	if pi == 0 || pi >= len(d.paras) || d.paras[pi-1].kind != pText || d.paras[pi].kind != pText && d.paras[pi].kind != pList ||
		d.paras[pi].kind == pList && pi+1 < len(d.paras) && d.paras[pi+1].kind == pList {
		return speakerRef{}
	}
	prev := d.paras[pi-1]
	if !strings.HasSuffix(strings.TrimSpace(d.body[prev.s:prev.e]), ":") {
		return speakerRef{}
	}
	verb := false
	for k := d.tokAt(int(prev.e)) - 1; k >= 0 && k >= d.tokAt(int(prev.e))-8 && int(d.btoks[k].s) >= int(prev.s) && !verb; k-- {
		verb = d.listed(k, rwSpeechVerb) || expressedObjects[d.word(k)]
	}
	if !verb {
		return speakerRef{} // "Read more:", "The schedule:": no one speaks
	}
	return a.attributionBefore(d, int(d.paras[pi].s), pi)
}

// maxIntroWords bounds a paragraph that is only an attribution ("President
// Ilham Aliyev said:", «Министр иностранных дел Жээнбек Кулубаев сказал:»).
const maxIntroWords = 14

// appendIntroducedSpeech finds speech printed with no marks and no dash
// under a paragraph that is only its attribution, ending in a colon
// ("President Ilham Aliyev said:\n\nWe met yesterday. …", «Алмазбек
// Атамбаев сказал:\n\nМы встретились вчера. …»), as transcripts and
// official sites print it. The attribution paragraph must be one short
// sentence whose speech verb names a person, a role or "he"; a question
// is an interviewer's turn, not the speaker's.
func (a *Analyzer) appendIntroducedSpeech(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	for pi := 1; pi < len(d.paras); pi++ {
		p, prev := d.paras[pi], d.paras[pi-1]
		if p.kind != pText || prev.kind != pText || hasSpanIn(spans[:n], pi) || hasSpanIn(spans[:n], pi-1) {
			continue
		}
		intro := strings.TrimSpace(d.body[prev.s:prev.e])
		if !strings.HasSuffix(intro, ":") || countWords(intro) > maxIntroWords || severalSentences(intro) || quoteMarks(intro) > 0 {
			continue
		}
		text := d.body[p.s:p.e]
		r, _ := utf8.DecodeRuneInString(text)
		if r == '-' || r == '–' || r == '—' || quoteMarks(text) > 0 || countWords(text) < minQuoteWords ||
			strings.HasSuffix(strings.TrimSpace(text), "?") || strings.HasSuffix(strings.TrimSpace(text), ":") {
			continue // dashes and marks have rules of their own; a colon introduces more
		}
		ref := a.colonIntroduced(d, pi)
		if ref.kind != refName && ref.kind != refRole && ref.kind != refPronoun {
			continue
		}
		spans = append(spans, quoteSpan{open: int(p.s), end: int(p.e), ts: int(p.s), te: int(p.e), para: pi, ref: ref})
	}
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// headlinePerson returns the one person the headline names by two or
// three capitalised words that are no title, place, lexicon or body word
// ("Александр Хинштейн прокомментировал …", "Tokayev's aide Ruslan
// Zheldibay says …"), or "" when it names none or more than one.
func (a *Analyzer) headlinePerson(d *doc) string {
	if !d.ru && headlineCase(d.ttoks) {
		return "" // "Kazakhstan Advocates for an Immediate Ceasefire": capitals say nothing
	}
	name := ""
	for i := 0; i < len(d.ttoks); {
		j := i
		for j < len(d.ttoks) && a.titleNameWord(d, j) && (j == i || d.title[d.ttoks[j-1].e:d.ttoks[j].s] == " ") {
			j++
		}
		if j == i {
			i++
			continue
		}
		if i > 0 && d.title[d.ttoks[i-1].e:d.ttoks[i].s] == " " && d.ttoks[i-1].has(fCap) &&
			!titleWords[string(d.norm[d.ttoks[i-1].ns:d.ttoks[i-1].ne])] {
			i = j // a longer capitalised run, a body's name («Банк Развития Казахстана»)
			continue
		}
		if j-i >= 2 && j-i <= 3 {
			run := d.title[d.ttoks[i].s:d.ttoks[j-1].e]
			if name != "" && name != run {
				return ""
			}
			name = run
		}
		i = j
	}
	return name
}

// titleNameWord reports whether headline token i may be a word of a
// person's name: capitalised, no digits or initialism, and no title,
// place, lexicon or body word (a public figure of the gazetteer is one).
func (a *Analyzer) titleNameWord(d *doc, i int) bool {
	t := &d.ttoks[i]
	w := d.norm[t.ns:t.ne]
	if !t.has(fCap) || t.has(fAllCaps) || t.has(fDigit) || titleWords[string(w)] || notNames[string(w)] || institutionWords[string(w)] || a.top.heads[t.id] != nil {
		return false
	}
	for _, ci := range a.gaz.heads[t.id] {
		if a.gaz.entries[ci].kind != kLeader {
			return false
		}
	}
	return true
}

// headlinePronoun resolves "he"/«он» that no person of the body can mean —
// the body names no one before the quotation — to the one person the
// headline names («Александр Хинштейн прокомментировал свое назначение»
// over «В своем телеграм-канале он написал: — …»).
func (a *Analyzer) headlinePronoun(d *doc, q quoteSpan, mentions []mention) string {
	for _, m := range mentions {
		if m.pos < q.open {
			return ""
		}
	}
	if d.firstPersonHeadline() {
		return "" // "X is the biggest test of my career": X is spoken about (quote_headline_first_person.go)
	}
	if n := a.headlineTitledPronoun(d, q, a.headlinePerson(d)); n != "" {
		return n // (quote_roles.go)
	}
	return a.headlineSurnamePronoun(d, q) // «Набиуллина раскрыла …» (quote_headline_subject.go)
}

// skipAge skips an age before a title, a person's noun or a name, with the
// English article: "the 54-year-old minister", «54-летний министр»,
// "45-year-old Aigul Bekova", «45-летняя жительница Оша». It returns the
// token after the age, or i when no age and such a word stand there.
func (d *doc) skipAge(i, limit int) int {
	j := i
	if j+1 < len(d.btoks) && !d.btoks[j].has(fDigit) && d.btoks[j+1].has(fDigit) && (d.word(j) == "the" || d.word(j) == "a") {
		j++
	}
	if j+1 >= len(d.btoks) || int(d.btoks[j].s) >= limit || !d.btoks[j].has(fDigit) || d.body[d.btoks[j].e:d.btoks[j+1].s] != "-" {
		return i
	}
	k := j + 1
	switch {
	case d.word(k) == "year" && k+1 < len(d.btoks) && d.word(k+1) == "old" && d.body[d.btoks[k].e:d.btoks[k+1].s] == "-":
		k += 2
	case strings.HasPrefix(d.word(k), "летн"):
		k++
	default:
		return i
	}
	if k >= len(d.btoks) || int(d.btoks[k].s) >= limit || !d.contiguous(k-1, k) {
		return i
	}
	if _, role := roleWords[d.word(k)]; !role && !d.listed(k, rwTitleWord) && !d.listed(k, rwPersonNoun) && !d.btoks[k].has(fCap) {
		return i // "the 54-year-old said": the age of no one named
	}
	return k
}

// accordingToAfter reads an attribution after a quotation that names its
// source the way "According to X, …" does before one: "“…,” according to
// Abdykadyrov.", «…», — по словам Абдыкадырова. · — по словам министра.
// · — по его словам. The phrase must end the sentence.
func (a *Analyzer) accordingToAfter(d *doc, k, limit int) speakerRef {
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < limit }
	ends := func(m int) bool {
		return !in(m+1) || strings.ContainsAny(d.body[d.btoks[m].e:d.btoks[m+1].s], ".!?")
	}
	if !in(k + 2) {
		return speakerRef{}
	}
	switch two := d.word(k) + " " + d.word(k+1); {
	case d.ru && d.word(k) == "по" && d.word(k+2) == "словам" && ends(k+2):
		switch d.word(k + 1) {
		case "его":
			return speakerRef{kind: refPronoun}
		case "ее", "её":
			return speakerRef{kind: refPronoun, female: true}
		}
		return speakerRef{}
	case d.ru && (two == "по словам" || two == "по мнению"):
		s := k + 2
		if !d.btoks[s].has(fCap) {
			if r := ruRoleNominative(d.word(s)); r != "" && ends(s) {
				return speakerRef{kind: refRole, role: r} // «— по словам министра.»
			}
			return speakerRef{}
		}
		m := s
		for in(m+1) && m < s+2 && d.contiguous(m, m+1) && d.btoks[m+1].has(fCap) {
			m++
		}
		if !ends(m) && !d.titleAppositionToEnd(m, limit) || d.btoks[m].has(fAllCaps) {
			return speakerRef{} // «— по словам X.», «— по словам X, главы компании.»
		}
		return speakerRef{kind: refCited, ts: s, te: m + 1}
	case !d.ru && two == "according to":
		s := k + 2
		ts, m := s, s
		for ; in(m) && m < s+5 && d.btoks[m].has(fCap) && (m == s || d.contiguous(m-1, m)); m++ {
			if d.btoks[m].has(fAllCaps) || mediaWords[d.word(m)] {
				return speakerRef{} // "according to Reuters"
			}
			if d.listed(m, rwTitleWord) {
				ts = m + 1 // "according to Energy Minister Kanat Abdykadyrov"
			}
		}
		if m == ts || !ends(m-1) && !d.titleAppositionToEnd(m-1, limit) {
			return speakerRef{}
		}
		return speakerRef{kind: refName, ts: ts, te: m}
	}
	return speakerRef{}
}

// titleAppositionToEnd reports whether a comma after token n opens an
// apposition that gives a person's title and ends the sentence ("…,”
// according to Mark Ellis, the chief executive."): at most eight words,
// a title or a person's noun among them, no speech verb.
func (d *doc) titleAppositionToEnd(n, limit int) bool {
	if n+1 >= len(d.btoks) || strings.TrimSpace(d.body[d.btoks[n].e:d.btoks[n+1].s]) != "," {
		return false
	}
	title := false
	for j := n + 1; j < len(d.btoks) && int(d.btoks[j].s) < limit && j <= n+8; j++ {
		w := d.word(j)
		if d.listed(j, rwSpeechVerb) {
			return false
		}
		title = title || w != "the" && (d.listed(j, rwTitleWord) || d.listed(j, rwPersonNoun) || enPersonTitles[w] || d.ru && ruRoleNominative(w) != "")
		if j+1 >= len(d.btoks) || int(d.btoks[j+1].s) >= limit || strings.ContainsAny(d.body[d.btoks[j].e:d.btoks[j+1].s], ".!?") {
			return title
		}
		if j > n+1 && strings.ContainsAny(d.body[d.btoks[j].e:d.btoks[j+1].s], ",;:") {
			return false
		}
	}
	return false
}

// quotingCaption reports whether paragraph pi, taken for a picture's
// caption because it places a person "(pictured)", «(на фото)», is a
// quoting paragraph all the same: a quotation of minQuoteWords words in
// marks and a speech verb outside it, with no credit once the side
// marker is gone ("“…,” said Kanat Abdykadyrov (pictured).").
func (d *doc) quotingCaption(pi int) bool {
	p := d.paras[pi]
	if p.kind != pCredit {
		return false
	}
	text := d.body[p.s:p.e]
	lower := strings.ToLower(text)
	side := false
	for _, m := range captionSides {
		if strings.Contains(lower, m) {
			side = true
			lower = strings.ReplaceAll(lower, m, "")
		}
	}
	if !side || isCaption(lower) || quoteMarks(text) < 2 {
		return false
	}
	open := strings.IndexAny(text, "«“\"„")
	if open < 0 {
		return false
	}
	inner := text[open+1:]
	if c := strings.IndexAny(inner, "»”\"“"); c < 0 || countWords(inner[:c]) < minQuoteWords {
		return false
	}
	for k := d.tokAt(int(p.s)); k < len(d.btoks) && int(d.btoks[k].s) < int(p.e); k++ {
		if d.listed(k, rwSpeechVerb) {
			return true
		}
	}
	return false
}

// interviewPhrase are the words that name the occasion of a titled name's
// words before a colon: «в интервью «24.kg»:», «в беседе с …:», "in an
// interview with 24.kg:".
var interviewPhrase = map[string]bool{
	"интервью": true, "беседе": true, "эфире": true, "разговоре": true, "interview": true, "conversation": true,
}

// interviewColon reads a name followed by the occasion of its words and a
// colon before a quotation: «Министр Канат Абдыкадыров в интервью
// «24.kg»: «…»», "Education Minister Kanat Abdykadyrov in an interview
// with 24.kg: “…”". Token m is the last before the colon; the name must
// open its sentence, as nameColon wants it.
func (a *Analyzer) interviewColon(d *doc, m, start int) speakerRef {
	for k := m; k > m-6 && k > 1 && int(d.btoks[k].s) > start; k-- {
		if !interviewPhrase[d.word(k)] {
			continue
		}
		p := k - 1
		if d.word(p) == "an" || d.word(p) == "a" {
			p--
		}
		if w := d.word(p); w != "в" && w != "in" || p < 1 {
			return speakerRef{}
		}
		if between := d.body[d.btoks[p].s:d.btoks[m].e]; strings.Contains(between, ". ") || strings.ContainsAny(between, "!?") {
			return speakerRef{} // a sentence ends between ("24.kg" is a name)
		}
		return a.nameColon(d, p-1, start, true)
	}
	return speakerRef{}
}

// speakerThenVerb reads a dash attribution that names the speaker before
// the verb ("- …, - the minister said.", "- …, - Education Minister Kanat
// Abdykadyrov said on Monday.", «— …, — министр добавил.»): a name, a role
// or a pronoun at token v, then the speech verb. It returns the reference
// and the token after the verb.
func (a *Analyzer) speakerThenVerb(d *doc, v, e int) (speakerRef, int) {
	if v >= len(d.btoks) || int(d.btoks[v].s) >= e || d.listed(v, rwSpeechVerb) {
		return speakerRef{}, v
	}
	// The verb first, a cheap look: most dashes are punctuation.
	verb := -1
	for w := v + 1; w < v+10 && w < len(d.btoks) && int(d.btoks[w].s) < e; w++ {
		if strings.ContainsAny(d.body[d.btoks[w-1].e:d.btoks[w].s], ".!?;") {
			break
		}
		if d.listed(w, rwSpeechVerb) {
			verb = w
			break
		}
	}
	if verb < 0 {
		return speakerRef{}, v
	}
	ref := a.attributionAt(d, v, e)
	if ref.kind != refName && ref.kind != refRole && ref.kind != refPronoun {
		return speakerRef{}, v
	}
	return ref, verb + 1
}

// gluedTurn reports whether text after a paragraph's opening dash with no
// space is a dialogue turn: a capital letter opens it («-Мы построим …»),
// not a word part ("-based") or a list of numbers.
func gluedTurn(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r)
}

// afterApposition returns the token after a comma-enclosed apposition that
// opens at token j (", the education minister,", «, министр
// образования,»): a few lower-case words, titles or places between two
// commas. It returns j when none stands there.
func (d *doc) afterApposition(j, hi int) int {
	if j == 0 || j >= len(d.btoks) || int(d.btoks[j].s) >= hi || strings.TrimSpace(d.body[d.btoks[j-1].e:d.btoks[j].s]) != "," {
		return j
	}
	for k := j + 1; k < len(d.btoks) && k < j+8 && int(d.btoks[k].s) < hi; k++ {
		if t := &d.btoks[k-1]; t.has(fCap) && !d.listed(k-1, rwTitleWord) && k-1 > j {
			return j // another name inside ("an aide to Tokayev"): not a title alone
		}
		gap := d.body[d.btoks[k-1].e:d.btoks[k].s]
		if strings.TrimSpace(gap) == "," {
			return k
		}
		if !onlyRunes(gap, " -’'") {
			return j
		}
	}
	return j
}

// headlineFullName returns the full name the headline gives for the
// surname at body token s: a first name (and at most one more name word)
// right before the same word in the headline ("Danielle Harrison recalls
// …" over "…,” Harrison said.", «Даниэла Харрисон вспомнила …» over «—
// сказала Харрисон»), or "" when the headline has none or two.
func (a *Analyzer) headlineFullName(d *doc, s int) string {
	sur := d.word(s)
	if !d.btoks[s].has(fCap) || d.btoks[s].has(fAllCaps) || d.listed(s, rwTitleWord) || d.listed(s, rwNotName) || !d.ru && headlineCase(d.ttoks) {
		return ""
	}
	name := ""
	for i := 1; i < len(d.ttoks); i++ {
		t := &d.ttoks[i]
		if string(d.norm[t.ns:t.ne]) != sur || !t.has(fCap) {
			continue
		}
		j := i
		for j > 0 && j > i-2 && d.title[d.ttoks[j-1].e:d.ttoks[j].s] == " " && a.titleNameWord(d, j-1) {
			j--
		}
		if j == i {
			continue
		}
		n := d.title[d.ttoks[j].s:t.e]
		if name != "" && name != n {
			return ""
		}
		name = n
	}
	return name
}

// datedMedium reports whether token j, in a medium's slot after a Russian
// speech verb (k is the slot's first token), is a medium's or an
// addressee's name in the dative before the speaker's name: the name
// after a medium's noun («— рассказала радио Азаттык Айгуль Бекова»), or
// one capitalised word in -у/-ю right after the verb with a first name
// and a surname after it («— рассказала Азаттыку Айгуль Бекова»).
func (d *doc) datedMedium(k, j int) bool {
	if !d.ru || j+2 >= len(d.btoks) || !d.btoks[j].has(fCap) || !isCyrillicText(d.word(j)) {
		return false
	}
	if j > k && ruMediaDatives[d.word(j-1)] && d.contiguous(j-1, j) {
		return d.btoks[j+1].has(fCap) || d.listed(j+1, rwTitleWord) || d.listed(j+1, rwPersonNoun)
	}
	w := d.word(j)
	if j != k || !strings.HasSuffix(w, "у") && !strings.HasSuffix(w, "ю") || surnameShaped(w) {
		return false
	}
	return d.btoks[j+1].has(fCap) && d.btoks[j+2].has(fCap) && d.contiguous(j, j+1) && d.contiguous(j+1, j+2) &&
		surnameShaped(d.word(j+2)) && !ruObliqueSurname(d.word(j+2))
}

// citedTurn reads a dash attribution through a citing verb («— …, —
// цитирует министра образования пресс-служба», "- …, - Interfax quoted
// Abdykadyrov as saying") as citedSpeaker reads it after a closing mark.
// It returns the reference and the citing verb's token.
func (a *Analyzer) citedTurn(d *doc, v, e int) (speakerRef, int) {
	for j := v; j < v+4 && j < len(d.btoks) && int(d.btoks[j].s) < e; j++ {
		if citeVerbs[d.word(j)] {
			return a.citedSpeaker(d, v, e), j
		}
	}
	return speakerRef{}, v
}

// quotedAsSaying reports whether "was quoted as saying" (or "were", "is")
// starts at token k: the subject before it is the speaker, as of a
// speech verb, where another passive ("was told") makes it the addressee.
func (d *doc) quotedAsSaying(k, limit int) bool {
	if k+3 >= len(d.btoks) || int(d.btoks[k+3].s) >= limit || !passiveAux[d.word(k)] || d.word(k+1) != "quoted" {
		return false
	}
	j := k + 2
	if d.word(j) == "by" {
		// "X was quoted by Interfax as saying", "… by the state news
		// agency Kabar as saying": the medium, then "as saying".
		for j++; j < k+8 && j+1 < len(d.btoks) && int(d.btoks[j+1].s) < limit && d.word(j) != "as"; j++ {
			if strings.ContainsAny(d.body[d.btoks[j-1].e:d.btoks[j].s], ".,;:!?«»“”\"") {
				return false
			}
		}
	}
	return j+1 < len(d.btoks) && int(d.btoks[j+1].s) < limit && d.word(j) == "as" && (d.word(j+1) == "saying" || d.word(j+1) == "telling")
}

// surnameCue reports whether token n, a place cue of the gazetteer, is the
// surname of a name run that opened at j: the word before it is a first
// name (capitalised, no place, title or lexicon word), nothing
// capitalised follows, and the cue names no country, people, body or
// currency — a city or a leader's surname listed as a country's cue
// ("Jacinda Ardern", "Justin Trudeau", «Сирил Рамафоса»).
func (a *Analyzer) surnameCue(d *doc, j, n int) bool {
	if n <= j || n != j+1 && !d.btoks[n-1].has(fCap) || !d.contiguous(n-1, n) || !a.nameWordAt(d, n-1) {
		return false
	}
	if n+1 < len(d.btoks) && d.btoks[n+1].has(fCap) && d.contiguous(n, n+1) {
		return false
	}
	for _, ci := range a.gaz.heads[d.btoks[n].id] {
		switch e := &a.gaz.entries[ci]; e.kind {
		case kCapital, kCity, kLeader:
			if len(e.words) > 1 {
				return false // "New York": a place of several words
			}
		default:
			return false
		}
	}
	return true
}
