package analyze

import "strings"

// resolvePronoun resolves "he said" / «— сказал он»: the person the
// nearest earlier sentence is about — the first person it names, or the
// speaker of a quotation in it. A sentence that names no one ("He added
// …") passes to the one before it. It returns the name, or "" when it is
// not clear who spoke, and why (for the diagnostic tests).
func (a *Analyzer) resolvePronoun(d *doc, q quoteSpan, mentions []mention, spans []quoteSpan) (string, string) {
	si := d.sentenceAt(q.open)
	// role: a sentence passed over whose subject is a title ("The minister
	// praised X"); the person found before it must hold that title.
	role := ""
	// reach counts the sentences passed over; one that opens with the
	// pronoun or lies inside a quotation goes on with the same person and
	// does not count, up to a bound on the work.
	reach := 0
	for back := 0; reach <= pronounReach && back <= 4*pronounReach && si-back >= 0; back++ {
		st := d.sents[si-back]
		hi := int(st.e)
		if back == 0 {
			hi = q.open
		}
		if k := d.tokAt(int(st.s)); back > 0 && k < len(d.btoks) && pronounKind(d.word(k)) {
			if femalePronoun(d.word(k)) != q.ref.female {
				reach++
			}
			continue // "He obliged them, Evans said.": still about "he"
		}
		if back > 0 && d.parentheticalPronoun(int(st.s), hi, q.ref.female) {
			continue // "The government, she said, has …": still about "she" (quote_pronoun_aside.go)
		}
		if back > 0 && !insideSpan(spans, int(st.s)) {
			reach++
		}
		if back > 0 {
			// «По словам главы государства, депутаты сами виноваты. «…», —
			// добавил он»: a sentence opened by its source is that
			// person's words, whatever its subject; "he" is the source.
			switch src := a.sentenceSource(d, int(st.s), hi); src.kind {
			case refPronoun:
				if src.female != q.ref.female {
					reach++
				}
				continue // «По его словам, …»: still about "he"
			case refRole:
				n := a.sourceRoleHolder(d, q, src.role, mentions)
				for _, m := range mentions {
					if n != "" && m.pos < q.open && sameSpeaker(m.name, n) && d.otherGender(m, q.ref.female) {
						n = ""
					}
				}
				if n == "" {
					return "", "source of the sentence a role, no one holds it"
				}
				return n, "source of the sentence, a role"
			}
		}
		if _, named := firstMention(mentions, spans, int(st.s), hi); !named && d.unnamedPersonSubject(int(st.s), hi, q.ref.female) {
			return "", "an unnamed person the subject" // "A local farmer showed the damage. “…,” he said" (quote_unnamed_subject.go)
		} else if !named && d.bareNameApposition(int(st.s), hi) {
			return "", "a bare surname with an apposition the subject" // "Galipo, the attorney for the family, disputed that. “…,” he said" (quote_bare_apposition.go)
		}
		if _, named := firstMention(mentions, spans, int(st.s), hi); back > 0 && !named && role == "" {
			if r := d.roleSubjectSentence(int(st.s), hi); r != "" {
				// "The manager also looked back on the goals. “…,” he
				// added": the role's holder (quote_pronoun_role_subject.go).
				if n := a.sourceRoleHolder(d, q, r, mentions); n != "" {
					for _, m := range mentions {
						if m.pos < q.open && sameSpeaker(m.name, n) && d.otherGender(m, q.ref.female) {
							return "", "the role subject of the other sex"
						}
					}
					return n, "the role subject of the sentence"
				}
			}
		}
		if _, named := firstMention(mentions, spans, int(st.s), hi); back > 0 && !named && d.pluralSubject(int(st.s), hi) {
			return "", "plural subject" // "The two leaders also discussed …": either may be "he"
		} else if !named && a.ownedMentionIn(d, mentions, int(st.s), hi) {
			return "", "a person's noun owns the name" // "The mother of Aigul Bekova said …": "she" is the mother, whom no name gives
		}
		if back > 0 && role == "" {
			if _, ok := lastSaid(mentions, int(st.s), hi); ok && d.replyToQuestion(q, int(st.s), hi) {
				return "", "a reply to a question" // "X asked: “…?” “…,” he replied": the other side answers
			}
			// A quotation's speaker in an earlier sentence is who "he"
			// goes on speaking: X, …, said: “A.” He stated: “B.”
			if m, ok := lastSaid(mentions, int(st.s), hi); ok && !d.otherGender(m, q.ref.female) {
				if n := a.mentionName(d, m, q.ref.female); n != "" || m.person >= 0 {
					return d.pronounCase(m, n, q.ref.female), "last speaker"
				}
			}
		}
		if back == 0 && d.pronounObjectsBefore(mentions, spans, int(st.s), hi, q.ref.female) {
			continue // "Commenting on the statement of X, he said: “…”": X is not "he"
		}
		if m, named := firstMention(mentions, spans, int(st.s), hi); back > 0 && named && !m.said && d.pronounSubjectBefore(int(st.s), m.pos, q.ref.female) {
			continue // "On Tuesday he met Bakyt Toktogulov.": still about "he"
		}
		if m, named := firstMention(mentions, spans, int(st.s), hi); back > 0 && named && !m.said {
			if r, obj := d.objectUnderTitle(m, int(st.s), q.ref.female); obj {
				switch {
				case r != "" && (role == "" || role == r):
					role = r
					continue // "The minister also praised X.": about the minister
				case r != "":
					return "", "two titles as subjects"
				case !d.ru && !d.pronounSubjectBefore(int(st.s), m.pos, !q.ref.female):
					// "The ministry praised X": X may be "he"; after "she
					// met X" he is the only one.
					return "", "first person an object"
				}
			}
		}
		if role != "" {
			// Only a person named as a sentence's subject, or a speaker,
			// is checked for the title.
			if m, ok := lastSaid(mentions, int(st.s), hi); back > 0 && ok {
				return a.titledName(d, m, role, q.ref.female), "last speaker, with the title"
			}
			if m, ok := firstMention(mentions, spans, int(st.s), hi); ok {
				if d.namesOther(mentions, m, int(st.s), hi) {
					return "", "two people before a title's sentence"
				}
				return a.titledName(d, m, role, q.ref.female), "first person named, with the title"
			}
			continue
		}
		if back > 0 {
			if n, ok := a.sourceOfSentence(d, mentions, spans, int(st.s), hi, q.ref.female); ok {
				if n == "" {
					return "", "source of the sentence, no usable name"
				}
				return n, "source of the sentence"
			}
			if n, ok := a.citedSourceOfSentence(d, mentions, spans, int(st.s), hi, q.ref.female); ok {
				return n, "cited as the sentence's source" // "Agencies quoted X as saying …" (quote_reported.go)
			}
		}
		if _, named := firstMention(mentions, spans, int(st.s), hi); d.ru && back > 0 && !named && d.governedPersonIn(mentions, spans, int(st.s), hi, q.ref.female) {
			// «Нам удалось связаться с Николаем Дроздовым. По его мнению, …
			// «…», — рассказал …»: the person the pronoun most likely
			// means is named nearer, after a preposition; whoever was
			// named before him is not "he".
			return "", "a person named nearer after a preposition"
		}
		if m, ok := firstMention(mentions, spans, int(st.s), hi); ok {
			if n, ok := a.ruNominativeOne(d, mentions, spans, int(st.s), hi, q.ref.female); ok {
				return n, "the one in the nominative" // «Президенту Жапарову доложил министр Ибраев. — сказал он»
			}
			if d.otherGender(m, q.ref.female) || !m.said && d.namesOther(mentions, m, int(st.s), hi) && (!d.speechVerbAfter(m.pos, hi) || d.askVerbAfter(m.pos, hi)) {
				// "X met Y. “…,” he said", "X asked Y …": either may have
				// spoken, unless one alone is of the pronoun's sex.
				if n, _ := a.pronounOfGender(d, mentions, spans, int(st.s), hi, q.ref.female); n != "" {
					return n, "one of the pronoun's sex"
				}
				if n := a.subjectOverObjects(d, mentions, spans, int(st.s), hi, q.ref.female); n != "" {
					return n, "subject, the others objects"
				}
				if reach < pronounReach && d.allOtherGender(mentions, spans, int(st.s), hi, q.ref.female) {
					// «Министр Иван Петров провел совещание. Затем
					// выступила депутат Айгуль Бекова. «…», — сказал он»:
					// she cannot be «он»; the sentence before may name him.
					continue
				}
				if d.otherGender(m, q.ref.female) {
					return "", "first person of the other sex"
				}
				return "", "two people in the sentence"
			}
			n := a.mentionName(d, m, q.ref.female)
			if n == "" {
				n = a.loneMentionName(d, m, q.ref.female)
			}
			if n == "" {
				return "", "first person no usable name (lone word or sex)"
			}
			if n = d.pronounCase(m, n, q.ref.female); n == "" {
				return "", "first person in an oblique case"
			}
			return n, "first person named"
		}
	}
	if n := a.headlinePronoun(d, q, mentions); n != "" {
		return n, "headline person"
	}
	for _, m := range mentions {
		if m.pos < q.open {
			return "", "nobody within reach"
		}
	}
	return "", "no person before"
}

