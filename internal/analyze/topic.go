package analyze

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/newsbot/newsbot/internal/news"
)

// Topic rule: a topic is the article's when its length-normalised score
// reaches topicMin and topicShare of the best topic; at most maxTopics.
const (
	topicMin    = 2.0
	topicShare  = 0.35
	maxTopics   = 3
	termCap     = 4.0 // one term contributes at most termCap times its weight
	wTopicTitle = 2.5
)

func buildTopics(v *vocab) (*lexicon, []news.Topic) {
	l := &lexicon{}
	topics := make([]news.Topic, len(topicLexicon))
	for ti, tt := range topicLexicon {
		topics[ti] = tt.topic
		for _, raw := range strings.Split(tt.en, "|") {
			text, w, fl, kind := splitWeight(raw)
			if text == "" {
				continue
			}
			// Single words and noun phrases both take a plural on their
			// last word ("border guards", "power plants").
			var langs uint16
			if not, ok := enFalseFriends[text]; ok {
				langs = lAll &^ not
			}
			for _, ws := range enForms(item{text: text}, !strings.Contains(text, "-")) {
				l.add(v, ws, entry{topic: int8(ti), kind: kind, flags: fl, weight: w, label: text, langs: langs})
			}
		}
		for _, raw := range strings.Split(tt.ru, "|") {
			text, w, fl, kind := splitWeight(raw)
			if text == "" {
				continue
			}
			ruTopicForms(text, func(ws []string) {
				l.add(v, ws, entry{topic: int8(ti), kind: kind, flags: fl, weight: w, label: text})
			})
		}
	}
	for _, tt := range topicIntlLexicon {
		ti := slices.Index(topics, tt.topic)
		if ti < 0 {
			continue
		}
		langs := langBits[tt.lang]
		for _, raw := range strings.Split(tt.terms, "|") {
			text, w, fl, kind := splitWeight(raw)
			if text == "" {
				continue
			}
			intlForms(text, intlEndings[tt.lang], func(phrase string) {
				l.add(v, plainWords(phrase), entry{topic: int8(ti), kind: kind, flags: fl, weight: w, label: text, langs: langs})
			})
		}
	}
	addOtherTopics(l, v, topics)
	l.finish()
	l.twins = topicTwins(l)
	l.locatives = map[uint32]bool{}
	for _, w := range strings.Split(topicLocatives, "|") {
		l.locatives[v.id(w)] = true
	}
	return l, topics
}

// enFalseFriends are English topic words that are common words of another
// language of the corpus, with the languages they do not count in: German
// "war" is "was" and "Art" a kind, Turkish "art" is "behind" (art arda, one
// after another), Portuguese and Italian "data" a date, and a French
// "mobilisation" is most often a strike's or a protest's, not an army's;
// French "court" is "short" (un court-métrage, les 24 Courts).
// English topic words count in every other language (the names of games,
// firms and diseases travel); these do not.
var enFalseFriends = map[string]uint16{
	"war":          lDE,
	"art":          lDE | lTR,
	"data":         lPT | lIT,
	"mobilisation": lFR,
	"court":        lFR,
}

// topicTwins returns, for each entry whose phrase (the same words, for the
// same languages) another topic lists too, the other topics' entries: a
// ceasefire is news of security and of diplomacy. scan takes one entry at
// a position, the first listed; topics counts its twins with it.
func topicTwins(l *lexicon) map[int32][]int32 {
	twins := map[int32][]int32{}
	for _, cands := range l.heads {
		for i, ci := range cands {
			a := &l.entries[ci]
			for _, cj := range cands[i+1:] {
				b := &l.entries[cj]
				if len(b.words) != len(a.words) {
					break // longest first: no more of this length
				}
				if b.topic != a.topic && b.langs == a.langs && equalIDs(a.words, b.words) {
					twins[ci] = append(twins[ci], cj)
				}
			}
		}
	}
	return twins
}

// intlForms calls emit with every form of a topic phrase of topicIntlLexicon:
// each word ending in "~" takes every ending of ends.
func intlForms(text string, ends []string, emit func(string)) {
	words := strings.Fields(strings.ToLower(text))
	var walk func(i int, acc string)
	walk = func(i int, acc string) {
		if i == len(words) {
			emit(acc)
			return
		}
		sep := " "
		if i == 0 {
			sep = ""
		}
		stem, ok := strings.CutSuffix(words[i], "~")
		if !ok {
			walk(i+1, acc+sep+words[i])
			return
		}
		for _, e := range ends {
			walk(i+1, acc+sep+stem+e)
		}
	}
	walk(0, "")
}

