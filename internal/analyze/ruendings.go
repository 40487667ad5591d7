package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Russian words change their ending with grammatical case and number:
// «Казахстан», «из Казахстана», «с Токаевым», «на выборах». ruParadigms is
// the one table of those endings. Everything else is read from it:
//
//   - ruNounForms, ruCommonNounForms, ruSurnameForms and ruAdjectiveForms
//     go from a nominative to its case forms (gazetteer, persons, keywords);
//   - RuNominatives goes back from an inflected form to the nominatives it
//     may stand for (the bot's country and topic names, keywords);
//   - ruNounEndings, ruAdjEndings and ruPhraseHeadEndings are the endings a
//     topic stem marked "~" takes;
//   - ruNameEndings are the endings cut from a name before its skeleton is
//     made (Рахмоном → Рахмон) to compare it across alphabets.
//
// Forms are generated rather than stems matched: a stemmer reduces Грузия
// to "груз" (cargo). The rows may over-generate a rare form, never leave out
// a common one.

// ruUse says which rules read a paradigm.
type ruUse uint16

const (
	// ruName: ruNounForms, the names of countries, places and people, in
	// the singular (or the plural of plural names).
	ruName ruUse = 1 << iota
	// ruCommon: ruCommonNounForms, what common nouns add to names: the
	// cases of nouns in -о and -е (names in -о and -е do not decline) and
	// plurals.
	ruCommon
	// ruSurname: ruSurnameForms.
	ruSurname
	// ruAdj marks an adjective's row; ruAdjective one whose forms
	// ruAdjectiveForms gives (the hard adjectives: the soft ones, rare in
	// names, keep their given form there).
	ruAdj
	ruAdjective
	// ruRead: RuNominatives reads an inflected form back to the
	// nominative. Rows left out would read too much: a consonant noun's
	// plural («выборы» is no form of «выбор»), a surname's cases.
	ruRead
	// ruStem: the endings a topic stem takes: nouns' (ruNounEndings) or
	// adjectives' (ruAdjEndings).
	ruStem
	// ruHead: a noun row whose endings a phrase's head noun takes too
	// (ruPhraseHeadEndings; the soft-sign rows are left out to keep the
	// phrase set small).
	ruHead
)

// ruParadigm is one declension: a word whose nominative ends in one of nom,
// right after one of after (when set), takes the endings of forms in place
// of that nominative ending. forms lists the nominative ending first, then
// the other forms in the order the generators give them (a plural row
// lists the plural's); the spelling rule (ы
// written и after г к х ж ш ч щ) is applied when a form is made. sib are
// further endings after ж ш ч щ ц, where an unstressed о is written е
// (Чечнёй / Гущей, плющом / плющем).
type ruParadigm struct {
	use   ruUse
	nom   []string
	after []string
	forms []string
	sib   []string
}

// Letters for ruParadigm.after.
var (
	ruConsonants   = strings.Split("б в г д ж з к л м н п р с т ф х ц ч ш щ", " ")
	ruVowelsIndecl = strings.Split("о е и у ю э", " ")
)