// subjectOverObjects returns the subject of the sentence [lo, hi) when
// the other people it names are certainly not who the pronoun means:
// inside a quotation, of the other sex, or, in Russian, objects by their
// case («Канат Абдыкадыров принял Бакыта Токтогулова. «…», — сказал он»:
// «Токтогулова» is a man's accusative or a woman's nominative, neither
// «он»). News refers by "he" to the subject of the sentences before, so
// such a person does not stand between. It returns "" when another
// person may be meant: any other in English, whose objects look like
// subjects ("Aigul Bekova met Danielle Harrison" — either may be "she"),
// a speaker, a person opening a clause («Канат Абдыкадыров и Бакыт
// Токтогулов встретились», «…, а Бакыта Токтогулова …»), or a Russian
// name in a form the pronoun's nominative may take («затем выступил
// Бакыт Токтогулов», whose subject follows its verb).
func (a *Analyzer) subjectOverObjects(d *doc, mentions []mention, spans []quoteSpan, lo, hi int, female bool) string {
	s, ok := d.clauseSubject(mentions, spans, lo, hi)
	if !ok || d.otherGender(s, female) || d.ru && s.person < 0 && ruOblique(lastWord(s.name), female) {
		return ""
	}
	for _, o := range mentions {
		if o.pos < lo || o.pos >= hi || o.pos == s.pos || o.governed || o.person < 0 && titleWords[strings.ToLower(o.name)] {
			continue
		}
		if !o.said && insideSpan(spans, o.pos) {
			continue // a name inside a quotation names no one speaking here
		}
		if o.person == s.person && (o.person >= 0 || sameSpeaker(o.name, s.name)) || d.otherGender(o, female) {
			continue
		}
		if d.afterPhrasePreposition(o.pos, lo) {
			continue // "the government of Prime Minister X", «по приглашению X»: a complement
		}
		if !d.ru || o.said || d.clauseStartsAt(o.pos, lo) {
			// English marks no object: "Aigul Bekova met Danielle
			// Harrison" may go on with either. A speaker, or the
			// subject of a clause of its own, may be meant too.
			return ""
		}
		if o.person >= 0 && !d.knownOblique(o) || o.person < 0 && !ruObjectCase(lastWord(o.name), female) {
			return ""
		}
	}
	n := a.mentionName(d, s, female)
	if n == "" {
		return ""
	}
	return d.pronounCase(s, n, female)
}

