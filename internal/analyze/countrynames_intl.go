package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/genintlnames -o intlnames_data.go -od intldemonyms_data.go

// intlName is a country's name, or a case form of it, in a language beyond
// the nine the gazetteer reads otherwise (see intlnames_data.go).
type intlName struct {
	code string
	lang string
	name string
}

// addIntlNames adds the names of intlNames to the gazetteer. They count
// only in text of a language outside the nine (lOther): a text that
// declares one (fi, pl, kk…), one whose function words are of none of the
// nine (see otherFunctionWords), and Cyrillic text written with letters
// Russian and Ukrainian lack (Қазақстан, Ўзбекистон, Србија) or with
// Bulgarian's vowel ъ (България, във). A name of
// Polish or Finnish is no name in English or German text, where the
// generator's dictionaries cannot tell it from a word of that text
// (Finnish "Turkki", Hindi names spelt as any word). A name written with a
// capital needs its capital; scripts without capitals (Hindi, Urdu) have
// none to need. The tokeniser keeps a word's vowel signs and virama in it
// (Hindi फ्रांस is one word); a name of those scripts that it still cuts
// into more words than the name has (an abbreviation written with ॰, as
// in यू॰के॰, or a dash between words) is left out.
func addIntlNames(l *lexicon, v *vocab) {
	for i := range intlNames {
		n := &intlNames[i]
		var flags uint8
		if r, _ := utf8.DecodeRuneInString(n.name); unicode.IsUpper(r) {
			flags = eNeedCap
		}
		words := normWords(n.name)
		if flags == 0 && len(words) != len(strings.FieldsFunc(n.name, nameSep)) {
			continue
		}
		l.add(v, words, entry{code: n.code, topic: -1, kind: kName, flags: flags, weight: kindWeight[kName], label: n.name, langs: lOther})
	}
}

// nameSep reports whether r separates the words of a name (a space, or a
// hyphen as in Iso-Britannia).
func nameSep(r rune) bool { return r == ' ' || r == '-' }

// otherFunctionWords are frequent short words of the languages beyond the
// nine whose feeds carry their names (intlNames), of none of the nine:
// Polish, Dutch, Finnish, the languages of former Yugoslavia, Lithuanian,
// Danish and Icelandic, Slovak. A text whose function words are mostly
// these reads as lOther when it declares no language, not as Portuguese
// for its "do" and "o".
var otherFunctionWords = [...]string{
	"się", "jest", "oraz", "przez", "jak", "który", "która", "że", // pl
	"het", "een", "niet", "zijn", "ook", "naar", "wordt", "werd", // nl
	"että", "ovat", "oli", "myös", "mutta", "joka", "ja", // fi
	"koji", "koja", "koje", "kako", "nije", "što", "tudi", "bilo", // sl, hr, bs, sr
	"kad", "buvo", "yra", "kuris", "taip", // lt
	"og", "ikke", "af", "til", "að", "ekki", // da, is
	"sa", "ako", "aby", "alebo", "ktorý", "bol", // sk
}

// withOtherFunctionWords adds otherFunctionWords to a table of function
// words, as lOther.
func withOtherFunctionWords(m map[string]uint16) map[string]uint16 {
	for _, w := range otherFunctionWords {
		m[w] = lOther
	}
	return m
}

// hasOtherCyrillicLetters reports whether a Cyrillic text uses letters of
// Kazakh, Kyrgyz, Uzbek, Tajik, Serbian or Macedonian that Russian and
// Ukrainian lack (ә ғ қ ң ө ұ ү һ ў ӣ ӯ ҳ ҷ ђ ј љ њ ћ џ ѓ ќ ѕ), or
// Bulgarian's ъ before a consonant.
func (d *doc) hasOtherCyrillicLetters() bool {
	n := d.norm
	if len(n) > 4000 {
		n = n[:4000]
	}
	for i := 0; i+1 < len(n); i++ {
		c := n[i]
		if c != 0xd1 && c != 0xd2 && c != 0xd3 {
			continue
		}
		r, size := utf8.DecodeRune(n[i:])
		switch r {
		case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'ў', 'ӣ', 'ӯ', 'ҳ', 'ҷ', 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ', 'ѓ', 'ќ', 'ѕ':
			return true
		case 'ъ':
			// Bulgarian's vowel ъ stands before consonants (във, път,
			// България); Russian's hard sign only before е, ё, ю, я.
			if next, _ := utf8.DecodeRune(n[i+size:]); next >= 'а' && next <= 'я' && !strings.ContainsRune("аеёиоуыэюя", next) {
				return true
			}
		}
		i += size - 1
	}
	return false
}