// splitWeight reads a topic item: "?" before it marks a weak term (one that
// only counts when a firm term of the same topic is also found, as "gas" in a
// story about a gas chamber), "!" a crime word, "^" a role title (kRole:
// "president", "министр" name who acts; said five times of the same people
// they tell no more than once), "@" a place (kPlace: "at a market" sets a
// scene), "=" a wish (kWish), "%" an abbreviation that counts only in
// capitals (EU, AI: Portuguese "eu" is "I", Italian "ai" "to the"), ":N"
// after it its weight.
func splitWeight(raw string) (string, float32, uint8, termKind) {
	raw = strings.TrimSpace(raw)
	var flags uint8
	kind := kTopic
	if t, ok := strings.CutPrefix(raw, "^"); ok {
		raw, kind = t, kRole
	}
	if t, ok := strings.CutPrefix(raw, "@"); ok {
		raw, kind = t, kPlace
	}
	if t, ok := strings.CutPrefix(raw, "="); ok {
		raw, kind = t, kWish
	}
	if t, ok := strings.CutPrefix(raw, "%"); ok {
		raw, flags = t, eAllCaps
	}
	if t, ok := strings.CutPrefix(raw, "?"); ok {
		raw, flags = t, flags|eWeak
	}
	if t, ok := strings.CutPrefix(raw, "!"); ok {
		raw, flags = t, flags|eCrime
	}
	w := float32(1)
	if i := strings.LastIndexByte(raw, ':'); i > 0 {
		if f, err := strconv.ParseFloat(raw[i+1:], 32); err == nil {
			w = float32(f)
			raw = raw[:i]
		}
	}
	return raw, w, flags, kind
}

// ruTopicForms calls emit with every form of a Russian topic phrase: stems
// marked "~" take every noun and adjective ending; in a phrase, words before
// the last take adjective endings (трудовых мигрантов). The slice passed to
// emit is reused.
func ruTopicForms(text string, emit func([]string)) {
	words := strings.Fields(strings.ReplaceAll(strings.ToLower(text), "ё", "е"))
	per := make([][]string, len(words))
	for i, w := range words {
		stem, ok := strings.CutSuffix(w, "~")
		if !ok {
			per[i] = []string{w}
			continue
		}
		var ends []string
		switch {
		case i+1 < len(words):
			ends = ruAdjEndings[:]
		case len(words) > 1:
			ends = ruPhraseHeadEndings[:]
		default:
			ends = append(ruNounEndings[:len(ruNounEndings):len(ruNounEndings)], ruAdjEndings[:]...)
		}
		for _, e := range ends {
			per[i] = append(per[i], stem+e)
		}
	}
	buf := make([]string, len(words))
	var walk func(i int)
	walk = func(i int) {
		if i == len(words) {
			emit(buf)
			return
		}
		for _, f := range per[i] {
			buf[i] = f
			walk(i + 1)
		}
	}
	walk(0)
}

