package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A summary's first sentence must read as a news sentence: it tells what
// happened, so it holds a finite verb. A picture's caption without a
// credit ("Un cartel de «Cerrado» en un edificio federal …", «Участники
// акции у здания парламента»), a bare list of names or a section heading
// names things and tells nothing; standing alone as a short paragraph
// above the story, it is passed over. Finite verbs are found by cues, not
// a dictionary: per language a small table of auxiliaries and common
// finite forms and a few endings that only verbs carry (Spanish -ó and
// -aron, Russian -ла and -ется, Turkish -yor and -dı, a German lower-case
// word in -t). A cue that also fits a noun only makes the rule miss a
// caption, never drop a sentence, so the tables lean towards finding a
// verb. The rule stays off for languages without a table and when the next
// paragraph shows no cue either (the tables do not fit that text).

// verbLang indexes verbTables.
type verbLang uint8

const (
	vlNone verbLang = iota
	vlEN
	vlRU // Russian and Ukrainian
	vlDE
	vlFR
	vlES
	vlPT
	vlIT
	vlTR
)

// verbLangOf picks the verb table for a document's language.
func verbLangOf(lang string, ru bool) verbLang {
	switch lang {
	case "en":
		return vlEN
	case "ru", "uk", "be":
		return vlRU
	case "de":
		return vlDE
	case "fr":
		return vlFR
	case "es":
		return vlES
	case "pt":
		return vlPT
	case "it":
		return vlIT
	case "tr":
		return vlTR
	case "":
		if ru {
			return vlRU
		}
	}
	return vlNone
}

// verbTable holds one language's finite-verb cues: whole words
// (lower-cased) and endings of words of at least minLen letters.
type verbTable struct {
	words   map[string]bool
	endings []string
	minLen  int
}

func newVerbTable(minLen int, words string, endings ...string) verbTable {
	t := verbTable{words: map[string]bool{}, endings: endings, minLen: minLen}
	for _, w := range strings.Fields(words) {
		t.words[w] = true
	}
	return t
}

var verbTables = [...]verbTable{
	vlEN: newVerbTable(4,
		"is are was were am has have had will would can could may might must shall should does do did won't can't isn't aren't wasn't weren't doesn't don't didn't "+
			"says say said tells told gets got takes took makes made goes went comes came gives gave wins won loses lost meets met leaves left "+
			"holds held sees saw finds found hits sets puts leads led falls fell rises rose runs ran becomes became begins began brings brought "+
			"buys bought sells sold sends sent spends spent pays paid keeps kept thinks thought knows knew shows seems wants needs calls plans "+
			"faces hopes adds warns urges expects remains stands stood seeks sought fights fought wrote writes speaks spoke "+
			"swept struck chose drew drove flew grew hid hung lay rode rang sang sank shot shut slept stole stuck swore threw wore woke fled fed "+
			"dealt felt heard meant taught caught built dug forgot froze bore broke tore beat bit sprang sought withdrew overtook "+
			"must should ought dies died "+
			"there it he she they we i",
		"ed"),
	vlRU: newVerbTable(4,
		"есть это нет должен должна должно должны был была было были будет будут является являются стал стала стали может могут нужно надо "+
			"є буде будуть може можуть треба",
		"л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "лася", "лося", "лися", "вся", "ет", "ёт", "ит", "ют", "ят", "ется", "ются", "ится", "ятся", "ете", "ёте", "ите", "ешь", "ишь", "ем", "им",
		"ен", "ан", "ена", "ана", "ено", "ано", "ены", "аны", "ято", "ито", "уто", "ото", "ыто", // «приведен», «прийнято»: a short participle as the predicate
		"ав", "ив", "ів", "ув", "ться", "є", "ють", "ять"),
	vlDE: newVerbTable(4,
		"ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte konnten muss müssen musste soll sollen sollte "+
			"will wollen wollte darf gibt gab geht ging kommt kam sagt sagte steht stand liegt lag bleibt blieb sei seien wäre hätte würde",
		"te", "ten", "t"),
	vlFR: newVerbTable(4,
		"est sont était étaient a ont avait avaient sera seront serait fait font va vont peut peuvent doit doivent dit disent "+
			"faut y ne n se s il elle ils elles on",
		"ait", "aient", "era", "eront", "ira", "iront", "èrent"),
	vlES: newVerbTable(4,
		"es son era eran fue fueron será serán sería está están estaba estaban estuvo ha han había habían habrá hay hubo "+
			"tiene tienen tenía dijo dice dicen puede pueden pudo debe deben va van hace hacen hizo se",
		"ó", "aron", "ieron", "aba", "aban", "ían", "ará", "erá", "irá", "arán", "erán", "irán"),
	vlPT: newVerbTable(4,
		"é são foi foram era eram será serão seria está estão estava estavam esteve tem têm tinha há houve "+
			"disse diz dizem pode podem pôde deve devem vai vão faz fazem fez se",
		"ou", "aram", "eram", "iram", "iu", "ava", "avam", "ará", "erá", "irá", "arão", "erão", "irão"),
	vlIT: newVerbTable(4,
		"è sono era erano fu furono sarà saranno sarebbe ha hanno aveva avevano ci si dice dicono disse può possono deve devono "+
			"va vanno fa fanno fece sta stanno",
		"ò", "ava", "avano", "eva", "evano", "iva", "ivano", "erà", "irà", "ono"),
	vlTR: newVerbTable(4,
		"var yok değil oldu olur olacak",
		"yor", "yordu", "dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "acak", "ecek", "mış", "miş", "muş", "müş",
		"dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür", "ır", "ir", "ur", "ür", "ar", "er"),
}

