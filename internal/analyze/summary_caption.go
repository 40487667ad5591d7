package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Captions, gallery headers and source lines that the summary passes over,
// read from where a paragraph sits and how it is built rather than from
// its words: a caption stands over its picture's credit and dates the
// moment the picture shows; a gallery opens with its count of pictures
// glued to its title; a source line only names who reported what came
// before.

// isCaptionOverCredit reports whether sentence s, the first candidate of a
// summary, lies in a picture's caption: a paragraph of at most four
// sentences right above a credit line (a credit paragraph, or a bare
// "Name Surname / AGENCY"), whose first sentence ends on the date the
// picture was taken ("… in Kyiv, Ukraine, Thursday, Feb. 24, 2022.",
// «… у Києві, 25 травня 2012 р.»). A lead above a credit without its own
// caption tells its news first and dates it inside the sentence, if at
// all; it stays.
func (d *doc) isCaptionOverCredit(s sentence) bool {
	p := d.paras[s.para]
	next := int(s.para) + 1
	if next >= len(d.paras) || p.e-p.s > 700 {
		return false
	}
	np := d.paras[next]
	if np.kind != pCredit && !isNameAgencyCredit(d.body[np.s:np.e]) {
		return false
	}
	first, n := -1, 0
	for i, t := range d.sents {
		if t.para == s.para {
			if first < 0 {
				first = i
			}
			n++
		} else if first >= 0 {
			break
		}
	}
	if first < 0 || n > 4 {
		return false
	}
	text := trimSentence(d.body[d.sents[first].s:d.sents[first].e])
	return endsDated(text) && !hasPastCue(text, verbLangOf(d.lang, d.ru))
}

// endsDated reports whether a sentence ends on a calendar date: among its
// last five words a month name with a number ("Thursday, Feb. 24, 2022.",
// "on 9 June.", «25 травня 2012 р.»). A weekday alone ("… on Monday.")
// ends many a lead and is not enough.
func endsDated(s string) bool {
	s = strings.TrimRight(s, ".!?)» ")
	month, num := false, false
	for k := 0; k < 5 && s != ""; k++ {
		i := strings.LastIndexByte(s, ' ')
		w := strings.Trim(s[i+1:], ".,;:()")
		if i < 0 {
			s = ""
		} else {
			s = strings.TrimRight(s[:i], " ,")
		}
		switch stampWordKind(w) {
		case stMonth:
			month = true
		case stNum:
			num = true
		}
	}
	return month && num
}

// pastWordsEN are English past forms (and "been") that need no -ed.
var pastWordsEN = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("was were had did said told took made went came gave won lost met left held saw found led fell rose ran became began brought " +
		"bought sold sent spent paid kept thought knew stood sought fought wrote spoke swept struck chose drew drove flew grew hid hung lay rode rang sang sank " +
		"shot shut slept stole stuck swore threw wore woke fled fed dealt felt heard meant taught caught built dug forgot froze bore broke tore beat bit sprang " +
		"withdrew overtook died got been") {
		m[w] = true
	}
	return m
}()

