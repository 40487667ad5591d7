package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Whole sentences and the page's leftovers at a paragraph's head, found on
// fresh pages outside the labelled sets (issue 10):
//   - a picture's file name or slug glued to the first word of the text
//     ("218588.jpegДвукратный обладатель …", "carabinieri-alfaDue nomadi
//     …", "berkeley-protests-riot-crowd2017 has shown …"): cutGluedImageName;
//   - a dateline of one capitalised place before a dash at the head of a
//     paragraph ("Waldaschaff - Ein Autofahrer …", "Berlin – Bei einem
//     Unfall …"), the form regional papers print without the agency:
//     cutPlaceDash;
//   - a sentence that would close the summary on a colon (a list's or a
//     promo's introduction, «… читайте на зручних для вас майданчиках:»):
//     endsUnwhole;
//   - a line in capitals (a rubric or a headline printed in capitals,
//     "[ SOCIETE ] DEBUT D'UNE SAISON …"): isShoutedLine;
//   - a page stamp followed by the author ("14 juin 2022 à 11h39 par
//     Camille Delia"): isStampByline;
//   - a label in capitals and a colon taken for a dateline
//     ("PETER HITCHENS: Is … – with …"): isLabelledHeadline;
//   - the text of a prompt box around a button ("You need one to watch
//     live TV …" / "Find out more"): inPromptBox;
//   - a name and a writer's post glued to an opinion piece's first words
//     ("Gary Gould — Managing Editor Let's face it, …"): cutRoleByline;
//   - a button's label and an arrow glued to the text («Узнайте больше в
//     полной версии ➞«Видео с места! …»»): cutArrowPrompt.

// imageExts are the picture file endings a glued file name carries.
var imageExts = [...]string{".jpeg", ".jpg", ".png", ".webp", ".gif"}

// cutGluedImageName cuts a picture's file name or slug that opens a
// paragraph glued to (or just before) the text: a file name ending in a
// picture's extension, or a slug of two or more lower-case Latin words
// joined by hyphens glued to a capital ("carabinieri-alfaDue"), or of three
// or more glued to a number ("…-riot-crowd2017 has"). Only a sentence
// opening with a lower-case Latin letter or a digit is looked at.
func cutGluedImageName(s string) string {
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || isDigitByte(s[0])) {
		return s
	}
	// A file name: letters, digits, '_' and '-' up to a picture's ending.
	i := 0
	for i < len(s) && (isASCIILetter(s[i]) || isDigitByte(s[i]) || s[i] == '_' || s[i] == '-') {
		i++
	}
	if i > 0 && i < len(s) && s[i] == '.' {
		for _, ext := range imageExts {
			if len(s) > i+len(ext) && equalFold(s[i:i+len(ext)], ext) {
				rest := strings.TrimLeft(s[i+len(ext):], " ")
				if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"«“„", r) {
					return rest
				}
				return s
			}
		}
	}
	// A slug: lower-case Latin words joined by hyphens.
	parts, j := 1, 0
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] == '-' && j > 0 && s[j-1] != '-' && j+1 < len(s) && s[j+1] >= 'a' && s[j+1] <= 'z') {
		if s[j] == '-' {
			parts++
		}
		j++
	}
	if parts < 2 || j >= len(s) {
		return s
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	switch {
	case unicode.IsUpper(r) && countWordsUpTo(s[j:], minSummaryWords) >= minSummaryWords:
		return s[j:]
	case isDigitByte(s[j]) && parts >= 3:
		return s[j:]
	}
	return s
}

// cutPlaceDash cuts a dateline of one capitalised Latin-script place word
// (which may join two places or a place and its region by a slash or a
// hyphen: "Frankfurt/Main") before a spaced hyphen or en dash, when the
// rest opens with a capital ("Waldaschaff - Ein von hinten kommender
// …"). The em dash is left: in Russian and Ukrainian it joins a subject to
// its predicate.
func cutPlaceDash(s string) string {
	if rest, ok := cutPlaceDot(s); ok {
		return rest
	}
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s // a Latin capital opens the place (umlauts follow it)
	}
	sp := strings.IndexByte(s, ' ')
	if sp < 3 || sp > 40 {
		return s
	}
	head, rest := s[:sp], s[sp+1:]
	var dash string
	switch {
	case strings.HasPrefix(rest, "- "):
		dash = "- "
	case strings.HasPrefix(rest, "– "):
		dash = "– "
	default:
		return s
	}
	lower := false
	for _, r := range head {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r), r == '/', r == '-':
		default:
			return s // a digit, a full stop or a comma: no place name
		}
	}
	rest = rest[len(dash):]
	if r, _ := utf8.DecodeRuneInString(rest); !lower || !unicode.IsUpper(r) || countWordsUpTo(rest, minSummaryWords) < minSummaryWords {
		return s
	}
	return rest
}

