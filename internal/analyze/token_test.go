package analyze

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestTokenizeApostrophes: a possessive, a Turkish case ending and an
// elided article are cut from the name they touch; apostrophes inside
// names and contractions stay.
func TestTokenizeApostrophes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en possessive", "Kazakhstan's oil", []string{"kazakhstan", "oil"}},
		{"en name with apostrophe", "Conan O'Brien spoke", []string{"conan", "o'brien", "spoke"}},
		{"en contraction", "Don't go, it's late", []string{"don't", "go", "it", "late"}},
		{"ru no apostrophes", "Москва и Астана", []string{"москва", "и", "астана"}},
		{"uk apostrophe inside a name", "у Слов’янську", []string{"у", "слов'янську"}},
		{"uk apostrophe inside a word", "з'явилася", []string{"з'явилася"}},
		{"tr dative", "Türkiye’ye gidecek", []string{"türkiye", "gidecek"}},
		{"tr locative relative", "Özbekistan’daki seçim", []string{"özbekistan", "seçim"}},
		{"tr genitive", "Kazakistan'ın başkenti", []string{"kazakistan", "başkenti"}},
		{"tr not a case ending", "Ankara'mızdakiler", []string{"ankara'mızdakiler"}},
		{"it elided preposition", "dell’Uzbekistan e dell’Italia", []string{"dell", "uzbekistan", "e", "dell", "italia"}},
		{"it capital article", "L’Italia vince", []string{"l", "italia", "vince"}},
		{"it surname stays", "Massimo D'Alema", []string{"massimo", "d'alema"}},
		{"fr elision", "d’Astana à l’Iran, qu’Israël", []string{"d", "astana", "à", "l", "iran", "qu", "israël"}},
		{"fr lower-case elision stays", "aujourd’hui", []string{"aujourd'hui"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normWords(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("normWords(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestTokenizeCombiningMarks: a combining mark (Mn, Mc, Me) stays in the
// word it follows, so Hindi, Bengali, Urdu and Thai words are read whole;
// an accent written apart from its letter reads as the letter written
// whole, and a mark with no word before it makes no word. Hindi's nukta
// is folded out, as ё is. English and
// Russian words are read as before.
func TestTokenizeCombiningMarks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"hi vowel signs, virama and nukta", "भारत और फ्रांस ने समझौते पर हस्ताक्षर किए",
			[]string{"भारत", "और", "फ्रांस", "ने", "समझौते", "पर", "हस्ताक्षर", "किए"}},
		{"hi Mali is not goods", "माली में चुनाव हुए, माल की कीमत बढ़ी", []string{"माली", "में", "चुनाव", "हुए", "माल", "की", "कीमत", "बढी"}},
		{"hi nukta folded out, written apart or whole", "फ़्रांस, \u095e्रांस और फ्रांस", []string{"फ्रांस", "फ्रांस", "और", "फ्रांस"}},
		{"hi anusvara and candrabindu", "वहाँ संसद की बैठक हुई।", []string{"वहाँ", "संसद", "की", "बैठक", "हुई"}},
		{"bn vowel signs", "বাংলাদেশের প্রধানমন্ত্রী ঢাকায় ফিরেছেন", []string{"বাংলাদেশের", "প্রধানমন্ত্রী", "ঢাকায়", "ফিরেছেন"}},
		{"ur harakat and superscript alef", "حکومتِ پاکستان نے اعلیٰ سطح پر بات کی", []string{"حکومتِ", "پاکستان", "نے", "اعلیٰ", "سطح", "پر", "بات", "کی"}},
		{"th vowel marks", "รัฐบาลไทยประกาศ", []string{"รัฐบาลไทยประกาศ"}},
		{"ru й and ё written apart", "Китаи\u0306 и Е\u0308лкин", []string{"китай", "и", "елкин"}},
		{"ru stress mark", "Росси\u0301я и Казахста\u0301н", []string{"россия", "и", "казахстан"}},
		{"fr é written apart", "Pre\u0301sident de l’E\u0301lysée", []string{"président", "de", "l", "élysée"}},
		{"vi two accents written apart", "Vie\u0323\u0302t Nam", []string{"việt", "nam"}},
		{"emoji variation selector makes no word", "Goal \u26bd\ufe0f scored", []string{"goal", "scored"}},
		{"en unchanged", "The U.S. president's visit to Kazakhstan, don't miss it", []string{"the", "us", "president", "visit", "to", "kazakhstan", "don't", "miss", "it"}},
		{"ru unchanged", "Президент России прибыл в Астану, сообщил Ёлкин", []string{"президент", "россии", "прибыл", "в", "астану", "сообщил", "елкин"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normWords(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("normWords(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestRuneTabMatchesUnicode: the cached rune properties answer exactly what
// the unicode package does, inside the table and beyond it.
func TestRuneTabMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		if got, want := isWordRune(r), isWordRuneSlow(r); got != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
		}
		if got, want := runeBits(r), runeBitsSlow(r); got != want {
			t.Errorf("runeBits(%U) = %b, want %b", r, got, want)
		}
		if got, want := foldRune(r), foldRuneSlow(r); got != want {
			t.Errorf("foldRune(%U) = %U, want %U", r, got, want)
		}
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Errorf("lowerRune(%U) = %U, want %U", r, got, want)
		}
		if got, want := isLetter(r), unicode.IsLetter(r); got != want {
			t.Errorf("isLetter(%U) = %v, want %v", r, got, want)
		}
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
		if got, want := isUpper(r), unicode.IsUpper(r); got != want {
			t.Errorf("isUpper(%U) = %v, want %v", r, got, want)
		}
		if got, want := isLetterOrDigit(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Errorf("isLetterOrDigit(%U) = %v, want %v", r, got, want)
		}
		if got, want := isUpperOrDigit(r), unicode.IsUpper(r) || unicode.IsDigit(r); got != want {
			t.Errorf("isUpperOrDigit(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestLowererMatchesToLower: a lowerer gives what strings.ToLower gives,
// in both languages, for text with letters that change length when
// lower-cased, and for invalid UTF-8 (a paragraph cut inside a rune);
// strings returned earlier stay as they were.
func TestLowererMatchesToLower(t *testing.T) {
	tests := []struct{ name, s string }{
		{"empty", ""},
		{"en already lower", "the minister said"},
		{"en capitals", "Photo: REUTERS/Jane Doe"},
		{"ru already lower", "фото пресс-службы"},
		{"ru capitals", "Фото: Пресс-служба Акорды"},
		{"ru yo", "ЁЛКА и Ёж"},
		{"tr dotted capital I shrinks", "İstanbul’da İZMİR"},
		{"kelvin sign shrinks", "5 \u212a"},
		{"capital that grows", "\u023a and \u023e"},
		{"replacement rune stays", "a\ufffdB"},
		{"cut inside a rune", "Фото: Ак"[:len("Фото: Ак")-1]},
		{"invalid byte first", "\xffAbc"},
		{"invalid byte in lower text", "abc\xc3"},
		{"runs between capitals", "aBc déF ÀÉ xyz Ünd ПрИвЕт, мИр. ok"},
		{"invalid byte between capitals", "Ab\xffCd Ё\xd0Ж"},
	}
	var lw lowerer
	var got []string
	for _, tt := range tests {
		got = append(got, lw.lower(tt.s))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if want := strings.ToLower(tt.s); got[i] != want {
				t.Errorf("lower(%q) = %q, want %q", tt.s, got[i], want)
			}
		})
	}
	// Random mixes of the cases above, cut anywhere.
	rng := rand.New(rand.NewPCG(1, 2))
	parts := []string{"A", "b", "Ё", "ж", "İ", "\u212a", "\u023a", "\ufffd", "\xff", "\xd0", " ", ".", "Ü", "ß", "ǅ"}
	for range 2000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		s := sb.String()
		if cut := rng.IntN(len(s) + 1); rng.IntN(2) == 0 {
			s = s[:cut]
		}
		if got, want := lw.lower(s), strings.ToLower(s); got != want {
			t.Fatalf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestBytePairs: the prefilter of the promo and credit checks never turns
// away a string that opens with one of its members.
func TestBytePairs(t *testing.T) {
	set := newBytePairs([]string{"photo:", "фото:", "x"})
	tests := []struct {
		name string
		s    string
		i    int
		want bool
	}{
		{"en member", "a photo: x", 2, true},
		{"ru member", "фото: ТАСС", 0, true},
		{"one-byte member", "xy", 0, true},
		{"one-byte member at the end", "ax", 1, true},
		{"last byte", "ab", 1, true},
		{"past the end", "ab", 2, false},
		{"en other word", "a pilot", 2, false},
		{"ru other word", "новости", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := set.mayOpen(tt.s, tt.i); got != tt.want {
				t.Errorf("mayOpen(%q, %d) = %v, want %v", tt.s, tt.i, got, tt.want)
			}
		})
	}
}

// TestHasCleanable: the byte scan finds exactly what cleanText replaces.
func TestHasCleanable(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"plain en", "Rahmon said — «yes»", false},
		{"carriage return", "a\r\nb", true},
		{"no-break space", "10\u00a0000", true},
		{"thin space", "10\u2009000", true},
		{"narrow no-break space", "«\u202fОui\u202f»", true},
		{"other E2 80 characters", "a – b … c ‘d’", false},
		{"ru guillemets", "«Да», — сказал он", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasCleanable(tt.s); got != tt.want {
				t.Errorf("hasCleanable(%q) = %v, want %v", tt.s, got, tt.want)
			}
			if want := strings.ContainsAny(tt.s, "\r\u00a0\u2009\u202f"); tt.want != want {
				t.Errorf("case %q: want %v, strings.ContainsAny says %v", tt.s, tt.want, want)
			}
		})
	}
}