// clauseJoiners open a clause with a subject of its own before a name:
// "X spoke, and Y replied", "X left while Y stayed", «X выступил, а Y …».
var clauseJoiners = map[string]bool{
	"and": true, "but": true, "while": true, "whereas": true, "when": true, "as": true, "then": true,
	"that": true, "because": true, "after": true, "before": true, "or": true, "nor": true, "who": true,
	"и": true, "а": true, "но": true, "когда": true, "пока": true, "что": true, "затем": true, "потом": true,
	"или": true, "тогда": true, "как": true, "после": true, "чем": true,
}

// clauseStartsAt reports whether the name at byte offset pos opens a
// clause: a conjunction, a semicolon or a colon before it (after any
// title and lower-case words of its description, up to three words), or
// the start of the range at lo.
func (d *doc) clauseStartsAt(pos, lo int) bool {
	k := d.tokAt(pos)
	for n := 0; n < 3 && k > 0 && int(d.btoks[k-1].s) >= lo && d.btoks[k-1].has(fCap) && d.contiguous(k-1, k); n++ {
		k-- // the first name, a title
	}
	for n := 0; n < 3 && k > 0 && int(d.btoks[k-1].s) >= lo && d.contiguous(k-1, k) && (d.listed(k-1, rwTitleWord) || d.word(k-1) == "the"); n++ {
		k--
	}
	if k == 0 || int(d.btoks[k-1].s) < lo {
		return true
	}
	if strings.ContainsAny(d.body[d.btoks[k-1].e:d.btoks[k].s], ";:") {
		return true
	}
	return clauseJoiners[d.word(k-1)]
}

