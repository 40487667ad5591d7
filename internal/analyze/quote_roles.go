package analyze

import (
	"strings"
	"unicode/utf8"
)

// A role the sentences around a quotation leave open («— сказал мэр»,
// «— отметил наставник команды», "the minister noted", "the head of state
// said") is the one person the article introduced before the quotation —
// in the headline, the lead or any paragraph — with a title of the role's
// kind: «Мэр Оша Нурлан Садыков» or «Нурлан Садыков, мэр Оша,» for «мэр»,
// «градоначальник» or «глава города»; «Главный тренер «Динамо» Андрей
// Петров» for «наставник» or "the manager"; "Foreign ministry spokeswoman
// Anna Kozlova" for "the spokeswoman" or «представитель ведомства». Words
// of one kind of post stand for each other (roleKindWords); a deputy, a
// vice- or a former holder holds no post of that kind. Two people titled
// with posts of the kind, a role the article gives no one, or a Russian
// verb of the other sex leave the quotation without a speaker.
//
// Measured on the unseen set (quotes_unseen.json) after these rules and
// quote_oneword.go: tuning half 1.000, 0.959 -> 1.000, 0.962 (thirteenth
// round 0.850 -> 0.900; no round lower); held-out 0.943, 0.695 -> 0.943,
// 0.699, its misses refused for an unresolved role 14 -> 12, one word
// with no name 7 -> 7, an unresolved pronoun 4 -> 4 (held-out read three
// times: before, after the role rules, at the end).

// roleKind is a set of kinds of post.
type roleKind uint16

const (
	rkLocal     roleKind = 1 << iota // mayor, akim, governor, the head of a city
	rkCoach                          // coach, manager
	rkDeputy                         // member of a parliament
	rkSpokes                         // spokesman, press secretary, representative
	rkSecretary                      // secretary (a press secretary is one)
	rkMinister                       // minister, the head of a ministry
	rkPremier                        // head of government
	rkPresident                      // head of state
	rkHead                           // head, chairman, director of a body
	rkEnvoy                          // ambassador
	rkJudge
	rkLawyer
	rkProsecutor
)

// rkOffices are the posts «глава» or "the head" may mean when the words
// after it do not say of what.
const rkOffices = rkLocal | rkMinister | rkPremier | rkPresident | rkHead

// roleKindWords give the kind of post a title word names in any case form:
// a Russian entry is a stem that the word's forms start with, an English
// one the word itself.
var roleKindWords = []struct {
	stem string
	kind roleKind
}{
	{"мэр", rkLocal}, {"градоначальни", rkLocal}, {"аким", rkLocal}, {"губернатор", rkLocal},
	{"mayor", rkLocal}, {"akim", rkLocal}, {"governor", rkLocal},
	{"тренер", rkCoach}, {"наставни", rkCoach}, {"coach", rkCoach}, {"manager", rkCoach},
	{"депутат", rkDeputy}, {"парламентари", rkDeputy}, {"законодател", rkDeputy}, {"избранни", rkDeputy},
	{"сенатор", rkDeputy}, {"lawmaker", rkDeputy}, {"legislator", rkDeputy}, {"parliamentarian", rkDeputy},
	{"mp", rkDeputy}, {"senator", rkDeputy}, {"congressman", rkDeputy}, {"congresswoman", rkDeputy},
	{"представител", rkSpokes}, {"spokesman", rkSpokes}, {"spokeswoman", rkSpokes}, {"spokesperson", rkSpokes},
	{"секретар", rkSecretary}, {"secretary", rkSecretary},
	{"министр", rkMinister}, {"minister", rkMinister},
	{"премьер", rkPremier}, {"premier", rkPremier}, {"pm", rkPremier},
	{"президент", rkPresident}, {"president", rkPresident},
	{"председател", rkHead}, {"руководител", rkHead}, {"директор", rkHead}, {"начальни", rkHead},
	{"chairman", rkHead}, {"chairwoman", rkHead}, {"director", rkHead}, {"chief", rkHead}, {"ceo", rkHead},
	{"посол", rkEnvoy}, {"посла", rkEnvoy}, {"послу", rkEnvoy}, {"послом", rkEnvoy},
	{"ambassador", rkEnvoy}, {"envoy", rkEnvoy},
	{"судья", rkJudge}, {"судьи", rkJudge}, {"судье", rkJudge}, {"судью", rkJudge}, {"судьей", rkJudge},
	{"судьёй", rkJudge}, {"judge", rkJudge},
	{"адвокат", rkLawyer}, {"lawyer", rkLawyer}, {"attorney", rkLawyer},
	{"прокурор", rkProsecutor}, {"гособвинител", rkProsecutor}, {"prosecutor", rkProsecutor},
}