// topics scores the taxonomy over d and returns the article's topics.
func (a *Analyzer) topics(d *doc, ex *Explanation) []news.TopicScore {
	n := len(a.topicList)
	raw := slices.Grow(d.topicRaw[:0], n)[:n] // zeroed below: the array serves the document's next use
	clear(raw)
	d.topicRaw = raw
	// The maps and keys of the pooled document serve again, emptied.
	if d.topicSums == nil {
		d.topicSums, d.topicCounts = map[int32]float64{}, map[int32]int{}
	}
	sums, counts := d.topicSums, d.topicCounts
	clear(sums)
	clear(counts)
	// A place word after a locative preposition sets the scene (an
	// explosion at a market): it is kept apart and counts only when a
	// firm term of its topic is found.
	var sceneSums map[int32]float64
	var sceneCounts map[int32]int
	count := func(ei int32, w float64, scene bool) {
		s, c := sums, counts
		if scene {
			if sceneSums == nil {
				sceneSums, sceneCounts = map[int32]float64{}, map[int32]int{}
			}
			s, c = sceneSums, sceneCounts
		}
		s[ei] += w
		c[ei]++
		for _, tw := range a.top.twins[ei] {
			s[tw] += w
			c[tw]++
		}
	}
	// In a sentence that wishes somebody something (wished him good
	// health, пожелал ему здоровья, всего наилучшего), the health words
	// are the wish: they count for no topic.
	health := int8(a.topicIndex(news.TopicHealth))
	ms := a.top.scan(d.ttoks, d.norm, d.langs, d.matches[:0])
	defer func() { d.matches = ms[:0] }()
	wishTitle := a.hasWish(ms) >= 0
	for _, m := range ms {
		e := &a.top.entries[m.entry]
		if e.kind == kWish || wishTitle && e.topic == health {
			continue
		}
		if a.inForeignName(d, d.title, d.ttoks, m) || a.inWorkTitle(d, d.title, d.ttoks, m) {
			continue
		}
		count(m.entry, wTopicTitle, a.isScene(d.title, d.ttoks, m))
	}
	ms = a.top.scan(d.btoks, d.norm, d.langs, ms[:0])
	var wishBuf [4]int32
	wishSents := wishBuf[:0]
	for i := a.hasWish(ms); i >= 0 && i < len(ms); i++ {
		if e := &a.top.entries[ms[i].entry]; e.kind == kWish {
			if s := d.btoks[ms[i].tok].sent; !slices.Contains(wishSents, s) {
				wishSents = append(wishSents, s)
			}
		}
	}
	listEnd := -1 // matches before this index are items of an enumeration
	for mi, m := range ms {
		t := &d.btoks[m.tok]
		if !t.pkind.counts() {
			continue
		}
		if e := &a.top.entries[m.entry]; e.kind == kWish || len(wishSents) > 0 && e.topic == health && slices.Contains(wishSents, t.sent) {
			continue
		}
		if a.inForeignName(d, d.body, d.btoks, m) || a.inWorkTitle(d, d.body, d.btoks, m) {
			continue
		}
		w := wBody
		if t.s < d.leadEnd {
			w = wLead
		}
		if mi >= listEnd {
			listEnd = a.topicListEnd(d, ms, mi)
		}
		if mi < listEnd {
			w *= wTopicListed
		}
		count(m.entry, w, a.isScene(d.body, d.btoks, m))
	}
	// A weak term counts only when a firm term of its topic was found too;
	// a term of weight 0 only keeps its words from other terms (tear gas).
	// So does a place that sets the scene.
	firm := make([]bool, n)
	for ei := range sums {
		if e := &a.top.entries[ei]; e.flags&eWeak == 0 && e.weight > 0 {
			firm[e.topic] = true
		}
	}
	for ei, w := range sceneSums {
		if firm[a.top.entries[ei].topic] {
			sums[ei] += w
			counts[ei] += sceneCounts[ei]
		}
	}
	// Sum in entry order: map order would make the float sums, and so the
	// rounded scores, vary from run to run.
	keys := slices.Grow(d.topicKeys[:0], len(sums))
	defer func() { d.topicKeys = keys[:0] }()
	for ei := range sums {
		keys = append(keys, ei)
	}
	slices.Sort(keys)
	// A role title's forms (президент, президента, президентом) are one
	// title: their mentions are summed before the cap.
	type roleSum struct {
		label string
		topic int8
		w     float32
		sum   float64
	}
	var rbuf [8]roleSum
	roles := rbuf[:0]
	for _, ei := range keys {
		e := &a.top.entries[ei]
		if e.kind != kRole {
			continue
		}
		i := -1
		for j := range roles {
			if roles[j].label == e.label && roles[j].topic == e.topic {
				i = j
				break
			}
		}
		if i < 0 {
			roles = append(roles, roleSum{label: e.label, topic: e.topic, w: e.weight})
			i = len(roles) - 1
		}
		roles[i].sum += sums[ei]
	}
	// A role title names who acts; repeating it (the president … the
	// president of Uzbekistan …) adds no evidence.
	for _, r := range roles {
		raw[r.topic] += float64(r.w) * math.Min(r.sum, wLead)
	}
	for _, ei := range keys {
		e := &a.top.entries[ei]
		if e.kind == kRole {
			continue
		}
		if e.flags&eWeak != 0 && !firm[e.topic] {
			delete(counts, ei)
			continue
		}
		if e.weight == 0 {
			delete(counts, ei)
			continue
		}
		raw[e.topic] += float64(e.weight) * math.Min(sums[ei], termCap)
	}
	// Inside a conflict story, killings and war crimes are the war's, and so
	// are its dead and its evacuations: crime words alone (no court, arrest,
	// prosecutor, sentence) make no justice story, and words that count
	// victims alone (no earthquake, fire, flood or crash) no disasters
	// story, when security outscores them.
	if si := a.topicIndex(news.TopicSecurity); si >= 0 {
		for _, t := range [...]news.Topic{news.TopicJustice, news.TopicDisasters} {
			ji := a.topicIndex(t)
			if ji < 0 || raw[si] < raw[ji] {
				continue
			}
			own := false
			for _, ei := range keys {
				e := &a.top.entries[ei]
				if int(e.topic) == ji && e.flags&eCrime == 0 && e.weight > 0 && (e.flags&eWeak == 0 || firm[ji]) {
					own = true
					break
				}
			}
			if !own {
				raw[ji] = 0
			}
		}
	}
	// Longer texts collect more hits; damp by the square root of length.
	words := len(d.btoks) + len(d.ttoks)
	norm := math.Sqrt(math.Max(1, float64(words)/150))
	order := slices.Grow(d.topicOrder[:0], n)[:n]
	d.topicOrder = order
	for i := range order {
		order[i] = i
		raw[i] /= norm
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(raw[y], raw[x]) }) // highest first
	var out []news.TopicScore
	top := raw[order[0]]
	for _, ti := range order {
		s := raw[ti]
		if len(out) >= maxTopics || s < topicMin || s < topicShare*top {
			break
		}
		out = append(out, news.TopicScore{Topic: a.topicList[ti], Score: math.Round(s*100) / 100})
	}
	if ex != nil {
		terms := make([]map[string]int, n)
		for ei, c := range counts {
			e := &a.top.entries[ei]
			if terms[e.topic] == nil {
				terms[e.topic] = map[string]int{}
			}
			terms[e.topic][e.label] += c
		}
		for _, ti := range order {
			if raw[ti] <= 0 {
				break
			}
			chosen := false
			for _, o := range out {
				if o.Topic == a.topicList[ti] {
					chosen = true
				}
			}
			ex.Topics = append(ex.Topics, ExplainedTopic{Topic: a.topicList[ti], Score: math.Round(raw[ti]*100) / 100, Chosen: chosen, Terms: termList(terms[ti])})
		}
	}
	return out
}