// sourceOfSentence returns the person an earlier sentence gives as its
// source, who goes on speaking in "he said": "According to Kanat
// Abdykadyrov, the schools will open. “…,” he said." — «По словам Каната
// Абдыкадырова, школы откроются. «…», — сказал он». The name follows a
// preposition, so it is no subject, yet the sentence is that person's
// words. ok is false when the sentence gives no such source; the name is
// "" when it names anyone else outside quotations (who may be meant as
// well) or the name cannot be read (the other sex, no nominative).
func (a *Analyzer) sourceOfSentence(d *doc, mentions []mention, spans []quoteSpan, lo, hi int, female bool) (string, bool) {
	var src mention
	found := false
	for _, m := range mentions {
		if m.pos < lo || m.pos >= hi || m.person < 0 && titleWords[strings.ToLower(m.name)] || !m.said && insideSpan(spans, m.pos) {
			continue
		}
		if found && (m.person != src.person || m.person < 0 && !sameSpeaker(m.name, src.name)) {
			return "", true // "According to X, Y will …": either may go on
		}
		if !found {
			if !d.sourcePhraseBefore(m.pos) {
				return "", false
			}
			src, found = m, true
		}
	}
	if !found {
		return "", false
	}
	return a.sourceName(d, src, female), true
}

// sourceName is the name of the person a source mention names, for a
// pronoun of the given sex to take: "" when the mention is of the other
// sex, or a Russian name after a preposition or a citing word (in the
// genitive or accusative, «по словам Каната Абдыкадырова») that cannot be
// put back in the nominative of that sex.
func (a *Analyzer) sourceName(d *doc, m mention, female bool) string {
	if d.otherGender(m, female) {
		return ""
	}
	if m.person >= 0 || !d.ru {
		return a.mentionName(d, m, female)
	}
	first, sur, ok := strings.Cut(m.name, " ")
	if !ok || strings.Contains(sur, " ") {
		return ""
	}
	n, ok := ruNominativeName(first, sur)
	if !ok {
		return ""
	}
	if _, nf, _ := ruSurnameNominative(sur); nf != female {
		return ""
	}
	return n
}