// hasPastCue reports whether a sentence holds a cue of a verb in the past
// tense in language l: in English a past form of pastWordsEN or a
// lower-case word in -ed that no determiner precedes ("the injured"); in
// Russian and Ukrainian a word of four letters or more with a past ending
// (-л, -ла, -ло, -ли, -лся, -лась, -лись; -в, -вся, -лася), and a
// capitalised word with one of the longer endings, as a sentence may open
// with its verb («Состоялся …», «Прошла …»). Nouns share
// some of these endings («правила», «села»): a cue that is a noun makes a
// caption rule miss, never drop a lead; the plural of the nouns of agent
// in -тель («жители», «водители», «зрители», «строители») is no past verb
// (ruAgentPlural). In Spanish and Portuguese (iberianPastCue) a
// preterite or a perfect tells the past. For the other languages (no
// table) it reports true, so rules that need the present stay off.
func hasPastCue(s string, l verbLang) bool {
	if l == vlES || l == vlPT {
		return iberianPastCue(s, l)
	}
	if l != vlEN && l != vlRU {
		return true
	}
	var buf [64]byte
	prevDet := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && r2 != '\'' {
				break
			}
			j += n2
		}
		word := s[i:j]
		i = j
		if l == vlEN && unicode.IsUpper(r) || len(word) > len(buf)-4 {
			prevDet = false
			continue // an English name; a Russian sentence may open with its verb («Состоялся …»)
		}
		w := buf[:0]
		letters := 0
		for _, c := range word {
			w = utf8.AppendRune(w, unicode.ToLower(c))
			letters++
		}
		switch l {
		case vlEN:
			if pastWordsEN[string(w)] || letters >= 4 && !prevDet && bytesHasSuffix(w, "ed") {
				return true
			}
			prevDet = enDeterminers[string(w)]
		case vlRU:
			if unicode.IsUpper(r) {
				// A capitalised word may be a name («Михаил», «Павел») or a
				// subject in -тели («Спасатели»): only the feminine, neuter,
				// plural and reflexive past endings count.
				if letters >= 5 && !ruAgentPlural(w) && (bytesHasSuffix(w, "лся") || bytesHasSuffix(w, "лась") || bytesHasSuffix(w, "лось") ||
					bytesHasSuffix(w, "лись") || bytesHasSuffix(w, "ла") || bytesHasSuffix(w, "ло") || bytesHasSuffix(w, "ли")) {
					return true
				}
				continue
			}
			if letters >= 4 && !ruAgentPlural(w) {
				for _, e := range [...]string{"л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "вся", "лася"} {
					if bytesHasSuffix(w, e) {
						return true
					}
				}
				if bytesHasSuffix(w, "в") && letters >= 5 && !bytesHasSuffix(w, "ов") && !bytesHasSuffix(w, "ев") && !bytesHasSuffix(w, "ів") {
					return true // Ukrainian «провів», «зібрав»; «депутатов», «членів» are nouns
				}
			}
		}
	}
	return false
}

// iberianPast are the Spanish and Portuguese words that tell the past on
// their own: the perfect's auxiliary («ha detenido», «han sido») and the
// irregular preterites that no ending marks; iberianPastEnds the
// preterite's endings of the third person (Spanish -ó, -aron, -ieron;
// Portuguese -ou, -eu, -iu, -aram, -eram, -iram), read on lower-case
// words of five letters or more. A noun that shares one («museu»)
// makes a caption rule miss, never drop a lead.
var (
	iberianPast = map[string]bool{
		"ha": true, "han": true, "había": true, "habían": true, "hubo": true, "fue": true, "fueron": true, "dijo": true, "dijeron": true,
		"hizo": true, "hicieron": true, "tuvo": true, "tuvieron": true, "estuvo": true, "puso": true, "vino": true,
		"foi": true, "foram": true, "fez": true, "fizeram": true, "disse": true, "disseram": true, "teve": true, "tiveram": true,
		"esteve": true, "houve": true, "tinha": true, "tinham": true, "veio": true, "pôs": true,
	}
	iberianPastEnds = map[verbLang][]string{
		vlES: {"ó", "aron", "ieron", "yeron"},
		vlPT: {"ou", "eu", "iu", "aram", "eram", "iram"},
	}
)

// iberianPastCue reports whether a Spanish or Portuguese sentence holds a
// word of iberianPast or a lower-case word with a preterite's ending.
func iberianPastCue(s string, l verbLang) bool {
	var buf [64]byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		letters := 0
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
			letters++
		}
		word := s[i:j]
		i = j
		if len(word) > len(buf)-4 {
			continue
		}
		w := buf[:0]
		for _, c := range word {
			w = utf8.AppendRune(w, unicode.ToLower(c))
		}
		if iberianPast[string(w)] {
			return true
		}
		if letters < 5 || unicode.IsUpper(r) {
			continue // a name («Aragó», «Pompeu») or a short word
		}
		for _, e := range iberianPastEnds[l] {
			if bytesHasSuffix(w, e) {
				return true
			}
		}
	}
	return false
}

// ruAgentPlural reports whether a lower-cased Russian word is the plural
// of a noun of agent in -тель after the vowel that builds it («жители»,
// «водители», «зрители», «читатели», «покупатели», «строители»,
// «представители»): its -ли is no past ending. The past of verbs in
// -теть keeps another vowel or a consonant before -тели («хотели»,
// «летели», «вертели»), and -ить and -ать verbs make their past in
// -или and -али, never -ители or -атели.
func ruAgentPlural(w []byte) bool {
	return bytesHasSuffix(w, "ители") || bytesHasSuffix(w, "атели") || bytesHasSuffix(w, "ятели")
}

