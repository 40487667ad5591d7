package analyze

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A speaker named by a role ("the minister noted", «— отметил глава
// государства», "the Kremlin press secretary said") is the one person who
// is the subject of the sentences just before the quotation. When no
// person, or more than one, is, the quotation has no speaker.

// roleNouns are the singular nouns a speaker may be referred to by. Plural
// roles ("officials said", «заявили в ведомстве») name no one person.
var roleNouns = map[string]bool{
	"minister": true, "president": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"official": true, "governor": true, "mayor": true, "ambassador": true, "chairman": true,
	"chairwoman": true, "senator": true, "leader": true, "premier": true, "chancellor": true,
	"secretary": true, "envoy": true, "diplomat": true, "coach": true, "manager": true, "director": true,
	"chief": true, "head": true, "commander": true, "prosecutor": true, "judge": true, "lawyer": true,
	"attorney": true, "economist": true, "analyst": true, "representative": true, "negotiator": true,
	"adviser": true, "advisor": true, "aide": true, "lawmaker": true, "legislator": true, "politician": true,
	"activist": true, "opponent": true, "expert": true, "player": true, "striker": true, "goalkeeper": true,
	"professor": true, "scientist": true, "researcher": true, "congressman": true, "congresswoman": true,
	"counselor": true, "counsellor": true,
	"министр": true, "президент": true, "пресс-секретарь": true, "секретарь": true, "представитель": true,
	"глава": true, "губернатор": true, "мэр": true, "посол": true, "спикер": true, "председатель": true,
	"лидер": true, "премьер": true, "премьер-министр": true, "канцлер": true, "тренер": true,
	"наставник": true, "директор": true, "руководитель": true, "замминистра": true, "заместитель": true,
	"советник": true, "помощник": true, "депутат": true, "сенатор": true, "дипломат": true, "аким": true,
	"прокурор": true, "судья": true, "адвокат": true, "эксперт": true, "аналитик": true,
	"политолог": true, "экономист": true, "командующий": true, "генсек": true, "вице-премьер": true,
	// Words a report uses for someone named before it: the lawmaker, the
	// interviewee, the player.
	"законодатель": true, "парламентарий": true, "политик": true, "собеседник": true, "собеседница": true,
	"чиновник": true, "футболист": true, "игрок": true, "нападающий": true, "полузащитник": true,
	"защитник": true, "вратарь": true, "спортсмен": true, "спортсменка": true, "специалист": true,
	"профессор": true, "ученый": true, "учёный": true, "омбудсмен": true, "вице-спикер": true,
	"госсоветник": true,
}

// subordinateRoles serve another office-holder: a person the article
// titles otherwise («Министр Иван Петров») does not hold them.
var subordinateRoles = map[string]bool{
	"помощник": true, "заместитель": true, "замминистра": true, "замглавы": true, "зампред": true,
	"зампредседателя": true, "советник": true, "deputy": true, "assistant": true, "aide": true,
	"adviser": true, "advisor": true,
}

// headRoles are roles only a head of state or government holds.
var headRoles = map[string]bool{
	"president": true, "leader": true, "premier": true, "chancellor": true,
	"президент": true, "лидер": true, "премьер": true, "канцлер": true, "глава государства": true,
	"head of state": true, "prime minister": true, "премьер-министр": true,
}

// spokesRoles name someone who speaks for another or for a body: "the
// spokesman", «пресс-секретарь», «представитель Кремля», «спикер
// Кремля». A known person the table calls a spokesman is not "the
// minister" nor «глава МИД», and a minister is not "the spokesman".
var spokesRoles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "press secretary": true,
	"пресс-секретарь": true, "представитель": true, "спикер": true,
}

// officeRoles are offices a spokesman does not hold: «глава МИД», "the
// minister", «губернатор», "the judge".
var officeRoles = map[string]bool{
	"глава": true, "министр": true, "minister": true, "head": true, "председатель": true, "chairman": true,
	"governor": true, "губернатор": true, "mayor": true, "мэр": true, "посол": true, "ambassador": true,
	"senator": true, "адвокат": true, "lawyer": true, "судья": true, "judge": true, "тренер": true,
	"coach": true, "аким": true, "akim": true, "руководитель": true, "директор": true, "депутат": true,
}

// otherOffice reports whether a role names an office other than the one
// the person table gives someone (known): a spokesman is not «глава МИД»
// nor "the minister"; a minister is not "the spokesman". Generic words
// ("the diplomat", "the official", «секретарь») fit anyone.
func otherOffice(known, role string) bool {
	if strings.HasPrefix(known, "spokes") {
		for _, w := range strings.Fields(role) {
			if officeRoles[w] {
				return true
			}
		}
		return false
	}
	return known == "minister" && spokesRole(role)
}

// officeClasses group the words of offices that name one kind of post,
// by stem (Russian titles decline: «судьей», «министра»): a speaker's
// title of one kind is not a role of another. Heads («глава»,
// "chairman") belong to none and fit any.
var officeClasses = []struct {
	class string
	stems []string
}{
	{"judge", []string{"judge", "судь"}},
	{"lawyer", []string{"lawyer", "attorney", "адвокат", "защитник"}},
	{"coach", []string{"coach", "тренер"}},
	{"minister", []string{"minister", "министр"}},
	{"local", []string{"akim", "governor", "mayor", "аким", "губернатор", "мэр"}},
	{"envoy", []string{"ambassador", "посол", "посла", "послу", "послом"}},
	{"deputy", []string{"senator", "депутат", "сенатор"}},
	{"prosecutor", []string{"prosecutor", "прокурор"}},
	{"spokes", []string{"spokes", "пресс-секретар", "секретар"}}, // «секретарь» alone: the compound's second half
}

// officeClass returns the kind of post a word names, or "".
func officeClass(w string) string {
	for _, c := range officeClasses {
		for _, st := range c.stems {
			if strings.HasPrefix(w, st) || strings.Contains(w, "-"+st) {
				return c.class // also «премьер-министр»
			}
		}
	}
	return ""
}

// titledOtherOffice reports whether the title before a subject's name
// (in its sentence, as titledAs reads it) names only posts of other
// kinds than the role: "Lawyer Alma Musina" for "the judge said",
// «Министр энергетики Таалайбек Ибраев» for «— сказал аким». A role of no
// kind, or a title naming the role's kind too, is no such title.
func (d *doc) titledOtherOffice(sentStart, namePos int, role string) bool {
	want := ""
	for _, w := range strings.Fields(role) {
		if c := officeClass(w); c != "" {
			want = c
		}
	}
	if want == "" {
		return false
	}
	lo := max(sentStart, namePos-90)
	other := false
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].s) < namePos; k++ {
		if int(d.btoks[k].s) < lo {
			continue
		}
		switch c := officeClass(d.word(k)); c {
		case "":
		case want:
			return false
		default:
			other = true
		}
	}
	return other
}

// spokesRole reports whether a role, a noun or a phrase («пресс-секретарь
// президента», "press secretary"), is one of spokesRoles.
func spokesRole(role string) bool {
	for _, w := range strings.Fields(role) {
		if spokesRoles[w] {
			return true
		}
	}
	return spokesRoles[role]
}

// roleWord returns the role noun at token i ("пресс-секретарь" spans two
// tokens joined by a hyphen) and the token after it.
func (d *doc) roleWord(i int) (string, int) {
	w := d.word(i)
	if i+1 < len(d.btoks) && d.body[d.btoks[i].e:d.btoks[i+1].s] == "-" {
		if jw := w + "-" + d.word(i+1); roleNouns[jw] {
			return jw, i + 2
		}
	}
	if d.listed(i, rwRoleNoun) || d.listed(i, rwPersonNoun) {
		return w, i + 1 // "the farmer said", «сетует фермер»
	}
	return "", i
}