// sourceRoleHolder resolves the role of a source phrase («по словам главы
// государства», "according to the minister") to the person who holds it:
// the one public figure of the person table with that role among the
// mentions, or else the one person the text before the quotation
// introduces with that title word. Who is the subject of the sentences
// around does not count: the phrase's role is not theirs.
func (a *Analyzer) sourceRoleHolder(d *doc, q quoteSpan, role string, mentions []mention) string {
	want, ok := roleWords[role]
	if !ok {
		return ""
	}
	cand, two := knownRoleHolder(speakerRef{kind: refRole, role: role}, mentions)
	switch {
	case two:
		return ""
	case cand >= 0:
		return a.personName(d, cand)
	case want != "" || headRoles[role]:
		return ""
	}
	word := strings.Fields(role)[0]
	return a.holderOf(d, d.tokAt(q.open), func(j int) bool {
		return d.word(j) == word || d.ru && ruRoleNominative(d.word(j)) == word
	})
}

// sentenceSource reads a source phrase opening the sentence that starts at
// byte offset lo (before hi), up to its first comma within nine tokens:
// «По его словам,», «По словам главы государства,», "According to the
// minister,". It returns a pronoun or a role reference, or none.
func (a *Analyzer) sentenceSource(d *doc, lo, hi int) speakerRef {
	s0 := d.tokAt(lo)
	for m := s0; m < s0+9 && m+1 < len(d.btoks) && int(d.btoks[m+1].s) < hi; m++ {
		gap := d.body[d.btoks[m].e:d.btoks[m+1].s]
		if strings.ContainsAny(gap, ":;«»“”\"—–.!?") {
			return speakerRef{}
		}
		if !strings.Contains(gap, ",") {
			continue
		}
		var ref speakerRef
		if !d.ru && m > s0+1 && d.word(s0) == "according" && d.word(s0+1) == "to" {
			if r, end := a.roleAfter(d, s0+2, int(d.btoks[m+1].s)); end == m+1 {
				ref = r
			}
		} else if d.ru {
			ref = a.sourcePhrase(d, s0, m)
		}
		if ref.kind == refPronoun || ref.kind == refRole {
			return ref
		}
		return speakerRef{}
	}
	return speakerRef{}
}

// sourcePhraseBefore reports whether "according to" or «по словам», «по
// мнению» stands right before the name at byte offset pos (a title
// between).
func (d *doc) sourcePhraseBefore(pos int) bool {
	k := d.tokAt(pos)
	for n := 0; n < 3 && k > 0 && d.contiguous(k-1, k) && (d.listed(k-1, rwTitleWord) || d.btoks[k-1].has(fCap) && n == 0); n++ {
		k--
	}
	if d.ru {
		k = d.ruGenitiveTitleStart(k) // «по словам министра иностранных дел Ермека Кошербаева» (quote_ru_source.go)
	}
	if k < 2 {
		return false
	}
	w1, w2 := d.word(k-2), d.word(k-1)
	return w1 == "according" && w2 == "to" || w1 == "по" && (w2 == "словам" || w2 == "мнению")
}

// ruObjectCase reports whether a Russian surname is in a case no subject
// the pronoun means takes: for «он», a man's oblique case or a woman's
// nominative (Токтогулова, Токтогулову); for «она», a woman's oblique
// case (Асановой, Асанову) or a man's instrumental.
func ruObjectCase(surname string, female bool) bool {
	if ruOblique(surname, female) {
		return true
	}
	w := strings.ToLower(surname)
	return female && (strings.HasSuffix(w, "у") || strings.HasSuffix(w, "ю"))
}

