package analyze

import (
	"bytes"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/newsbot/newsbot/internal/news"
)

// Languages whose country names the gazetteer takes from CLDR, besides the
// English and Russian names of package news. Each has a bit in an entry's
// language mask, so a name counts only in text of its language: the German
// name of Iceland is "Island", which is a common English word.
var cldrLangs = [...]string{"de", "fr", "es", "pt", "it", "tr", "uk", "be"}

// Language bits of entry.langs and doc.langs. An entry with langs 0 matches
// in any text.
const (
	lEN uint16 = 1 << iota
	lRU
	lDE
	lFR
	lES
	lPT
	lIT
	lTR
	lUK
	lOther

	lLatin = lEN | lDE | lFR | lES | lPT | lIT | lTR | lOther
	lAll   = lLatin | lRU | lUK
)

var langBits = map[string]uint16{
	"en": lEN, "ru": lRU, "be": lRU, "de": lDE, "fr": lFR, "es": lES, "pt": lPT, "it": lIT, "tr": lTR, "uk": lUK,
	// Languages beyond the nine that the bot reads share one bit.
	"pl": lOther, "nl": lOther, "fi": lOther, "kk": lOther, "uz": lOther,
}

// docLangs returns the language bits a document's text may carry: its
// declared language or, when it declares none (many feeds do not), the one
// its commonest function words point to; when they point nowhere, every
// language of its script.
func (d *doc) docLangs() uint16 {
	lang := d.lang
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		lang = lang[:i] // "pt-BR", "en_GB"
	}
	if b, ok := langBits[lang]; ok {
		return b
	}
	if lang != "" {
		return lOther
	}
	if d.ru {
		var other uint16
		if d.hasOtherCyrillicLetters() {
			other = lOther // Kazakh, Serbian, Uzbek: see addIntlNames
		}
		if d.hasUkrainianLetters() {
			return lUK | other
		}
		return lRU | lUK | other
	}
	if b := d.guessLatinLang(); b != 0 {
		return b
	}
	return lLatin
}

// functionWords are frequent short words of one Latin-script language only
// (and of languages beyond the nine: otherFunctionWords).
var functionWords = withOtherFunctionWords(map[string]uint16{
	"the": lEN, "and": lEN, "of": lEN, "is": lEN, "with": lEN, "that": lEN, "for": lEN, "was": lEN,
	"der": lDE, "die": lDE, "und": lDE, "das": lDE, "ist": lDE, "nicht": lDE, "mit": lDE, "von": lDE, "den": lDE,
	"le": lFR, "les": lFR, "et": lFR, "des": lFR, "est": lFR, "une": lFR, "dans": lFR, "pour": lFR, "au": lFR,
	"el": lES, "los": lES, "las": lES, "y": lES, "del": lES, "por": lES, "una": lES, "con": lES, "según": lES,
	"o": lPT, "os": lPT, "do": lPT, "da": lPT, "não": lPT, "uma": lPT, "em": lPT, "para": lPT, "dos": lPT,
	"il": lIT, "di": lIT, "che": lIT, "della": lIT, "gli": lIT, "per": lIT, "sono": lIT, "è": lIT, "nel": lIT,
	"ve": lTR, "bir": lTR, "bu": lTR, "için": lTR, "ile": lTR, "olarak": lTR, "daha": lTR, "çok": lTR,
})

// functionWordGate passes over most words that are no functionWord
// without a map lookup.
var functionWordGate = newWordGate(functionWords)

// guessLatinLang returns the bit of the language whose function words make
// up most of the first words of a Latin-script text, or 0 when too few are
// found to tell.
func (d *doc) guessLatinLang() uint16 {
	var counts [16]int
	seen := 0
	for _, toks := range [2][]token{d.ttoks, d.btoks} {
		for i := range toks {
			if seen >= 300 {
				break
			}
			seen++
			t := &toks[i]
			if t.ne-t.ns > 6 {
				continue
			}
			if w := d.norm[t.ns:t.ne]; !functionWordGate.may(w) {
				continue
			} else if b := functionWords[string(w)]; b != 0 {
				counts[bits.TrailingZeros16(b)]++
			}
		}
	}
	best, total := 0, 0
	for i, c := range counts {
		total += c
		if c > counts[best] {
			best = i
		}
	}
	if counts[best] < 3 || counts[best]*2 < total {
		return 0
	}
	return 1 << best
}

