package analyze

import (
	"strings"

	"github.com/newsbot/newsbot/internal/news"
)

// Local news names the bodies of local government (a town council, a
// mayor, a city's school board, a Gemeinderat, an Ayuntamiento, a Câmara
// Municipal, a міська рада) and seldom its country: its readers know
// where they are. A story that names no country by any means and names
// such a body is the outlet's home news, whatever its topic (a council's
// sports ground and a mayor's school budget included); one that names
// only its home country's towns is about that country too (a lone country
// the text names is primary, or, named once deep in it, made so here).
// Where the address names no country (a
// .com, a blog), the body itself can: one only one country has (a
// Spanish concejalía, a Belarusian горисполком), else the language, when
// one country writes nearly all the local news in it. A story that names
// another country keeps its countries: the home country is never weighed
// against a country the text names.

// localBodyWords are the words and phrases of local government, lower
// case, a phrase's words joined by one space (up to three words). A word
// ending in "*" is a prefix of one word (German compounds such as
// "Gemeinderatssitzung", Turkish cases such as "belediyesinin"). The
// bodies of one country's local government alone (code) name that
// country's local news where the outlet's address names none (a .com, a
// blog): a Spanish concejalía, a Brazilian prefeitura, an American board
// of supervisors, a Belarusian исполком, a Kazakh акимат. Names several
// countries share (mayor, Ayuntamiento, Gemeinderat, Câmara Municipal,
// мэр, school board) have none.
var localBodyWords = [...]struct{ code, words string }{
	{"", "city council|town council|county council|borough council|parish council|district council|" +
		"city councillors|city councillor|councillor|councillors|council member|council members|school board|" +
		"mayor|city hall|town hall|township"},
	{"US", "city councilors|city councilor|councilman|councilwoman|councilmember|board of education|" +
		"school district|board of supervisors|county commissioners|county commission|selectmen|select board"},
	{"", "горсовет*|сельсовет*|райсовет*|гордум*|городской думы|городская дума|городской думе|районной думы|" +
		"глава города|главы города|главой города|глава района|главы района|главой района|администрации города|" +
		"администрация города|администрацию города|администрации района|администрация района|мэр|мэра|мэру|" +
		"мэром|мэрия|мэрии|мэрию|муниципальн*|города и района|городе и районе|город и район"},
	{"RU", "сельского поселения|сельское поселение|городского округа|городской округ|муниципального округа"},
	{"BY", "горисполком*|райисполком*|облисполком*|сельисполком*|мингорисполком*"},
	{"KZ", "акимат*|әкім*"},
	{"", "міська рада|міської ради|міську раду|міській раді|сільська рада|сільської ради|селищна рада|" +
		"селищної ради|міський голова|міського голови|міським головою|сільський голова|сільського голови|" +
		"селищний голова|міськради|міськрада|виконком*"},
	{"UA", "отг|територіальної громади|територіальна громада|територіальну громаду"},
	{"", "gemeinderat*|gemeinderät*|stadtrat*|stadträt*|bürgermeister*|oberbürgermeister*|rathaus*|" +
		"stadtverwaltung*|gemeindeverwaltung*|marktgemeinderat*"},
	{"DE", "kreistag*|ortschaftsrat*|ortsbeirat*|ortsgemeinderat*|stadtverordnet*|bezirksausschuss*|verbandsgemeinde*"},
	{"AT", "bezirkshauptmannschaft*|landeshauptmann*|landeshauptfrau*"},
	{"CH", "gemeindepräsident*|stadtpräsident*|einwohnerrat*|grosser rat|gemeindeversammlung*"},
	{"", "conseil municipal|conseillers municipaux|conseiller municipal|conseillère municipale|maire|mairie|" +
		"hôtel de ville"},
	{"FR", "communauté de communes|communauté d'agglomération|conseil communautaire|intercommunalité|" +
		"conseil départemental"},
	{"", "ayuntamiento|concejal|concejala|concejales|alcalde|alcaldesa|municipalidad|regidor|regidores|" +
		"concejo municipal|cabildo"},
	{"ES", "concejalía|concejalías|pleno municipal|corporación municipal|junta de gobierno local|" +
		"diputación provincial|consistorio"},
	{"MX", "presidente municipal|presidenta municipal"},
	{"AR", "concejo deliberante|intendente municipal"},
	{"", "câmara municipal|vereador|vereadora|vereadores"},
	{"BR", "prefeito|prefeita|prefeitura|prefeituras"},
	{"PT", "junta de freguesia|freguesia|freguesias|concelho|assembleia municipal|presidente da câmara|autarquia"},
	{"", "consiglio comunale|consiglieri comunali|consigliere comunale|sindaco|sindaca|giunta comunale|" +
		"assessore comunale|amministrazione comunale"},
	{"", "belediye*|muhtar|muhtarı|muhtarlar*|muhtarlığ*|muhtarlık*|kaymakam*|il genel meclisi"},
}