// roleKindNotWords start like a title word of the table and are none: a
// body («мэрия», «акимат», «представительство»), an adjective
// («президентский», «тренерский», «депутатский»), a ministry.
var roleKindNotWords = []string{
	"мэри", "акимат", "представительств", "президентск", "тренерск", "депутатск", "губернаторск",
	"министерств", "директорат", "законодательств", "сенаторск", "прокуратур", "адвокатск",
}

// roleHeadWords are the words «глава» and "head", whose kind the words
// after them tell.
var roleHeadWords = map[string]bool{
	"глава": true, "главы": true, "главе": true, "главу": true, "главой": true, "head": true,
}

// roleSubordinates make a title another's: a deputy, an aide, a former
// holder («заместитель министра», "deputy minister", «экс-мэр»).
var roleSubordinates = map[string]bool{
	"заместитель": true, "заместителя": true, "заместителю": true, "заместителем": true,
	"замминистра": true, "замглавы": true, "зампред": true, "зампредседателя": true, "помощник": true,
	"помощника": true, "помощником": true, "советник": true, "советника": true, "советником": true,
	"вице": true, "экс": true, "бывший": true, "бывшего": true, "бывшим": true, "бывшая": true, "бывшей": true,
	"врио": true, "deputy": true, "vice": true, "assistant": true, "aide": true, "adviser": true,
	"advisor": true, "former": true, "ex": true,
}

// titleWordKind returns the kind of post the title word w names, or 0.
func titleWordKind(w string) roleKind {
	if roleHeadWords[w] {
		return rkHead
	}
	for _, n := range roleKindNotWords {
		if strings.HasPrefix(w, n) {
			return 0
		}
	}
	for _, e := range roleKindWords {
		if w == e.stem || isCyrillicText(e.stem) && strings.HasPrefix(w, e.stem) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e.stem) <= 4 {
			return e.kind
		}
	}
	return 0
}

// headComplementKind tells what «глава X» or "head of X" heads by the word
// X: the state, the government, a city or region, a ministry; 0 when it
// does not say.
func headComplementKind(w string) roleKind {
	switch {
	case w == "государства" || w == "state":
		return rkPresident
	case w == "правительства" || w == "кабмина" || w == "кабинета" || w == "government":
		return rkPremier
	case w == "города" || w == "столицы" || w == "района" || w == "области" || w == "региона" || w == "округа" ||
		w == "администрации" || w == "city" || w == "region" || w == "district" || w == "province" || w == "town":
		return rkLocal
	case w == "мид" || w == "министерства" || w == "ведомства" || w == "дипломатии" || w == "ministry" ||
		w == "diplomacy" || strings.HasPrefix(w, "мин") && utf8.RuneCountInString(w) >= 5 && !strings.HasPrefix(w, "минут"):
		return rkMinister | rkHead
	}
	return 0
}

// refRoleKind returns the kinds of post a role reference may mean, from
// its noun and the word after it (comp), or 0 with the noun itself when the
// role is of no kind of the table (an expert, a forward).
func refRoleKind(role, comp string) (roleKind, string) {
	switch role {
	case "глава государства", "head of state":
		return rkPresident, ""
	case "prime minister", "премьер-министр":
		return rkPremier, ""
	case "press secretary", "пресс-секретарь":
		return rkSpokes | rkSecretary, ""
	case "лидер", "leader":
		return rkPresident | rkPremier | rkHead, ""
	case "глава", "head":
		if k := headComplementKind(comp); k != 0 {
			return k, ""
		}
		return rkOffices, ""
	case "секретарь", "secretary":
		return rkSecretary | rkSpokes, ""
	case "председатель", "руководитель", "директор", "chairman", "chairwoman", "director", "chief":
		return rkHead, ""
	}
	if k := titleWordKind(role); k != 0 {
		if k == rkSpokes {
			return rkSpokes | rkSecretary, ""
		}
		return k, ""
	}
	return 0, role
}