// placeDots set a dateline's place off from the story on some regional
// papers' sites ("Schwandorf/Bayern · Am Mittwochnachmittag kam es …",
// «Алматы • В городе …»): a middle dot or a bullet between spaces.
var placeDots = [...]string{" \u00b7 ", " \u2022 "}

// cutPlaceDot cuts a dateline of a place before a middle dot or a bullet
// (placeDots) within the first 48 bytes: one to three words of letters
// (a slash or a hyphen may join a region), the first a capital of any
// script, a later one a capital or a short joining word ("Frankfurt am
// Main"), when the rest opens with a capital and holds a sentence's words.
// Unlike a dash, neither mark joins the parts of a sentence, so any script
// is read.
func cutPlaceDot(s string) (string, bool) {
	head := s[:min(len(s), 48)]
	if strings.IndexByte(head, 0xC2) < 0 && strings.IndexByte(head, 0xE2) < 0 {
		return s, false // the first bytes of · (C2 B7) and • (E2 80 A2)
	}
	i, n := -1, 0
	for _, dot := range placeDots {
		if i = strings.Index(head, dot); i > 0 {
			n = len(dot)
			break
		}
	}
	if i <= 0 {
		return s, false
	}
	words, ok := 0, true
	eachField(s[:i], func(w string) bool {
		words++
		r, _ := utf8.DecodeRuneInString(w)
		short := utf8.RuneCountInString(w) <= 3
		if !unicode.IsUpper(r) && (words == 1 || !short) {
			ok = false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '/' && c != '-' {
				ok = false
			}
		}
		return ok && words <= 3
	})
	rest := s[i+n:]
	if r, _ := utf8.DecodeRuneInString(rest); !ok || words > 3 || !unicode.IsUpper(r) || countWordsUpTo(rest, minSummaryWords) < minSummaryWords {
		return s, false
	}
	return rest, true
}

// endsUnwhole reports whether a sentence after the summary's first would
// end it without ending itself, on a colon: a list's or a promo's
// introduction, or words introducing a quotation in the next paragraph.
// (A sentence ending on a word is left: standfirsts print no full stop.)
func endsUnwhole(text string) bool {
	return strings.HasSuffix(text, ":")
}

// isShoutedLine reports whether a sentence is printed in capitals: at
// least three words of two letters or more, every one in capitals (a
// rubric, or a headline set in capitals). Bracketed tags and numbers do not
// count.
func isShoutedLine(s string) bool {
	if s == "" || isLowerByte(s[0]) {
		return false
	}
	caps := 0
	ok := true
	eachField(s, func(w string) bool {
		w = shoutedMarks.trim(w)
		if utf8.RuneCountInString(w) < 2 {
			return true
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return true
		}
		if !isAllCaps(w) {
			ok = false
			return false
		}
		caps++
		return true
	})
	return ok && caps >= 3
}

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }

// isStampByline reports whether a sentence is a page stamp followed by an
// author line ("14 juin 2022 à 11h39 par Camille Delia", "12 March 2023,
// 10:40 by Jane Smith").
func isStampByline(s string) bool {
	first := strings.IndexByte(s, ' ')
	if first < 0 || stampWordKind(strings.Trim(s[:first], ".,:;|()[]")) == stNone {
		return false
	}
	end, _, ok := stampRun(s)
	if !ok {
		return false
	}
	rest := strings.TrimLeft(s[end:], " ,|-–—")
	return isByline(rest)
}