// localBody is an entry of localBodyWords: its country, "" for a body
// several countries have.
type localBody struct{ code string }

// localBodies holds localBodyWords' whole words and phrases,
// localPhraseStarts the first words of its phrases, localBodyPrefixes its
// prefixes; localBodyPairs holds the first two bytes of every entry, the
// cheap test in front of the lookups, and localPrefixPairs those of the
// prefixes alone.
var localBodies, localPhraseStarts, localBodyPrefixes, localBodyPairs, localPrefixPairs = func() (map[string]localBody, map[string]bool, []localPrefix, *bytePairs, *bytePairs) {
	m, starts := map[string]localBody{}, map[string]bool{}
	var pre []localPrefix
	var all, prefixes []string
	for _, l := range localBodyWords {
		for _, w := range strings.Split(l.words, "|") {
			all = append(all, w)
			if p, ok := strings.CutSuffix(w, "*"); ok {
				pre = append(pre, localPrefix{p, l.code})
				prefixes = append(prefixes, p)
				continue
			}
			m[w] = localBody{l.code}
			if first, _, ok := strings.Cut(w, " "); ok {
				starts[first] = true
			}
		}
	}
	return m, starts, pre, newBytePairs(all), newBytePairs(prefixes)
}()

// localPrefix is a prefix entry of localBodyWords.
type localPrefix struct{ prefix, code string }

// localBodyIn reports whether the title or the body names a body of local
// government (localBodyWords) and, when every such body it names that one
// country alone has is that country's, the country ("" otherwise). It
// reads only stories that name no country but their outlet's own, the
// home country's last cases.
func (d *doc) localBodyIn() (found bool, code string) {
	var buf [96]byte
	clash := false
	note := func(c string) {
		found = true
		switch {
		case c == "" || c == code:
		case code == "":
			code = c
		default:
			clash = true
		}
	}
	for _, toks := range [...][]token{d.ttoks, d.btoks} {
		for i := range toks {
			w := d.norm[toks[i].ns:toks[i].ne]
			if len(w) < 2 {
				continue
			}
			k := uint(w[0])<<8 | uint(w[1])
			if localBodyPairs[k/64]&(1<<(k%64)) == 0 {
				continue // most words: no entry opens so
			}
			if b, ok := localBodies[string(w)]; ok {
				note(b.code)
			}
			if localPrefixPairs[k/64]&(1<<(k%64)) != 0 {
				for _, p := range localBodyPrefixes {
					if len(w) >= len(p.prefix) && string(w[:len(p.prefix)]) == p.prefix {
						note(p.code)
					}
				}
			}
			if !localPhraseStarts[string(w)] {
				continue // no phrase opens with w
			}
			p := append(buf[:0], w...)
			for j := i + 1; j < len(toks) && j <= i+2 && adjacent(toks, j); j++ {
				u := d.norm[toks[j].ns:toks[j].ne]
				if len(p)+1+len(u) > len(buf) {
					break
				}
				p = append(append(p, ' '), u...)
				if b, ok := localBodies[string(p)]; ok {
					note(b.code)
				}
			}
		}
	}
	if clash {
		code = ""
	}
	return found, code
}