// knownRoleKind is the kind of post the person table gives someone.
func knownRoleKind(role string) roleKind {
	switch {
	case role == "head":
		return rkPresident | rkPremier
	case role == "premier":
		return rkPremier
	case role == "minister":
		return rkMinister
	case strings.HasPrefix(role, "spokes"):
		return rkSpokes | rkSecretary
	case strings.HasSuffix(role, "head"):
		return rkLocal | rkHead
	}
	return 0
}

// roleTitle is what a title says of its holder: the kinds of post and, for
// a role of no kind, its noun; nominative when the Russian title word is
// in the nominative (so the name after it is too).
type roleTitle struct {
	kind       roleKind
	word       string
	nominative bool
}

// fits reports whether a title names a post a role reference (kinds want,
// or the noun exact) may mean.
func (t roleTitle) fits(want roleKind, exact string) bool {
	if want != 0 {
		return t.kind&want != 0
	}
	return exact != "" && t.word == exact
}

// titleOfWords reads a title from its words in reading order, ws[i] the
// normalised word and gaps[i] the text before it: the Russian head noun
// comes first («Заместитель министра финансов», «Главный тренер
// «Динамо»»), the English one last ("Deputy Finance Minister", "Dynamo
// head coach"). A deputy, an aide or a former holder makes it no post.
func titleOfWords(ws, gaps []string, ru bool) roleTitle {
	var t roleTitle
	at := -1
	for i, w := range ws {
		if !ru && at >= 0 && w == "of" {
			break // "press secretary of the President": the post is the one before "of"
		}
		if roleSubordinates[w] {
			return roleTitle{}
		}
		k := titleWordKind(w)
		exact := ""
		if k == 0 {
			if roleNouns[w] {
				exact = w
			} else if r := ruRoleNominative(w); ru && r != "" {
				exact = r
			}
		}
		if k == 0 && exact == "" {
			continue
		}
		if ru && at >= 0 {
			continue // the head noun came first; the rest is its complement («министра» in «пресс-секретарь министра»)
		}
		if ru && i > 0 && gaps[i] == "-" && (ws[i-1] == "вице" || ws[i-1] == "экс") {
			return roleTitle{}
		}
		at = i
		t = roleTitle{kind: k, word: exact, nominative: roleNouns[w] || ru && exact == w}
		if !ru && k == rkMinister && i > 0 && ws[i-1] == "prime" {
			t.kind = rkPremier
		}
		if ru && k == rkMinister && i > 0 && ws[i-1] == "премьер" {
			t.kind = rkPremier
		}
		if !ru && k == rkSecretary && i > 0 && ws[i-1] == "press" {
			t.kind |= rkSpokes
		}
		if ru && k == rkSecretary && i > 0 && ws[i-1] == "пресс" {
			t.kind |= rkSpokes
		}
		if k == rkHead && roleHeadWords[w] {
			// «Глава Минздрава», "head of the city": the complement tells.
			for j := i + 1; j < len(ws) && j <= i+2; j++ {
				if ws[j] == "of" || ws[j] == "the" {
					continue
				}
				if c := headComplementKind(ws[j]); c != 0 {
					t.kind = c
				}
				break
			}
		}
	}
	return t
}

// titleStops end the words read back from a name as its title: a
// preposition or a conjunction stands before the title, not in it.
var titleStops = map[string]bool{
	"и": true, "а": true, "но": true, "или": true, "что": true, "как": true, "the": true, "a": true, "an": true,
	"and": true, "but": true, "or": true, "that": true, "with": true, "by": true, "to": true, "from": true,
}