// diplomacyHead reads "head of [Uzbek] diplomacy", «глава [узбекской]
// дипломатии» or "head of the [Foreign] Ministry" at token k, a
// periphrasis for a minister, and returns the token after it, or k.
func (d *doc) diplomacyHead(k, limit int) int {
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < limit && d.contiguous(j-1, j) }
	j := k + 1
	switch {
	case k >= len(d.btoks):
		return k
	case d.word(k) == "head" && in(j) && d.word(j) == "of":
		j++
	case d.word(k) == "глава":
	default:
		return k
	}
	for n := 0; n < 3 && in(j); n, j = n+1, j+1 {
		if w := d.word(j); w == "diplomacy" || w == "дипломатии" || w == "ministry" && d.word(k) == "head" && d.btoks[j-1].has(fCap) {
			return j + 1 // "the head of the Foreign Ministry": its minister ("the head of the ministry" stays a head)
		}
	}
	return k
}

// indefinite words open a description of someone not named before ("a city
// spokesman said", «один из представителей»): never a role reference.
var indefinite = map[string]bool{"a": true, "an": true, "one": true, "another": true, "some": true, "один": true, "одна": true}

// roleAfter reads a role after a speech verb: "the minister", "the Kremlin
// press secretary", «глава МИДа», «главный тренер», «представитель
// Кремля». The role ends the clause or is followed by a preposition
// («сказал глава государства в среду на совещании»). A complement naming a
// person («пресс-секретарь Токаева») makes it someone else's aide: no role.
func (a *Analyzer) roleAfter(d *doc, i, limit int) (speakerRef, int) {
	in := func(k int) bool { return k < len(d.btoks) && int(d.btoks[k].s) < limit }
	if !in(i) || indefinite[d.word(i)] {
		return speakerRef{}, i
	}
	k := i
	if d.ru {
		k = d.skipVerbComplement(i, limit)
		if !in(k) {
			return speakerRef{}, i // «— ответил ему.»: the addressee ends the text
		}
	}
	if d.word(k) == "the" {
		k++
	}
	role := ""
	if end := d.diplomacyHead(k, limit); end > k {
		// "the head of Uzbek diplomacy", «глава узбекской дипломатии»: the
		// foreign minister.
		role, k = "minister", end
		if d.ru {
			role = "министр"
		}
	}
	// Modifiers before the role noun: adjectives, titles, countries.
	deputy := false
	for n := 0; role == "" && in(k) && n < 6; n++ {
		deputy = deputy || d.word(k) == "deputy" || d.word(k) == "vice"
		if k > i && !d.contiguous(k-1, k) && !possessiveGap(d.body[d.btoks[k-1].e:d.btoks[k].s]) {
			return speakerRef{}, i // "the country’s foreign minister" goes on past the possessive
		}
		if r, next := d.roleWord(k); r != "" {
			role, k = r, next
			if !in(k) || !d.contiguous(k-1, k) || !d.listed(k, rwRoleNoun) {
				break
			}
			continue // "press secretary", "foreign minister"
		}
		t := &d.btoks[k]
		if t.has(fDigit) || d.listed(k, rwSpeechVerb) || pronounKind(d.word(k)) || d.listed(k, rwNotName) && !d.listed(k, rwTitleWord) {
			return speakerRef{}, i
		}
		if t.has(fCap) && !d.listed(k, rwTitleWord) && a.countryOfToken(d, k) == "" && !a.isPlaceToken(d, k) && !t.has(fAllCaps) {
			return speakerRef{}, i // a name, not a role
		}
		k++
	}
	if role == "" {
		return speakerRef{}, i
	}
	if deputy {
		role = "deputy" // "the deputy minister" is not the minister
	}
	// Complements after the role noun, up to the clause's end.
	for n := 0; in(k) && n < 5; n++ {
		gap := d.body[d.btoks[k-1].e:d.btoks[k].s]
		if strings.ContainsAny(gap, ".,;:!?()«»\"“”—–") {
			break
		}
		w := d.word(k)
		if descriptorStop[w] || w == "во" || w == "during" || w == "after" || w == "while" || w == "told" || d.listed(k, rwSpeechVerb) {
			break // an adverbial follows the role
		}
		if _, known := a.persons.bySurname[w]; known || a.isLeaderToken(d, k) {
			return speakerRef{}, i // the aide of a named person
		}
		if n := a.nameRun(d, k); n > 0 {
			return speakerRef{}, i // a name the title parsers did not take
		}
		k++
	}
	if in(k) && !strings.ContainsAny(d.body[d.btoks[k-1].e:d.btoks[k].s], ".,;:!?()—–") && !descriptorStop[d.word(k)] &&
		d.word(k) != "во" && d.word(k) != "during" && d.word(k) != "after" && d.word(k) != "while" && !d.listed(k, rwSpeechVerb) {
		return speakerRef{}, i
	}
	if role == "глава" && i+1 < len(d.btoks) && d.word(k-1) == "государства" {
		role = "глава государства"
	}
	return speakerRef{kind: refRole, role: role}, k
}

// roleBefore reads a role that ends at token i, just before a speech verb:
// "the Foreign Minister said:", "The Iranian foreign minister said,",
// "Iran’s foreign minister said". It must open with "the", a possessive or
// the sentence; "a spokesman said" names no one known.
func (a *Analyzer) roleBefore(d *doc, i, start int) speakerRef {
	if i < 0 || int(d.btoks[i].s) < start {
		return speakerRef{}
	}
	role := d.word(i)
	if !d.listed(i, rwRoleNoun) {
		if i > 0 && d.body[d.btoks[i-1].e:d.btoks[i].s] == "-" && roleNouns[d.word(i-1)+"-"+role] {
			role = d.word(i-1) + "-" + role
			i--
		} else {
			return speakerRef{}
		}
	}
	for j := i - 1; j >= 0 && j >= i-5 && int(d.btoks[j].s) >= start; j-- {
		if !d.contiguous(j, j+1) && !possessiveGap(d.body[d.btoks[j].e:d.btoks[j+1].s]) {
			return speakerRef{}
		}
		w := d.word(j)
		if !d.ru && (w == "deputy" || w == "vice") && j == i-1 {
			role = "deputy" // "the deputy minister said" is not the minister
		}
		switch {
		case w == "the" || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || possessiveGap(d.body[d.btoks[j].e:d.btoks[j+1].s]):
			return speakerRef{kind: refRole, role: role}
		case indefinite[w]:
			return speakerRef{}
		case j == 0 || int(d.btoks[j].s) == start || strings.ContainsAny(d.body[d.btoks[j-1].e:d.btoks[j].s], ".!?"):
			// The sentence opens with the role: "Глава государства
			// отметил:".
			if d.ru {
				return speakerRef{kind: refRole, role: role}
			}
			return speakerRef{}
		case d.listed(j, rwTitleWord) || d.listed(j, rwRoleNoun) || a.countryOfToken(d, j) != "" || !d.btoks[j].has(fCap) && !d.listed(j, rwSpeechVerb) && !descriptorStop[w]:
			continue
		default:
			return speakerRef{}
		}
	}
	if d.ru && (i == 0 || int(d.btoks[i].s) == start) {
		return speakerRef{kind: refRole, role: role}
	}
	return speakerRef{}
}

// subordinators open a clause whose subject is not the sentence's.
var subordinators = map[string]bool{
	"that": true, "who": true, "which": true, "whom": true, "whose": true, "if": true, "when": true,
	"while": true, "because": true, "whether": true, "where": true, "although": true,
	"что": true, "чтобы": true, "который": true, "которая": true, "которое": true, "которые": true,
	"которого": true, "которой": true, "которым": true, "если": true, "когда": true, "где": true,
	"хотя": true, "пока": true, "ли": true,
}

