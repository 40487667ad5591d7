package analyze

import (
	"slices"
	"strings"

	"github.com/newsbot/newsbot/internal/news"
)

// The outlet's home country is the weakest evidence of all: a reader of a
// local paper knows which country a story about "the council" or "the
// A4 near Kassel" happened in, though the story never says. It comes from
// the feed's country hint (Input.HomeCountry) or, without one, from the
// country-code top-level domain of the article's address (homeCountry). It
// decides the primary country only when the headline and the body name no
// country at all, by any means (names, capitals, demonyms, regions, towns,
// bodies: see homeFallback); a story that names one keeps its countries.

// homeScore is the score a country gets from being the outlet's home alone:
// a lone country's minimum (loneMin), below any that text named twice.
const homeScore = loneMin

// genericTLDs are country-code top-level domains that the web uses as
// generic ones (Google's list of "generic ccTLDs" and the free Freenom
// zones): a site on .tv, .io or .fm says nothing about where it is. Bare
// .co is Colombia's only under a second level (.com.co), and .su names no
// country of today. Left as their countries, by choice: .am (Armenian news
// sites use it far more than radio stations do), .md, .cd, .is, .ps.
var genericTLDs = map[string]bool{
	"ac": true, "ad": true, "ag": true, "ai": true, "as": true, "bz": true, "cc": true, "cf": true, "co": true,
	"cx": true, "dj": true, "fm": true, "ga": true, "gg": true, "gl": true, "gq": true, "gs": true, "io": true,
	"la": true, "ly": true, "me": true, "ml": true, "ms": true, "nu": true, "pw": true, "sc": true, "sh": true,
	"so": true, "sr": true, "st": true, "tk": true, "tm": true, "to": true, "tv": true, "vc": true, "vg": true,
	"ws": true,
}

// homeCountry returns the outlet's home country: the feed's hint when it is
// a known code, else the country of the address's country-code top-level
// domain ("www.faz.de" DE, "g1.globo.com.br" BR, "bbc.co.uk" GB), else "".
// Generic domains (.com, .org, .net, …) and the generic uses of ccTLDs
// (genericTLDs) give none, and neither does a page of the outlet's world
// section (worldSection).
func homeCountry(hint, rawURL string) string {
	if worldSection(rawURL) {
		return ""
	}
	if hint != "" {
		if c, ok := news.CountryByCode(hint); ok {
			return c.Code
		}
	}
	host := urlHost(rawURL)
	dot := strings.LastIndexByte(host, '.')
	if dot < 0 || len(host)-dot != 3 {
		return ""
	}
	tld := host[dot+1:]
	if genericTLDs[tld] {
		// A second level under .co names Colombia: "eltiempo.com.co".
		if tld != "co" || !hasSecondLevel(host[:dot]) {
			return ""
		}
	}
	return tldCountry[tld]
}

// tldCountry maps a country-code top-level domain to its country: the
// alpha-2 code in lower case, and "uk" for the United Kingdom (GB).
var tldCountry = func() map[string]string {
	m := map[string]string{"uk": "GB"}
	for _, c := range news.Countries() {
		m[strings.ToLower(c.Code)] = c.Code
	}
	return m
}()

// worldSections are the names outlets give the section of foreign news in
// their addresses: a page there ("/world/", "/news/world-us-canada-123",
// "/ausland/", "/v-mire/") is not home news, whatever its outlet's country.
var worldSections = map[string]bool{
	"world": true, "worldnews": true, "world-news": true, "international": true, "internacional": true,
	"internazionale": true, "internationale": true, "welt": true, "ausland": true, "monde": true,
	"mundo": true, "mondo": true, "esteri": true, "estero": true, "dunya": true, "svit": true,
	"mir": true, "v-mire": true, "abroad": true, "foreign": true, "za-rubezhom": true,
}

// worldSection reports whether the path of rawURL has a segment naming the
// outlet's world section, in any case, or beginning with "world-" (the
// BBC's "world-middle-east"). It does not allocate.
func worldSection(rawURL string) bool {
	_, rest, ok := strings.Cut(rawURL, "://")
	if !ok {
		return false
	}
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return false
	}
	path := rest[i+1:]
	if j := strings.IndexAny(path, "?#"); j >= 0 {
		path = path[:j]
	}
	var low [16]byte
	for path != "" {
		seg, more, _ := strings.Cut(path, "/")
		path = more
		if len(seg) < 3 {
			continue
		}
		if len(seg) >= 6 && strings.EqualFold(seg[:6], "world-") {
			return true
		}
		if len(seg) > len(low) {
			continue
		}
		for i := 0; i < len(seg); i++ {
			c := seg[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			low[i] = c
		}
		if worldSections[string(low[:len(seg)])] {
			return true
		}
	}
	return false
}

// hasSecondLevel reports whether host (without its top-level domain) ends
// in a generic second level of a ccTLD ("….com", "….gov").
func hasSecondLevel(host string) bool {
	i := strings.LastIndexByte(host, '.')
	switch host[i+1:] {
	case "com", "gov", "org", "net", "edu":
		return i >= 0
	}
	return false
}