// mentionTitle reads the title the article gives the person named at token
// k0 (the name's first token) and ending at token k1 (past its last): the
// words right before the name in its sentence («Мэр Оша Нурлан Садыков»,
// "Osh Mayor Nurlan Sadykov"), else an apposition after it («Нурлан
// Садыков, мэр Оша,», "Nurlan Sadykov, the mayor of Osh,").
func (a *Analyzer) mentionTitle(d *doc, k0, k1 int, mentionAt map[int]bool) roleTitle {
	first := k0
	for j := k0 - 1; j >= 0 && j >= k0-7; j-- {
		gap := d.body[d.btoks[j].e:d.btoks[j+1].s]
		if strings.ContainsAny(gap, ",.;:!?()\n—–") || mentionAt[int(d.btoks[j].s)] {
			break
		}
		w := d.word(j)
		if titleStops[w] || mentionPrepositions[w] || objectMarkers[w] && !d.ru && w != "of" {
			break
		}
		if !d.btoks[j].has(fCap) && titleWordKind(w) == 0 && !d.listed(j, rwRoleNoun) && !roleSubordinates[w] && !d.listed(j, rwTitleWord) {
			if !d.ru && w != "of" {
				break // an English verb or other word before the title
			}
			if d.ru && pastSingular(w) && utf8.RuneCountInString(w) >= 4 {
				break // «поручил министру …»: a verb before the title
			}
		}
		first = j
	}
	var ws, gaps []string
	for j := first; j < k0; j++ {
		ws, gaps = append(ws, d.word(j)), append(gaps, d.gapBefore(j))
	}
	if t := titleOfWords(ws, gaps, d.ru); t.kind != 0 || t.word != "" {
		return t
	}
	// An apposition: a comma after the name, a title within three words.
	if k1 >= len(d.btoks) || strings.TrimSpace(d.gapBefore(k1)) != "," {
		return roleTitle{}
	}
	ws, gaps = ws[:0], gaps[:0]
	for j := k1; j < len(d.btoks) && j < k1+8; j++ {
		if j > k1 && strings.ContainsAny(d.gapBefore(j), ",.;:!?()\n—–") {
			break
		}
		w := d.word(j)
		if subordinators[w] || d.listed(j, rwSpeechVerb) || mentionAt[int(d.btoks[j].s)] {
			break
		}
		ws, gaps = append(ws, w), append(gaps, d.gapBefore(j))
	}
	t := titleOfWords(ws, gaps, d.ru)
	if d.ru {
		t.nominative = true // the name itself is the sentence's; its own form decides
	}
	head := -1
	for i, w := range ws {
		if titleWordKind(w) != 0 || roleNouns[w] || ruRoleNominative(w) != "" {
			head = i
			break
		}
	}
	if head < 0 || head > 2 {
		return roleTitle{}
	}
	return t
}

// roleAttribution finds the role noun of a quotation's attribution (after
// its closing mark, or in its sentence before it) and returns the word
// after the noun (what «глава» heads) and whether a capitalised word other
// than the noun stands in the role phrase («глава Банка России», "the Osh
// mayor"): the place or body a holder's title must share.
func (a *Analyzer) roleAttribution(d *doc, q quoteSpan) (comp string, placeWords []string) {
	role := q.ref.role
	match := func(k int) bool {
		w := d.word(k)
		for _, rw := range strings.Fields(role) {
			if w == rw || d.ru && ruRoleNominative(w) == rw {
				return true
			}
		}
		return false
	}
	lo, hi := q.end, int(d.paras[q.para].e)
	if !q.after {
		si := d.sentenceAt(q.open)
		if si < 0 || si >= len(d.sents) {
			return "", nil
		}
		lo, hi = int(d.sents[si].s), q.open
	}
	k := -1
	for j := d.tokAt(lo); j < len(d.btoks) && int(d.btoks[j].s) < hi && j < d.tokAt(lo)+14; j++ {
		if match(j) {
			k = j
			if q.after {
				break
			}
		}
	}
	if k < 0 {
		return "", nil
	}
	for j := k - 1; j >= 0 && j >= k-3 && int(d.btoks[j].s) >= lo && d.contiguous(j, j+1); j-- {
		if d.btoks[j].has(fCap) && !d.sentenceStartAt(j) && !d.listed(j, rwTitleWord) && !a.countryWord(d, j) {
			placeWords = append(placeWords, d.word(j)) // "the Osh mayor"; a country is the role's code
		}
	}
	for j := k + 1; j < len(d.btoks) && j <= k+4 && int(d.btoks[j].s) < hi; j++ {
		if strings.ContainsAny(d.gapBefore(j), ",.;:!?()\n—–") {
			break
		}
		w := d.word(j)
		if comp == "" && w != "of" && w != "the" {
			comp = w
		}
		if d.listed(j, rwSpeechVerb) || descriptorStop[w] || mentionPrepositions[w] || w == "в" || w == "на" {
			break
		}
		if d.btoks[j].has(fCap) && !d.btoks[j].has(fAllCaps) && !(d.ru && ruBodyShortForm(w)) && !a.countryWord(d, j) {
			placeWords = append(placeWords, w) // «глава Банка России»; «глава Минздрава» is the minister's post already
		}
	}
	return comp, placeWords
}