// isNameAgencyCredit reports whether a line is a photographer's credit
// written as a name, a slash and an agency, without brackets or closing
// punctuation ("Efrem Lukatsky / AP", «Андрей Никольский / ТАСС»): two or
// three capitalised words, then an agency (isAgencyName) of one word. A
// breadcrumb ("World / Europe") names no person on its left.
func isNameAgencyCredit(line string) bool {
	if len(line) > 80 {
		return false
	}
	i := strings.IndexByte(line, '/')
	if i <= 0 || strings.IndexByte(line[i+1:], '/') >= 0 {
		return false
	}
	name, agency := strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+1:])
	words := 0
	if !eachField(name, func(w string) bool {
		words++
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && !strings.ContainsAny(w, "0123456789")
	}) || words < 2 || words > 3 {
		return false
	}
	return agency != "" && isAgencyName(agency, false) && isAllCaps(agency)
}

// correspondentOpeners open a sentence that only says the outlet's own
// reporter was there ("Об этом сообщает корреспондент Новини.LIVE.", "Про
// це повідомляє кореспондент …", "This was reported by our
// correspondent."): it names no source of a claim, only the page's. A
// sentence that names who said or announced it («Об этом заявил Песков»,
// «Об этом сообщила пресс-служба») tells whose claim the news is and
// stays.
var correspondentOpeners = [...]string{
	"об этом сообщает корреспондент", "об этом сообщил корреспондент", "об этом сообщила корреспондент", "об этом передает корреспондент",
	"об этом передаёт корреспондент", "об этом сообщают корреспонденты", "об этом передают корреспонденты",
	"про це повідомляє кореспондент", "про це повідомив кореспондент", "про це повідомила кореспондентка", "про це передає кореспондент",
	"про це повідомляють кореспонденти",
	"this was reported by our correspondent", "our correspondent reports", "reports our correspondent",
	"das berichtet unser korrespondent", "dies berichtet unser korrespondent", "das berichtet unsere korrespondentin",
}

// isCorrespondentLine reports whether a sentence of at most ten words is a
// line of correspondentOpeners. Most sentences fail on their length or
// their first byte.
func isCorrespondentLine(s string) bool {
	if len(s) < 20 || len(s) > 160 {
		return false
	}
	if c := s[0] | 0x20; c != 'o' && c != 't' && c != 'd' && s[0] != 0xD0 {
		return false // «О», «П» and «о» open with 0xD0; "o", "t", "d" in either case
	}
	if countWordsUpTo(s, 11) > 10 {
		return false
	}
	for _, o := range correspondentOpeners {
		if len(s) >= len(o) && equalFold(s[:len(o)], o) {
			return true
		}
	}
	return false
}

// repeatsSummary reports whether a sentence of six words or more says
// again what the summary so far (sum) says: all but at most one in seven
// of its words stand in sum as whole words. A paragraph printed twice
// with a word or a date changed (a caption's heading over the lead, a
// standfirst repeated as the first paragraph) adds nothing; nor does a
// shorter sentence of twenty bytes or more printed again word for word
// («Стамбул: в лесу начался пожар.» of a standfirst, then of the lede).
func repeatsSummary(sum, text string) bool {
	if len(text) > len(sum)+40 {
		return false // most sentences: longer than what they would repeat
	}
	if len(text) >= 20 && strings.Contains(sum, text) {
		return true
	}
	words, missing := 0, 0
	eachField(text, func(w string) bool {
		w = repeatMarks.trim(w)
		if i := strings.IndexAny(w, "'’"); i > 0 {
			// Compare the stem only: a paragraph printed twice may
			// change its apostrophes ("Kulesi’nin", "Kulesi'nin").
			w = w[:i]
		}
		if w == "" {
			return true
		}
		words++
		if !hasWholeWord(sum, w) {
			missing++
		}
		return missing*7 <= words+7 // stop early once too many miss
	})
	return words >= 6 && missing*7 <= words
}

// hasWholeWord reports whether w stands in s as a whole word.
func hasWholeWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if wordBounded(s, j, j+len(w)) {
			return true
		}
		i = j + len(w)
	}
}

