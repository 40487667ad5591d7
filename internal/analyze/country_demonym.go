package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/gendemonyms -o demonyms_data.go

// natDemonym is a country's demonym in one language (see demonyms_data.go).
type natDemonym struct {
	code string
	lang string
	base string
}

// demonymSkipped are demonyms that mean something else as well: Spanish
// «indio», Italian «indiano» and French «indien» are also the Americas'
// indigenous peoples (and «l'océan Indien»), Italian «emiro» is an emir,
// Spanish «navideño» is of Christmas (Christmas Island's). The table also
// gives Wallis and Futuna Wales's demonym (Welsh, gallois, gallese: Louis
// Gallois) and the Falklands Saint-Malo's (malouin).
var demonymSkipped = map[string]bool{"indio": true, "indiano": true, "indien": true, "emiro": true, "navideño": true,
	"welsh": true, "gallois": true, "gallese": true, "malouin": true}

// demonymForms returns the forms of a demonym in its language, from its
// base form: French sénégalais → sénégalaise(s), ivoirien → ivoirienne(s),
// marocain → marocaine(s); Spanish paraguayo → paraguaya(s), paraguayos,
// senegalés → senegalesa(s), senegaleses, iraní → iraníes; Italian
// ivoriano → ivoriana, ivoriani, ivoriane, senegalese → senegalesi;
// German senegalesisch with its adjective endings; English Paraguayan →
// Paraguayans (Senegalese, Dutch and Swiss keep one form).
func demonymForms(lang, base string) []string {
	b := base
	if lang != "en" {
		b = strings.ToLower(base)
	}
	cut := func(suf string) string { return strings.TrimSuffix(b, suf) }
	with := func(stem string, ends ...string) []string {
		out := make([]string, len(ends))
		for i, e := range ends {
			out[i] = stem + e
		}
		return out
	}
	switch lang {
	case "en":
		for _, s := range [...]string{"ese", "ish", "ch", "ss", "s"} {
			if strings.HasSuffix(b, s) {
				return []string{b}
			}
		}
		return []string{b, b + "s"}
	case "fr":
		switch {
		case strings.HasSuffix(b, "s"), strings.HasSuffix(b, "x"):
			return with(b, "", "e", "es")
		case strings.HasSuffix(b, "en"):
			return with(b, "", "s", "ne", "nes")
		case strings.HasSuffix(b, "e"):
			return with(b, "", "s")
		}
		return with(b, "", "s", "e", "es")
	case "es":
		switch {
		case strings.HasSuffix(b, "o"):
			return with(cut("o"), "o", "a", "os", "as")
		case strings.HasSuffix(b, "és"):
			return append([]string{b}, with(cut("és")+"es", "a", "as", "es")...)
		case strings.HasSuffix(b, "án"):
			return append([]string{b}, with(cut("án")+"an", "a", "as", "es")...)
		case strings.HasSuffix(b, "í"), strings.HasSuffix(b, "ú"):
			return with(b, "", "es", "s")
		case strings.HasSuffix(b, "e"), strings.HasSuffix(b, "a"):
			return with(b, "", "s")
		}
		return with(b, "", "a", "as", "es")
	case "it":
		switch {
		case strings.HasSuffix(b, "o"):
			return with(cut("o"), "o", "a", "i", "e")
		case strings.HasSuffix(b, "e"):
			return with(cut("e"), "e", "i")
		case strings.HasSuffix(b, "a"):
			return with(cut("a"), "a", "i", "e")
		}
	case "de":
		if strings.HasSuffix(b, "isch") {
			return with(b, "", "e", "en", "er", "es", "em")
		}
	}
	return []string{b}
}