// roleHolder is one person the article titles with a post.
type roleHolder struct {
	name   string
	gender nameGender
}

// introducedRoleHolder resolves role reference q to the one person the
// article introduces before the quotation with a title of the role's kind
// (see the top of this file), or "".
func (a *Analyzer) introducedRoleHolder(d *doc, q quoteSpan, mentions []mention) string {
	return a.roleHolderFor(d, q, mentions, "")
}

// roleOverSubject returns the person the article introduced with the
// role's post when the subject the sentences around give the role
// (roleSubject) is titled in the article with posts of other kinds only
// («Учительница Айгуль Бекова провела экскурсию. «…», — сказал мэр» after
// «Мэр Оша Нурлан Садыков …»: the teacher is not the mayor), or "".
func (a *Analyzer) roleOverSubject(d *doc, q quoteSpan, mentions []mention, subject string) string {
	return a.roleHolderFor(d, q, mentions, subject)
}

// roleHolderFor finds the one holder of the role of q among the people
// the article titles before the quotation; with subject set, only when
// that subject's titles all name posts of other kinds.
func (a *Analyzer) roleHolderFor(d *doc, q quoteSpan, mentions []mention, subject string) string {
	if interviewerRoles[q.ref.role] || q.ref.role == "deputy" {
		return ""
	}
	comp, places := a.roleAttribution(d, q)
	want, exact := refRoleKind(q.ref.role, comp)
	if want == 0 && exact == "" {
		return ""
	}
	mentionAt := make(map[int]bool, len(mentions))
	for _, m := range mentions {
		if !m.said {
			mentionAt[m.pos] = true
		}
	}
	var holders []roleHolder
	add := func(h roleHolder) bool {
		for _, o := range holders {
			if sameHolder(o.name, h.name) {
				return true
			}
		}
		holders = append(holders, h)
		return len(holders) < 3
	}
	if t, name := a.headlineTitled(d); name != "" && t.fits(want, exact) && len(places) == 0 && q.ref.roleCode == "" {
		add(roleHolder{name: name, gender: genderNone})
	}
	// The title of every person named before the quotation, and whether
	// some title of theirs names another kind of post.
	titles := make([]roleTitle, len(mentions))
	for i, m := range mentions {
		if m.pos >= q.open || m.said {
			continue
		}
		k0 := d.tokAt(m.pos)
		if k0 >= len(d.btoks) {
			continue
		}
		k1 := k0 + 1
		for k1 < len(d.btoks) && d.btoks[k1].has(fCap) && d.contiguous(k1-1, k1) {
			k1++
		}
		for k0+2 < k1 && (titleWordKind(d.word(k0)) != 0 || d.listed(k0, rwRoleNoun)) {
			k0++ // «Учительница Айгуль Бекова» opening a sentence: the title is read into the name
		}
		delete(mentionAt, m.pos)
		titles[i] = a.mentionTitle(d, k0, k1, mentionAt)
		mentionAt[m.pos] = true
	}
	for i, m := range mentions {
		if m.pos >= q.open || m.said {
			continue
		}
		t := titles[i]
		if m.person >= 0 && !t.fits(want, exact) {
			// A public figure holds the post the person table gives them.
			t = roleTitle{kind: knownRoleKind(knownPersons[m.person].role), nominative: true}
		}
		if !t.fits(want, exact) {
			continue
		}
		k0 := d.tokAt(m.pos)
		name := m.name
		if m.person >= 0 {
			name = a.personName(d, m.person)
			if q.ref.roleCode != "" && knownPersons[m.person].code != q.ref.roleCode {
				continue
			}
		} else if q.ref.roleCode != "" {
			// «— указал премьер-министр Кыргызстана»: a holder titled with
			// that country, or with none («Премьер-министр Адылбек
			// Касымалиев»); not one titled with another country.
			si := d.sentenceAt(m.pos)
			if si < 0 || si >= len(d.sents) {
				continue
			}
			if ss := int(d.sents[si].s); !a.titleCountry(d, ss, m.pos, q.ref.roleCode) && a.titleAnyCountry(d, ss, m.pos) {
				continue
			}
		}
		if len(places) > 0 && !d.titleShares(k0, places) {
			continue
		}
		if d.ru && m.person < 0 {
			if name = a.holderNominative(d, m, t, mentions); name == "" {
				return "" // a holder whose name the article gives in no form that can be shown
			}
		}
		if name == "" || !strings.Contains(name, " ") && m.person < 0 {
			continue
		}
		if !add(roleHolder{name: name, gender: d.mentionGender(m)}) {
			return ""
		}
	}
	if d.ru {
		// «— добавила глава ведомства»: a holder of the other sex is not
		// who spoke.
		if g := d.attributionGender(q); g == genderMale || g == genderFemale {
			kept := holders[:0]
			for _, h := range holders {
				if h.gender == genderNone || h.gender == g {
					kept = append(kept, h)
				}
			}
			holders = kept
		}
	}
	if len(holders) != 1 {
		return ""
	}
	if subject != "" {
		if sameHolder(holders[0].name, subject) {
			return ""
		}
		titled := false
		for i, m := range mentions {
			n := m.name
			if m.person >= 0 {
				n = a.personName(d, m.person)
			}
			if i >= len(titles) || n == "" || !sameHolder(n, subject) || titles[i].kind == 0 && titles[i].word == "" {
				continue
			}
			if titles[i].fits(want, exact) {
				return ""
			}
			titled = true
		}
		if !titled {
			return ""
		}
	}
	if a.roleNearbyOther(d, q, mentions, titles, holders[0].name, want, exact) {
		return ""
	}
	return holders[0].name
}