// isLabelledHeadline reports whether the text before a dash that
// stripDateline would cut is a labelled headline, not a dateline: a label
// in capitals and a colon, then words that run on past the dash in lower
// case ("PETER HITCHENS: Is shutting down Britain – with unprecedented
// curbs …", «МНЕНИЕ: Почему город – не …»). Cutting there would leave a
// fragment.
func isLabelledHeadline(head, rest string) bool {
	if !strings.Contains(head, ": ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// buttonLabels are the whole text of a prompt box's button, in the corpus's
// languages ("Find out more", «Подробнее», "Mehr erfahren").
var buttonLabels = [...]string{
	"find out more", "learn more", "more info", "more information", "read more", "see more",
	"подробнее", "узнать больше", "узнайте больше", "читать подробнее", "детальніше", "дізнатися більше", "дізнайтеся більше", "читати більше",
	"mehr erfahren", "mehr infos", "mehr informationen", "en savoir plus", "plus d'infos", "más información", "saber más", "leer más",
	"saiba mais", "leia mais", "scopri di più", "per saperne di più", "leggi di più", "daha fazla bilgi", "devamı",
	// The link card of another story ("Başkan X: …" / "İçeriği Görüntüle").
	"İçeriği görüntüle", "view content", // a Turkish capital İ does not fold to i
}

// isButtonLine reports whether a paragraph is only a button's label.
func isButtonLine(p string) bool {
	p = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p), ".:›»>→➞ "))
	if len(p) < 5 || len(p) > 40 {
		return false
	}
	for _, l := range buttonLabels {
		if len(l) == len(p) && equalFold(p, l) {
			return true
		}
	}
	return false
}

// inPromptBox reports whether sentence s stands in a prompt box around a
// button: in a paragraph of forty words at most, not cut short by an
// ellipsis, right above a paragraph that is only a button's label ("You
// need a licence to watch live TV." / "Find out more"), or the
// whole of a short paragraph (eight words at most) right below one (the
// box's second choice, "I don't have a TV Licence."), or the first of a
// link card's two copies of its headline above its button.
func (d *doc) inPromptBox(s sentence, text string) bool {
	i := int(s.para)
	if i+2 < len(d.paras) && d.body[d.paras[i].s:d.paras[i].e] == d.body[d.paras[i+1].s:d.paras[i+1].e] {
		// A link card prints its headline twice (the picture's text and
		// the link's) above its button: the first copy is in the box too.
		if n := d.paras[i+2]; n.e-n.s <= 44 && isButtonLine(d.body[n.s:n.e]) {
			return true
		}
	}
	if i+1 < len(d.paras) {
		if n := d.paras[i+1]; n.e-n.s <= 44 && isButtonLine(d.body[n.s:n.e]) {
			// A feed's teaser cut short above its link ("…Каримова,...",
			// "подробнее ›") is the story, not a box.
			p := strings.TrimSpace(d.body[d.paras[i].s:d.paras[i].e])
			return !strings.HasSuffix(p, "...") && !strings.HasSuffix(p, "…") && countWordsUpTo(p, 41) <= 40
		}
	}
	if i == 0 || countWordsUpTo(text, 9) > 8 {
		return false
	}
	p, prev := d.paras[i], d.paras[i-1]
	return s.s == p.s && strings.TrimSpace(d.body[s.e:p.e]) == "" && prev.e-prev.s <= 44 && isButtonLine(d.body[prev.s:prev.e])
}

// bylineRoles name a writer's post in a byline under a portrait ("Gary
// Gould — Managing Editor", «Иван Петров — обозреватель»), longest first
// where one opens another.
var bylineRoles = [...]string{
	"managing editor", "editor-in-chief", "editor in chief", "news editor", "staff writer", "senior writer", "editor", "reporter", "columnist", "correspondent", "contributor",
	"главный редактор", "шеф-редактор", "редактор", "корреспондент", "обозреватель", "колумнист", "головний редактор", "кореспондент", "оглядач",
	"chefredakteur", "redakteur", "korrespondent", "rédacteur en chef", "rédacteur", "correspondant", "chroniqueur", "redactor jefe", "redactor", "corresponsal", "columnista",
	"editor-chefe", "repórter", "colunista", "caporedattore", "redattore", "corrispondente", "editorialista", "genel yayın yönetmeni", "muhabir", "yazar",
}

// cutRoleByline cuts a byline of a name and a post before a dash that
// opens a paragraph glued to its text, also when a portrait's caption
// printed it twice ("Gary Gould — Managing Editor Gary Gould — Managing
// Editor Let's face it, …"): one to four capitalised words, a spaced dash,
// a post (bylineRoles), and the rest opening with a capital.
func cutRoleByline(s string) string {
	out := s
	for k := 0; k < 2; k++ {
		rest, ok := cutOneRoleByline(out)
		if !ok {
			break
		}
		out = rest
	}
	return out
}

