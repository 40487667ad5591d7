package analyze

import (
	"strings"
	"unicode/utf8"
)

// A speaker the article names once, by surname alone, right beside the
// speech verb of a quotation: «…», — сообщил Хабиров. / “…,” Tumusov said.
// Nothing else in the article says the word is a person, so the word
// itself must: it ends the way surnames of the region end and only they
// do, it agrees in gender with a Russian verb, and it is no word the
// gazetteers or the topic lexicon know (a company, a place, a demonym, a
// common noun) unless the gazetteer knows it as a public figure's surname
// («— сказал Ташиев»). Its capital letter must not come from opening a
// sentence: the attribution sits against the quotation's closing mark or
// dash, follows «Об этом» after it, or introduces it from inside its
// own sentence («Позже Хабиров добавил: «…»»).

// nameGender is the gender a surname ending or a Russian verb form
// carries.
type nameGender uint8

const (
	genderNone   nameGender = iota // no surname, or a plural or impersonal verb
	genderMale                     // Тумусов, сказал
	genderFemale                   // Тумусова, сказала
	genderEither                   // Шевченко, Пашинян; говорит, поясняет
)

// agrees reports whether a surname of gender s can be the subject of a
// verb of gender v.
func (s nameGender) agrees(v nameGender) bool {
	return s != genderNone && v != genderNone && (s == v || s == genderEither || v == genderEither)
}

// loneSurnameEndings are the endings that mark a word as a surname of
// Russia, Ukraine, Belarus, Central Asia and the Caucasus, in Cyrillic
// and in the Latin transliteration news uses, with the gender each
// carries. Russian -ов/-ев/-ин and their feminines -ова/-ева/-ина
// (Тумусов, Абдуллаева) cover the Central Asian surnames built on them
// (Токаев, Мирзиёева); -ский/-ская are the adjectival surnames; Ukrainian
// -енко, -ук; Georgian -швили, -дзе; Armenian -ян, -янц; Kyrgyz and
// Kazakh patronymic surnames -уулу, -улы (sons) and -кызы (daughters);
// Tajik -зода and Azerbaijani -заде, -оглу. Endings that plain words take
// as often as surnames are left out: -ой (Толстой, but also every
// adjective), -ко (Бойко, but «Яблоко»), -их/-ых (Седых, but plural
// adjectives), -ич (patronymics), and in English -in (Berlin, Martin) and
// -sky/-ski (husky, whisky).
var loneSurnameEndings = [...]struct {
	end string
	g   nameGender
}{
	{"ов", genderMale}, {"ев", genderMale}, {"ин", genderMale}, {"ын", genderMale},
	{"ский", genderMale}, {"цкий", genderMale}, {"уулу", genderMale}, {"улы", genderMale}, {"ұлы", genderMale},
	{"ова", genderFemale}, {"ева", genderFemale}, {"ина", genderFemale}, {"ына", genderFemale},
	{"ская", genderFemale}, {"цкая", genderFemale}, {"кызы", genderFemale}, {"қызы", genderFemale},
	{"енко", genderEither}, {"ук", genderEither}, {"юк", genderEither}, {"швили", genderEither},
	{"дзе", genderEither}, {"ян", genderEither}, {"янц", genderEither}, {"зода", genderEither},
	{"заде", genderEither}, {"оглу", genderEither}, {"оглы", genderEither},
	{"ov", genderMale}, {"ev", genderMale}, {"skiy", genderMale}, {"uulu", genderMale},
	{"ova", genderFemale}, {"eva", genderFemale}, {"skaya", genderFemale}, {"kyzy", genderFemale},
	{"enko", genderEither}, {"shvili", genderEither}, {"dze", genderEither}, {"yan", genderEither},
	{"zoda", genderEither}, {"zade", genderEither}, {"oglu", genderEither},
}