// pronounSubjectBefore reports whether a pronoun of the given sex stands
// in [lo, pos) in the clause of the name at pos: the sentence is about
// "he" already, and the person named is his object («Во вторник он
// принял Бакыта Токтогулова», "On Tuesday he met Bakyt Toktogulov"). A
// name after a comma, a colon, a dash or a conjunction opens a clause of
// its own ("When he arrived, Toktogulov said …") and is no object.
func (d *doc) pronounSubjectBefore(lo, pos int, female bool) bool {
	k := d.tokAt(pos)
	j := k
	for n := 0; n < 3 && j > 0 && int(d.btoks[j-1].s) >= lo && d.btoks[j-1].has(fCap) && d.contiguous(j-1, j); n++ {
		j-- // the first name, a title
	}
	for n := 0; n < 3 && j > 0 && int(d.btoks[j-1].s) >= lo && d.contiguous(j-1, j) && (d.listed(j-1, rwTitleWord) || d.word(j-1) == "the"); n++ {
		j--
	}
	if j == 0 || int(d.btoks[j-1].s) < lo || strings.ContainsAny(d.body[d.btoks[j-1].e:d.btoks[j].s], ",;:—–") || clauseJoiners[d.word(j-1)] {
		return false
	}
	for i := d.tokAt(lo); i < j; i++ {
		if w := d.word(i); pronounKind(w) && femalePronoun(w) == female {
			return true
		}
	}
	return false
}

// pronounObjectsBefore reports whether the quotation's own sentence, in
// [lo, hi) before the quotation, has the attribution's pronoun after the
// people it names, who are objects of a phrase before it ("Commenting on
// the statement of Kanat Abdykadyrov, he said: “…”", «Комментируя
// заявление Каната Абдыкадырова, он сказал: «…»»): "he" is then someone
// named before the sentence. A person opening the sentence or a clause
// ("When Toktogulov arrived, he said") may be "he" and keeps it; in
// Russian, a person named in the nominative.
func (d *doc) pronounObjectsBefore(mentions []mention, spans []quoteSpan, lo, hi int, female bool) bool {
	p := -1
	for i := d.tokAt(lo); i < len(d.btoks) && int(d.btoks[i].s) < hi; i++ {
		if w := d.word(i); pronounKind(w) && femalePronoun(w) == female {
			p = i
		}
	}
	if p < 0 {
		return false
	}
	m, ok := firstMention(mentions, spans, lo, int(d.btoks[p].s))
	if !ok || m.said {
		return false
	}
	k := d.tokAt(m.pos)
	for n := 0; n < 3 && k > 0 && int(d.btoks[k-1].s) >= lo && d.btoks[k-1].has(fCap) && d.contiguous(k-1, k); n++ {
		k-- // the first name, a title
	}
	for n := 0; n < 3 && k > 0 && int(d.btoks[k-1].s) >= lo && d.contiguous(k-1, k) && (d.listed(k-1, rwTitleWord) || d.word(k-1) == "the"); n++ {
		k--
	}
	if k == 0 || int(d.btoks[k-1].s) < lo {
		return false
	}
	if d.ru {
		// Russian marks the object by case: a name in the nominative
		// («Как только Бакыт Токтогулов прибыл, он сказал») is a subject.
		if m.person >= 0 {
			return d.knownOblique(m)
		}
		return ruObjectCase(lastWord(m.name), female)
	}
	w := d.word(k - 1)
	return !subordinators[w] && !clauseOpeners[w] && !clauseJoiners[w] && !strings.ContainsAny(d.body[d.btoks[k-1].e:d.btoks[k].s], ",;:")
}