// objectMarkers directly before a name make it an object, not the subject
// ("met with X", "встретился с X", "according to X").
var objectMarkers = map[string]bool{
	"by": true, "with": true, "to": true, "for": true, "from": true, "of": true, "about": true,
	"against": true, "between": true, "on": true, "at": true, "in": true, "told": true, "met": true,
	"с": true, "со": true, "у": true, "к": true, "ко": true, "от": true, "для": true, "о": true, "об": true,
	"про": true, "между": true, "перед": true, "за": true, "при": true, "без": true, "и": true, "and": true,
	"журналисту": true, "ведущему": true, "телеведущему": true,
}

// sentenceSubject returns the person a sentence [lo, hi) is about: a name
// next to a speech verb ("X said", «заявил X»), or else the first name of
// the main clause that is not an object.
func (a *Analyzer) sentenceSubject(d *doc, mentions []mention, spans []quoteSpan, lo, hi int) (mention, bool) {
	var first mention
	haveFirst := false
	for _, m := range mentions {
		if m.pos < lo || m.pos >= hi || (m.person < 0 && titleWords[strings.ToLower(m.name)]) {
			continue
		}
		if !m.said && insideSpan(spans, m.pos) {
			continue
		}
		if !m.said && inParens(d.body, lo, m.pos) {
			continue // «директора завода (СМЗ, Нижняя Салда) Сергея Петрова»: an aside is no subject (quote_ru_short_roles.go)
		}
		if m.said {
			return m, true // the speaker of a quotation in the sentence
		}
		k := d.tokAt(m.pos)
		sub := false
		for j := d.tokAt(lo); j < k; j++ {
			if subordinators[d.word(j)] {
				sub = true // «…, что говорит президент Владимир Путин»
				break
			}
		}
		if sub {
			continue
		}
		if k < len(d.btoks) && d.speechVerbNear(k, lo, hi) {
			return m, true
		}
		if haveFirst || k > 0 && int(d.btoks[k-1].s) >= lo && objectMarkers[d.word(k-1)] {
			continue
		}
		first, haveFirst = m, true
	}
	return first, haveFirst
}

// speechVerbNear reports whether a speech verb stands right after the name
// at token k (past its other words) or right before it.
func (d *doc) speechVerbNear(k, lo, hi int) bool {
	j := k
	for j < len(d.btoks) && j < k+4 && int(d.btoks[j].s) < hi && d.btoks[j].has(fCap) && (j == k || d.contiguous(j-1, j)) {
		j++
	}
	if j < len(d.btoks) && int(d.btoks[j].s) < hi && d.listed(j, rwSpeechVerb) {
		return true
	}
	if v := d.afterApposition(j, hi); v > j && d.listed(v, rwSpeechVerb) {
		return true // "X, the education minister, said", «X, министр образования, заявил»
	}
	// «заявил председатель правительства X»: a verb a few title words back.
	for b := k - 1; b >= 0 && b >= k-6 && int(d.btoks[b].s) >= lo; b-- {
		if d.listed(b, rwSpeechVerb) || !d.ru && b > 0 && d.word(b) == "to" && d.word(b-1) == "according" {
			return true // "…, according to Minister X"
		}
		if strings.ContainsAny(d.body[d.btoks[b].e:d.btoks[b+1].s], ",.;:") {
			return false
		}
	}
	return false
}

func insideSpan(spans []quoteSpan, off int) bool {
	for _, sp := range spans {
		if off >= sp.ts && off < sp.te {
			return true
		}
	}
	return false
}

// roleSubject resolves a role to the one person who is the subject of the
// quotation's sentence (before it) and of the three sentences before that.
func (a *Analyzer) roleSubject(d *doc, q quoteSpan, mentions []mention, spans []quoteSpan) string {
	si := d.sentenceAt(q.open)
	if si < 0 {
		return ""
	}
	// name is the one subject of the nearby sentences; matched the one
	// whose own title holds the role word ("Министр … Сергей Лавров" for
	// «— спросил министр»), which decides when other subjects come between.
	name, matched := "", ""
	twoPeople, twoMatched, untitled := false, false, false
	sex := d.roleVerbSex(q)
	for back := 0; back <= 3 && si-back >= 0; back++ {
		st := d.sents[si-back]
		if int(st.para) < q.para-2 {
			break // only the quotation's paragraph and the two before it
		}
		hi := int(st.e)
		if back == 0 || hi > q.open {
			hi = q.open
		}
		if hi <= int(st.s) || back == 0 && q.sourced {
			continue // «По словам губернатора, он «…»»: the role is the sentence's source, not its subject
		}
		m, ok := a.sentenceSubject(d, mentions, spans, int(st.s), hi)
		if !ok {
			if d.opensWithSurname(mentions, int(st.s), hi) {
				twoPeople = true // «Амангельдиев затем уехал»: someone named before, in another case
				break
			}
			continue
		}
		if back == 0 && !q.after && !m.said && d.roleAfterSubordinate(m.pos, q.open, q.ref.role) && d.titledAs(int(st.s), m.pos, q.ref.role) != titleHolds {
			continue // «Омаров рассказал, что министр пообещал ему: «…»»: the minister is not Омаров (quote_precision.go)
		}
		if d.roleOtherSex(sex, m) {
			continue // «Дана Бекова собрала подписи. «…», — сказал министр» (quote_role_sex.go)
		}
		if d.objectOfImpersonal(m, hi) {
			continue // «Олега Петрова приговорили …», "Oleg Petrov was sentenced …": no subject, «прокурор» is someone else
		}
		if !m.said && d.coordinatedSubject(mentions, m, hi) {
			twoPeople = true // "Minister X and Minister Y spoke. “…,” the minister said": either may be the role
			break
		}
		n := a.subjectName(d, m)
		if n == "" {
			twoPeople = true
			break
		}
		if a.titledRival(d, mentions, m, int(st.s), hi, q.ref.role, n) {
			twoPeople = true // "X held talks with President Y. “…,” the president said"
			break
		}
		if m.person >= 0 && (headRoles[q.ref.role] != (knownPersons[m.person].role == "head") ||
			q.ref.roleCode != "" && knownPersons[m.person].code != q.ref.roleCode) {
			continue // "the spokesman" is not the president, nor "the Russian leader" Tokayev
		}
		if m.person >= 0 && otherOffice(knownPersons[m.person].role, q.ref.role) {
			// «— сказал глава МИД» is not the Kremlin's press secretary,
			// nor "the spokesman" the minister; but someone else spoke in
			// between, so only a holder titled with the role is left.
			twoPeople = true
			if d.titledAs(int(st.s), m.pos, q.ref.role) == titleNone {
				untitled = true
			}
			continue
		}
		if m.person < 0 && q.ref.roleCode != "" && !a.titleCountry(d, int(st.s), m.pos, q.ref.roleCode) {
			continue // "the Russian minister" is not "Antony Blinken", whom nothing calls Russian
		}
		title := d.titledAs(int(st.s), m.pos, q.ref.role)
		if interviewerRoles[q.ref.role] && title != titleHolds {
			continue // «— спросил журналист» is not the interviewee the sentence named (quote_ru_roles.go)
		}
		if title == titleOther && headRoles[q.ref.role] && m.person < 0 {
			continue // «Президент подчеркнул» is not the minister the sentence before named
		}
		if title == titleOther && d.titledOtherOffice(int(st.s), m.pos, q.ref.role) {
			continue // "the judge said" is not "Lawyer Alma Musina", nor «аким» the energy minister
		}
		if title == titleOther && subordinateRoles[q.ref.role] {
			continue // «— сказал помощник министра», "the deputy minister said": not the minister the sentence named
		}
		if headRoles[q.ref.role] && m.person < 0 && a.titledOtherInArticle(d, mentions, n) {
			continue // "the Premier stressed" is not "X, the Minister of Mongolia"
		}
		switch title {
		case titleHolds:
			if matched != "" && !sameSpeaker(matched, n) {
				twoMatched = true
			}
			matched = fullerName(matched, n)
		case titleNone:
			untitled = true // "Amangeldiev later left": may hold the role too
		}
		if name != "" && !sameSpeaker(name, n) {
			twoPeople = true // two people: not clear who the role is, unless one holds it by title
		}
		name = fullerName(name, n)
	}
	if matched != "" && !twoMatched && !untitled {
		return matched
	}
	if twoPeople {
		return ""
	}
	return name
}