// hasUkrainianLetters reports whether the text uses і, ї, є or ґ, which
// Ukrainian has and Russian has not.
func (d *doc) hasUkrainianLetters() bool {
	n := d.norm
	if len(n) > 4000 {
		n = n[:4000]
	}
	return bytes.ContainsAny(n, "іїєґ")
}

// cldrName is a country name in one or more CLDR languages.
type cldrName struct {
	code  string
	langs uint16
	bad   bool // two countries share it ("Congo"): never matched
}

// cldrCountryNames returns the CLDR names (golang.org/x/text's copy of the
// CLDR display names) of every country in the languages of cldrLangs that
// are not already its English or Russian name, keyed by their lower-case
// form.
func cldrCountryNames() map[string]*cldrName {
	known := map[string]bool{}
	for _, c := range news.Countries() {
		known[strings.ToLower(c.En)] = true
		known[strings.ToLower(c.Ru)] = true
		for _, al := range c.Aliases {
			known[al] = true
		}
	}
	out := map[string]*cldrName{}
	for _, lang := range cldrLangs {
		names := display.Regions(language.MustParse(lang))
		bit := langBits[lang]
		if lang == "be" {
			// Belarusian (Беларусі, Расія) has no bit of its own: its text
			// reads as Ukrainian when it declares no language (і, ў) and
			// as Russian when it declares "be"; its names take the
			// Ukrainian case forms, which are close.
			bit = lRU | lUK
		}
		for _, c := range news.Countries() {
			r, err := language.ParseRegion(c.Code)
			if err != nil {
				continue
			}
			name := names.Name(r)
			if i := strings.IndexAny(name, ",("); i > 0 {
				name = strings.TrimSpace(name[:i]) // "Congo (Brazzaville)"
			}
			key := strings.ToLower(name)
			// A Ukrainian or Belarusian name spelt like the Russian one
			// (Китай, Беларусь) still needs its own case forms (Китаєм,
			// Беларусі).
			if name == "" || (known[key] && lang != "uk" && lang != "be") || skippedNames[key] {
				continue
			}
			if n := out[key]; n != nil {
				if n.code != c.Code {
					n.bad = true
				}
				n.langs |= bit
				continue
			}
			out[key] = &cldrName{code: c.Code, langs: bit}
		}
	}
	return out
}

// cldrFirstNames are CLDR country names that are also first names in their
// language: beside another capitalised name they name a person.
var cldrFirstNames = map[string]bool{"maurice": true, "mauricio": true, "maurícia": true, "dominique": true, "israel": true, "jordanie": true}

// cldrElsewhere are CLDR country names that text of one language uses
// first for something nearer home: Spanish "San Martín" (Saint-Martin) is
// the Liberator José de San Martín, whose name towns, provinces, streets
// and clubs of Argentina and Peru carry («San Martín de Wanda», «San
// Martín recibirá a La Canterita»). In that language the name is left out;
// "Saint-Martin" and every other language's name stay.
var cldrElsewhere = map[string]uint16{"san martín": lES, "san martin": lES}