// englishObjectVerbs take a person as their object right after them ("The
// minister praised Bakyt Toktogulov", "told Bakyt Toktogulov"); besides
// them a past participle in -ed does, unless it is one of the adjectives
// in participleAdjectives or a speech verb, whose name after it opens
// what was said ("announced Toktogulov would resign").
var englishObjectVerbs = map[string]bool{
	"met": true, "told": true, "thanked": true, "praised": true, "asked": true, "urged": true,
	"called": true, "visited": true, "received": true, "congratulated": true, "accused": true,
	"blamed": true, "fired": true, "hosted": true, "invited": true, "welcomed": true, "sent": true,
	"gave": true, "joined": true, "interviewed": true, "criticised": true, "criticized": true,
	"backed": true, "supported": true, "defended": true, "attacked": true, "hailed": true, "sacked": true,
	"meets": true, "thanks": true, "praises": true, "urges": true, "visits": true, "receives": true,
	"appointed": true, "dismissed": true, "replaced": true, "awarded": true, "honoured": true, "honored": true,
}

// participleAdjectives describe a person before the name: "retired
// general X", "jailed opposition leader X".
var participleAdjectives = map[string]bool{
	"retired": true, "detained": true, "jailed": true, "exiled": true, "elected": true, "disgraced": true,
	"embattled": true, "alleged": true, "wanted": true, "talented": true, "respected": true,
	"celebrated": true, "acclaimed": true, "noted": true, "imprisoned": true, "arrested": true,
	"murdered": true, "killed": true, "injured": true, "wounded": true, "deceased": true, "sanctioned": true,
	"unnamed": true, "named": true, "so-called": true, "renewed": true, "veiled": true,
}

// objectUnderTitle reports whether the first person a sentence [lo, …)
// names, m, is the object of a verb, not the subject (obj), and, if so,
// the title that opens the sentence as its subject ("The minister also
// praised Bakyt Toktogulov", «Министр также похвалил Бакыта Токтогулова»:
// "minister", «министр»), or "". English tells the object by the verb
// before the name, Russian by the name's case (for the pronoun's sex);
// a known person's surname is left alone (it may not decline).
func (d *doc) objectUnderTitle(m mention, lo int, female bool) (string, bool) {
	k := d.tokAt(m.pos)
	for n := 0; n < 3 && k > 0 && int(d.btoks[k-1].s) >= lo && d.btoks[k-1].has(fCap) && d.contiguous(k-1, k); n++ {
		k-- // the first name, a title
	}
	first := d.tokAt(lo)
	if k <= first || strings.ContainsAny(d.body[d.btoks[k-1].e:d.btoks[k].s], ",;:—–()") {
		return "", false
	}
	if d.ru {
		if m.person >= 0 || !strings.Contains(m.name, " ") || !ruObjectCase(lastWord(m.name), female) {
			return "", false
		}
	} else {
		w := d.word(k - 1)
		if d.btoks[k-1].has(fCap) || !englishObjectVerbs[w] && (d.listed(k-1, rwSpeechVerb) || !strings.HasSuffix(w, "ed") || participleAdjectives[w] ||
			k-2 >= first && strings.HasSuffix(d.word(k-2), "ly")) {
			return "", false
		}
	}
	// The title opening the sentence: after an article and an adjective
	// of place ("The Kyrgyz minister"), before the verb.
	for j := first; j < k-1 && j < first+3; j++ {
		w := d.word(j)
		if d.listed(j, rwRoleNoun) && (!d.ru || j == first) {
			return w, true
		}
		if w != "the" && !d.btoks[j].has(fCap) {
			break
		}
	}
	return "", true
}

// titledName returns m's name when the article gives that person the
// title role: a known person holding it, or the word in the few words
// before a name of m ("Education Minister Kanat Abdykadyrov", «министр
// образования Канат Абдыкадыров»); else "".
func (a *Analyzer) titledName(d *doc, m mention, role string, female bool) string {
	n := a.mentionName(d, m, female)
	if n == "" {
		return ""
	}
	if m.person >= 0 {
		p := knownPersons[m.person]
		if p.role == role || strings.Contains(strings.ToLower(p.en), role) {
			return n
		}
	}
	last := lastWord(n)
	for k := range d.btoks {
		if !equalFold(d.body[d.btoks[k].s:d.btoks[k].e], last) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if w := d.word(j); w == role || d.ru && ruRoleNominative(w) == role {
				return d.pronounCase(m, n, female)
			}
		}
	}
	if a.nameTitledAsRole(d, last, role) {
		return d.pronounCase(m, n, female) // «Министр X …» for «Глава ведомства отметил …» (quote_roles.go)
	}
	return ""
}