// roleNearbyOther reports whether the sentences just before a quotation
// (its own and the three before it, in its paragraph and the two before)
// name someone other than the holder who may hold the role: a person the
// article's text gives no title of another kind of post (what the person
// table knows of a public figure does not count), or one titled with a
// post of the role's kind. Then the role is that of whoever they are about, which the
// sentences around decide (roleSubject), not the article's title.
func (a *Analyzer) roleNearbyOther(d *doc, q quoteSpan, mentions []mention, titles []roleTitle, holder string, want roleKind, exact string) bool {
	si := d.sentenceAt(q.open)
	if si < 0 || si >= len(d.sents) {
		return true
	}
	lo := int(d.sents[si].s)
	for back := 1; back <= 3 && si-back >= 0 && int(d.sents[si-back].para) >= q.para-2; back++ {
		lo = int(d.sents[si-back].s)
	}
	g := d.roleVerbSex(q)
	for i, m := range mentions {
		if m.pos < lo || m.pos >= q.open || d.roleOtherSex(g, m) {
			continue // (a woman is not «— сказал министр»: quote_role_sex.go)
		}
		name := m.name
		if m.person >= 0 {
			name = a.personName(d, m.person)
		}
		if name == "" || sameHolder(name, holder) {
			continue
		}
		// Another titled person holds another kind of post when any of
		// their titles in the article says so and none fits the role.
		other := false
		for j, o := range mentions {
			if o.pos >= q.open || titles[j].kind == 0 && titles[j].word == "" {
				continue
			}
			on := o.name
			if o.person >= 0 {
				on = a.personName(d, o.person)
			}
			if on == "" || !sameHolder(on, name) {
				continue
			}
			if titles[j].fits(want, exact) {
				return true
			}
			other = true
		}
		if !other && i < len(titles) {
			return true
		}
	}
	for k := si; k >= 0 && int(d.sents[k].s) >= lo; k-- {
		if d.opensWithSurname(mentions, int(d.sents[k].s), min(int(d.sents[k].e), q.open)) {
			return true // «Амангельдиев затем уехал»: someone named before, in another case
		}
	}
	return false
}