// loneSurnameNotNames are first names that end like surnames of the
// table: a first name alone says too little of who spoke («— говорит
// Катерина» after «по имени Екатерина», "said Bryan"). Names of the
// pattern -иддин/-уддин (Нуриддин, Sirojiddin) are recognised by
// loneFirstName.
var loneSurnameNotNames = map[string]bool{
	"екатерина": true, "катерина": true, "марина": true, "ирина": true, "галина": true,
	"полина": true, "алина": true, "карина": true, "кристина": true, "валентина": true,
	"ангелина": true, "регина": true, "зарина": true, "мадина": true, "амина": true,
	"медина": true, "янина": true, "сабина": true, "альбина": true, "эвелина": true,
	"каролина": true, "арина": true, "дарина": true, "аделина": true, "элина": true,
	"тахмина": true, "ясмина": true, "христина": true, "анжелина": true, "августина": true,
	"эльвина": true, "мальвина": true, "розалина": true, "евангелина": true, "магдалина": true,
	"константин": true, "валентин": true, "вениамин": true, "биньямин": true, "бенджамин": true,
	"антонин": true, "августин": true, "мартин": true, "кевин": true, "эрвин": true,
	"эдвин": true, "марвин": true, "джастин": true, "армин": true, "рамин": true, "эльчин": true,
	"шахин": true, "метин": true, "тахсин": true, "мухсин": true, "айдын": true, "жасмин": true,
	"демьян": true, "емельян": true, "лукьян": true, "касьян": true, "севастьян": true,
	"bryan": true, "sayan": true, "aryan": true, "demyan": true,
}

