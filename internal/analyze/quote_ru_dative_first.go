package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A man's first name in the dative before a surname that does not decline
// («мэру города Петру Кириченко», «Ивану Шевченко») comes out of a role
// or pronoun resolved to that person in the sentence's object: the person
// is often right, the form never. ruDativeFirstName gives the nominative
// of such a first name (Петру → Петр, Сергею → Сергей, Игорю → Игорь) when
// the name rows read one nominative back; nominativeSpeaker uses it for a
// name of two words whose surname shows no case.

// ruDativeFirstName returns the nominative of first read as a man's first
// name in the dative (-у, -ю), or "" when it is none or reads more than
// one way.
func ruDativeFirstName(first string) string {
	return ruMansFirstName(first, 2, "у", "ю")
}

// ruMansFirstName returns the nominative of first read as a man's first
// name in the case of the name rows' forms[form] (1 the genitive, 2 the
// dative), which ends in one of endings, or "" when it is none or reads
// more than one way.
func ruMansFirstName(first string, form int, endings ...string) string {
	if !slices.ContainsFunc(endings, func(e string) bool { return strings.HasSuffix(first, e) }) || utf8.RuneCountInString(first) < 4 {
		return ""
	}
	var cands []string
	for i := range ruParadigms {
		p := &ruParadigms[i]
		if p.use&ruName == 0 || len(p.forms) <= form || len(p.nom) != 1 || p.nom[0] == "ы" || p.nom[0] == "а" || p.nom[0] == "я" || p.nom[0] == "ия" {
			continue // men's rows only: the consonant, -й and -ь rows
		}
		stem, ok := strings.CutSuffix(first, p.forms[form])
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		if nom, ok := ruFirstNameNominative(p, stem); ok && !slices.Contains(cands, nom) {
			cands = append(cands, nom)
		}
	}
	if len(cands) != 1 {
		return ""
	}
	return cands[0]
}

// ruIndeclinableSurname reports whether a surname shows no case: -ко,
// -их, -ых (Кириченко, Черных).
func ruIndeclinableSurname(w string) bool {
	w = strings.ToLower(w)
	return utf8.RuneCountInString(w) > 4 && (strings.HasSuffix(w, "ко") || strings.HasSuffix(w, "их") || strings.HasSuffix(w, "ых"))
}