// galleryWords count a gallery's pictures in its header ("12 fotos",
// "20 photos", «15 фото»).
var galleryWords = [...]string{"fotos", "photos", "foto", "фото", "фотографий", "снимков", "знімків", "світлин", "bilder", "immagini", "imágenes", "imagens", "fotoğraf", "pictures", "images"}

// cutGalleryHead cuts a gallery's count of pictures from the start of a
// sentence and, when the count is glued to the page's title and the title
// to the text ("12 fotosLa protesta 27-O Rodea el CongresoLa nueva
// convocatoria …"), the title too.
func cutGalleryHead(s, title string) string {
	if s == "" || !isDigitByte(s[0]) {
		return s // most sentences
	}
	i := 0
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	if i >= len(s) || s[i] != ' ' {
		return s
	}
	rest := s[i+1:]
	cut := -1
	for _, w := range galleryWords {
		if len(rest) > len(w) && equalFold(rest[:len(w)], w) {
			if r, _ := utf8.DecodeRuneInString(rest[len(w):]); unicode.IsUpper(r) {
				cut = len(w) // glued to what follows
				break
			}
		}
	}
	if cut < 0 {
		return s
	}
	rest = rest[cut:]
	if title != "" && len(rest) > len(title) && equalFold(rest[:len(title)], title) {
		if r, _ := utf8.DecodeRuneInString(rest[len(title):]); unicode.IsUpper(r) {
			rest = rest[len(title):]
		}
	}
	return rest
}

// positionWords place a person in a picture, as a caption writes them
// between commas after a name ("Martin Evans, second from left, shows …",
// «Иван Петров, слева, и …», "Anna Weber, links, …").
var positionWords = [...]string{
	"left,", "right,", "center,", "centre,", "second from left,", "second from right,", "second left,", "second right,",
	"third from left,", "third from right,", "front,", "front left,", "front right,", "foreground,", "background,", "from left,",
	"слева,", "справа,", "второй слева,", "второй справа,", "третий слева,", "третий справа,", "вторая слева,", "вторая справа,",
	"зліва,", "другий зліва,", "другий справа,", "друга зліва,", "друга справа,",
	"links,", "rechts,", "à gauche,", "à droite,", "au centre,", "a la izquierda,", "a la derecha,", "à esquerda,", "à direita,",
	"a sinistra,", "a destra,", "solda,", "sağda,",
}

// positionFirst marks the bytes a word of positionWords opens with, in
// either case.
var positionFirst = func() (t [256]bool) {
	for _, w := range positionWords {
		t[w[0]] = true
		t[strings.ToUpper(w[:1])[0]] = true
	}
	return t
}()

// placesPeople reports whether a sentence places someone in a picture: a
// capitalised word, a comma, then a word of positionWords and a comma,
// not followed by another side ("In Berlin, left, right and centre …").
// Only the text after each ", " is compared.
func placesPeople(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], ", ")
		if j < 0 {
			return false
		}
		j += i
		if j+2 >= len(s) || !positionFirst[s[j+2]] {
			i = j + 2
			continue // most commas: no side follows
		}
		k := strings.LastIndexByte(s[:j], ' ') + 1
		r, _ := utf8.DecodeRuneInString(s[k:j])
		if unicode.IsUpper(r) {
			rest := s[j+2:]
			for _, w := range positionWords {
				if len(rest) >= len(w) && equalFold(rest[:len(w)], w) {
					// "left, right and centre": a list of sides, no place in a picture.
					next := strings.TrimLeft(rest[len(w):], " ")
					return !strings.HasPrefix(next, "right") && !strings.HasPrefix(next, "left") && !strings.HasPrefix(next, "center") && !strings.HasPrefix(next, "centre")
				}
			}
		}
		i = j + 2
	}
}

// A picture's caption that opens the body or stands over its credit
// describes a scene in the present ("Protesters hold placards outside the
// parliament in Bishkek", «Участники акции держат плакаты у здания
// парламента»), while the story below tells what happened in the past
// ("Kyrgyz lawmakers voted on Tuesday …"). A feed's standfirst in the
// present ("Carmaker recalls half a million cars over faulty brakes")
// also sits above a story in the past; it tells news rather than show a
// place, and it reports ("…, officials say"). So a present sentence is
// taken for a caption only with a place of the scene (scenePlaces) and no
// reporting verb, or over a credit line.