// addDemonyms adds the countries' demonyms (see demonyms_data.go) to the
// gazetteer in their forms: "le président sénégalais", «el canciller
// paraguayo», "l'omologo ivoriano", "die senegalesische Regierung",
// "Paraguayan officials". A form the gazetteer already has keeps its entry
// (the hand-made demonyms of the countries the corpus is most about, with
// their peoples' nouns), unless it is only the country's name written with
// a capital (Argentina, and the demonym «argentina» in lower case); a form two countries' demonyms share (Congolese,
// dominicano) names neither, and demonymSkipped are left out, as are the
// table's entries that are names the gazetteer skips (Reunion, Norfolk).
// English demonyms are capitalised; the other languages write them in
// lower case.
// Like every demonym they name no country as a language's name (en
// sénégalais). The same-story keys do not read them (data mark '*').
func addDemonyms(l *lexicon, v *vocab) {
	// known holds the phrases the gazetteer has, with the country of those
	// that are only its name written with a capital: Spanish writes the
	// demonym «argentina» (la canciller argentina, hora argentina) as the
	// name in lower case, and that reading is added beside the name's.
	known := map[string]string{}
	for i := range l.entries {
		e := &l.entries[i]
		k := idsKey(e.words)
		c, seen := known[k]
		switch {
		case e.flags&eNeedCap == 0 || e.code == "" || seen && c != e.code:
			known[k] = "-"
		case !seen:
			known[k] = e.code
		}
	}
	type key struct{ lang, form string }
	owners := map[key]string{}
	for i := range natDemonyms {
		d := &natDemonyms[i]
		for _, f := range demonymForms(d.lang, d.base) {
			k := key{d.lang, strings.ToLower(f)}
			if o, ok := owners[k]; ok && o != d.code {
				owners[k] = ""
			} else if !ok {
				owners[k] = d.code
			}
		}
	}
	type add struct {
		code, label string
		flags       uint8
		langs       uint16
	}
	adds := map[string]*add{} // a form the same in several languages is one entry
	var order []string
	for i := range natDemonyms {
		d := &natDemonyms[i]
		if b := strings.ToLower(d.base); d.code == "AQ" || d.code == "UM" || demonymSkipped[b] || skippedNames[b] || citySkipped[b] {
			continue
		}
		var flags uint8
		if d.lang == "en" {
			flags = eNeedCap
		}
		for _, f := range demonymForms(d.lang, d.base) {
			words := normWords(f)
			if len(words) != 1 || owners[key{d.lang, strings.ToLower(f)}] == "" || utf8.RuneCountInString(words[0]) <= 4 {
				continue
			}
			if c, ok := known[idsKey([]uint32{v.id(words[0])})]; ok && (c != d.code || d.lang == "en") {
				continue
			}
			a := adds[words[0]]
			switch {
			case a == nil:
				adds[words[0]] = &add{d.code, d.base, flags, langBits[d.lang]}
				order = append(order, words[0])
			case a.code != d.code:
				a.code = "" // two countries' in two languages
			default:
				a.langs |= langBits[d.lang]
				a.flags &= flags
			}
		}
	}
	// The demonyms of languages beyond the nine (intlDemonyms: Finnish
	// ranskalaisella, Dutch Oezbeekse) count, like those languages' names,
	// only in their text (lOther), and never take a word the gazetteer or
	// the nine's demonyms have already.
	for i := range intlDemonyms {
		d := &intlDemonyms[i]
		words := normWords(d.name)
		if len(words) != 1 || demonymSkipped[words[0]] || skippedNames[words[0]] || citySkipped[words[0]] || adds[words[0]] != nil {
			continue
		}
		if _, ok := known[idsKey([]uint32{v.id(words[0])})]; ok {
			continue
		}
		var flags uint8
		if r, _ := utf8.DecodeRuneInString(d.name); unicode.IsUpper(r) {
			flags = eNeedCap
		}
		adds[words[0]] = &add{d.code, d.name, flags, lOther}
		order = append(order, words[0])
	}
	for _, w := range order {
		if a := adds[w]; a.code != "" {
			l.add(v, []string{w}, entry{code: a.code, topic: -1, kind: kDemonym, flags: a.flags, weight: kindWeight[kDemonym], label: a.label, langs: a.langs, story: storyNone})
		}
	}
}

// englishDemonymIDs returns the word ids of the gazetteer's one-word
// English demonyms (Chinese, American, Irish): the words inEnglishName
// reads as English inside text of another language.
func englishDemonymIDs(l *lexicon) map[uint32]bool {
	ids := map[uint32]bool{}
	for i := range l.entries {
		e := &l.entries[i]
		if e.kind == kDemonym && e.code != "" && len(e.words) == 1 && e.flags&eNeedCap != 0 && e.label != "" && e.label[0] < 0x80 && (e.langs == 0 || e.langs&lEN != 0) {
			ids[e.words[0]] = true
		}
	}
	return ids
}

// inEnglishName reports whether the demonym match m is an English word
// that opens or continues a capitalised English name in text of another
// language: in a German, French, Italian or Turkish article "Chinese
// Restaurant Zum Drachen", "le Indian Summer Festival", "l'American Bar
// Stella" or "Irish Pub Corner" names a restaurant, a festival or a bar,
// not a country. As inForeignName does for topic words, a capitalised
// Latin word joined by a space only after the demonym makes the name; the
// demonym alone still counts, and so does a country's English name (in
// den USA). Where the text's own language reads the word as its demonym
// too (Italian senegalese, the stem of americano, the German noun
// Chinese), the word opening a sentence may be that language's own word
// before a person's name (Senegalese Ousmane Diallo…), and so is the
// German noun after an article or an adjective (der Chinese Wang Lei, ein
// junger Chinese): those stay the demonym.
func (a *Analyzer) inEnglishName(d *doc, src string, toks []token, m match, e *entry) bool {
	if d.langs == 0 || d.langs&lEN != 0 || e.kind != kDemonym || m.n != 1 {
		return false
	}
	i := int(m.tok)
	if !latinCapital(src[toks[i].s]) || i+1 >= len(toks) || src[toks[i].e:toks[i+1].s] != " " || !latinCapital(src[toks[i+1].s]) || !a.enDemonyms[toks[i].id] {
		return false
	}
	if e.langs&d.langs == 0 {
		return true
	}
	if i == 0 || toks[i-1].sent != toks[i].sent {
		return false // the sentence's first word: the language's own demonym may open it
	}
	if d.langs&lDE != 0 {
		switch w := string(d.norm[toks[i-1].ns:toks[i-1].ne]); {
		case w == "der" || w == "ein" || w == "kein" || w == "dieser" || w == "jener" || w == "jeder":
			return false // Der Chinese Wang Lei
		case !latinCapital(src[toks[i-1].s]) && len(w) >= 4 && (strings.HasSuffix(w, "e") || strings.HasSuffix(w, "er")) && !strings.HasPrefix(w, "ein") && !strings.HasPrefix(w, "kein"):
			return false // der junge Chinese, ein 30-jähriger Chinese
		}
	}
	return true
}