// urlHost returns the lower-case host of an absolute URL without port or
// trailing dot, "" when rawURL has none. It does not allocate for an
// address already in lower case.
func urlHost(rawURL string) string {
	_, rest, ok := strings.Cut(rawURL, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if i := strings.LastIndexByte(rest, ':'); i >= 0 && !strings.Contains(rest[i:], "]") {
		rest = rest[:i]
	}
	rest = strings.TrimSuffix(rest, ".")
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(rest)
		}
	}
	return rest
}

// homeTopics are the topics of home news: public life where the outlet is
// (councils and budgets, police and courts, roads, fires and floods). A
// story of none of them (a health tip, a film star, the year in world
// sport) that names no place is about no country, not the outlet's.
var homeTopics = map[news.Topic]bool{
	news.TopicPolitics: true, news.TopicEconomy: true, news.TopicSecurity: true, news.TopicJustice: true,
	news.TopicTransport: true, news.TopicDisasters: true,
}

// awayTopics are topics of stories that need not happen anywhere in
// particular (a game, a gadget, a film, a match abroad, a medical study): a
// story of one of them is not taken for home news, whatever else it is.
var awayTopics = map[news.Topic]bool{
	news.TopicTechnology: true, news.TopicCulture: true, news.TopicSport: true, news.TopicHealth: true,
}

// localLeagueWords are the names of the lowest leagues of amateur sport,
// which play where their outlet is: a story of one is home news though
// sport is not (a district league's coach, a county cup's final). Words of
// the text, lower-cased; a phrase's words are joined by a space.
var localLeagueWords = map[string]bool{
	"kreisliga": true, "kreisklasse": true, "kreisoberliga": true, "bezirksliga": true, "bezirksklasse": true,
	"landesliga": true, "verbandsliga": true, "eccellenza": true, "promozione": true, "prima categoria": true,
	"seconda categoria": true, "départementale": true, "amatör": true, "bölgesel amatör": true,
	"süper amatör": true, "первенство области": true, "первенство района": true, "первенства области": true,
	"первенства района": true, "чемпионат области": true, "чемпионата области": true, "чемпіонат області": true,
	"чемпіонату області": true, "county league": true, "sunday league": true,
}

// hasLocalLeague reports whether the title or body names a league of
// localLeagueWords. It reads only stories of sport that name no country,
// the home country's last case.
func (d *doc) hasLocalLeague() bool {
	var buf [64]byte
	for _, toks := range [...][]token{d.ttoks, d.btoks} {
		for i := range toks {
			w := d.norm[toks[i].ns:toks[i].ne]
			if localLeagueWords[string(w)] {
				return true
			}
			if i+1 < len(toks) && adjacent(toks, i+1) && len(w)+1 < len(buf) {
				u := d.norm[toks[i+1].ns:toks[i+1].ne]
				if len(w)+1+len(u) <= len(buf) {
					p := append(append(append(buf[:0], w...), ' '), u...)
					if localLeagueWords[string(p)] {
						return true
					}
				}
			}
		}
	}
	return false
}

// homeSportOnly reports whether a story of sport (topics) named countries
// only as its players' nationalities, a demonym before a name («el
// paraguayo Roberto Ovelar», "le Norvégien Boe": see demonymNamesPerson).
// A club's foreign players, and the foreign rivals of the outlet's own
// athletes, are named so in a story told from home; a match abroad names
// its venue. Such a story is the home side's: the outlet's country is
// primary and the players' countries are not.
func (d *doc) homeSportOnly(out []news.CountryScore, topics []news.TopicScore) bool {
	if !d.personNat || d.otherNamed {
		return false
	}
	for _, c := range out {
		if !slices.Contains(d.personCodes[:d.nPersonCodes], c.Code) {
			return false // named by a town, a body or a region
		}
	}
	for _, t := range topics {
		if t.Topic == news.TopicSport {
			return true
		}
	}
	return false
}

// homeFallback makes the outlet's home country the primary country of a
// story of home news (homeTopics) whose text named no country by any
// means: out is empty. A story of sport is home news when it names a
// local league (league, see hasLocalLeague). It returns out unchanged
// otherwise, and when home is "".
func homeFallback(out []news.CountryScore, home string, topics []news.TopicScore, league func() bool, ex *Explanation) []news.CountryScore {
	if home == "" || len(out) != 0 {
		return out
	}
	homeNews := false
	for _, t := range topics {
		if t.Topic == news.TopicSport && league != nil && league() {
			homeNews = true
			continue
		}
		if awayTopics[t.Topic] {
			return out
		}
		homeNews = homeNews || homeTopics[t.Topic]
	}
	if !homeNews {
		return out
	}
	out = append(out, news.CountryScore{Code: home, Score: homeScore, Primary: true})
	if ex != nil {
		ex.Countries = append(ex.Countries, ExplainedCountry{Code: home, Score: homeScore, Primary: true,
			Terms: []Term{{Term: "the outlet's country (home)", Count: 1}}})
	}
	return out
}