// inForeignName reports whether the match m is an English word of a
// disasters, security or justice term that is part of a capitalised name of
// several words in a text of another language: in a German or Russian
// article, "Red Dead Redemption", "Dead Island" or "Fire Emblem" is the
// title of a game, a film or a book, and its words tell nothing of the
// story. A capitalised neighbour (a word or a number, joined by a space
// only) makes the name.
func (a *Analyzer) inForeignName(d *doc, text string, toks []token, m match) bool {
	if d.langs == 0 || d.langs&lEN != 0 {
		return false
	}
	e := &a.top.entries[m.entry]
	if e.langs != 0 && e.langs&(e.langs-1) == 0 || e.label == "" || e.label[0] >= 0x80 {
		return false // a term of one language's list, or of the Russian one
	}
	switch a.topicList[e.topic] {
	case news.TopicDisasters, news.TopicSecurity, news.TopicJustice:
	default:
		return false
	}
	first, last := int(m.tok), int(m.tok+m.n)-1
	if c := text[toks[first].s]; c < 'A' || c > 'Z' {
		return false
	}
	if first > 0 && text[toks[first-1].e:toks[first].s] == " " && latinCapital(text[toks[first-1].s]) {
		return true
	}
	return last+1 < len(toks) && text[toks[last].e:toks[last+1].s] == " " && (latinCapital(text[toks[last+1].s]) || toks[last+1].has(fDigit))
}

// harmTopic reports whether the topic index ti is disasters, security or
// justice: the topics a work's title or plot can mimic.
func (a *Analyzer) harmTopic(ti int8) bool {
	switch a.topicList[ti] {
	case news.TopicDisasters, news.TopicSecurity, news.TopicJustice:
		return true
	}
	return false
}