// sameHolder reports whether two names are one person's, whatever the
// Russian case of the surname («Садыков», «Садыковым»).
func sameHolder(x, y string) bool {
	a, b := []rune(strings.ToLower(holderSurname(x))), []rune(strings.ToLower(holderSurname(y))) // (quote_colon_subject.go)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 {
		return string(a) == string(b)
	}
	return strings.HasPrefix(string(b), string(a[:len(a)-1])) && len(b)-len(a) <= 3
}

// titleShares reports whether the title before the name at token k (or
// its apposition) holds a word sharing its first four letters with one of
// words: "Osh Mayor X" for "the Osh mayor", «председатель Банка России X»
// for «глава Банка России».
func (d *doc) titleShares(k int, words []string) bool {
	for j := max(0, k-7); j < len(d.btoks) && j <= k+10; j++ {
		w := []rune(d.word(j))
		for _, p := range words {
			r := []rune(p)
			n := min(4, len(r))
			if len(w) >= n && string(w[:n]) == string(r[:n]) {
				return true
			}
		}
	}
	return false
}

// holderNominative returns the nominative of a Russian holder's name: the
// name as written after a title in the nominative or in an apposition,
// else a nominative mention of the same surname, else one derived from
// the genitive; "" when there is none.
func (a *Analyzer) holderNominative(d *doc, m mention, t roleTitle, mentions []mention) string {
	if t.nominative && nominativeSpeaker(m.name) == m.name {
		return m.name
	}
	for _, o := range mentions {
		if o.person < 0 && !o.said && strings.Contains(o.name, " ") && sameHolder(o.name, m.name) &&
			nominativeSpeaker(o.name) == o.name && d.subjectForm(o) {
			return o.name
		}
	}
	f := strings.Fields(m.name)
	if len(f) == 2 {
		if n, ok := ruNominativeName(f[0], f[1]); ok {
			return n
		}
	}
	return ""
}

// subjectForm reports whether a Russian name mention stands as a
// sentence's subject: a past-tense verb agrees right after it.
func (d *doc) subjectForm(m mention) bool {
	return d.ruVerbGender(m.pos) != genderNone
}

// attributionGender reads the sex a Russian past-tense speech verb of the
// quotation's attribution gives its speaker («— добавила», «— сказал»).
func (d *doc) attributionGender(q quoteSpan) nameGender {
	lo, hi := q.end, int(d.paras[q.para].e)
	if !q.after {
		si := d.sentenceAt(q.open)
		if si < 0 || si >= len(d.sents) {
			return genderNone
		}
		lo, hi = int(d.sents[si].s), q.open
	}
	for j := d.tokAt(lo); j < len(d.btoks) && int(d.btoks[j].s) < hi && j < d.tokAt(lo)+10; j++ {
		if w := d.word(j); d.listed(j, rwSpeechVerb) {
			return ruVerbGender(w)
		}
	}
	return genderNone
}

// headlineTitled returns the person a headline names right after a title
// («Мэр Оша Нурлан Садыков открыл школу», "Osh mayor Nurlan Sadykov opens
// a school"): the title and the name of two or three words, or "" when
// none. English headlines in title case say nothing.
func (a *Analyzer) headlineTitled(d *doc) (roleTitle, string) {
	if len(d.ttoks) == 0 || !d.ru && headlineCase(d.ttoks) {
		return roleTitle{}, ""
	}
	tw := func(i int) string { return string(d.norm[d.ttoks[i].ns:d.ttoks[i].ne]) }
	for i := range d.ttoks {
		w := tw(i)
		if titleWordKind(w) == 0 && !roleNouns[w] {
			continue
		}
		for s := i + 1; s < len(d.ttoks) && s <= i+4; s++ {
			if !a.titleNameWord(d, s) {
				continue
			}
			e := s
			for e < len(d.ttoks) && e < s+3 && a.titleNameWord(d, e) && (e == s || d.title[d.ttoks[e-1].e:d.ttoks[e].s] == " ") {
				e++
			}
			if e-s < 2 || e < len(d.ttoks) && d.ttoks[e].has(fCap) && d.title[d.ttoks[e-1].e:d.ttoks[e].s] == " " {
				break
			}
			var ws, gaps []string
			from := i
			if !d.ru {
				from = max(0, i-3) // "Osh mayor", "Deputy Finance Minister"
			}
			for j := from; j < s; j++ {
				gap := ""
				if j > 0 {
					gap = d.title[d.ttoks[j-1].e:d.ttoks[j].s]
				}
				ws, gaps = append(ws, tw(j)), append(gaps, gap)
			}
			t := titleOfWords(ws, gaps, d.ru)
			if d.ru && !roleNouns[w] {
				return roleTitle{}, "" // a title in an oblique case: so is the name
			}
			return t, d.title[d.ttoks[s].s:d.ttoks[e-1].e]
		}
		return roleTitle{}, ""
	}
	return roleTitle{}, ""
}