func cutOneRoleByline(s string) (string, bool) {
	if !isUpperStart(s) {
		return s, false
	}
	limit := min(len(s), 60)
	i := strings.Index(s[:limit], " — ")
	dash := len(" — ")
	if j := strings.Index(s[:limit], " - "); j > 0 && (i < 0 || j < i) {
		i, dash = j, len(" - ")
	}
	if i <= 0 {
		return s, false
	}
	names := 0
	ok := true
	eachField(s[:i], func(w string) bool {
		names++
		ok = ok && isUpperStart(w) && !strings.ContainsAny(w, ",.:;!?")
		return ok
	})
	if !ok || names > 4 {
		return s, false
	}
	after := s[i+dash:]
	for _, r := range bylineRoles {
		if len(after) > len(r)+1 && equalFold(after[:len(r)], r) && after[len(r)] == ' ' {
			rest := strings.TrimLeft(after[len(r):], " ,")
			if isUpperStart(rest) && countWordsUpTo(rest, minSummaryWords) >= minSummaryWords {
				return rest, true
			}
		}
	}
	return s, false
}

// cutArrowPrompt cuts a button's label and the arrow after it that open a
// paragraph glued to the text («Узнайте больше в полной версии ➞«Видео
// с места! …»», "Read more in the full version → The mayor …"): a label of
// buttonLabels, at most five more words, then an arrow.
func cutArrowPrompt(s string) string {
	limit := min(len(s), 80)
	// Every arrow's UTF-8 opens with the byte E2: a sentence without one
	// near its start has none (IndexAny decodes every rune).
	if strings.IndexByte(s[:limit], 0xE2) < 0 {
		return s
	}
	a := strings.IndexAny(s[:limit], "➞→▶►")
	if a < 0 {
		return s
	}
	head := strings.TrimSpace(s[:a])
	open := false
	for _, l := range buttonLabels {
		if len(head) >= len(l) && equalFold(head[:len(l)], l) && (len(head) == len(l) || head[len(l)] == ' ') {
			open = true
			break
		}
	}
	if !open || countWordsUpTo(head, 9) > 8 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[a:])
	rest := strings.TrimSpace(s[a+n:])
	if countWordsUpTo(rest, minSummaryWords) < minSummaryWords {
		return s
	}
	return rest
}

// shoutedMarks are the marks trimmed off a word of a shouted line (isShoutedLine).
var shoutedMarks = newCharSet("[](),.:;!?\"«»“”'’-–—")

// capsOpeners open a lede after a place printed in capitals with no mark
// between them ("SON SERVERA Un agente …", «СОЧИ В среду полицейские
// …»): articles, prepositions and the like, in title case, of the
// languages the verb cues read. An acronym opening a sentence is followed
// by a noun or a name ("NATO Secretary General …", "FBI agents …"), not by
// one of them.
var capsOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "After": true,
	"В": true, "Во": true, "На": true, "По": true, "С": true, "У": true, "После": true, "Після": true,
	"Der": true, "Die": true, "Das": true, "Ein": true, "Eine": true, "Am": true, "Im": true, "Bei": true, "Nach": true,
	"Le": true, "La": true, "Les": true, "Un": true, "Une": true, "Des": true, "Au": true, "Dans": true,
	"El": true, "Los": true, "Las": true, "Una": true, "En": true, "Al": true, "Tras": true,
	"O": true, "Os": true, "As": true, "Um": true, "Uma": true, "No": true, "Na": true, "Em": true, "Ao": true,
	"Il": true, "Lo": true, "Gli": true, "Nel": true, "Nella": true, "Bir": true,
}

// cutCapsPlace cuts a dateline of one to three words in capitals glued to
// the lede with no mark between them ("SON SERVERA Un agente de la Policía
// detuvo …"), when a word of capsOpeners follows them and the rest reads
// as a sentence with a finite verb in language l (summary_verb.go).
func cutCapsPlace(s string, l verbLang) string {
	if len(s) < 4 || l == vlNone {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	if !unicode.IsUpper(r) || !unicode.IsUpper(r2) {
		return s // most sentences: no two capitals open them
	}
	i, words := 0, 0
	for words < 4 {
		sp := strings.IndexByte(s[i:], ' ')
		if sp <= 0 {
			return s
		}
		w := s[i : i+sp]
		if capsOpeners[w] && words > 0 {
			rest := s[i:]
			if countWordsUpTo(rest, minSummaryWords) < minSummaryWords || !hasVerbCue(rest, l) {
				return s
			}
			return rest
		}
		if !isCapsPlaceWord(w) || words == 0 && utf8.RuneCountInString(w) < 3 {
			return s
		}
		words++
		i += sp + 1
	}
	return s
}

// isCapsPlaceWord reports whether w is a word of a place in capitals:
// capital letters, a hyphen or an apostrophe, no digit or other mark.
func isCapsPlaceWord(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}