// titledWorks are the nouns that name a work of fiction or art by its
// title (narrower than workNouns of quotations: an operation's or a
// campaign's name does tell its story): the game "…",
// the film Dead Man Walking, der Roman „…“, le film « … », фильм «…», in
// their inflected forms.
var titledWorks = map[string]bool{
	"game": true, "games": true, "film": true, "films": true, "movie": true, "movies": true, "novel": true, "novels": true,
	"series": true, "sitcom": true, "book": true, "album": true, "song": true, "play": true, "musical": true, "opera": true, "documentary": true, "thriller": true, "sequel": true, "remake": true,
	"spiel": true, "spiels": true, "spieles": true, "roman": true, "romans": true, "serie": true, "buch": true, "buches": true, "buchs": true, "krimi": true, "titel": true,
	"série": true, "jeu": true, "livre": true, "pièce": true, "película": true, "novela": true, "juego": true, "filme": true, "livro": true, "jogo": true, "gioco": true, "libro": true, "romanzo": true, "dizi": true, "oyun": true, "oyunu": true, "filmi": true,
	"фильм": true, "фильма": true, "фильме": true, "фильмом": true, "фильму": true, "мультфильм": true, "мультфильма": true, "мультфильме": true,
	"игра": true, "игры": true, "игре": true, "игру": true, "игрой": true, "сериал": true, "сериала": true, "сериале": true, "сериалом": true,
	"роман": true, "романа": true, "романе": true, "романом": true, "книга": true, "книги": true, "книге": true, "книгу": true, "книгой": true,
	"спектакль": true, "спектакля": true, "спектакле": true, "песня": true, "песни": true, "песню": true, "альбом": true, "альбома": true,
	"фільм": true, "фільму": true, "фільмі": true, "гра": true, "гри": true, "серіал": true, "серіалу": true, "книжка": true,
}

// germanWorkEnds are the ends of German compound nouns of a work
// (Actionspiel, Kinofilm, Netflix-Serie, Kriminalroman).
var germanWorkEnds = [...]string{"spiel", "film", "serie", "roman"}

// isWorkNoun reports whether the token t of text names a kind of work.
func isWorkNoun(d *doc, t *token) bool {
	w := d.norm[t.ns:t.ne]
	if titledWorks[string(w)] {
		return true
	}
	if d.langs&lDE != 0 && len(w) > 7 {
		for _, e := range germanWorkEnds {
			if strings.HasSuffix(string(w), e) {
				return true
			}
		}
	}
	return false
}

// inWorkTitle reports whether the match m of a disasters, security or
// justice term lies inside the title of a work named after its kind: in
// quotation marks opened right after the noun (the film "Dead Calm", der
// Roman „Tod in Venedig“, фильм «Смерть в Венеции»), or in a run of
// capitalised words that follows it (the game Red Dead Redemption 2, das
// Actionspiel Dead Island). The words of a title tell nothing of the story.
func (a *Analyzer) inWorkTitle(d *doc, text string, toks []token, m match) bool {
	if !a.harmTopic(a.top.entries[m.entry].topic) {
		return false
	}
	first := int(m.tok)
	capRun := startsUpper(text[toks[first].s:toks[first].e])
	for j := first - 1; j >= 0 && j >= first-8; j-- {
		gap := text[toks[j].e:toks[j+1].s]
		if strings.ContainsAny(gap, ".!?;()") {
			return false
		}
		if opensQuote(gap) {
			return isWorkNoun(d, &toks[j])
		}
		if gap != "" && gap[0] != ' ' && strings.ContainsAny(gap, "\"»“”'’") {
			return false // a quotation closed before the term
		}
		if capRun && gap == " " {
			if isWorkNoun(d, &toks[j]) {
				return true
			}
			capRun = startsUpper(text[toks[j].s:toks[j].e])
		} else {
			capRun = false
		}
	}
	return false
}