// ruParadigms is the table. Within the rows of one use, the first row that
// fits a word decides its forms.
var ruParadigms = []ruParadigm{
	// Nouns: names and common nouns alike.
	{use: ruName | ruRead | ruStem | ruHead, nom: []string{"ия"}, // Россия
		forms: []string{"ия", "ии", "ию", "ией", "иею"}},
	{use: ruName | ruRead, nom: []string{"я"}, after: []string{"е"}, // Корея: Корее
		forms: []string{"я", "и", "ю", "ей", "ею", "е"}},
	{use: ruName | ruRead | ruStem | ruHead, nom: []string{"я"}, // Кения, неделя
		forms: []string{"я", "и", "е", "ю", "ей", "ею"}},
	{use: ruName | ruRead | ruStem | ruHead, nom: []string{"а"}, // Москва, Аляска
		forms: []string{"а", "ы", "е", "у", "ой", "ою"}, sib: []string{"ей"}},
	{use: ruName | ruRead | ruStem | ruHead, nom: []string{"ы"}, // Филиппины, выборы
		forms: []string{"ы", "ов", "ам", "ами", "ах"}},
	{use: ruName | ruRead | ruStem, nom: []string{"ь"}, // Непал... Израиль, нефть
		forms: []string{"ь", "я", "ю", "ем", "е", "и", "ью"}},
	{use: ruName | ruRead | ruStem | ruHead, nom: []string{"й"}, // Китай
		forms: []string{"й", "я", "ю", "ем", "е"}},
	{use: ruName, nom: []string{""}, after: ruVowelsIndecl}, // Того, Перу: no cases
	{use: ruName | ruRead | ruStem | ruHead, nom: []string{""}, // Казахстан, газ
		forms: []string{"", "а", "у", "ом", "е"}, sib: []string{"ем"}},

	// Common nouns: what names lack.
	{use: ruCommon | ruRead, nom: []string{"о"}, // золото
		forms: []string{"о", "а", "у", "ом", "е"}},
	{use: ruCommon | ruRead | ruStem | ruHead, nom: []string{"е"}, // соглашение
		forms: []string{"е", "я", "ю", "ем", "и"}},
	{use: ruCommon | ruRead | ruStem | ruHead, nom: []string{"и"}, // санкции, новости, бои
		forms: []string{"и", "", "й", "ей", "ам", "ям", "ами", "ями", "ах", "ях", "ев"}},
	{use: ruCommon | ruStem | ruHead, nom: []string{""}, after: ruConsonants, // банк: банки, банков
		forms: []string{"", "ы", "ов", "ей", "ам", "ами", "ах"}},
	{use: ruCommon | ruRead | ruStem, nom: []string{"ь"}, // новость: новостей
		forms: []string{"ь", "и", "ей", "ям", "ями", "ях"}},
	{use: ruStem, nom: []string{"ье"}, // здоровье, воскресенье
		forms: []string{"ье", "ья", "ью", "ьем", "ьев", "ьям", "ьями", "ьях"}},
	{use: ruStem, nom: []string{"ья"}, // статья
		forms: []string{"ья", "ьи", "ью", "ьей", "ье", "ьям", "ьями", "ьях"}},

	// Male surnames in -ов, -ин: Токаев, Токаева, Токаевым; the women's
	// forms (Токаевой) come along, as they are written the same way.
	{use: ruSurname, nom: []string{""}, after: []string{"ов", "ев", "ёв", "ин", "ын"},
		forms: []string{"", "а", "у", "ым", "е", "ой", "ой", "у"}},
	{use: ruSurname, nom: []string{""}, after: []string{"ко", "их", "ых"}}, // Шевченко, Черных: no cases

	// Adjectives, by gender and number: masculine, feminine, neuter,
	// plural. ruAdjectiveForms gives the forms of all four from any
	// nominative; the masculine row comes first (see ruCompoundFirst).
	{use: ruAdj | ruAdjective | ruRead | ruStem, nom: []string{"ый", "ой"}, // южный, донской, российский
		forms: []string{"ый", "ой", "ого", "ому", "ым", "ом"}},
	{use: ruAdj | ruAdjective | ruRead | ruStem, nom: []string{"ая"}, // южная, хорошей
		forms: []string{"ая", "ой", "ую", "ою"}, sib: []string{"ей"}},
	{use: ruAdj | ruAdjective | ruRead | ruStem, nom: []string{"ое"}, // южное
		forms: []string{"ое", "ого", "ому", "ым", "ом"}},
	{use: ruAdj | ruAdjective | ruRead | ruStem, nom: []string{"ые"}, // южные, российские
		forms: []string{"ые", "ых", "ым", "ыми"}},
	// Soft adjectives (внешний, синяя). Topic stems do not take their
	// own endings (-его, -ее, -яя): tried, «двустороннее сотрудничество»
	// made a tuning-half article's diplomacy outweigh its economy. They
	// share -ий, -им, -их, -ими, -ие with the hard ones after к, and -ей
	// with хорошей.
	{use: ruAdj | ruRead, nom: []string{"ий"}, after: []string{"н"}, forms: []string{"ий", "его", "ему", "им", "ем"}},
	{use: ruAdj | ruRead, nom: []string{"яя"}, forms: []string{"яя", "ей", "юю", "ею"}},
	{use: ruAdj | ruRead, nom: []string{"ее"}, forms: []string{"ее", "его", "ему", "им", "ем"}},
	{use: ruAdj | ruRead, nom: []string{"ие"}, after: []string{"н"}, forms: []string{"ие", "их", "им", "ими"}},
}

// ruPatronymicEndings end patronymics (Ибраевич, Кызы, Улы).
var ruPatronymicEndings = [...]string{"ович", "евич", "ич", "овна", "евна", "ична", "оглы", "кызы", "улы"}

// ruHardAfter are the letters after which ы is written и.
const ruHardAfter = "гкхжшчщ"

// ruSpell applies the spelling rule to stem+ending: ы after г к х ж ш ч щ
// is written и.
func ruSpell(stem, ending string) string {
	if rest, ok := strings.CutPrefix(ending, "ы"); ok {
		if r, _ := utf8.DecodeLastRuneInString(stem); strings.ContainsRune(ruHardAfter, r) {
			return stem + "и" + rest
		}
	}
	return stem + ending
}