// addCLDRNames adds the CLDR country names to the gazetteer. Names of three
// letters or fewer ("Fas", "Irã") must be written with a capital like every
// name, and Ukrainian names also match in their case forms.
func addCLDRNames(l *lexicon, v *vocab) {
	names := cldrCountryNames()
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys) // entry order must not depend on map order
	for _, k := range keys {
		n := names[k]
		if n.bad {
			continue
		}
		if m := cldrElsewhere[k]; m != 0 {
			if n.langs&^m == 0 {
				continue
			}
			n.langs &^= m
		}
		flags := eNeedCap
		if cldrFirstNames[k] {
			flags |= eNameAmb // "Maurice Papon" is no Mauritius
		}
		e := entry{code: n.code, topic: -1, kind: kName, flags: flags, weight: kindWeight[kName], label: k, langs: n.langs}
		words := normWords(k)
		forms := [][]string{words}
		if n.langs&lUK != 0 && len(words) >= 1 {
			forms = ukForms(words)
		}
		if n.langs&(lFR|lIT) != 0 && len(words) > 0 && startsWithVowel(words[0]) {
			// French and Italian elide the article: l'Allemagne,
			// d'Italia, dell'Ucraina.
			elided := e
			elided.flags &^= eNeedCap // the capital follows the apostrophe
			for _, art := range elidedArticles {
				l.add(v, append([]string{art + words[0]}, words[1:]...), elided)
			}
		}
		for _, ws := range forms {
			l.add(v, ws, e)
		}
		if n.langs&lFR != 0 && strings.HasPrefix(k, "é") {
			// French often drops the accent of a capital: "Etats-Unis",
			// "Egypte".
			l.add(v, normWords("e"+strings.TrimPrefix(k, "é")), e)
		}
	}
}

// ukForms returns the case forms of a Ukrainian name: the last word is
// declined by its ending (Україна → України, Україні, Україну, Україною;
// Росія → Росії, Росію, Росією; Казахстан → Казахстану, Казахстані,
// Казахстаном; Китай → Китаю, Китаї, Китаєм). Plural names of several
// words decline as plurals (see ukPluralForms); one-word plurals are kept
// as written.
func ukForms(words []string) [][]string {
	last := words[len(words)-1]
	var stem string
	var ends []string
	switch {
	case strings.HasSuffix(last, "ія"):
		stem, ends = strings.TrimSuffix(last, "я"), []string{"я", "ї", "ю", "єю"}
	case strings.HasSuffix(last, "я"):
		stem, ends = strings.TrimSuffix(last, "я"), []string{"я", "і", "ю", "ею"}
	case strings.HasSuffix(last, "а"):
		stem, ends = strings.TrimSuffix(last, "а"), []string{"а", "и", "і", "у", "ою"}
	case strings.HasSuffix(last, "й"):
		stem, ends = strings.TrimSuffix(last, "й"), []string{"й", "ю", "ї", "єм"}
	case strings.HasSuffix(last, "ь"):
		// Feminine (Білорусь → Білорусі, Білоруссю) or masculine
		// (Ізраїль → Ізраїлю, Ізраїлем, Ізраїлі).
		stem, ends = strings.TrimSuffix(last, "ь"), []string{"ь", "і", "сю", "ю", "ем"}
	case len(words) > 1 && strings.HasSuffix(last, "и"):
		return ukPluralForms(words)
	case strings.HasSuffix(last, "и") || strings.HasSuffix(last, "і") || strings.HasSuffix(last, "о") || strings.HasSuffix(last, "е"):
		return [][]string{words}
	default:
		stem, ends = last, []string{"", "у", "а", "і", "ом", "ові"}
	}
	out := make([][]string, 0, len(ends))
	for _, e := range ends {
		ws := append(append([]string(nil), words[:len(words)-1]...), stem+e)
		out = append(out, ws)
	}
	return out
}

// ukPluralForms returns the forms of a plural Ukrainian name of adjectives
// in -і and a noun in -и: Сполучені Штати → Сполучених Штатів, Сполученим
// Штатам, Сполученими Штатами, Сполучених Штатах.
func ukPluralForms(words []string) [][]string {
	adj := [...]string{"і", "их", "им", "ими", "их"}
	noun := [...]string{"и", "ів", "ам", "ами", "ах"}
	out := make([][]string, 0, len(noun))
	for c := range noun {
		ws := make([]string, len(words))
		for i, w := range words {
			switch {
			case i == len(words)-1:
				ws[i] = strings.TrimSuffix(w, "и") + noun[c]
			case strings.HasSuffix(w, "і"):
				ws[i] = strings.TrimSuffix(w, "і") + adj[c]
			default:
				ws[i] = w
			}
		}
		out = append(out, ws)
	}
	return out
}