// opensQuote reports whether the gap between two tokens ends with an
// opening quotation mark after a space (the film "…", фильм «…»).
func opensQuote(gap string) bool {
	g := strings.TrimRight(gap, " ")
	if len(g) != len(gap) || g == "" {
		return false // a space after the mark: no opening one
	}
	for _, q := range [...]string{"\"", "«", "„", "“", "‚", "'", "‘"} {
		if strings.HasSuffix(g, q) {
			rest := g[:len(g)-len(q)]
			return rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, ":")
		}
	}
	return false
}

// latinCapital reports whether the byte c is an ASCII capital letter.
func latinCapital(c byte) bool { return c >= 'A' && c <= 'Z' }

// hasWish returns the index of the first wish among ms, or -1.
func (a *Analyzer) hasWish(ms []match) int {
	for i, m := range ms {
		if a.top.entries[m.entry].kind == kWish {
			return i
		}
	}
	return -1
}

// isScene reports whether the match m of a place word (kPlace) in text
// follows a locative preposition of its phrase, directly or across at most
// two words ("at a crowded market", «на центральном рынке»): the place is
// where the story happens, not what it is about. A word between them is
// an article or a modifier: no punctuation, no number, and in Cyrillic an
// adjective's ending (not «на земле стадион», where the preposition has
// its own noun).
func (a *Analyzer) isScene(text string, toks []token, m match) bool {
	e := &a.top.entries[m.entry]
	if e.kind != kPlace {
		return false
	}
	// Turkish marks the place with an ending: hastaneye (to hospital),
	// hastanede (in hospital), hastaneden (from hospital).
	if e.langs == lTR {
		last := &toks[m.tok+m.n-1]
		return hasTurkishPlaceCase(text[last.s:last.e])
	}
	for j := int(m.tok) - 1; j >= 0 && j >= int(m.tok)-3; j-- {
		t := &toks[j]
		if !onlyRunes(text[t.e:toks[j+1].s], " \u00a0") {
			return false
		}
		if a.top.locatives[t.id] {
			return true
		}
		if t.has(fDigit) || t.has(fCyr) && !hasAdjEnding(text[t.s:t.e]) {
			return false
		}
	}
	return false
}

// turkishPlaceCases are the endings of a Turkish noun in the dative,
// locative and ablative cases, bare, plural or possessive (hastaneye,
// hastanelerde, hastanesinden): to, in or from the place.
var turkishPlaceCases = [...]string{"ye", "ya", "de", "da", "te", "ta", "den", "dan", "ten", "tan", "ne", "na", "nde", "nda", "nden", "ndan", "lere", "lara", "lerde", "larda", "lerden", "lardan"}

func hasTurkishPlaceCase(w string) bool {
	for _, c := range turkishPlaceCases {
		if strings.HasSuffix(w, c) {
			return true
		}
	}
	return false
}

// sceneAdjEndings are the endings of a Russian or Ukrainian adjective
// between a preposition and its place noun (на центральном рынке, в
// городской больнице, на новому стадіоні).
var sceneAdjEndings = [...]string{"ом", "ем", "ой", "ей", "ый", "ий", "ій", "ая", "яя", "ое", "ее", "ую", "юю", "ые", "ие", "ых", "их", "ым", "им", "ому", "ему", "ого", "его"}

func hasAdjEnding(w string) bool {
	for _, e := range sceneAdjEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// wTopicListed weighs a topic word that is one item of an enumeration of
// fields ("cooperation in trade, industry, transport and logistics",
// «в области торговли, промышленности, транспорта и логистики»): a list
// of fields names each in passing, as official readouts of talks do.
const wTopicListed = 0.3

// topicListEnd returns, when ms[i] starts an enumeration of three or more
// topic words of at least two topics (joined only by commas and list
// joiners, see listGap), the index after its last item; otherwise i.
func (a *Analyzer) topicListEnd(d *doc, ms []match, i int) int {
	j := i + 1
	for j < len(ms) && listGap(d.body, d.btoks, ms[j-1], ms[j]) {
		j++
	}
	if j-i < 3 {
		return i
	}
	first := a.top.entries[ms[i].entry].topic
	for _, m := range ms[i+1 : j] {
		if a.top.entries[m.entry].topic != first {
			return j
		}
	}
	return i
}

// topicIndex returns the index of t in the taxonomy, or -1.
func (a *Analyzer) topicIndex(t news.Topic) int {
	for i, x := range a.topicList {
		if x == t {
			return i
		}
	}
	return -1
}