// fits reports whether the paradigm applies to w and returns the stem left
// when its nominative ending is cut off. An adjective's nominative in ы is
// also read as written after г к х ж ш ч щ (российский, российские); a
// noun's -и is no plural in -ы (Сочи, Кирики).
func (p *ruParadigm) fits(w string) (string, bool) {
	for _, nom := range p.nom {
		stem, ok := strings.CutSuffix(w, nom)
		if sp := spelledNom(nom); !ok && sp != nom && p.use&ruAdj != 0 {
			if stem, ok = strings.CutSuffix(w, sp); ok {
				r, _ := utf8.DecodeLastRuneInString(stem)
				ok = strings.ContainsRune(ruHardAfter, r)
			}
		}
		if !ok || stem == "" {
			continue
		}
		if p.after == nil {
			return stem, true
		}
		for _, a := range p.after {
			if strings.HasSuffix(stem, a) && stem != a {
				return stem, true
			}
		}
	}
	return "", false
}

// ruParadigmFor returns the first paradigm of the use that fits w, and the stem.
func ruParadigmFor(use ruUse, w string) (*ruParadigm, string, bool) {
	for i := range ruParadigms {
		p := &ruParadigms[i]
		if p.use&use == 0 {
			continue
		}
		if stem, ok := p.fits(w); ok {
			return p, stem, true
		}
	}
	return nil, "", false
}

// inflect returns the forms of the paradigm on stem, spelled, with the
// endings after a sibilant where the stem ends in one.
func (p *ruParadigm) inflect(stem string) []string {
	out := make([]string, 0, len(p.forms)+len(p.sib))
	for _, e := range p.forms {
		out = append(out, ruSpell(stem, e))
	}
	if r, _ := utf8.DecodeLastRuneInString(stem); strings.ContainsRune("жшчщц", r) {
		for _, e := range p.sib {
			out = append(out, stem+e)
		}
	}
	return out
}

// ruReading is one way back from an inflected ending to a nominative one.
type ruReading struct {
	suffix string
	nom    []string
}

// ruReadings are the ways back, longest ending first, then in the order
// of the table: the first nominative given is the likeliest.
var ruReadings = func() []ruReading {
	var out []ruReading
	at := map[string]int{}
	add := func(suffix, nom string) {
		if suffix == "" || suffix == nom {
			return
		}
		i, ok := at[suffix]
		if !ok {
			i = len(out)
			at[suffix] = i
			out = append(out, ruReading{suffix: suffix})
		}
		if !slices.Contains(out[i].nom, nom) {
			out[i].nom = append(out[i].nom, nom)
		}
	}
	for _, p := range ruParadigms {
		if p.use&ruRead == 0 || len(p.forms) == 0 {
			continue
		}
		// Every case reads back to the row's first nominative: its forms
		// are those of any other (донской goes as южный).
		lemma := p.forms[0]
		for _, e := range append(slices.Clone(p.forms[1:]), p.sib...) {
			add(e, lemma)
			if rest, ok := strings.CutPrefix(e, "ы"); ok {
				add("и"+rest, spelledNom(lemma)) // российских from российские
			}
		}
	}
	slices.SortStableFunc(out, func(a, b ruReading) int {
		return utf8.RuneCountInString(b.suffix) - utf8.RuneCountInString(a.suffix)
	})
	return out
}()

// spelledNom is a nominative ending as written after г к х ж ш ч щ.
func spelledNom(nom string) string {
	if rest, ok := strings.CutPrefix(nom, "ы"); ok {
		return "и" + rest
	}
	return nom
}

// ruStemEndings returns the endings of the rows with use whose adjective
// mark is adj, in the order of the table, each once, spelled both ways
// where the spelling rule may change them.
func ruStemEndings(use ruUse, adj bool) []string {
	var out []string
	add := func(e string) {
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	for _, p := range ruParadigms {
		if p.use&use == 0 || (p.use&ruAdj != 0) != adj {
			continue
		}
		for _, e := range append(slices.Clone(p.forms), p.sib...) {
			add(e)
			if rest, ok := strings.CutPrefix(e, "ы"); ok {
				add("и" + rest)
			}
		}
	}
	return out
}

// The endings of topic stems (see ruTopicForms) and of names before their
// skeleton (see skeleton), read from the table.
var (
	ruNounEndings       = ruStemEndings(ruStem, false)
	ruAdjEndings        = ruStemEndings(ruStem, true)
	ruPhraseHeadEndings = ruStemEndings(ruHead, false)
	ruNameEndings       = nameEndings()
)

// nameEndings are the case endings that carry a case's consonant (г, м,
// х: -ого, -ом, -ами, -ах), longest first: what is left when they are cut
// from a name is its stem in any alphabet. Endings of vowels alone vanish
// with the vowels when the skeleton is made; -ов, -ев, -ин belong to the
// surname.
func nameEndings() []string {
	var out []string
	for _, p := range ruParadigms {
		if p.use&(ruName|ruCommon|ruAdj) == 0 {
			continue
		}
		for _, e := range p.forms {
			for _, e := range []string{e, spelledNom(e)} {
				if strings.ContainsAny(e, "гмх") && !strings.Contains(e, "ь") && !slices.Contains(out, e) {
					out = append(out, e)
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	return out
}