// elidedArticles are the French and Italian articles and prepositions that
// fuse with a name starting with a vowel.
var elidedArticles = [...]string{"l'", "d'", "qu'", "dell'", "all'", "nell'", "dall'", "sull'"}

func startsWithVowel(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("aeiouyàâäéèêëîïôöùûüh", r)
}

// intlEntry is the gazetteer entry of one item of p, a place named in one
// language: it counts only in text of that language, and a name written
// with capitals needs them in the text.
func intlEntry(p placeIntl, it item) entry {
	flags := it.flags
	if !it.lower {
		flags |= eNeedCap
	}
	return entry{code: p.code, topic: -1, kind: p.kind, flags: flags, weight: kindWeight[p.kind], label: it.text, langs: langBits[p.lang], story: it.story}
}

// addIntlPlaces adds placesIntl to the gazetteer, each item counting only in
// text of its language.
func addIntlPlaces(l *lexicon, v *vocab) {
	for _, p := range placesIntl {
		for _, it := range splitItems(p.text) {
			e := intlEntry(p, it)
			intlForms(it.text, intlEndings[p.lang], func(phrase string) {
				l.add(v, plainWords(phrase), e)
			})
		}
	}
}

// plainWords is normWords for a lower-case phrase of letters and spaces,
// which tokenises to its own words: New generates many thousand such forms.
func plainWords(phrase string) []string {
	for _, r := range phrase {
		if r != ' ' && (!unicode.IsLetter(r) || r == 'ё' || unicode.IsUpper(r)) {
			return normWords(phrase)
		}
	}
	if strings.IndexByte(phrase, ' ') < 0 {
		return []string{phrase}
	}
	return strings.Fields(phrase)
}

// addGermanGenitives adds the genitive of German country names, capitals
// and leaders' names, which German writes without an apostrophe before a
// noun: "Irans Außenminister", "Russlands Armee", "Chinas Exporte",
// "Moskaus Truppen", "Putins Krieg". The CLDR names give the countries,
// placesIntl the German capitals and leaders, places the leaders' names
// German writes as English does. Each form counts only in German text.
func addGermanGenitives(l *lexicon, v *vocab) {
	add := func(code string, kind termKind, it item) {
		if it.lower || it.literal || strings.ContainsAny(it.text, " ~") {
			return // phrases and stems decline otherwise
		}
		words := normWords(it.text)
		if len(words) == 0 {
			return
		}
		gen, ok := germanGenitive(words[len(words)-1])
		if !ok || genitiveClashes[gen] {
			return
		}
		ws := append(append([]string(nil), words[:len(words)-1]...), gen)
		l.add(v, ws, entry{code: code, topic: -1, kind: kind, flags: it.flags | eNeedCap, weight: kindWeight[kind], label: it.text, langs: lDE, story: it.story})
	}
	names := display.Regions(language.German)
	seen := map[string]string{}
	for _, c := range news.Countries() {
		r, err := language.ParseRegion(c.Code)
		if err != nil {
			continue
		}
		name := names.Name(r)
		key := strings.ToLower(name)
		if name == "" || skippedNames[key] || strings.ContainsAny(name, ",(") {
			continue
		}
		if prev, ok := seen[key]; ok && prev != c.Code {
			continue
		}
		seen[key] = c.Code
		add(c.Code, kName, item{text: name, flags: specialNames[key]})
	}
	for _, p := range placesIntl {
		if p.lang == "de" && (p.kind == kCapital || p.kind == kLeader) {
			for _, it := range splitItems(p.text) {
				add(p.code, p.kind, it)
			}
		}
	}
	for _, p := range places {
		if p.kind == kLeader {
			for _, it := range splitItems(p.en) {
				add(p.code, p.kind, it)
			}
		}
	}
}