// coordinatedSubject reports whether the subject m is joined by "and"
// («и») to another person named before hi: "Foreign Minister X and Health
// Minister Y spoke", «Министр X и министр Y выступили». A role after such
// a sentence may be either of them.
func (d *doc) coordinatedSubject(mentions []mention, m mention, hi int) bool {
	k := d.tokAt(m.pos)
	for k+1 < len(d.btoks) && d.btoks[k+1].has(fCap) && d.contiguous(k, k+1) {
		k++ // the subject's own name
	}
	for _, o := range mentions {
		if o.pos <= m.pos || o.pos >= hi || o.pos < int(d.btoks[k].e) {
			continue // a mention inside the subject's own name run is no other person
		}
		gap := d.body[d.btoks[k].e:o.pos]
		if len(gap) > 80 || strings.ContainsAny(gap, ".,;:!?()«»“”\"—–") {
			return false
		}
		f := strings.Fields(gap)
		if len(f) == 0 || f[0] != "and" && f[0] != "и" {
			return false
		}
		for _, w := range f[1:] {
			if speechVerbs[strings.ToLower(w)] {
				return false
			}
		}
		return true
	}
	return false
}

// titleCountry reports whether the title of the name at byte offset pos,
// in the sentence from sentStart, names the country code: before the name
// ("Kyrgyz Energy Minister …", «Министр иностранных дел России …») or in
// an apposition after it (", Russia's foreign minister,").
func (a *Analyzer) titleCountry(d *doc, sentStart, pos int, code string) bool {
	lo := max(sentStart, pos-90)
	k := d.tokAt(lo)
	for ; k < len(d.btoks) && int(d.btoks[k].s) < pos; k++ {
		if a.countryOfToken(d, k) == code {
			return true
		}
	}
	// The name's own words, then an apposition opened by a comma.
	for k < len(d.btoks) && d.btoks[k].has(fCap) && (int(d.btoks[k].s) == pos || d.contiguous(k-1, k)) {
		k++
	}
	if k >= len(d.btoks) || strings.TrimSpace(d.body[d.btoks[k-1].e:d.btoks[k].s]) != "," {
		return false
	}
	for j := k; j < len(d.btoks) && j < k+8; j++ {
		if j > k && strings.ContainsAny(d.body[d.btoks[j-1].e:d.btoks[j].s], ",.;:()") {
			break
		}
		if a.countryOfToken(d, j) == code {
			return true
		}
	}
	return false
}

// fullerName picks the name to show of two names of one subject: the
// longer, unless the shorter is a name of two or more words the longer
// ends with — a capitalised word before it is another name's («Главный
// тренер воронежского Факела Игорь Шалимов» read as «Факела Игорь
// Шалимов» beside «Игорь Шалимов»).
func fullerName(cur, n string) string {
	short, long := cur, n
	if len(short) > len(long) {
		short, long = long, short
	}
	if short == "" {
		return long
	}
	if len(strings.Fields(short)) >= 2 && strings.HasSuffix(long, " "+short) {
		return short
	}
	return long
}

// Title states of a subject for a role: its own sentence gives it the
// role word as a title, another title, or none.
const (
	titleNone = iota
	titleHolds
	titleOther
)

// titledAs tells what the words just before a subject's name, in its own
// sentence, say of a role: "Kyrgyz Energy Minister Taalaibek Ibraev" holds
// "minister", «Министр иностранных дел России Сергей Лавров» holds
// «министр» (any case form starts with the word), «Официальный
// представитель МИД РФ Мария Захарова» has another title.
func (d *doc) titledAs(sentStart, namePos int, role string) int {
	lo := max(sentStart, namePos-90)
	for lo < namePos && !utf8.RuneStart(d.body[lo]) {
		lo++
	}
	if role != "" && holdsRole(strings.ToLower(d.body[lo:namePos]), role) ||
		headRoles[role] && headTitle(d.body[lo:namePos]) {
		return titleHolds // also "Prime Minister John Smith" for "the Premier"
	}
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].s) < namePos; k++ {
		if d.listed(k, rwTitleWord) {
			return titleOther
		}
	}
	return titleNone
}

// holdsRole reports whether a lower-cased title holds the role word: "the
// minister" is the energy minister, not the prime minister («министр» not
// «премьер-министр»), whose title holds the word inside another office.
func holdsRole(title, role string) bool {
	for i := strings.Index(title, role); i >= 0; {
		before := strings.TrimRight(title[:i], " -")
		if !strings.HasSuffix(before, "prime") && !strings.HasSuffix(before, "премьер") && !strings.HasSuffix(before, "вице") &&
			!strings.HasSuffix(before, "vice") {
			return true
		}
		j := strings.Index(title[i+len(role):], role)
		if j < 0 {
			return false
		}
		i += len(role) + j
	}
	return false
}

// headTitleWords name a head of state or government inside a title: "The
// Prime Minister Ch.Saikhanbileg", "the PM", «глава правительства».
var headTitleWords = []string{
	"president", "prime minister", "premier", "chancellor", "head of state", "head of government",
	"президент", "премьер", "канцлер", "глава государства", "глава правительства",
}

// headTitle reports whether a title names a head of state or government
// ("Vice President", «вице-премьер» are deputies, not heads).
func headTitle(title string) bool {
	title = strings.ToLower(title)
	if strings.Contains(title, "vice") || strings.Contains(title, "вице") || strings.Contains(title, "deputy") ||
		strings.Contains(title, "заместител") {
		return false
	}
	for _, w := range headTitleWords {
		if strings.Contains(title, w) {
			return true
		}
	}
	return false
}

// titledOtherInArticle reports whether the article gives the person named
// name a title that is not a head's, and never a head's: "M.Enkhsaikhan,
// the Minister of Mongolia," or «Министр финансов Ерулан Жамаубаев». Such
// a person is not who "the Premier" or «президент» refers to, however
// near the quotation the article last named them.
func (a *Analyzer) titledOtherInArticle(d *doc, mentions []mention, name string) bool {
	other := false
	for _, m := range mentions {
		if m.person >= 0 || m.name == "" || !sameSpeaker(m.name, name) {
			continue
		}
		for _, t := range d.titlesOf(mentions, m.pos) {
			if headTitle(t) {
				return false
			}
			other = true
		}
	}
	return other
}