// headlineTitledPronoun resolves "he"/«он» that no person of the body can
// mean to the one person a headline names after a title whose place or
// body stands in capitals before the name («Мэр Оша Нурлан Садыков открыл
// школу», «Аким Алматы Ерлан Досанов …»), which headlinePerson reads as
// one longer capitalised run; person is the one headlinePerson found,
// kept unless the titled name is someone else. The headline must name no
// one else, and a surname of the other sex («она» for Садыков) is no one.
func (a *Analyzer) headlineTitledPronoun(d *doc, q quoteSpan, person string) string {
	t, name := a.headlineTitled(d)
	if person != "" {
		if name != "" && !sameHolder(name, person) {
			return "" // «Мэр Оша Нурлан Садыков и Айбек Осмонов …»: two people
		}
		return person
	}
	if name == "" || t.kind == 0 && t.word == "" {
		return ""
	}
	// No other run of two name words in the headline.
	runs := 0
	for i := 0; i < len(d.ttoks); {
		j := i
		for j < len(d.ttoks) && a.titleNameWord(d, j) && (j == i || d.title[d.ttoks[j-1].e:d.ttoks[j].s] == " ") {
			j++
		}
		if j-i >= 2 {
			runs++
		}
		i = max(j, i+1)
	}
	if runs != 1 {
		return ""
	}
	switch surnameGender(strings.ToLower(lastWord(name))) {
	case genderMale:
		if q.ref.female {
			return ""
		}
	case genderFemale:
		if !q.ref.female {
			return ""
		}
	}
	return name
}

// titleAnyCountry reports whether the words before the name at byte
// offset pos, in its sentence from sentStart, name any country.
func (a *Analyzer) titleAnyCountry(d *doc, sentStart, pos int) bool {
	for k := d.tokAt(max(sentStart, pos-90)); k < len(d.btoks) && int(d.btoks[k].s) < pos; k++ {
		if a.countryOfToken(d, k) != "" {
			return true
		}
	}
	return false
}

// countryWord reports whether token i names a country or its people
// («Кыргызстана», "Kyrgyz"), not a city: the role's country code stands
// for it.
func (a *Analyzer) countryWord(d *doc, i int) bool {
	for _, ci := range a.gaz.heads[d.btoks[i].id] {
		if e := &a.gaz.entries[ci]; len(e.words) == 1 && e.code != "" && (e.kind == kName || e.kind == kDemonym) {
			return true
		}
	}
	return false
}

// nameTitledAsRole reports whether the article titles the person whose
// name ends in the word last with a post of the kind role names, by
// another word too («Министр здравоохранения Алексей Иванов» for «глава
// ведомства», "Dynamo head coach Andrei Petrov" for "the manager").
func (a *Analyzer) nameTitledAsRole(d *doc, last, role string) bool {
	want, exact := refRoleKind(role, "")
	if want == 0 && exact == "" || role == "глава" || role == "head" {
		return false // «глава» alone may head anything
	}
	for k := range d.btoks {
		if !equalFold(d.body[d.btoks[k].s:d.btoks[k].e], last) {
			continue
		}
		k0 := k
		for k0 > 0 && k0 > k-3 && d.btoks[k0-1].has(fCap) && d.contiguous(k0-1, k0) &&
			titleWordKind(d.word(k0-1)) == 0 && !d.listed(k0-1, rwRoleNoun) {
			k0--
		}
		if a.mentionTitle(d, k0, k+1, nil).fits(want, exact) {
			return true
		}
	}
	return false
}