// genitiveClashes are German genitives that English words in German text
// spell alike ("Cayman Islands" is no Iceland).
var genitiveClashes = map[string]bool{"islands": true}

// germanGenitive returns the genitive of a German name in -s, or false for
// names that take none: those ending in a sibilant (Belarus, Graz) and the
// feminine ones in -e or -ei (die Ukraine, die Türkei).
func germanGenitive(w string) (string, bool) {
	if w == "" || strings.HasSuffix(w, "e") || strings.HasSuffix(w, "ei") || strings.ContainsRune("sßxz", []rune(w)[utf8.RuneCountInString(w)-1]) {
		return "", false
	}
	return w + "s", true
}

// addTurkishDemonyms adds the Turkish words for a country's people made
// with -li ("Çinli", "İranlı", "Polonyalı", "Belaruslu"; plural
// "Çinliler"), whose vowel follows the last vowel of the CLDR name. Each
// form counts only in Turkish text.
func addTurkishDemonyms(l *lexicon, v *vocab) {
	names := display.Regions(language.Turkish)
	seen := map[string]string{}
	for _, c := range news.Countries() {
		r, err := language.ParseRegion(c.Code)
		if err != nil {
			continue
		}
		name := names.Name(r)
		if name == "" || strings.ContainsAny(name, " ,(-") {
			continue
		}
		suf, ok := turkishLi(name)
		if !ok {
			continue
		}
		key := strings.ToLower(name)
		if prev, dup := seen[key]; dup && prev != c.Code {
			continue
		}
		seen[key] = c.Code
		e := entry{code: c.Code, topic: -1, kind: kDemonym, flags: eNeedCap, weight: kindWeight[kDemonym], label: name + suf, langs: lTR}
		plural := "ler"
		if suf == "lı" || suf == "lu" {
			plural = "lar"
		}
		for _, w := range [...]string{name + suf, name + suf + plural} {
			l.add(v, normWords(w), e)
		}
	}
}

// turkishLi returns the -li suffix a Turkish name takes by vowel harmony.
func turkishLi(name string) (string, bool) {
	rs := []rune(strings.ToLower(name))
	for i := len(rs) - 1; i >= 0; i-- {
		switch rs[i] {
		case 'a', 'ı':
			return "lı", true
		case 'e', 'i':
			return "li", true
		case 'o', 'u':
			return "lu", true
		case 'ö', 'ü':
			return "lü", true
		}
	}
	return "", false
}

// addSpanishStressForms adds the spellings Spanish gives leaders' names
// transliterated from Russian and the languages around it: a written stress
// on one vowel ("Mirziyóyev", "Alíyev", "Rahmón") and "j" for "kh"
// or "h" ("Berdimujamédov"), i for y after a consonant (Navalni). The
// stress falls on one of the last three vowels, so each takes the accent
// in turn; the forms count only in Spanish text.
func addSpanishStressForms(l *lexicon, v *vocab) {
	for _, p := range places {
		if p.kind != kLeader {
			continue
		}
		for _, it := range splitItems(p.en) {
			if it.lower || it.literal || strings.ContainsAny(it.text, " -'") || !isASCII(it.text) {
				continue
			}
			e := entry{code: p.code, topic: -1, kind: p.kind, flags: it.flags | eNeedCap, weight: kindWeight[p.kind], label: it.text, langs: lES, story: it.story}
			kh, h := strings.ReplaceAll(it.text, "kh", "j"), strings.ReplaceAll(it.text, "h", "j")
			bases := [...]string{it.text, kh, h, spanishY(it.text), spanishY(kh), spanishY(h)}
			for bi, base := range bases {
				if bi > 0 && slices.Contains(bases[:bi], base) {
					continue
				}
				// The stress falls on one of the last three vowels
				// (Rahmón, Karímov, Zajárova); the first letter is a capital.
				for i, n := len(base)-1, 0; i > 0 && n < 3; i-- {
					acute, ok := spanishAcute[base[i]]
					if !ok {
						continue
					}
					l.add(v, normWords(base[:i]+acute+base[i+1:]), e)
					n++
				}
				if bi > 0 {
					l.add(v, normWords(base), e)
				}
			}
		}
	}
}