// hasLocalBody reports whether the title or the body names a body of
// local government (localBodyIn).
func (d *doc) hasLocalBody() bool {
	found, _ := d.localBodyIn()
	return found
}

// langHomes are the languages whose news is, but for a small share, the
// news of one country: a local story in Ukrainian, Turkish or Italian on a
// site whose address names no country (a .com, a blog) is that country's.
// Languages that several countries write their news in (English, Russian,
// Spanish, Portuguese, French, German) give none.
var langHomes = map[string]string{"uk": "UA", "tr": "TR", "it": "IT"}

// langHome returns the country of d's language (langHomes), "" for none.
func (d *doc) langHome() string {
	lang := d.lang
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		lang = lang[:i]
	}
	return langHomes[lang]
}

// onlyHome reports whether every country out scores is home, and none is
// primary: a story that names its home towns once each, below a primary's
// score.
func onlyHome(out []news.CountryScore, home string) bool {
	if len(out) == 0 {
		return false
	}
	for _, c := range out {
		if c.Code != home || c.Primary {
			return false
		}
	}
	return true
}

// applyHome decides what the outlet's home country adds to out, the
// countries the text named; it adds nothing to a story that names one. With
// a home country known (homeCountry) it is primary in a story of home news
// by homeFallback's topics, or whatever its topic when the story names a
// body of local government (hasLocalBody). Without one, a story that names
// a body of local government takes the country of the one country's bodies
// it names (localBodyWords), else its language's country (langHomes).
// A story whose only country is home, not primary (its home towns named
// once each, deep in it: onlyHome), has home made primary, whatever its
// topic.
func applyHome(out []news.CountryScore, d *doc, topics []news.TopicScore, ex *Explanation) []news.CountryScore {
	home, term := d.home, "the outlet's country (home)"
	if home == "" {
		if len(out) != 0 {
			return out
		}
		found, code := d.localBodyIn()
		if !found {
			return out
		}
		home, term = code, "a body of one country's local government (home)"
		if home == "" {
			home, term = d.langHome(), "the language's country, local news (home)"
		}
		if home == "" {
			return out
		}
	} else {
		if onlyHome(out, home) {
			out[0].Primary = true
			if ex != nil {
				for i := range ex.Countries {
					if ex.Countries[i].Code == home {
						ex.Countries[i].Primary = true
						ex.Countries[i].Terms = append(ex.Countries[i].Terms, Term{Term: term, Count: 1})
					}
				}
			}
			return out
		}
		if len(out) != 0 && d.homeSportOnly(out, topics) {
			for i := range out {
				out[i].Primary = false
			}
			if ex != nil {
				for i := range ex.Countries {
					ex.Countries[i].Primary = false
				}
			}
			term = "the outlet's country, its players' nationalities named (home)"
		} else if len(out) != 0 {
			return out
		} else if out = homeFallback(out, home, topics, d.hasLocalLeague, ex); len(out) != 0 || !d.hasLocalBody() {
			return out
		}
	}
	out = append(out, news.CountryScore{Code: home, Score: homeScore, Primary: true})
	if ex != nil {
		ex.Countries = append(ex.Countries, ExplainedCountry{Code: home, Score: homeScore, Primary: true,
			Terms: []Term{{Term: term, Count: 1}}})
	}
	return out
}

// learnedHome returns home, the outlet's country from its feed's hint or
// its address, else the country the running bot learned its feed's stories
// are mostly about (Input.LearnedCountry) when it is a known code and the
// page is not of the outlet's world section. The address ranks above the
// learned country: a .de site writing mostly of America is still German.
func learnedHome(home, learned, rawURL string) string {
	if home != "" || learned == "" || worldSection(rawURL) {
		return home
	}
	if c, ok := news.CountryByCode(learned); ok {
		return c.Code
	}
	return ""
}