// scenePlaces open the place of a scene a caption shows.
var scenePlaces = [...]string{
	" outside ", " in front of ", " next to ", " beside ", " near the ", " at the entrance", " walks past ", " walk past ", " stands in ", " stand in ",
	" у здания ", " возле ", " около ", " перед зданием ", " рядом с ", " на фоне ",
	" біля ", " поблизу ", " перед будівлею ", " поруч із ", " поруч з ",
}

// reportingWords mark a sentence that reports what someone says; it is
// news, not a scene.
var reportingWords = [...]string{
	" says", " say", " said", " tell", " told", " warns", " claims", " announces", " reports", " urges", " insists", " according to",
	" говорит", " заявляет", " сообщает", " считает", " уверен", " отмечает", " подчеркивает", " пишет", " по словам", " по данным",
	" каже", " заявляє", " повідомляє", " вважає", " за словами", " за даними",
}

// isSceneCaption reports whether sentence s (text, once trimmed), the first
// candidate of a summary, is a caption of a scene in the present: a whole
// paragraph of one sentence of five to thirty words, not a question, with
// no quotation, no reporting verb and no past cue (a verb in the present
// or none, «Участники акции у здания …»), standing over a credit or naming the place of a scene (scenePlaces),
// above a paragraph of text told in the past. English, Russian or
// Ukrainian, Spanish and Portuguese only (the languages with past cues);
// in Spanish and Portuguese it needs the credit, as scenePlaces holds no
// phrase of theirs.
func (d *doc) isSceneCaption(s sentence, text string) bool {
	l := verbLangOf(d.lang, d.ru)
	if l != vlEN && l != vlRU && l != vlES && l != vlPT || int(s.para)+1 >= len(d.paras) {
		return false // the last paragraph has no text below it
	}
	p := d.paras[s.para]
	if s.s != p.s || strings.TrimSpace(d.body[s.e:p.e]) != "" || len(text) > 300 || sceneCaptionStops.in(text) {
		return false
	}
	if w := countWordsUpTo(text, 31); w < 5 || w > 30 {
		return false
	}
	next := int(s.para) + 1
	credit := false
	for next < len(d.paras) && next <= int(s.para)+2 && (d.paras[next].kind == pCredit || d.paras[next].kind == pByline || isNameAgencyCredit(d.body[d.paras[next].s:d.paras[next].e])) {
		credit = credit || d.paras[next].kind != pByline
		next++
	}
	if next >= len(d.paras) || d.paras[next].kind != pText {
		return false
	}
	if !credit {
		place := false
		for _, sp := range scenePlaces {
			place = place || hasPhrase(text, sp)
		}
		if !place {
			return false
		}
	}
	for _, r := range reportingWords {
		if hasPhrase(text, r) {
			return false
		}
	}
	if hasPastCue(text, l) || sharesTitleWords(text, d.title, 3) {
		return false // a standfirst restating the headline ("Uzbekistan steps up its measures against measles near the borders")
	}
	nt := d.body[d.paras[next].s:d.paras[next].e]
	return hasPastCue(nt[:min(len(nt), 400)], l)
}

// hasPhrase reports whether a lower-case phrase of scenePlaces or
// reportingWords stands in s: inside s as written, or opening s in any
// case where the phrase's leading space is the start of s ("Outside the
// court …"), or closing it where its trailing space is the end.
func hasPhrase(s, p string) bool {
	if strings.Contains(s, p) {
		return true
	}
	core := strings.TrimSpace(p)
	if p[0] == ' ' && len(s) >= len(core) && equalFold(s[:len(core)], core) && (p[len(p)-1] != ' ' || len(s) == len(core) || s[len(core)] == ' ') {
		return true
	}
	return p[len(p)-1] == ' ' && strings.HasSuffix(s, core) && (p[0] != ' ' || len(s) == len(core) || s[len(s)-len(core)-1] == ' ')
}

// sharesTitleWords reports whether s holds at least n of the title's words
// of four letters or more (case aside).
func sharesTitleWords(s, title string, n int) bool {
	k := 0
	eachField(title, func(w string) bool {
		w = titleWordMarks.trim(w)
		if utf8.RuneCountInString(w) >= 4 && indexFold(s, w) >= 0 {
			k++
		}
		return k < n
	})
	return k >= n
}