// titlesOf returns the titles the article gives the name at byte offset
// pos in its own sentence: the words just before it that hold a title word
// ("Kyrgyz Energy Minister", «Министр финансов») and an apposition right
// after it (", the Minister of Mongolia,", «, министр финансов,»).
func (d *doc) titlesOf(mentions []mention, pos int) []string {
	var out []string
	si := d.sentenceAt(pos)
	if si < 0 || si >= len(d.sents) {
		return nil
	}
	lo := max(int(d.sents[si].s), pos-90)
	// Not past a comma, nor into another person's name and title ("The
	// Prime Minister Ch.Saikhanbileg Wednesday convened M.Enkhsaikhan").
	if c := strings.LastIndexByte(d.body[lo:pos], ','); c >= 0 {
		lo += c + 1
	}
	for _, m := range mentions {
		if m.pos >= lo && m.pos < pos && m.name != "" {
			lo = max(lo, min(pos, m.pos+len(m.name)))
		}
	}
	if !d.ru {
		// Nor past an English verb or other lower-case word ("…
		// Wednesday convened M.Enkhsaikhan"); Russian titles hold
		// lower-case words («Министр иностранных дел»).
		for k := d.tokAt(pos) - 1; k >= 0 && int(d.btoks[k].s) >= lo; k-- {
			if w := d.word(k); !d.btoks[k].has(fCap) && !d.listed(k, rwTitleWord) && w != "of" {
				lo = int(d.btoks[k].e)
				break
			}
		}
	}
	for lo < pos && !utf8.RuneStart(d.body[lo]) {
		lo++
	}
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].s) < pos; k++ {
		if w := d.word(k); d.listed(k, rwTitleWord) && w != "the" {
			out = append(out, d.body[lo:pos])
			break
		}
	}
	// The name's capitalised run (initials glued on: "M.Enkhsaikhan").
	k := d.tokAt(pos)
	for k+1 < len(d.btoks) && d.btoks[k+1].has(fCap) && onlyRunes(d.body[d.btoks[k].e:d.btoks[k+1].s], ". ") &&
		len(d.body[d.btoks[k].e:d.btoks[k+1].s]) <= 1 {
		k++
	}
	if k+1 >= len(d.btoks) || strings.TrimSpace(d.body[d.btoks[k].e:d.btoks[k+1].s]) != "," {
		return out
	}
	// The apposition: up to eight words to the next comma or sentence end.
	start := k + 1
	hasTitle := false
	for j := start; j < len(d.btoks) && j < start+8; j++ {
		if j > start && strings.ContainsAny(d.body[d.btoks[j-1].e:d.btoks[j].s], ",.;:()") {
			break
		}
		if w := d.word(j); d.listed(j, rwTitleWord) && w != "the" {
			hasTitle = true
		}
		k = j
	}
	if hasTitle && d.word(start) != "who" && d.word(start) != "который" && d.word(start) != "которая" {
		out = append(out, d.body[d.btoks[start].s:d.btoks[k].e])
	}
	return out
}

// subjectName is the name a subject mention stands for: a known person's
// fullest name, a name as written, or a public figure's surname expanded
// from the article (or as written).
func (a *Analyzer) subjectName(d *doc, m mention) string {
	if m.person >= 0 {
		return a.personName(d, m.person)
	}
	if strings.Contains(m.name, " ") || m.said {
		return m.name
	}
	k := d.tokAt(m.pos)
	if k >= len(d.btoks) {
		return ""
	}
	if n := a.fullName(d, k, k+1); n != "" {
		return n
	}
	if a.isLeaderToken(d, k) {
		return a.surface(d, k, k+1)
	}
	return ""
}

// opensWithSurname reports whether a sentence opens with a capitalised word
// that is the surname of a person named earlier in another case or form
// ("Амангельдиев" after "Данияром Амангельдиевым"): a subject the mention
// list does not hold.
func (d *doc) opensWithSurname(mentions []mention, lo, hi int) bool {
	k := d.tokAt(lo)
	if k+1 >= len(d.btoks) || int(d.btoks[k+1].s) >= hi || !d.btoks[k].has(fCap) || d.btoks[k+1].has(fCap) ||
		d.listed(k, rwTitleWord) || d.listed(k, rwNotName) {
		return false
	}
	w := []rune(d.word(k))
	if len(w) < 5 {
		return false
	}
	stem := string(w[:len(w)-2])
	for _, m := range mentions {
		if m.pos >= lo || m.name == "" {
			continue
		}
		if last := strings.ToLower(lastWord(m.name)); strings.HasPrefix(last, stem) {
			return true
		}
	}
	return false
}

// appositiveForward reads "NAME, an Almaty resident, VERB" at the name
// [s, e): the comma-enclosed apposition must describe a person (a title or
// an ordinary person's noun) and a speech verb must follow it. It returns
// the name and the verb's token.
func (a *Analyzer) appositiveForward(d *doc, s, e, limit int) (speakerRef, int) {
	if k := e; k+1 < len(d.btoks) && int(d.btoks[k+1].s) < limit && d.btoks[k].has(fDigit) &&
		strings.TrimSpace(d.body[d.btoks[k].e:d.btoks[k+1].s]) == "," && d.listed(k+1, rwSpeechVerb) {
		return speakerRef{kind: refName, ts: s, te: e}, k + 1 // "Taalaibek Ibraev, 54, said"
	}
	title, plain := false, false
	afterVerb := s > 0 && d.listed(s-1, rwSpeechVerb)
	for k := e; k < len(d.btoks) && k < e+10 && int(d.btoks[k].s) < limit; k++ {
		w := d.word(k)
		if k == e && (w == "who" || w == "который" || w == "которая") && e-s >= 2 {
			title = true // "X, who heads the ministry, told reporters": a full name and a relative clause
			continue
		}
		if k == e && !(w == "the" || w == "a" || w == "an" || d.listed(k, rwTitleWord) || d.listed(k, rwRoleNoun) || d.listed(k, rwPersonNoun)) &&
			!(k+1 < len(d.btoks) && a.countryOfToken(d, k) != "" && possessiveGap(d.body[d.btoks[k].e:d.btoks[k+1].s])) {
			return speakerRef{}, s // (", Kyrgyzstan's energy minister," opens with a country's possessive)
		}
		title = title || d.listed(k, rwTitleWord) && w != "the" || d.listed(k, rwRoleNoun)
		plain = plain || d.listed(k, rwPersonNoun)
		if k+1 >= len(d.btoks) {
			if afterVerb && (title || plain) {
				ref := speakerRef{kind: refName, ts: s, te: e}
				ref.written = e-s == 1 && plain && !title
				return ref, k + 1
			}
			return speakerRef{}, s
		}
		gap := d.body[d.btoks[k].e:d.btoks[k+1].s]
		if !strings.HasPrefix(strings.TrimSpace(gap), ",") {
			if afterVerb && (title || plain) && (strings.ContainsAny(gap, ".!?") || int(d.btoks[k+1].s) >= limit) {
				// "said Raushan, an Almaty resident.": after the verb the
				// apposition ends the sentence.
				ref := speakerRef{kind: refName, ts: s, te: e}
				ref.written = e-s == 1 && plain && !title
				return ref, k + 1
			}
			if strings.ContainsAny(gap, ".;:!?()«»“”\"") {
				return speakerRef{}, s
			}
			continue
		}
		if v := k + 1; (title || plain) && int(d.btoks[v].s) < limit && d.listed(v, rwSpeechVerb) {
			ref := speakerRef{kind: refName, ts: s, te: e}
			ref.written = e-s == 1 && plain && !title
			return ref, v
		}
		return speakerRef{}, s
	}
	return speakerRef{}, s
}

// citeVerbs report a quotation through a medium: «…», — цитирует РИА
// Новости собеседника; “…,” Interfax quoted Peskov as saying.
var citeVerbs = map[string]bool{
	"цитирует": true, "цитируют": true, "цитировал": true, "цитировала": true, "цитировало": true,
	"quoted": true, "quotes": true,
	// «приводит слова X пресс-служба», «передает «Интерфакс» слова X»:
	// these cite a person only with «слова».
	"приводит": true, "приводят": true, "передает": true, "передаёт": true, "передают": true,
}

// wordsCiteVerbs are the cite verbs that need «слова» before the speaker.
var wordsCiteVerbs = map[string]bool{"приводит": true, "приводят": true, "передает": true, "передаёт": true, "передают": true}

// mediaWords name the medium of a citation, not a speaker.
var mediaWords = map[string]bool{
	"риа": true, "новости": true, "тасс": true, "интерфакс": true, "рбк": true, "коммерсантъ": true,
	"известия": true, "ведомости": true, "агентство": true, "издание": true, "газета": true,
	"interfax": true, "reuters": true, "tass": true, "ria": true, "novosti": true, "agency": true,
	"the": true, "news": true, "newspaper": true, "outlet": true,
	// A body's press office quotes its people too: «— цитирует
	// пресс-служба министерства слова X», "the ministry quoted X as saying".
	"пресс": true, "служба": true, "министерства": true, "ведомства": true, "министерство": true,
	"ministry": true, "office": true, "embassy": true, "press": true, "service": true,
}