var spanishAcute = map[byte]string{'a': "á", 'e': "é", 'i': "í", 'o': "ó", 'u': "ú"}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// addUkrainianPlaceForms declines the capitals and cities of the Russian
// list as Ukrainian does when Ukrainian spells the name alike (Анкара →
// Анкари, Анкарі; Варшава → Варшави; Прага → Празі is left out, the stem
// changes): Russian case forms (Анкаре) are no Ukrainian ones. The forms
// count only in Ukrainian text.
func addUkrainianPlaceForms(l *lexicon, v *vocab) {
	for _, p := range places {
		if p.kind != kCapital && p.kind != kCity {
			continue
		}
		for _, it := range splitItems(p.ru) {
			if it.lower || it.literal || strings.ContainsAny(it.text, " +-") || !isCyrillicText(it.text) {
				continue
			}
			words := normWords(it.text)
			if len(words) != 1 {
				continue
			}
			e := entry{code: p.code, topic: -1, kind: p.kind, flags: it.flags | eNeedCap, weight: kindWeight[p.kind], label: it.text, langs: lUK, story: it.story}
			for _, ws := range ukForms(words) {
				l.add(v, ws, e)
			}
		}
	}
}

// germanTranslitCountries are the countries whose leaders' names English
// transliterates from Russian or a language written in Cyrillic, which
// German, French, Turkish and Spanish transliterate otherwise.
var germanTranslitCountries = map[string]bool{
	"RU": true, "BY": true, "UA": true, "KZ": true, "KG": true, "UZ": true, "TJ": true, "TM": true, "AZ": true, "AM": true, "GE": true,
}

// addTranslit adds the German, French, Turkish and Spanish
// transliterations of the leaders' names of germanTranslitCountries that
// the English list carries: Lavrov → Lawrow, Peskov → Peskow, Zakharova →
// Sacharowa; Shoigu → Choïgou, Prigozhin → Prigojine; Shoigu → Şoygu,
// Kadyrov → Kadirov; Navalny → Navalni. Each form counts only in text of
// its language.
func addTranslit(l *lexicon, v *vocab) {
	for _, p := range places {
		if p.kind != kLeader || !germanTranslitCountries[p.code] {
			continue
		}
		for _, it := range splitItems(p.en) {
			if it.lower || it.literal || !isASCII(it.text) {
				continue
			}
			e := entry{code: p.code, topic: -1, kind: p.kind, flags: it.flags | eNeedCap, weight: kindWeight[p.kind], label: it.text, story: it.story}
			add := func(form string, lang uint16) {
				if form != it.text {
					e.langs = lang
					l.add(v, normWords(form), e)
				}
			}
			add(germanTranslit(it.text), lDE)
			fr := frenchTranslit(it.text)
			add(fr, lFR)
			if strings.HasSuffix(fr, "in") {
				add(fr+"e", lFR) // Prigojine, Michoustine
			}
			add(turkishTranslit(it.text), lTR)
			add(spanishY(it.text), lES)
		}
	}
}

// isVowel reports whether c is an ASCII vowel (y is not one here).
func isVowel(c byte) bool { return strings.IndexByte("aeiouAEIOU", c) >= 0 }