// teaserQuoteMarks are the quotation marks a teaser of the outlet's own never
// holds; sceneCaptionStops the marks no scene's caption holds (a question,
// a label, a quotation). As charSets they are checked without decoding
// every rune of the paragraph (both run for every summary candidate).
var (
	teaserQuoteMarks  = newCharSet("\"«»“”„")
	sceneCaptionStops = newCharSet("?!:\"«»“”")
)

// isSelfTeaser reports whether sentence s, the first candidate of a
// summary, lies in a teaser in which the outlet speaks of its own piece
// (selfPhrases: "What changes from March 1? We explain.", «Как изменится
// жизнь — рассказываем в нашем материале»): a paragraph of twenty-five
// words at most that quotes no one, with the story's lead below it, a
// paragraph of text of eight words or more, told in the past where the
// language has past cues. A teaser with nothing below it (a feed's
// excerpt) is all the summary there is and stays.
func (d *doc) isSelfTeaser(s sentence) bool {
	p := d.paras[s.para]
	text := d.body[p.s:p.e]
	if len(text) > 300 {
		return false
	}
	next := int(s.para) + 1
	for next < len(d.paras) && d.paras[next].kind != pText {
		next++
	}
	// The paragraphs are looked at before the text's bytes: a short
	// article has no text paragraph below its lede.
	if next >= len(d.paras) || next > int(s.para)+3 || teaserQuoteMarks.in(text) {
		return false
	}
	nt := d.body[d.paras[next].s:d.paras[next].e]
	if countWordsUpTo(text, 26) > 25 || countWordsUpTo(nt, 8) < 8 || selfPhraseSet.kindsIn(text) == 0 {
		return false
	}
	l := verbLangOf(d.lang, d.ru)
	return l != vlEN && l != vlRU || hasPastCue(nt[:min(len(nt), 400)], l)
}

// creditHeads open a picture's credit as a label ("Photo: John Smith/AP",
// «Фото: Иван Петров / ТАСС», "Foto: Anna Weber/dpa").
var creditHeads = [...]string{
	"photo:", "photos:", "photo by", "credit:", "image:", "picture:", "фото:", "фото -", "фото —", "фото –",
	"foto:", "fotos:", "bild:", "crédito:", "crédit photo", "credito:",
	"photo :", "photos :", "photo\u00a0:", "photos\u00a0:", "crédit :", "crédit\u00a0:", // French print: a space before the colon
}

// creditHeadLen returns the length of the credit label of creditHeads
// opening s, or 0.
func creditHeadLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch c := s[0]; {
	case c < utf8.RuneSelf:
		if c |= 0x20; c != 'p' && c != 'c' && c != 'i' && c != 'f' && c != 'b' {
			return 0 // most sentences: no label's first letter
		}
	case !(c == 0xD0 && s[1] == 0xA4 || c == 0xD1 && s[1] == 0x84):
		return 0 // a Cyrillic sentence opens a label only with «ф» or «Ф»
	}
	for _, h := range creditHeads {
		if len(s) > len(h) && equalFold(s[:len(h)], h) {
			return len(h)
		}
	}
	return 0
}

// cutCreditHead cuts a picture's credit glued in front of the story's first
// sentence, as pages print a caption, its credit and the lede in one
// paragraph ("… in Leith. Photo: John Smith/AP The harbour board
// approved …"). The credit runs from its label over at most six words to
// the last that ends one: an agency or library ("AP", «ТАСС», "Getty
// Images"), a word with a slash inside ("Smith/AP") or after it, a closing
// bracket. What follows must open and read as a sentence, with a finite
// verb; else s stays (and a credit line is passed over whole).
func cutCreditHead(s string, l verbLang) string {
	h := creditHeadLen(s)
	if h == 0 || l == vlNone {
		return s
	}
	end, words, afterSlash := -1, 0, false
	for i := h; i < len(s) && words < 6; {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			break // the credit is all there is
		}
		j += i
		w := s[i:j]
		words++
		bare := strings.Trim(w, "()[],.©")
		switch {
		case w == "/" || w == "|":
			afterSlash = true
		case afterSlash || strings.HasSuffix(w, ")") || strings.HasSuffix(w, "]") ||
			strings.IndexByte(bare, '/') > 0 && !strings.HasSuffix(bare, "/") || isAgencyCode(bare) || equalFold(bare, "images"):
			end, afterSlash = j, false
		case strings.HasSuffix(w, "/"):
			afterSlash = true
		}
		i = j
	}
	if end < 0 {
		return s
	}
	rest := strings.TrimLeft(s[end:], " ")
	if !opensSentence(rest) || countWordsUpTo(rest, minSummaryWords) < minSummaryWords || !hasVerbCue(rest, l) {
		return s
	}
	return rest
}

