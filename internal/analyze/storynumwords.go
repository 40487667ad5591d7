package analyze

import "strings"

// A toll, a count or an age is written in digits by one outlet and in
// words by another: "12 dead", "Twelve people were killed", «погибли
// двенадцать человек», "zwölf Menschen getötet", "dodici morti". A number
// word from ten to ninety is read as its digits (numberWordValue) and
// keyed as a number (storyKeys), so the two meet. Words under ten are
// not keyed, as digits under ten are not (normNumber); nor are words
// that are another word in another language ("once", Spanish eleven;
// "elf", German eleven; "seize", French sixteen; "venti", Italian
// twenty, are English words or winds), nor "hundred" and "cent", which
// stand in "hundreds" and "per cento".
var numberWords = func() map[string]numberWord {
	m := map[string]numberWord{}
	for _, row := range [...]struct{ v, words string }{
		{"10", "ten десять десяти zehn dix diez dieci"},
		{"11", "eleven одиннадцать одиннадцати одинадцять onze undici"},
		{"12", "twelve двенадцать двенадцати дванадцять zwölf douze doce doze dodici"},
		{"13", "thirteen тринадцать тринадцати тринадцять dreizehn treize trece treze tredici"},
		{"14", "fourteen четырнадцать четырнадцати чотирнадцять vierzehn quatorze catorce catorze quattordici"},
		{"15", "fifteen пятнадцать пятнадцати fünfzehn quinze quince quindici"},
		{"16", "sixteen шестнадцать шестнадцати шістнадцять sechzehn dieciséis dezesseis sedici"},
		{"17", "seventeen семнадцать семнадцати сімнадцять siebzehn diecisiete dezessete diciassette"},
		{"18", "eighteen восемнадцать восемнадцати вісімнадцять achtzehn dieciocho dezoito diciotto"},
		{"19", "nineteen девятнадцать девятнадцати neunzehn diecinueve dezenove diciannove"},
		{"20", "twenty двадцать двадцати двадцять zwanzig vingt veinte vinte"},
		{"30", "thirty тридцать тридцати тридцять dreißig trente treinta trinta trenta"},
		{"40", "forty сорок сорока vierzig quarante cuarenta quarenta quaranta"},
		{"50", "fifty пятьдесят пятидесяти fünfzig cinquante cincuenta cinquenta cinquanta"},
		{"60", "sixty шестьдесят шестидесяти шістдесят sechzig soixante sesenta sessenta"},
		{"70", "seventy семьдесят семидесяти сімдесят siebzig setenta settanta"},
		{"80", "eighty восемьдесят восьмидесяти вісімдесят achtzig ochenta oitenta ottanta"},
		{"90", "ninety девяносто девяноста neunzig noventa novanta"},
	} {
		for _, w := range strings.Fields(row.words) {
			if _, dup := m[w]; dup {
				panic("numberWords: " + w + " twice")
			}
			m[w] = numberWord{row.v, uint32(hashBytes([]byte(row.v)))}
		}
	}
	return m
}()

// numberWord is a number word's digits and the hash of its story key.
type numberWord struct {
	v string
	h uint32
}

// numberWordFirst marks the first bytes of numberWords: most words are
// passed over without a map lookup.
var numberWordFirst = func() (t [256]bool) {
	for w := range numberWords {
		t[w[0]] = true
	}
	return t
}()

// numberWordGate passes over most words that are no number word without a
// map lookup.
var numberWordGate = newWordGate(numberWords)

// numberWordValue returns the digits of a lower-case number word of
// numberWords and their hash (hashBytes), or false.
func numberWordValue(w []byte) (string, uint32, bool) {
	if len(w) < 3 || len(w) > 30 || !numberWordFirst[w[0]] || !numberWordGate.may(w) {
		return "", 0, false
	}
	n, ok := numberWords[string(w)]
	return n.v, n.h, ok
}