// knownOblique reports whether a Russian mention of a known person writes
// the surname in another form than the nominative («Путина», «Захаровой»):
// an object. An indeclinable surname (Шойгу) is never one.
func (d *doc) knownOblique(m mention) bool {
	t := &d.btoks[d.tokAt(m.pos)]
	return !equalFold(d.body[t.s:t.e], lastWord(knownPersons[m.person].ru))
}

// loneMentionName returns the one word a mention is written as, when it
// is trusted as a person's surname though the article never gives it in
// full: a public figure of the gazetteer ("Macron", «Макрон»), or a
// surname the article names again (bareSurname); "" when the word's
// ending gives the other sex than the pronoun's, for "she" when it gives
// none, or when it is a Russian oblique form.
func (a *Analyzer) loneMentionName(d *doc, m mention, female bool) string {
	if m.person >= 0 || m.said || m.written || strings.Contains(m.name, " ") {
		return ""
	}
	t := d.tokAt(m.pos)
	if !a.bareSurname(d, t) && !a.isLeaderToken(d, t) {
		return ""
	}
	n := a.surface(d, t, t+1)
	if !loneSpeakerIs(n, female) || female && surnameGender(surnameKey(n)) != genderFemale {
		return "" // "she" needs a woman's ending: most lone public figures are men
	}
	return d.pronounCase(m, n, female)
}

// phrasePrepositions make the name after them (and its title) the
// complement of a phrase, never a subject: "the government of Prime
// Minister X", "at the invitation of X", «по приглашению X», «в
// правительстве X». "by" is left out: a passive's agent ("was greeted by
// X") is who acted, and may be "he".
var phrasePrepositions = map[string]bool{
	"of": true, "at": true, "in": true, "on": true, "under": true, "after": true, "during": true,
	"via": true, "near": true, "over": true, "through": true, "per": true, "into": true, "onto": true,
	"по": true, "в": true, "во": true, "на": true, "за": true, "после": true, "под": true, "через": true,
	"из": true, "до": true, "со": true, "с": true,
}

// afterPhrasePreposition reports whether a phrase preposition stands right
// before the name at byte offset pos, its title and first names between.
func (d *doc) afterPhrasePreposition(pos, lo int) bool {
	k := d.tokAt(pos)
	for n := 0; n < 4 && k > 0 && int(d.btoks[k-1].s) >= lo && d.contiguous(k-1, k) && (d.btoks[k-1].has(fCap) || d.listed(k-1, rwTitleWord)); n++ {
		k--
	}
	return k > 0 && int(d.btoks[k-1].s) >= lo && d.contiguous(k-1, k) && !d.btoks[k-1].has(fCap) && phrasePrepositions[d.word(k-1)]
}

// governedPersonIn reports whether the sentence [lo, hi) names, outside
// quotations, a person of the pronoun's sex whom a preposition or a noun
// governs (mention.governed: «связаться с Николаем Дроздовым», "talked to
// Ali Khan") after no title or role that could be the subject: the one a
// pronoun after it may mean.
func (d *doc) governedPersonIn(mentions []mention, spans []quoteSpan, lo, hi int, female bool) bool {
	for _, m := range mentions {
		if m.pos < lo || m.pos >= hi || !m.governed || insideSpan(spans, m.pos) || d.otherGender(m, female) {
			continue
		}
		for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].s) < m.pos; k++ {
			if d.listed(k, rwTitleWord) || d.listed(k, rwRoleNoun) {
				return false // «Депутат заверил, что встреча с X …»: a titled subject, whom "he" means
			}
		}
		return true
	}
	return false
}