// citedSpeaker reads a speaker quoted through a medium after a quotation:
// «— цитирует РИА Новости собеседника», «— цитирует Выборнова РБК»,
// "Interfax quoted Peskov as saying". The speaker is in an oblique case in
// Russian: a pronoun, a role noun, or a surname whose nominative the
// article gave before.
func (a *Analyzer) citedSpeaker(d *doc, k, limit int) speakerRef {
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < limit }
	v := -1
	for j := k; j < k+4 && in(j); j++ {
		if citeVerbs[d.word(j)] {
			v = j
			break
		}
		if !d.btoks[j].has(fCap) && !mediaWords[d.word(j)] {
			return speakerRef{}
		}
	}
	if v < 0 {
		return speakerRef{}
	}
	needWords := wordsCiteVerbs[d.word(v)]
	words := d.citedWordsAt(v, limit) // (quote_following.go)
	for j := v + 1; j < v+7 && in(j); j++ {
		if j > v+1 && strings.ContainsAny(d.body[d.btoks[j-1].e:d.btoks[j].s], ".,;:!?") {
			return speakerRef{}
		}
		if j < words {
			continue // «— цитирует пресс-служба акимата слова X»: the citer, before «слова»
		}
		w := d.word(j)
		t := &d.btoks[j]
		if w == "слова" {
			needWords = false
			continue
		}
		if needWords && !(mediaWords[w] || t.has(fAllCaps) || strings.ContainsAny(d.body[d.btoks[j-1].e:t.s], "«\"")) {
			return speakerRef{} // «передает ТАСС» alone: the medium reports, no one is cited
		}
		switch {
		case mediaWords[w] || t.has(fAllCaps) || strings.ContainsAny(d.body[d.btoks[j-1].e:t.s], "«\""):
			continue
		case d.ru && t.has(fCap) && j > v+1 && ruRoleNominative(d.word(j-1)) != "" && a.isPlaceToken(d, j) && !a.isLeaderToken(d, j) &&
			in(j+1) && d.btoks[j+1].has(fCap) && d.contiguous(j, j+1):
			continue // «слова акима Алматы Ерболата Досаева»: the title's place, then the name
		case w == "его" || w == "him":
			return d.citedAs(j, speakerRef{kind: refPronoun})
		case w == "ее" || w == "её" || w == "her":
			return d.citedAs(j, speakerRef{kind: refPronoun, female: true})
		case !t.has(fCap):
			if !d.ru && (d.listed(j, rwTitleWord) || roleNoun(w)) && d.nameAfterTitle(j+1, limit) > j {
				continue // "quoted akim Yerlan Akhmetov as saying"
			}
			if r := ruRoleNominative(w); r != "" {
				if n := d.nameAfterTitle(j+1, limit); n > j {
					continue // «— цитирует акима Ерлана Ахметова пресс-служба»: the name after the title
				}
				return speakerRef{kind: refRole, role: r}
			}
			if j > v+1 && ruRoleNominative(d.word(j-1)) != "" || j > v+2 && ruRoleNominative(d.word(j-2)) != "" {
				continue // «министра энергетики …»: the title's lower-case words
			}
			return speakerRef{}
		default:
			e := j + 1
			for in(e) && e < j+3 && d.btoks[e].has(fCap) && !d.btoks[e].has(fAllCaps) && !mediaWords[d.word(e)] && d.contiguous(e-1, e) {
				e++
			}
			return d.citedAs(e-1, speakerRef{kind: refCited, ts: j, te: e})
		}
	}
	return speakerRef{}
}

// nameAfterTitle returns the token of a capitalised name within two
// lower-case words from token k («Ерлана Ахметова», «энергетики Таалайбека
// Ибраева»), or -1: a name, not a medium or an acronym.
func (d *doc) nameAfterTitle(k, limit int) int {
	for j := k; j < k+3 && j < len(d.btoks) && int(d.btoks[j].s) < limit; j++ {
		if j > k && !d.contiguous(j-1, j) || j == k && k > 0 && !d.contiguous(k-1, k) {
			return -1
		}
		t := &d.btoks[j]
		if t.has(fCap) {
			if t.has(fAllCaps) || mediaWords[d.word(j)] || strings.ContainsAny(d.gapBefore(j), "«\"") {
				return -1
			}
			return j
		}
	}
	return -1
}

// citedAs checks the English "quoted X as saying" shape: Russian needs no
// more, English needs "as saying" after the speaker at token j.
func (d *doc) citedAs(j int, ref speakerRef) speakerRef {
	if d.ru {
		return ref
	}
	if j+2 < len(d.btoks) && d.word(j+1) == "as" && speechParticiples[d.word(j+2)] {
		return ref
	}
	return speakerRef{}
}

// ruRoleNominative returns the role noun of an accusative or genitive form
// («собеседника», «министра», «пресс-секретаря», «главу»), or "".
// The role noun is the form without its last rune, or that stem and «ь»
// or «а», whichever roleNouns holds first (ruRoleStems).
func ruRoleNominative(w string) string {
	if w == "собеседника" || w == "собеседницу" {
		return "собеседник"
	}
	if utf8.RuneCountInString(w) < 4 {
		return ""
	}
	_, last := utf8.DecodeLastRuneInString(w)
	return ruRoleStems()[w[:len(w)-last]]
}

// ruRoleStems maps every stem ruRoleNominative may read to its role
// noun: the stem itself, or the stem and «ь» or «а», the first that
// roleNouns holds. It is built once, on first use (after the init
// functions that add to roleNouns, such as quote_ru_roles.go's), so that
// the word read for every token of a signature or source phrase is looked
// up once, without building the three candidates.
var ruRoleStems = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for c, ok := range roleNouns {
		if !ok {
			continue
		}
		for _, stem := range []string{c, strings.TrimSuffix(c, "ь"), strings.TrimSuffix(c, "а")} {
			if _, done := m[stem]; done {
				continue
			}
			for _, x := range []string{stem, stem + "ь", stem + "а"} {
				if roleNouns[x] {
					m[stem] = x
					break
				}
			}
		}
	}
	return m
})

// citedName resolves a surname given in an oblique case («Выборнова») to
// the nominative full name of the person the article named before: a known
// person, or one earlier mention whose last word it extends.
func (a *Analyzer) citedName(d *doc, q quoteSpan, mentions []mention) string {
	w := d.word(q.ref.te - 1)
	if pi, ok := a.persons.bySurname[w]; ok {
		return a.personName(d, pi)
	}
	name := ""
	for _, m := range mentions {
		if m.pos >= int(d.btoks[q.ref.ts].s) || m.pos >= q.open || m.name == "" || !strings.Contains(m.name, " ") {
			continue
		}
		last := strings.ToLower(lastWord(m.name))
		if r, sz := utf8.DecodeLastRuneInString(last); r == 'а' || r == 'я' {
			last = last[:len(last)-sz] // «Бековой» after «Бекова»
		}
		if len(last) < 4 || !strings.HasPrefix(w, last) || len(w)-len(last) > 6 {
			continue
		}
		if name != "" && name != m.name {
			return ""
		}
		name = m.name
	}
	if name == "" && q.ref.te-q.ref.ts == 2 && isCyrillicText(d.word(q.ref.ts)) {
		// The article gives the name in the genitive alone: its
		// nominative from the endings table, or none.
		first := d.body[d.btoks[q.ref.ts].s:d.btoks[q.ref.ts].e]
		sur := d.body[d.btoks[q.ref.ts+1].s:d.btoks[q.ref.ts+1].e]
		if n, ok := ruNominativeName(first, sur); ok {
			return n
		}
	}
	if name == "" && q.ref.te-q.ref.ts >= 2 && !d.ru && !isCyrillicText(d.word(q.ref.ts)) {
		return a.surface(d, q.ref.ts, q.ref.te) // "quoted Yermek Kosherbayev as saying": English names do not decline
	}
	return name
}