// respell rewrites s letter by letter: rule returns the lower-case
// spelling of the letters at byte i and how many bytes it covers, or 0 to
// keep the byte as it is. A respelling keeps the capital of the letter it
// replaces (Shoigu → Choïgou).
func respell(s string, rule func(s string, i int) (string, int)) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		out, n := rule(s, i)
		if n == 0 {
			b.WriteByte(s[i])
			i++
			continue
		}
		caser(&b, s[i] < 'a')(out)
		i += n
	}
	return b.String()
}

// letterAt returns the byte at i lower-cased, the byte after it (0 at the
// end) and whether a vowel comes before it: what the respelling rules
// look at.
func letterAt(s string, i int) (lower, next byte, prevVowel bool) {
	if i+1 < len(s) {
		next = s[i+1]
	}
	return s[i] | 0x20, next, i > 0 && isVowel(s[i-1])
}

// frenchTranslit respells an English transliteration of a Russian name
// the French way: ch for sh, j for zh, tch for ch, ou for u, ï for y
// between vowels, i for y before a vowel.
func frenchTranslit(s string) string {
	return respell(s, func(s string, i int) (string, int) {
		lower, next, prevVowel := letterAt(s, i)
		switch {
		case lower == 's' && next == 'h':
			return "ch", 2
		case lower == 'z' && next == 'h':
			return "j", 2
		case lower == 'c' && next == 'h':
			return "tch", 2
		case lower == 'k' && next == 'h':
			return "kh", 2
		case lower == 'u' && !(i > 0 && (s[i-1]|0x20) == 'o'):
			return "ou", 1
		case lower == 'y' && prevVowel && isVowel(next):
			return "ï", 1
		case lower == 'i' && prevVowel:
			return "ï", 1 // Choïgou, Tokaïev
		case lower == 'y' && isVowel(next):
			return "i", 1
		}
		return "", 0
	})
}

// turkishTranslit respells it the Turkish way: ş for sh, j for zh, ç for
// ch, h for kh, c for j, i for y between consonants or at the end, y for i
// after a vowel.
func turkishTranslit(s string) string {
	return respell(s, func(s string, i int) (string, int) {
		lower, next, prevVowel := letterAt(s, i)
		switch {
		case lower == 's' && next == 'h':
			return "ş", 2
		case lower == 'z' && next == 'h':
			return "j", 2
		case lower == 'c' && next == 'h':
			return "ç", 2
		case lower == 'k' && next == 'h':
			return "h", 2
		case lower == 'j':
			return "c", 1
		case lower == 'y' && !prevVowel && !isVowel(next) && i > 0:
			return "i", 1
		case lower == 'i' && prevVowel && !isVowel(next):
			return "y", 1
		}
		return "", 0
	})
}

// spanishY respells y as Spanish does after a consonant: at the end
// (Navalni), between consonants (Kadirov) and before a vowel (Sobianin).
func spanishY(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'y' && i > 0 && !isVowel(s[i-1]) {
			b.WriteByte('i')
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// caser returns a writer of w to b, with its first letter upper-cased
// when upper is set.
func caser(b *strings.Builder, upper bool) func(string) {
	return func(w string) {
		if upper {
			r, n := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(r)) + w[n:]
		}
		b.WriteString(w)
	}
}

// germanTranslit respells an English transliteration of a Russian name
// the German way: w for v, j for y, s for z, sch for sh and zh, tsch for
// ch, ch for kh and dsch for j.
func germanTranslit(s string) string {
	return respell(s, func(s string, i int) (string, int) {
		lower, next, prevVowel := letterAt(s, i)
		switch {
		case lower == 'k' && next == 'h':
			return "ch", 2
		case (lower == 'z' || lower == 's') && next == 'h':
			return "sch", 2
		case lower == 'c' && next == 'h':
			return "tsch", 2
		case lower == 'j':
			return "dsch", 1
		case lower == 'y' && (prevVowel || isVowel(next)):
			return "j", 1 // Tokajew, Sobjanin; Kadyrow and Nawalny keep it
		case lower == 'z':
			return "s", 1
		case lower == 'v':
			return "w", 1
		}
		return "", 0
	})
}