// deNotVerbs are German lower-case words in -t or -te that are no verbs.
var deNotVerbs = map[string]bool{
	"nicht": true, "seit": true, "jetzt": true, "bereits": true, "erst": true, "heute": true, "meist": true,
	"fast": true, "erste": true, "letzte": true, "zweite": true, "dritte": true, "beste": true, "mitte": true,
}

// enDeterminers are words after which an English word in -s is a plural
// noun rather than a verb ("the talks", "two reports"), and function words
// that follow a plural noun without being its verb ("protesters outside").
var enDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true, "your": true, "my": true,
	"these": true, "those": true, "of": true, "in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true,
	"to": true, "and": true, "or": true, "many": true, "some": true, "all": true, "two": true, "three": true, "four": true, "five": true,
	"several": true, "new": true, "more": true, "other": true, "few": true, "most": true, "both": true, "no": true, "during": true,
	"into": true, "onto": true, "over": true, "under": true, "near": true, "outside": true, "inside": true, "after": true, "before": true,
	"since": true, "until": true, "about": true, "against": true, "among": true, "between": true, "through": true, "across": true,
	"behind": true, "beyond": true, "around": true, "along": true, "amid": true, "without": true, "within": true, "but": true, "as": true,
	"than": true, "this": true, "whose": true, "where": true, "when": true, "while": true,
	"also": true, "including": true, "such": true, "up": true, "down": true, "off": true, "out": true, "via": true, "per": true,
}

// romanceFunction are articles, prepositions and conjunctions of French,
// Spanish, Portuguese and Italian: no verbs, whatever their ending.
var romanceFunction = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(
		"le la les l un une des du de d au aux et ou à en dans sur sous pour par avec sans devant derrière entre contre vers chez lors pendant après avant près face " +
			"el los las una unos unas del al y o con sin para sobre bajo ante tras hacia hasta desde durante frente mientras junto cerca " +
			"a os as um uma uns umas do da dos das no na nos nas em com sem pelo pela perante diante " +
			"il lo i gli uno di della dei delle degli dello alla ai agli alle nel nella nei negli nelle sul sulla senza tra fra su dal dalla davanti presso verso dopo accanto " +
			"this questa questo cette ce ces este esta estos estas esse essa") {
		m[w] = true
	}
	return m
}()

// romancePresent are endings of the present tense in the four Romance
// languages ("annonce", "anuncia", "annunciano"); romanceNotVerb are
// endings of participles and adverbs that share them.
var (
	romancePresent = []string{"a", "e", "an", "en", "ent", "am", "em", "ano", "ono"}
	romanceNotVerb = []string{"ada", "ado", "ida", "ido", "ata", "ato", "ita", "ito", "ída", "ée", "ant", "ante", "ente", "mente", "ment"}
)

