package analyze

import "strings"

// Polish and Finnish decline a town's name, and their local news names its
// town only so: "w Głogowie", "z Krakowa", "we Wrocławiu", "Tampereella",
// "Oulussa", "Helsingissä". The town tables hold the nominative (Głogów,
// Tampere), so a capitalised word of such text that the tables lack is
// read again as the nominative its ending makes of it (townCaseRules), and
// counts as the town when the tables have that name (one word long: a
// phrase's last word carries the ending). A form read so is a town
// like any other: capitalised, no person's name, only in a story that names
// no country by its own words.

// townCase turns the ending end of a declined word into the nominative's
// ending nom: "owie" of Głogowie into "ów".
type townCase struct{ end, nom string }

// townCaseRules are the endings of each language's cases that town names
// take, longest first within a language, each with the nominative ending it
// replaces. Polish: locative, genitive, instrumental and dative of the
// masculine -ów (Krakowie, Krakowa, Krakowem) and soft -ń (Poznaniu)
// towns, of the consonant ones (Wrocławiu, Lublinie, Gdańsku, Bydgoszczy)
// and of the feminine -a and -ia ones (Warszawie, Warszawy, Gdyni) and the
// neuter -o ones (Opolu, Gnieźnie aside). Finnish: the local cases and the
// genitive (Tampereella, Oulussa, Tampereen, Vantaalta); a stem whose
// vowel the case lengthened (Tamperee-) loses it, and a stem that shows
// the weak grade of nk (Helsingi-) is tried with the strong one.
var townCaseRules = map[string][]townCase{
	"pl": {
		{"owowi", "ów"}, {"owie", "ów"}, {"owem", "ów"}, {"owa", "ów"}, {"owi", "ów"},
		{"niem", "ń"}, {"niu", "ń"}, {"nia", "ń"},
		{"iem", ""}, {"ie", "a"}, {"ie", ""}, {"iu", ""}, {"ia", ""}, {"ię", "ia"}, {"ią", "ia"}, {"i", "ia"}, {"i", "a"},
		{"em", ""}, {"ę", "a"}, {"ą", "a"}, {"y", "a"}, {"y", ""}, {"u", ""}, {"u", "o"}, {"a", ""}, {"a", "o"},
	},
	"fi": {
		{"ssa", ""}, {"ssä", ""}, {"sta", ""}, {"stä", ""}, {"lla", ""}, {"llä", ""}, {"lta", ""}, {"ltä", ""},
		{"lle", ""}, {"ksi", ""}, {"n", ""},
	},
}

// townCaseForm returns the id of the town a declined word w of text in
// lang names (townCaseRules), 0 for none. w is lower case, as the index
// holds its names.
func (ti *townIndex) townCaseForm(lang string, w []byte) uint32 {
	rules := townCaseRules[lang]
	if rules == nil || len(w) < 5 {
		return 0
	}
	var buf [64]byte
	for _, r := range rules {
		stem, ok := strings.CutSuffix(string(w), r.end)
		if !ok || len(stem) < 3 {
			continue
		}
		if id := ti.townWord(append(append(buf[:0], stem...), r.nom...)); id != 0 {
			return id
		}
		if lang != "fi" {
			continue
		}
		// A lengthened stem vowel (Tamperee-lla), the weak grade of nk
		// (Helsingi-ssä).
		if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] && strings.IndexByte("aeiouy", stem[n-1]) >= 0 {
			if id := ti.townWord([]byte(stem[:n-1])); id != 0 {
				return id
			}
		}
		if i := strings.LastIndex(stem, "ng"); i > 0 {
			if id := ti.townWord([]byte(stem[:i] + "nk" + stem[i+2:])); id != 0 {
				return id
			}
		}
	}
	return 0
}

// townWord returns the id of w in the index when a one-word town of the
// index is named so, 0 otherwise.
func (ti *townIndex) townWord(w []byte) uint32 {
	id := ti.word(w)
	if id == 0 || int(id) >= len(ti.lex.heads) {
		return 0
	}
	for _, ci := range ti.lex.heads[id] {
		if len(ti.lex.entries[ci].words) == 1 {
			return id
		}
	}
	return 0
}

// caseLang returns the language of d whose town names take case endings
// (townCaseRules), "" for none.
func (d *doc) caseLang() string {
	lang := d.lang
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		lang = lang[:i]
	}
	if _, ok := townCaseRules[lang]; ok {
		return lang
	}
	return ""
}