// loneFirstName reports whether lower-cased w is a first name of the
// -иддин pattern (Нуриддин, Шамсуддин, Sirojiddin), common in Tajik and
// Uzbek news and ending like a surname in -ин.
func loneFirstName(w string) bool {
	for _, e := range [...]string{"иддин", "уддин", "утдин", "итдин", "iddin", "uddin"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return loneSurnameNotNames[w]
}

// surnameGender returns the gender the ending of lower-cased word w
// gives it as a surname, or genderNone when w does not end like one.
func surnameGender(w string) nameGender {
	if utf8.RuneCountInString(w) < 5 || loneFirstName(w) {
		return genderNone
	}
	for _, e := range loneSurnameEndings {
		if strings.HasSuffix(w, e.end) {
			return e.g
		}
	}
	if strings.HasSuffix(w, "uly") && utf8.RuneCountInString(w) >= 7 {
		return genderMale // Kazakh patronymic surnames (Sauranbayuly), not "truly" or "unruly"
	}
	return genderNone
}

// ruVerbGender returns the gender a Russian speech verb's form demands of
// its subject: the past tense and short adjectives agree (сказал,
// сказала, уверена), the present does not (говорит, поясняет). A plural,
// a neuter or an impersonal form (сообщили, сообщило, говорится) names no
// one person.
func ruVerbGender(w string) nameGender {
	switch {
	case w == "говорится" || w == "сказано":
		return genderNone
	case strings.HasSuffix(w, "л") || strings.HasSuffix(w, "лся") || strings.HasSuffix(w, "ен"):
		return genderMale
	case strings.HasSuffix(w, "ла") || strings.HasSuffix(w, "лась") || strings.HasSuffix(w, "ена"):
		return genderFemale
	case strings.HasSuffix(w, "т") || strings.HasSuffix(w, "тся"):
		if strings.HasSuffix(w, "ят") || strings.HasSuffix(w, "ют") || strings.HasSuffix(w, "ат") ||
			strings.HasSuffix(w, "ятся") || strings.HasSuffix(w, "ются") || strings.HasSuffix(w, "атся") {
			return genderNone // говорят, считают: plural
		}
		return genderEither
	}
	return genderNone
}

// loneSurnameFollowers may follow a surname that ends its attribution
// without a comma: an addressee, a preposition opening an adverbial
// («— сказал Хабиров журналистам», «— сообщил Хабиров в пятницу», "said
// Tumusov on Monday").
var loneSurnameFollowers = map[string]bool{
	"в": true, "во": true, "на": true, "после": true, "по": true, "перед": true, "при": true,
	"у": true, "накануне": true, "сегодня": true, "вчера": true,
	"on": true, "in": true, "at": true, "after": true, "during": true, "before": true, "to": true,
	"from": true, "last": true, "this": true, "yesterday": true, "today": true, "earlier": true, "later": true,
}

// attributionMark reports whether the text between two tokens holds the
// punctuation an attribution follows a quotation with: a closing mark or
// a dash standing apart («», —», ",”", ", - ").
func attributionMark(gap string) bool {
	return strings.ContainsAny(gap, "»”\"’—–") || strings.Contains(gap, " - ") || strings.HasPrefix(gap, "- ")
}

// gapBefore returns the text between token i and the token before it (the
// body's start for the first token).
func (d *doc) gapBefore(i int) string {
	if i == 0 {
		return d.body[:d.btoks[0].s]
	}
	return d.body[d.btoks[i-1].e:d.btoks[i].s]
}

// loneSurname reports whether the single capitalised word at token i is a
// speaker's surname the article gives only here. All of these must hold:
//   - it stands in an attribution that follows a quotation's closing mark
//     or dash, beside its speech verb: after the verb («», — сообщил
//     Хабиров», "”, said Abdullaeva"), after a Russian verb's complement
//     («— сказал журналистам Хабиров») or a title («— сказал министр
//     Хабиров», "said Minister Abdullaeva"), or before the verb ("”,
//     Tumusov said", "”, Deputy Minister Tumusov said"); or in a
//     sentence that introduces the quotation after it, inside that
//     sentence («Позже Хабиров добавил: «…»», "Later, Tumusov said: “…”",
//     «Как отметил Хабиров, «…»») or after «Об этом» following it; so
//     its capital never comes from opening a sentence;
//   - it ends like a surname of the region (surnameGender), a man's
//     surname when a Russian title precedes it (a woman's or an
//     indeclinable one there may be a genitive: «пресс-секретарь
//     министра Хабирова»);
//   - a Russian verb agrees with it in gender (сказала Тумусов is no one);
//   - no lexicon knows the word (a company, a place, a demonym, a topic
//     word) and the article never writes it in lower case.
//
// It runs only for a one-word name the attribution parsers found beside
// a speech verb; the lower-case scan over the article's tokens is the
// last check.
func (a *Analyzer) loneSurname(d *doc, i int) bool {
	t := &d.btoks[i]
	w := d.word(i)
	if !t.has(fCap) || t.has(fAllCaps) || d.ru != t.has(fCyr) {
		return false
	}
	g := surnameGender(w)
	// «— сообщил Минфин»: a body's short name may end like a surname.
	if g == genderNone || t.id != 0 && !a.isLeaderToken(d, i) || d.listed(i, rwNotName) || d.listed(i, rwTitleWord) || d.listed(i, rwRoleNoun) || institutionWords[w] ||
		d.ru && ruBodyShortForm(w) {
		return false
	}
	only := func(gap string) bool { return gap != "" && onlyRunes(gap, " ") }
	v, titled := a.loneSurnameVerb(d, i)
	switch {
	case v >= 0:
		if !attributionMark(d.gapBefore(v)) && !d.aboutThisBefore(v) && !d.asSaidBefore(v, i) {
			return false // "the minister told Tumusov": an addressee, not the speaker
		}
		if !a.loneSurnameEnds(d, i) {
			return false
		}
		if d.ru && titled && g != genderMale {
			// «— сказала помощник министра Хабирова», «пресс-секретарь
			// Шевченко»: after a title a woman's or an indeclinable
			// surname may be a genitive, the person the speaker serves.
			return false
		}
	case i+1 < len(d.btoks) && d.listed(i+1, rwSpeechVerb) && only(d.gapBefore(i+1)):
		v = i + 1 // "Tumusov said", «Хабиров сообщил»
		t0 := i
		for !d.ru && t0 > 0 && t0 > i-4 && d.btoks[t0-1].has(fCap) && d.listed(t0-1, rwTitleWord) && only(d.gapBefore(t0)) {
			t0-- // "”, Deputy Minister Tumusov said"
		}
		if gap := d.gapBefore(t0); (!attributionMark(gap) || strings.Contains(gap, "\n")) && !(d.midSentence(t0) && d.colonQuoteAfter(v)) {
			return false // the word opens a sentence or follows other words: its capital proves nothing
		}
	case i > 1 && d.appositiveSurname(i, len(d.body)) && d.word(i-2) == "the" && attributionMark(d.gapBefore(i-2)):
		v = i + 1 // “…,” the deputy, Tumusov, said.
	default:
		return false
	}
	if d.ru && !g.agrees(ruVerbGender(d.word(v))) {
		return false
	}
	// A word the article also writes in lower case is a common word.
	for k := range d.btoks {
		if k != i && d.word(k) == w && !d.btoks[k].has(fCap) {
			return false
		}
	}
	return true
}

// aboutThisBefore reports whether the Russian speech verb at token v
// follows «Об этом» opening the sentence right after a quotation («…».
// Об этом заявил Хабиров.), which attributes that quotation as a dash
// would.
func (d *doc) aboutThisBefore(v int) bool {
	return d.ru && v >= 2 && d.word(v-2) == "об" && d.word(v-1) == "этом" && attributionMark(d.gapBefore(v-2))
}

// midSentence reports whether token i stands inside its sentence after
// words that are no part of a name: a lower-case word, or an adverb
// opening the sentence («Позже Хабиров добавил», "Later, Tumusov said").
// Its capital letter then is its own.
func (d *doc) midSentence(i int) bool {
	if i == 0 || strings.ContainsAny(d.gapBefore(i), ".!?:;()\n«»“”\"—–") {
		return false
	}
	p := &d.btoks[i-1]
	if !p.has(fCap) {
		return true
	}
	return d.listed(i-1, rwNotName) && (i-1 == 0 || strings.ContainsAny(d.gapBefore(i-1), ".!?\n"))
}

// colonQuoteAfter reports whether the words after the speech verb at
// token v end in a colon and an opening quotation mark within a few
// words (“X added: «…»”, «X сказал журналистам: «…»»): the attribution
// introduces the quotation after it.
func (d *doc) colonQuoteAfter(v int) bool {
	for k := v; k < len(d.btoks) && k < v+5; k++ {
		end := len(d.body)
		if k+1 < len(d.btoks) {
			end = int(d.btoks[k+1].s)
		}
		gap := d.body[d.btoks[k].e:end]
		if strings.Contains(gap, ":") {
			rest := strings.TrimLeft(gap[strings.Index(gap, ":")+1:], " \n")
			r, _ := utf8.DecodeRuneInString(rest)
			return isOpenQuote(r) || r == '"'
		}
		if strings.ContainsAny(gap, ".,;!?()«»“”\"—–\n") {
			return false
		}
	}
	return false
}

// asSaidBefore reports whether the Russian speech verb at token v follows
// «как» and the surname at token i is followed by a comma and an opening
// quotation mark («Как отметил Хабиров, «…»»): the clause introduces the
// quotation after it.
func (d *doc) asSaidBefore(v, i int) bool {
	if !d.ru || v < 1 || d.word(v-1) != "как" || i+1 >= len(d.btoks) {
		return false
	}
	gap := strings.TrimSpace(d.body[d.btoks[i].e:d.btoks[i+1].s])
	r, _ := utf8.DecodeLastRuneInString(gap)
	return strings.HasPrefix(gap, ",") && (isOpenQuote(r) || r == '"')
}

// loneSurnameEnds reports whether the surname at token i, after its
// verb, ends the attribution: punctuation, a medium in quotation marks
// («— сказала Тарасова «Совспорту»»), an addressee or an adverbial
// follows, not more words of a longer name («сообщил Российский
// футбольный союз», «заявил Бишкекский горсуд»).
func (a *Analyzer) loneSurnameEnds(d *doc, i int) bool {
	k := i + 1
	if k >= len(d.btoks) {
		return true
	}
	gap := d.gapBefore(k)
	if strings.ContainsAny(gap, ".,;:!?()«»\"“”—–\n") || strings.Contains(gap, " - ") {
		return true
	}
	if !onlyRunes(gap, " ") {
		return false // «Иванов-младший»: a hyphen joins more of the name
	}
	w := d.word(k)
	if d.ru && d.ruMediumAt(k) {
		// «— сказал Хабиров ТАСС», «— рассказал Хабиров РИА Новости»: the
		// medium he told. After an adjective's ending the capitals go on
		// with a body's name («Бишкекский ГУВД»).
		sur := d.word(i)
		return !strings.HasSuffix(sur, "ский") && !strings.HasSuffix(sur, "цкий") && !strings.HasSuffix(sur, "ская") && !strings.HasSuffix(sur, "цкая")
	}
	return !d.btoks[k].has(fCap) && (loneSurnameFollowers[w] || ruAddressees[w])
}

// ruMediumAt reports whether token k opens the name of a medium told a
// statement: an acronym (ТАСС, РБК), a word of media names (РИА Новости,
// «Интерфаксу») or a name in Latin letters (Sputnik, Kaktus.media).
func (d *doc) ruMediumAt(k int) bool {
	t := &d.btoks[k]
	w := d.word(k)
	return t.has(fAllCaps) || mediaWords[w] || ruMediaDatives[w] || t.has(fCap) && t.has(fLatin)
}

// loneSurnameVerb returns the speech verb before the surname at token i,
// or -1: right before it («— сказал Хабиров», "said Tumusov"), or a few
// words before when what stands between is what the attribution parsers
// step over to reach a speaker — a Russian complement (an addressee, a
// medium, a short prepositional phrase: «— сказал журналистам Хабиров»,
// «— заявил в интервью РБК Хабиров») or a title (titled: «— сказал
// министр Хабиров», «— отметил глава района Хабиров», "said Deputy
// Minister Tumusov"), which roleAfter reads up to the surname.
func (a *Analyzer) loneSurnameVerb(d *doc, i int) (v int, titled bool) {
	if i > 0 && d.listed(i-1, rwSpeechVerb) && onlyRunes(d.gapBefore(i), " ") {
		return i - 1, false
	}
	const stops = ".,;:!?()\n—–"
	if strings.ContainsAny(d.gapBefore(i), stops) {
		return -1, false
	}
	limit := int(d.btoks[i].e) + 1
	for v := i - 2; v >= 0 && v >= i-8; v-- {
		if strings.ContainsAny(d.gapBefore(v+1), stops) {
			return -1, false // the clause began after the words between
		}
		if !d.listed(v, rwSpeechVerb) {
			continue
		}
		if d.ru && d.skipVerbComplement(v+1, limit) == i {
			return v, false
		}
		if ref, next := a.roleAfter(d, v+1, limit); ref.kind == refRole && next == i+1 {
			return v, true
		}
		return -1, false
	}
	return -1, false
}

// loneSpeaker reports whether a quotation's speaker is one word ending
// like a surname of the region («Хабиров», "Abdullaeva"): the rules
// trusted it as a name, so a pronoun in the sentences after it («—
// добавил он», "he added") may go on with it.
func loneSpeaker(speaker string) bool {
	return !strings.Contains(speaker, " ") && surnameGender(surnameKey(speaker)) != genderNone
}

// loneSpeakerIs reports whether a speaker of one word can be who a pronoun
// of the given gender refers to: a surname's ending that gives the other
// gender cannot («— сказал Хабиров … — добавила она»). Any other
// speaker can.
func loneSpeakerIs(speaker string, female bool) bool {
	if strings.Contains(speaker, " ") {
		return true
	}
	g := surnameGender(surnameKey(speaker))
	if g == genderNone {
		return true
	}
	want := genderMale
	if female {
		want = genderFemale
	}
	return g.agrees(want)
}

// appositiveSurname reports whether token j is one capitalised word set off
// by commas between an English role and its speech verb: “…,” the deputy,
// Tumusov, said. Russian writes the title against the name instead («—
// сказал депутат Тумусов»).
func (d *doc) appositiveSurname(j, limit int) bool {
	if d.ru || j < 1 || j+1 >= len(d.btoks) || int(d.btoks[j+1].s) >= limit {
		return false
	}
	t := &d.btoks[j]
	if !t.has(fCap) || t.has(fAllCaps) || d.gapBefore(j) != ", " || d.gapBefore(j+1) != ", " {
		return false
	}
	if !d.listed(j-1, rwTitleWord) && !roleNoun(d.word(j-1)) {
		return false
	}
	return d.listed(j+1, rwSpeechVerb)
}