// nameColon reads a name that opens its sentence and is followed only by a
// colon before the quotation: «Джепарова: "…"», "Peskov: “…”".
//
// When occasion is set, token m ends the name before the words that give
// the occasion of the quotation (interviewColon) instead of the colon.
func (a *Analyzer) nameColon(d *doc, m, start int, occasion bool) speakerRef {
	if !occasion && strings.TrimSpace(d.body[d.btoks[m].e:min(len(d.body), int(d.btoks[m].e)+2)]) != ":" {
		return speakerRef{}
	}
	ref := a.parseBackward(d, m, start)
	if ref.kind != refName {
		return speakerRef{}
	}
	if s := ref.ts; s > 0 && int(d.btoks[s].s) > start && !strings.ContainsAny(d.body[d.btoks[s-1].e:d.btoks[s].s], ".!?\n") {
		// "Georgian Prime Minister Irakli Kobakhidze: “…”", «Министр
		// образования Канат Абдыкадыров: «…»»: titles before the name
		// are the sentence's opening when the forward parser reads the
		// whole of it as one titled name.
		o := s - 1
		for o > 0 && o > s-8 && int(d.btoks[o].s) > start && !d.sentenceStartAt(o) {
			o--
		}
		if !d.sentenceStartAt(o) && int(d.btoks[o].s) != start {
			return speakerRef{}
		}
		if fr, next := a.parseForward(d, o, int(d.btoks[m].e)); fr.kind == refName && next == m+1 && fr.te == m+1 {
			return fr
		}
		if ref.te-ref.ts >= 2 && d.titleHeadBefore(o, s) {
			return ref // «Главный тренер «Витязя» Майк Крушельницки: «…»», "Severstal head coach Andrei Pyatanov: “…”"
		}
		return speakerRef{} // "… talks with Putin: “…”": not the sentence's opening
	}
	if ref.te-ref.ts < 2 && !a.isLeaderToken(d, ref.ts) && !a.knownSurname(d.word(ref.ts)) &&
		!strings.Contains(a.fullName(d, ref.ts, ref.te), " ") {
		return speakerRef{}
	}
	return ref
}

// accordingTo reads "According to X, “…”" and «По словам X, «…»» before a
// quotation: X is a name (in the genitive in Russian), a pronoun («по его
// словам») or a role («по словам министра»).
func (a *Analyzer) accordingTo(d *doc, m, start int) speakerRef {
	if p := strings.TrimSpace(d.body[d.btoks[m].e:min(len(d.body), int(d.btoks[m].e)+2)]); p != "," && p != ":" {
		return speakerRef{} // «По ее словам, «…»», «По ее словам: «…»», "According to X: “…”"
	}
	// Russian «по его словам»: the pronoun sits inside the phrase.
	if m >= 2 && (d.word(m) == "словам" || d.word(m) == "мнению") && d.word(m-2) == "по" {
		switch d.word(m - 1) {
		case "его":
			return speakerRef{kind: refPronoun}
		case "ее", "её":
			return speakerRef{kind: refPronoun, female: true}
		}
	}
	if ref, ok := enPronounSource(d, m, start); ok {
		return ref // "According to her, “…”", "In his words, “…”" (quote_following.go)
	}
	s, reach := m, m-3
	if !d.ru {
		reach = m - 8 // "according to Road Transport and Highways Minister X"
	}
	for s > reach && s > 0 && d.btoks[s].has(fCap) && d.contiguous(s-1, s) {
		if d.btoks[s-1].has(fCap) {
			s--
		} else if !d.ru && s-2 > reach && d.word(s-1) == "and" && d.btoks[s-2].has(fCap) && d.contiguous(s-2, s-1) {
			s -= 2
		} else if w := d.word(s - 1); !d.ru && w != "the" && (d.listed(s-1, rwTitleWord) || roleSubordinates[w]) {
			s-- // "according to former Energy Minister X"
		} else {
			break
		}
	}
	if s < 2 || int(d.btoks[s-2].s) < start {
		return speakerRef{}
	}
	before := d.word(s-2) + " " + d.word(s-1)
	switch {
	case before == "according to" && !d.ru:
		ts := s
		for k := s; k < m; k++ {
			if d.listed(k, rwTitleWord) {
				ts = k + 1 // "according to Energy Minister Kanat Abdykadyrov": the name without the title
			}
		}
		for k := s; k <= m; k++ {
			if w := d.word(k); k < ts && !d.btoks[k].has(fCap) && (w == "and" || w != "the" && (d.listed(k, rwTitleWord) || roleSubordinates[w])) {
				continue // "according to former Power and Energy Minister X": "and" and "former" inside the title only
			}
			if !d.btoks[k].has(fCap) || d.btoks[k].has(fAllCaps) || mediaWords[d.word(k)] {
				return speakerRef{} // "according to Reuters", "according to Saed News"
			}
		}
		return speakerRef{kind: refName, ts: ts, te: m + 1}
	case d.ru && m > s && d.titledCitation(s, start):
		// «по словам министра (энергетики) Каната Абдыкадырова»: a title
		// in the genitive, then the name.
		return speakerRef{kind: refCited, ts: s, te: m + 1}
	case d.ru && !d.btoks[m].has(fCap) && d.roleWithComplementSource(m, start) != "":
		// «По мнению главы ведомства, «…»», «по словам министра
		// здравоохранения, «…»»: a role and its lower-case complement.
		return speakerRef{kind: refRole, role: d.roleWithComplementSource(m, start)}
	case (before == "по словам" || before == "по мнению") && d.ru:
		if !d.btoks[s].has(fCap) {
			if r := ruRoleNominative(d.word(s)); r != "" && s == m {
				return speakerRef{kind: refRole, role: r}
			}
			return speakerRef{}
		}
		return speakerRef{kind: refCited, ts: s, te: m + 1}
	}
	return speakerRef{}
}

// titledCitation reports whether «по словам» or «по мнению», a role noun
// in the genitive and at most two lower-case words of its complement come
// right before the name at token s.
//
// A qualifier may stand before the role noun («по словам бывшего министра
// финансов X», «по словам и.о. министра X», «по словам исполняющего
// обязанности министра X»: quote_title_qualified.go).
func (d *doc) titledCitation(s, start int) bool {
	for t := s - 1; t >= 2 && t >= s-6 && int(d.btoks[t-2].s) >= start; t-- {
		if d.btoks[t].has(fCap) || !d.contiguous(t, t+1) && !(d.word(t) == "ио" && d.gapBefore(t+1) == ". ") {
			return false
		}
		if d.word(t-2) == "по" && (d.word(t-1) == "словам" || d.word(t-1) == "мнению") {
			if t >= s-3 && ruRoleNominative(d.word(t)) != "" {
				return true
			}
			k := d.ruTitleQualifierEnd(t, int(d.btoks[s].s))
			if k > t && k >= s-3 && ruRoleNominative(d.word(k)) != "" {
				return true
			}
			// «по мнению генерального директора компании X», «по словам
			// главного тренера клуба X»: adjectives of the title in the
			// genitive before its noun.
			for k = t; k < s-1 && ruGenitiveAdjective(d.word(k)); k++ {
			}
			return k > t && ruRoleNominative(d.word(k)) != ""
		}
	}
	return false
}

// settlementNouns name a kind of place before its proper name in a
// genitive complement («жительница села Ак-Жол Айгуль»).
var settlementNouns = map[string]bool{
	"села": true, "города": true, "поселка": true, "посёлка": true, "деревни": true, "аула": true,
	"района": true, "области": true, "village": true, "town": true, "city": true,
}

