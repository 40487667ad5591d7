package analyze

import (
	"strings"
	"unicode"
)

// cutColonDateline cuts a dateline closed by a colon, as many Indian,
// African and regional outlets print it ("NEW DELHI: The minister …",
// "Kangpokpi, August 29 2017: Tribal …", «Москва, 29 августа: Министр
// …», "Bhopal (Madhya Pradesh): …", "Raipur (Chhattisgarh) [India] July
// 22 (ANI): …"): a place in capitals of one to three words (five letters
// or more when it is one), or a place of one to three capitalised words
// with its region in brackets, or a comma (or a bracket) and a date of a
// month's name and a number, or anything closed by an agency's code in
// brackets. What follows must open a
// sentence, and after a place without a date read as one with a finite
// verb (summary_verb.go) and close with its punctuation; a label of the
// story ("Analysis: the …"), a labelled headline without a full stop
// ("JANE SMITH: Why the bypass is a mistake", isLabelledHeadline) and a
// speaker's words ("NATO: Russia must …", four capitals) stay.
func cutColonDateline(s string, l verbLang) string {
	i := strings.Index(s[:min(len(s), 70)], ": ")
	if i < 3 || l == vlNone {
		return s
	}
	head, rest := s[:i], strings.TrimSpace(s[i+2:])
	if !opensSentence(rest) || countWordsUpTo(rest, minSummaryWords) < minSummaryWords {
		return s
	}
	// An agency's code closing the dateline ("Raipur (Chhattisgarh)
	// [India] July 22 (ANI):") is a wire's dateline whatever precedes it.
	if strings.HasSuffix(head, ")") {
		if j := strings.LastIndexByte(head, '('); j > 0 && head[j-1] == ' ' {
			if in := head[j+1 : len(head)-1]; isCodeTag(in, true) || isAgencyName(in, false) && isAllCaps(in) {
				return rest
			}
		}
	}
	// A region in brackets after the place ("Bhopal (Madhya Pradesh):",
	// "Raipur (Chhattisgarh) [India] July 22:") is read past.
	bracketed := false
	if strings.ContainsAny(head, "([") {
		head, bracketed = dropBrackets(head), true
	}
	place, date, dated := strings.Cut(head, ",")
	if !dated && bracketed {
		// "Raipur July 22": the date may follow the place without a comma.
		if k := strings.IndexFunc(head, unicode.IsDigit); k > 0 {
			if m := strings.LastIndexByte(strings.TrimRight(head[:k], " "), ' '); m > 0 {
				place, date, dated = head[:m], head[m+1:], true
			}
		}
	}
	if !isColonPlace(place, dated || bracketed) {
		return s
	}
	if !dated {
		if !hasVerbCue(rest, l) || unterminated(rest) {
			return s // "JANE SMITH: Why the new bypass is a mistake", «МНЕНИЕ: Почему …»: a labelled headline
		}
		return rest
	}
	month, num := false, false
	for _, w := range strings.Fields(date) {
		switch stampWordKind(strings.Trim(w, ".,")) {
		case stMonth:
			month = true
		case stNum:
			num = true
		default:
			return s
		}
	}
	if !month || !num {
		return s
	}
	return rest
}

// isColonPlace reports whether head reads as a dateline's place: one to
// three words of letters (hyphens and dots inside), each capitalised when
// a date follows, or all in capitals (five letters or more for one word)
// when none does.
func isColonPlace(head string, dated bool) bool {
	words, letters := 0, 0
	ok := eachField(head, func(w string) bool {
		words++
		first := true
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				letters++
				if first && !unicode.IsUpper(r) || !dated && unicode.IsLower(r) {
					return false
				}
			case r == '-' || r == '.' || r == '\'':
			default:
				return false
			}
			first = false
		}
		return words <= 3
	})
	if !ok || words == 0 || words > 3 {
		return false
	}
	return dated || words > 1 || letters >= 5
}

// dropBrackets removes the bracketed parts of a dateline's head ("Bhopal
// (Madhya Pradesh)" → "Bhopal") and the spaces they leave.
func dropBrackets(h string) string {
	var b strings.Builder
	depth := 0
	for _, r := range h {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