// isGluedCaption reports whether sentence si opens its paragraph as a
// picture's caption does: the paragraph's next sentence opens with a
// credit's label, glued to the story's first sentence (see cutCreditHead).
// A first sentence that reads as the lede (readsAsLede: told in the past,
// on the headline's words) is the story's, with the credit glued inside
// the lede; the credit is cut from the next sentence instead.
func (d *doc) isGluedCaption(si int) bool {
	s := d.sents[si]
	if si+1 >= len(d.sents) || s.s != d.paras[s.para].s || d.sents[si+1].para != s.para || s.e-s.s > 300 {
		return false
	}
	next := d.body[d.sents[si+1].s:d.sents[si+1].e]
	return creditHeadLen(next) > 0 && cutCreditHead(next, verbLangOf(d.lang, d.ru)) != next && !d.readsAsLede(d.body[s.s:s.e])
}

// deskRoles are the picture desk's roles that sign a picture's credit
// next to the photographer or the source ("… / akorda.kz, бильд-редактор:
// Иван Петров", "Photo: Jane Roe / photo editor", "Bildredaktion: Max
// Muster"), lower-cased.
var deskRoles = [...]string{
	"бильд-редактор", "бильдредактор", "фоторедактор", "фоторедакція", "фоторедакция", "бильд-редакция",
	"photo editor", "picture editor", "photo editing", "photo desk", "picture desk",
	"bildredaktion", "bildredakteur", "fotoredaktion", "rédaction photo", "éditeur photo", "édition photo",
	"editor de fotografía", "edición de fotografía", "editor fotográfico", "edição de fotografia", "editor de fotografia",
	"photo-editor",
}

// deskStems are what every role of deskRoles holds: a paragraph's tail
// without one of them is searched for no role (this runs for every short
// paragraph, and a newsletter of 200 lines with URLs has a colon in most).
// TestDeskStems keeps the two lists together.
var deskStems = [...]string{"редак", "redak", "photo", "picture", "fotogr"}

func hasDeskStem(tail string) bool {
	for _, s := range deskStems {
		if strings.Contains(tail, s) {
			return true
		}
	}
	return false
}

// isDeskCredit reports whether the lower-cased tail of a paragraph ends in
// a picture desk's credit: a role of deskRoles with a colon right after
// it and at most four words (a name) after that, or at most three words after
// a slash and followed by at most three (a credit's "Name / role" or
// "source / …, role Name"). The same role in a sentence of its own is news
// ("The paper's photo editor resigned") and stays.
func isDeskCredit(tail string) bool {
	if strings.IndexByte(tail, '/') < 0 && strings.IndexByte(tail, ':') < 0 || !hasDeskStem(tail) {
		return false
	}
	for _, r := range deskRoles {
		i := strings.Index(tail, r)
		if i < 0 || !wordBounded(tail, i, i+len(r)) {
			continue
		}
		after := strings.TrimLeft(tail[i+len(r):], " ")
		if strings.HasPrefix(after, ":") && countWordsUpTo(after, 5) <= 4 {
			return true // "бильд-редактор: Name" closing the paragraph
		}
		// After a slash: at most three words between the two (a source),
		// at most three after the role (a name).
		if k := strings.LastIndexByte(tail[:i], '/'); k >= 0 && countWordsUpTo(tail[k+1:i], 4) <= 3 && countWordsUpTo(after, 4) <= 3 {
			return true
		}
	}
	return false
}

// repeatMarks are the marks trimmed off a word of a repeated sentence (repeatsSummary).
var repeatMarks = newCharSet(".,:;!?\"'«»“”()—–-")

// titleWordMarks are the marks trimmed off a title's words (sharesTitleWords).
var titleWordMarks = newCharSet(".,:;!?\"'«»“”‘’()")