// romanceSubjectVerb reports whether a Romance sentence opens with a
// subject (capitalised words, or an article and a word) followed by a
// lower-case word in a present tense's ending: "Le gouvernement annonce
// …", "Macron annonce …", "Il governo annuncia …".
func romanceSubjectVerb(s string) bool {
	subj, det := false, false
	for n, f := range strings.Fields(s) {
		if n > 5 {
			return false
		}
		f = strings.Trim(f, "\"'«»“”‘’,.:;()")
		if i := strings.IndexAny(f, "'’"); i >= 0 {
			_, sz := utf8.DecodeRuneInString(f[i:])
			f = f[i+sz:] // "l'Assemblée": the word after the article
		}
		if f == "" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(f)
		lower := strings.ToLower(f)
		switch {
		case n == 0 && romanceFunction[lower]:
			det = true
		case unicode.IsUpper(r):
			subj = true
		case !subj && det:
			subj = true // the noun after the article
		case !subj || romanceFunction[lower] || utf8.RuneCountInString(f) < 4:
			return false
		default:
			for _, e := range romanceNotVerb {
				if strings.HasSuffix(lower, e) {
					return false
				}
			}
			for _, e := range romancePresent {
				if strings.HasSuffix(lower, e) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// enPluralWords are English plurals without -s.
var enPluralWords = map[string]bool{"people": true, "children": true, "police": true, "men": true, "women": true}

// enPlural reports whether an English word (lower-cased) of four or more
// letters ends in a plural's -s ("talks", not "press", "status", "crisis").
func enPlural(w []byte) bool {
	return len(w) >= 4 && w[len(w)-1] == 's' && !bytesHasSuffix(w, "ss") && !bytesHasSuffix(w, "us") && !bytesHasSuffix(w, "is")
}

func bytesHasSuffix(w []byte, suf string) bool {
	return len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf
}

// hasVerbCue reports whether s holds a word that reads as a finite verb in
// language l's table.
func hasVerbCue(s string, l verbLang) bool {
	t := &verbTables[l]
	if (l == vlFR || l == vlES || l == vlPT || l == vlIT) && romanceSubjectVerb(s) {
		return true
	}
	var buf [64]byte
	havePrev, prevDet, prevPlural := false, false, false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			if strings.ContainsRune(".;:!?()", r) {
				havePrev, prevPlural = false, false // a clause ends at punctuation; quotation marks and commas go on
			}
			if l == vlRU && (r == '—' || r == '–' || r == '-') && i > 0 && s[i-1] == ' ' && i+n < len(s) && s[i+n] == ' ' {
				return true // «Путин — президент …»: the dash stands for the verb
			}
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		word := s[i:j]
		upper := unicode.IsUpper(r)
		i = j
		if len(word) > len(buf)-4 {
			havePrev, prevPlural = false, false
			continue
		}
		w := buf[:0]
		letters := 0
		for _, c := range word {
			w = utf8.AppendRune(w, unicode.ToLower(c))
			letters++
		}
		if t.words[string(w)] {
			return true
		}
		if letters >= t.minLen {
			for _, e := range t.endings {
				if len(w) > len(e) && string(w[len(w)-len(e):]) == e {
					switch {
					case l == vlDE && (upper || deNotVerbs[string(w)]):
						// A German capitalised word is a noun.
					case l == vlEN && (upper || prevDet):
						// "A closed sign", "the injured": an adjective.
					case l == vlTR && (strings.HasSuffix(string(w), "ler") || strings.HasSuffix(string(w), "lar")):
						// A plural noun, not an aorist.
					case l == vlRU && ruAgentPlural(w):
						// «жители», «водители»: nouns of agent, not past plurals.
					case l == vlRU && upper && havePrev:
						// A capitalised word inside a clause is a name
						// («речника Ярослава Тракала»), not a verb in the
						// past; a verb opens a sentence in capitals only.
					default:
						return true
					}
				}
			}
			if l == vlEN && !upper && enPlural(w) && havePrev && !prevDet {
				return true // "Apple launches …": a verb in -s after its subject
			}
		}
		if l == vlEN && !upper && letters >= 3 && prevPlural && !enDeterminers[string(w)] && !bytesHasSuffix(w, "ing") && !bytesHasSuffix(w, "ly") {
			return true // "Protesters hold …", "The measures target …": a verb after a plural subject
		}
		// After a determiner, or after an English participle in -ing
		// ("holding banners"), a word is a noun.
		det := enDeterminers[string(w)] || l == vlEN && bytesHasSuffix(w, "ing")
		prevPlural = l == vlEN && !det && (enPlural(w) || enPluralWords[string(w)])
		havePrev, prevDet = true, det
	}
	return false
}

// isVerblessLead reports whether sentence s (text, once trimmed), the
// first candidate of a summary, is a short paragraph of its own without a
// finite verb, below the body's first paragraph (a feed's standfirst
// written as a headline, "Third delay in a month for …", opens the body
// and stays) and above a paragraph of text that has one, a credit or a
// byline between them passed over: a caption, a list of names or a
// heading, not the story's lead. A question, an exclamation or a line
// ending on a colon speaks to the reader and is left to other rules.
func (d *doc) isVerblessLead(s sentence, text string) bool {
	l := verbLangOf(d.lang, d.ru)
	if l == vlNone {
		return false
	}
	p := d.paras[s.para]
	if s.para == 0 || s.s != p.s || strings.TrimSpace(d.body[s.e:p.e]) != "" || countWordsUpTo(text, 26) > 25 || strings.HasSuffix(text, ":") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!") {
		return false
	}
	next := int(s.para) + 1
	for next < len(d.paras) && next <= int(s.para)+2 && (d.paras[next].kind == pCredit || d.paras[next].kind == pByline) {
		next++
	}
	if next >= len(d.paras) || d.paras[next].kind != pText || hasVerbCue(text, l) {
		return false
	}
	nt := d.body[d.paras[next].s:d.paras[next].e]
	if len(nt) > 400 {
		nt = nt[:400]
	}
	return hasVerbCue(nt, l)
}