// personNounName reads a speaker introduced by a person noun and a first
// name alone: "an Almaty resident, Raushan", "Almaty resident Raushan",
// «жительница Бишкека Айгуль», «пенсионерка Айгуль», «жительница села
// Ак-Жол Айгуль». The noun says the word is a person's name, so the
// speaker is the name as written (or its full form, when the article
// gives one). A place may stand between the noun and the name only as a
// gazetteer place or after a settlement noun; the name must end the
// clause or stand before the speech verb.
func (a *Analyzer) personNounName(d *doc, i, limit int) (speakerRef, int, bool) {
	in := func(k int) bool { return k < len(d.btoks) && int(d.btoks[k].s) < limit }
	k := i
	if w := d.word(k); w == "a" || w == "an" || w == "the" {
		k++
	}
	if !d.ru {
		for n := 0; n < 2 && in(k) && d.btoks[k].has(fCap) && a.isPlaceToken(d, k) && (k == i || d.contiguous(k-1, k)); n++ {
			k++ // "an Almaty resident"
		}
	}
	if !in(k) || d.btoks[k].has(fCap) && !d.sentenceStartAt(k) || !d.listed(k, rwPersonNoun) || k > i && !d.contiguous(k-1, k) {
		return speakerRef{}, i, false
	}
	k++
	placed := false
	if d.ru {
		// A place in the genitive: a gazetteer place, or a settlement noun
		// and its name.
		switch {
		case in(k) && settlementNouns[d.word(k)] && d.contiguous(k-1, k):
			k++
			placed = true
			for n := 0; n < 3 && in(k) && d.btoks[k].has(fCap) && d.contiguous(k-1, k) &&
				(n == 0 || d.body[d.btoks[k-1].e:d.btoks[k].s] == "-"); n++ {
				k++ // Ак-Жол
			}
		case in(k) && d.btoks[k].has(fCap) && a.isPlaceToken(d, k) && d.contiguous(k-1, k):
			k++
			placed = true
		}
	} else if in(k) && strings.TrimSpace(d.body[d.btoks[k-1].e:d.btoks[k].s]) == "," {
		// "an Almaty resident, Raushan,"
	} else if !d.contiguous(k-1, k) {
		return speakerRef{}, i, false
	}
	if !in(k) || d.ru && !d.contiguous(k-1, k) || strings.ContainsAny(d.body[d.btoks[k-1].e:d.btoks[k].s], ".!?;:()«»“”\"") {
		return speakerRef{}, i, false
	}
	t := &d.btoks[k]
	w := d.word(k)
	if !t.has(fCap) || t.has(fAllCaps) || t.has(fDigit) || d.listed(k, rwTitleWord) || d.listed(k, rwNotName) || mediaWords[w] || a.isPlaceToken(d, k) {
		return speakerRef{}, i, false
	}
	if d.ru && !placed {
		// Right after the noun a capitalised word in another case is a
		// complement («водитель Газпрома», «жительница Токмока»): a first
		// name taken alone is one in the nominative that ends in a
		// consonant (Айгуль, Нурлан, Раушан).
		r, _ := utf8.DecodeLastRuneInString(w)
		if strings.ContainsRune("аяыиуюеоёэ", r) {
			return speakerRef{}, i, false
		}
	}
	next := k + 1
	if n := a.nameRun(d, k); !d.ru && n >= 2 {
		next = k + n // "said Almaty resident Raushan Akhmetova"
	}
	if in(next) {
		gap := d.body[d.btoks[next-1].e:d.btoks[next].s]
		switch {
		case d.btoks[next].has(fCap) && d.contiguous(next-1, next):
			return speakerRef{}, i, false // a first name and a surname: the name parsers read it
		case strings.TrimSpace(gap) == "," && d.listed(next, rwSpeechVerb):
			// "an Almaty resident, Raushan, told AFP"
		case strings.TrimSpace(gap) == "" && d.listed(next, rwSpeechVerb):
			// "Almaty resident Raushan said"
		case strings.ContainsAny(gap, ".!?"), strings.TrimSpace(gap) == "," && !d.listed(next, rwSpeechVerb) && (descriptorStop[d.word(next)] || !d.btoks[next].has(fCap)):
			// the clause ends: «— рассказала пенсионерка Айгуль.»
		default:
			return speakerRef{}, i, false
		}
	}
	return speakerRef{kind: refName, ts: k, te: next, written: next == k+1}, next, true
}

// titleHeadBefore reports whether tokens [o, s) are the title of the name
// at token s that opens a speaker's line before a colon, when the title
// holds its team's or company's name in quotation marks or before the
// title word («Старший тренер ХК "Северсталь" Андрей Пятанов: "…"»,
// «Главный тренер «Витязя» Майк Крушельницки: «…»», "Severstal head
// coach Andrei Pyatanov: “…”"): at most eight words with a title or role
// word among them, nothing between them but spaces, hyphens and paired
// quotation marks, no verb of speech, pronoun or number, no lower-case
// word before the first title word ("Talks with Minister X:"); the word before
// the name is the title word itself or closes a marked name (or an
// acronym) that a title word stands before.
func (d *doc) titleHeadBefore(o, s int) bool {
	if s-o < 1 || s-o > 8 {
		return false
	}
	head := d.body[d.btoks[o].s:d.btoks[s].s]
	if quoteMarks(head)%2 != 0 {
		return false
	}
	titled := false
	for k := o; k < s; k++ {
		w := d.word(k)
		if k > o && !onlyRunes(d.body[d.btoks[k-1].e:d.btoks[k].s], " -«»\"“”„") {
			return false
		}
		if d.listed(k, rwSpeechVerb) || pronounKind(w) || d.btoks[k].has(fDigit) {
			return false
		}
		if !titled && !d.btoks[k].has(fCap) && !d.listed(k, rwTitleWord) && !d.listed(k, rwRoleNoun) {
			return false // "Talks with Minister X:": a lower-case word before the title is no title's
		}
		titled = titled || d.listed(k, rwTitleWord) || d.listed(k, rwRoleNoun)
	}
	if !titled {
		return false
	}
	last := s - 1
	if d.listed(last, rwTitleWord) || d.listed(last, rwRoleNoun) {
		return true
	}
	if !strings.ContainsAny(d.body[d.btoks[last].e:d.btoks[s].s], "»\"”") {
		return false
	}
	// The marked name: back to its opening mark, then a title word or an
	// acronym after one («тренер ХК "Северсталь"», «тренер «Витязя»»).
	k := last
	for k > o && !strings.ContainsAny(d.body[d.btoks[k-1].e:d.btoks[k].s], "«\"“„") {
		k--
	}
	if k <= o || last-k > 2 {
		return false
	}
	b := k - 1
	if d.btoks[b].has(fAllCaps) && b > o {
		b-- // «ХК», "FC"
	}
	return d.listed(b, rwTitleWord) || d.listed(b, rwRoleNoun)
}

// ruGenitiveAdjective reports whether lower-case w is an adjective in the
// genitive singular as titles carry it before their noun («генерального»,
// «главного», «первого», «исполнительной»): -ого, -его, -ой, -ей, in a
// word of at least five letters.
func ruGenitiveAdjective(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, e := range [...]string{"ого", "его", "ой", "ей"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// roleWithComplementSource returns the role of «по словам/мнению ROLE
// COMPLEMENT» ending at token m: a role noun in the genitive followed by
// one or two lower-case words («главы ведомства», «министра
// здравоохранения», «главы государства»), or "".
func (d *doc) roleWithComplementSource(m, start int) string {
	for r := m - 1; r >= m-2 && r >= 2 && int(d.btoks[r-2].s) >= start; r-- {
		if d.word(r-2) != "по" || d.word(r-1) != "словам" && d.word(r-1) != "мнению" {
			continue
		}
		role := ruRoleNominative(d.word(r))
		if role == "" {
			return ""
		}
		for k := r - 1; k < m; k++ {
			if !d.contiguous(k, k+1) || d.btoks[k+1].has(fCap) || d.btoks[k+1].has(fDigit) {
				return ""
			}
		}
		if role == "глава" && d.word(r+1) == "государства" {
			role = "глава государства"
		}
		return role
	}
	return ""
}
