package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A known person lets a role ("the Russian leader") resolve to a name and a
// bare surname in Russian resolve to its nominative full name.
type person struct {
	en, ru string // full names
	code   string // country
	role   string // "head" for heads of state or government, else a title word
}

var knownPersons = [...]person{
	{"Vladimir Putin", "Владимир Путин", "RU", "head"},
	{"Dmitry Peskov", "Дмитрий Песков", "RU", "spokesman"},
	{"Sergei Lavrov", "Сергей Лавров", "RU", "minister"},
	{"Maria Zakharova", "Мария Захарова", "RU", "spokeswoman"},
	{"Mikhail Mishustin", "Михаил Мишустин", "RU", "premier"},
	{"Ramzan Kadyrov", "Рамзан Кадыров", "RU", "chechen head"},
	{"Emomali Rahmon", "Эмомали Рахмон", "TJ", "head"},
	{"Kassym-Jomart Tokayev", "Касым-Жомарт Токаев", "KZ", "head"},
	{"Shavkat Mirziyoyev", "Шавкат Мирзиёев", "UZ", "head"},
	{"Sadyr Japarov", "Садыр Жапаров", "KG", "head"},
	{"Serdar Berdimuhamedov", "Сердар Бердымухамедов", "TM", "head"},
	{"Alexander Lukashenko", "Александр Лукашенко", "BY", "head"},
	{"Volodymyr Zelensky", "Владимир Зеленский", "UA", "head"},
	{"Xi Jinping", "Си Цзиньпин", "CN", "head"},
	{"Recep Tayyip Erdogan", "Реджеп Тайип Эрдоган", "TR", "head"},
	{"Ilham Aliyev", "Ильхам Алиев", "AZ", "head"},
	{"Nikol Pashinyan", "Никол Пашинян", "AM", "head"},
	{"Masoud Pezeshkian", "Масуд Пезешкиан", "IR", "head"},
	{"Donald Trump", "Дональд Трамп", "US", "head"},
	{"Joe Biden", "Джо Байден", "US", "head"},
	{"Emmanuel Macron", "Эмманюэль Макрон", "FR", "head"},
	{"Keir Starmer", "Кир Стармер", "GB", "head"},
	{"Narendra Modi", "Нарендра Моди", "IN", "head"},
	{"Benjamin Netanyahu", "Биньямин Нетаньяху", "IL", "head"},
	{"Irakli Kobakhidze", "Ираклий Кобахидзе", "GE", "head"},
	{"Ukhnaagiin Khurelsukh", "Ухнаагийн Хурэлсух", "MN", "head"},
	{"Shehbaz Sharif", "Шахбаз Шариф", "PK", "head"},
}

// personTable indexes knownPersons by every form of their surname.
type personTable struct {
	bySurname map[string]int // normalised surname form -> index in knownPersons
}

func buildPersons() personTable {
	pt := personTable{bySurname: map[string]int{}}
	for i, p := range knownPersons {
		en := normWords(p.en)
		pt.bySurname[en[len(en)-1]] = i
		ru := normWords(p.ru)
		for _, f := range ruSurnameForms(ru[len(ru)-1]) {
			pt.bySurname[f] = i
		}
	}
	return pt
}

// roleWords name a role a speaker may be referred to by. The value is the
// role it resolves to in knownPersons ("head" for leaders), or "" when only
// a person introduced with that title in the article can match.
var roleWords = map[string]string{
	"leader": "head", "president": "head", "head of state": "head", "premier": "head",
	"prime minister": "head", "chancellor": "head",
	"minister": "", "spokesman": "", "spokeswoman": "", "spokesperson": "", "official": "",
	"governor": "", "mayor": "", "ambassador": "", "chairman": "", "senator": "",
	"президент": "head", "лидер": "head", "глава государства": "head", "премьер": "head",
	"министр": "", "пресс-секретарь": "", "спикер": "", "губернатор": "", "мэр": "", "посол": "",
	// Courts, sport and local government name their people by office too.
	"lawyer": "", "judge": "", "coach": "", "akim": "", "адвокат": "", "судья": "", "тренер": "", "аким": "",
	"manager": "", "наставник": "",
}

// titleWords precede names ("Russian President Vladimir Putin") and are not
// part of them.
var titleWords = map[string]bool{
	"president": true, "prime": true, "minister": true, "foreign": true, "defense": true, "defence": true,
	"interior": true, "finance": true, "secretary": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "chairman": true, "chair": true, "head": true, "leader": true,
	"governor": true, "mayor": true, "senator": true, "sen": true, "rep": true, "gen": true,
	"general": true, "colonel": true, "chancellor": true, "king": true, "queen": true, "prince": true,
	"ambassador": true, "deputy": true, "vice": true, "chief": true, "director": true, "ceo": true,
	"judge": true, "mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "professor": true, "prof": true,
	"господин": true, "госпожа": true, "господина": true, "госпожи": true, "госпожу": true,
	"former": true, "state": true, "supreme": true, "the": true, "kremlin": true, "pope": true,
	"sheikh": true, "emir": true, "commander": true, "lawyer": true, "premier": true, "sir": true,
	"dame": true, "lord": true, "officer": true, "economy": true, "justice": true, "health": true,
	"acting": true, "white": true, "house": true, "press": true, "lt": true, "sgt": true, "capt": true,
	"президент": true, "премьер": true, "министр": true, "глава": true, "пресс": true, "секретарь": true,
	"спикер": true, "губернатор": true, "мэр": true, "посол": true, "председатель": true, "лидер": true,
	"директор": true, "руководитель": true, "заместитель": true, "замминистра": true, "депутат": true,
	"эксперт": true, "политолог": true, "адвокат": true, "аналитик": true, "советник": true,
	"помощник": true, "представитель": true, "генсек": true, "канцлер": true, "командующий": true,
	"экономист": true, "аналитика": true, "официальный": true, "замглавы": true, "зампред": true,
	"зампредседателя": true,
	"economist":       true, "strategist": true,
	// Organisations before a name ("State Department Antony Blinken"):
	// they end a name read backwards and restart one read forwards.
	"department": true, "ministry": true, "committee": true, "agency": true, "council": true,
	"commission": true, "foundation": true, "association": true, "institute": true,
	// Offices, parties and jobs written before American-style names
	// ("House Speaker Paul Ryan", "Democrat Danica Roem", "U.S. District
	// Judge Amy Berman Jackson", "Product Manager Brian Shih").
	"speaker": true, "democrat": true, "republican": true, "treasury": true, "manager": true,
	"attorney": true, "host": true, "anchor": true, "coach": true, "founder": true, "cfo": true,
	"coo": true, "cto": true, "executive": true, "senior": true, "assistant": true, "editor": true,
	"correspondent": true, "reporter": true, "analyst": true, "expert": true, "councilman": true, "councilwoman": true,
	"del": true, "lieutenant": true, "sheriff": true, "detective": true, "bishop": true,
	"archbishop": true, "rabbi": true, "imam": true, "reverend": true, "rev": true, "gov": true,
	"nominee": true, "activist": true, "chairwoman": true, "chairperson": true, "minority": true,
	"majority": true, "whip": true, "congressman": true, "congresswoman": true, "delegate": true,
	"старший": true, "следователь": true, "начальник": true, "вице": true,
	// Jobs and adjectives of titles written before a Russian name
	// («главный тренер «Кайрата» Рафаэль Уразбахтин»).
	"главный": true, "генеральный": true, "исполнительный": true, "тренер": true, "наставник": true,
	"капитан": true, "нападающий": true, "полузащитник": true, "защитник": true, "вратарь": true,
	"футболист": true, "игрок": true, "спортсмен": true, "политик": true, "профессор": true,
	"сенатор": true, "судья": true, "прокурор": true, "омбудсмен": true, "специалист": true,
	"законодатель": true, "парламентарий": true, "сопредседатель": true,
	// Heads of Kazakh and Uzbek cities and regions, and the first of
	// several deputies («аким Алматы Ерболат Досаев», «первый заместитель
	// министра …»).
	"аким": true, "хоким": true, "akim": true, "hokim": true, "первый": true, "first": true,
	// Advisers and envoys ("State Counselor Erlan Karin", «Госсоветник
	// Ерлан Карин»).
	"counselor": true, "counsellor": true, "adviser": true, "advisor": true, "envoy": true,
	// Ranks and titles that abbreviations stand for (titleAbbrevFull:
	// "Lt. Col.", "Rep.", «акад.», «полк.»).
	"major": true, "brigadier": true, "admiral": true, "sergeant": true, "captain": true,
	"representative": true, "inspector": true, "superintendent": true, "академик": true,
	"доцент": true, "полковник": true, "подполковник": true, "редактор": true,
	"aide": true, "госсоветник": true, "посланник": true, "спецпредставитель": true,
	// Police, fire, courts, councils, schools and the armed forces in
	// English-speaking countries ("Police Commissioner Frank Morgan", "Fire
	// Chief X", "Chief Superintendent X", "Councillor X", "Crown Prosecutor
	// X", "Head Teacher X"), and football positions before a player's name
	// as Russian ones are.
	"police": true, "fire": true, "commissioner": true,
	"constable": true, "marshal": true,
	"corporal": true, "councillor": true, "councilor": true, "alderman": true,
	"magistrate": true, "prosecutor": true, "solicitor": true, "barrister": true, "principal": true,
	"headteacher": true, "teacher": true, "dean": true, "provost": true, "registrar": true,
	"trustee": true, "treasurer": true, "comptroller": true, "ombudsman": true, "warden": true,
	"mp": true, "mep": true, "mla": true, "skipper": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "winger": true,
	// Honorifics of judges, envoys and royals ("Her Honour Judge X", "His
	// Excellency X", «Его Превосходительство посол X»): a title, never a
	// name, and "Lady" as "Lord" ("Lady Justice X").
	"honour": true, "honor": true, "excellency": true, "majesty": true, "highness": true,
	"lordship": true, "ladyship": true, "worship": true, "lady": true,
	"превосходительство": true, "величество": true, "высочество": true, "святейшество": true,
}

// notNames are capitalised words that start sentences or headings but never
// name a speaker.
var notNames = map[string]bool{
	"the": true, "it": true, "this": true, "that": true, "we": true, "they": true, "i": true,
	"he": true, "she": true, "you": true, "there": true, "a": true, "an": true, "but": true, "as": true,
	"and": true, "in": true, "on": true, "officials": true, "police": true, "experts": true,
	"critics": true, "analysts": true, "residents": true, "others": true, "some": true, "many": true,
	"authorities": true, "sources": true, "reports": true, "witnesses": true, "one": true,
	"он": true, "она": true, "они": true, "мы": true, "это": true, "как": true, "но": true,
	"и": true, "в": true, "по": true, "так": true, "там": true, "тогда": true, "также": true,
	"сам": true, "сама": true, "сами": true, "himself": true, "herself": true,
	// Possessives before an honorific ("Her Honour", «Его Величество»).
	"his": true, "her": true, "your": true, "its": true, "their": true,
	"его": true, "её": true, "ее": true, "ваше": true, "ваша": true, "их": true,
	// Adverbs that open sentences ("Later Tokayev said", «Позже Ибраев добавил»).
	"позже": true, "позднее": true, "затем": true, "потом": true, "теперь": true, "сейчас": true,
	"сегодня": true, "вчера": true, "ранее": true, "однако": true, "впрочем": true, "кроме": true,
	"later": true, "earlier": true, "then": true, "now": true, "however": true, "meanwhile": true,
	"still": true, "also": true, "again": true,
	"source": true, "statement": true, "ministry": true, "government": true, "spokesman": true,
	// Days and months end adverbials ("speaking on Monday, said").
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "september": true,
	"october": true, "november": true, "december": true, "today": true, "yesterday": true,
}

// nameOpeners are conjunctions and prepositions that open a sentence or
// a clause with a capital ("When Bakyt Toktogulov arrived, he said",
// «Когда Бакыт Токтогулов прибыл, он сказал»): never the first word of a
// name, so a name run starts after them.
var nameOpeners = map[string]bool{
	"when": true, "while": true, "whilst": true, "after": true, "before": true, "if": true,
	"since": true, "because": true, "although": true, "though": true, "once": true,
	"until": true, "unless": true, "whereas": true, "as": true, "where": true,
	"with": true, "without": true, "for": true, "from": true, "at": true, "by": true,
	"to": true, "of": true, "during": true, "despite": true, "following": true,
	"like": true, "unlike": true, "upon": true, "under": true, "among": true, "between": true,
	"asked": true, "speaking": true, "addressing": true, "meeting": true, "visiting": true,
	"когда": true, "пока": true, "если": true, "хотя": true, "после": true, "перед": true,
	"чтобы": true, "поскольку": true, "едва": true, "как": true, "где": true,
	"при": true, "для": true, "от": true, "до": true, "из": true, "за": true, "на": true,
	"с": true, "со": true, "к": true, "ко": true, "о": true, "об": true, "у": true, "без": true,
	"через": true, "между": true, "согласно": true, "несмотря": true, "благодаря": true,
	"выступая": true, "отвечая": true, "комментируя": true, "говоря": true,
}

// femalePronoun reports whether a speaker pronoun is feminine.
func femalePronoun(w string) bool { return w == "she" || w == "она" }

// femalePersons are the known people "she"/"она" can refer to.
var femalePersons = map[string]bool{"Maria Zakharova": true}

// female reports whether the person is a woman, for matching pronouns.
func (p person) female() bool { return femalePersons[p.en] }

func pronounKind(w string) bool {
	switch w {
	case "he", "she", "он", "она":
		return true
	}
	return false
}

// surnameKey lower-cases a surname for lookups.
func surnameKey(s string) string { return strings.ToLower(strings.ReplaceAll(s, "ё", "е")) }

// surnameEndings are the endings of surnames of the region in Cyrillic
// and in their Latin transliteration (Тумусов, Абдуллаева, Смоленский,
// Шевченко, Пашинян, Кобахидзе; Tumusov, Abdullaeva, Shevchenko).
var surnameEndings = [...]string{
	"ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ская", "цкая",
	"енко", "швили", "дзе", "ян", "янц", "ук", "юк", "ич",
	"ov", "ev", "yev", "iev", "ova", "eva", "yeva", "sky", "skiy", "ski", "skaya", "enko", "yan", "shvili", "dze", "vich",
}

// surnameShaped reports whether a capitalised word ends like a surname.
func surnameShaped(w string) bool {
	w = surnameKey(w)
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, e := range surnameEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// bareSurname reports whether a single unknown word at token i, a
// speaker's name slot, is a person's surname the article uses as a
// name: it ends like a surname, is no place or lexicon word, and the
// article names it again elsewhere — in the headline or another
// sentence, in any case («Тумусов объяснил …» over «…, — поясняет
// Тумусов»; "Tumusov explained …" over "…, Tumusov said"). A surname
// the article gives once ("…, — сказал Аманов.", "…,” Bakirov said.") is
// still not trusted: nothing says it is a person rather than a word.
func (a *Analyzer) bareSurname(d *doc, i int) bool {
	t := &d.btoks[i]
	w := d.word(i)
	if !t.has(fCap) || t.has(fAllCaps) || !surnameShaped(w) || d.listed(i, rwNotName) || d.listed(i, rwTitleWord) ||
		a.gaz.heads[t.id] != nil || a.top.heads[t.id] != nil || d.ru && ruBodyShortForm(w) { // Минфин
		return false
	}
	forms := map[string]bool{w: true}
	if d.ru {
		for _, f := range ruSurnameForms(w) {
			forms[f] = true
		}
	}
	same := func(toks []token, k int) bool {
		tk := &toks[k]
		return tk.has(fCap) && forms[string(d.norm[tk.ns:tk.ne])]
	}
	for k := range d.ttoks {
		if same(d.ttoks, k) {
			return true
		}
	}
	si := d.sentenceAt(int(t.s))
	for k := range d.btoks {
		if k != i && same(d.btoks, k) && d.sentenceAt(int(d.btoks[k].s)) != si {
			return true
		}
	}
	return false
}

// ruNominativeName derives the nominative of a Russian personal name the
// article gives only in the genitive («по словам министра Каната
// Абдыкадырова» gives Канат Абдыкадыров, «Айгуль Бековой» Айгуль Бекова),
// from the endings table. The surname decides: a surname in -ов, -ев, -ин
// or -ын with the table's genitive ending is a man's, with -ой a woman's.
// The first name is undone by the name rows' genitive (Каната → Канат,
// Сергея → Сергей, Анны → Анна); a first name with no genitive ending is
// kept when it cannot decline (Айгуль). ok is false when the surname is
// not of that kind or the first name cannot be undone with one reading:
// no name is better than a wrong one.
func ruNominativeName(first, surname string) (string, bool) {
	sur, female, ok := ruSurnameNominative(surname)
	if !ok {
		return "", false
	}
	if first == "" {
		return sur, true
	}
	var cands []string
	for i := range ruParadigms {
		p := &ruParadigms[i]
		if p.use&ruName == 0 || len(p.forms) < 2 || len(p.nom) != 1 || p.nom[0] == "ы" {
			continue // rows without a genitive, and the plural row (Филиппины)
		}
		gen := p.forms[1]
		stem, ok := strings.CutSuffix(first, gen)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		if nom, ok := ruFirstNameNominative(p, stem); ok && !slices.Contains(cands, nom) {
			cands = append(cands, nom)
		}
	}
	return ruJoinedName(cands, first, sur, female)
}

// ruFirstNameNominative gives the nominative of a first name whose stem,
// cut of one of row p's endings, is stem, when the name table reads that
// nominative back in row p (Сергея is no form of «Сергеь», nor Игоря of
// «Игорй»).
func ruFirstNameNominative(p *ruParadigm, stem string) (string, bool) {
	nom := stem + p.nom[0]
	if fp, _, ok := ruParadigmFor(ruName, strings.ToLower(nom)); !ok || fp != p || !ruPronounceable(nom) {
		return "", false
	}
	return nom, true
}

// ruJoinedName joins the one first name of cands, the nominatives its
// inflected form may stand for, to the surname sur. With none, a woman's
// first name ending in a consonant is kept as written: it does not decline
// (Айгуль, Гульнур). ok is false otherwise: no name is better than a wrong one.
func ruJoinedName(cands []string, first, sur string, female bool) (string, bool) {
	switch {
	case len(cands) == 1:
		return cands[0] + " " + sur, true
	case len(cands) == 0 && female && !strings.ContainsAny(lastRune(first), "аяыиеуюо"):
		return first + " " + sur, true
	}
	return "", false
}

// ruSurnameNominative undoes the genitive of a surname of the table's
// surname row: the men's ending (Абдыкадырова → Абдыкадыров) or the
// women's -ой (Бековой → Бекова).
func ruSurnameNominative(w string) (string, bool, bool) {
	for _, p := range ruParadigms {
		if p.use&ruSurname == 0 || len(p.forms) < 2 {
			continue
		}
		if stem, ok := strings.CutSuffix(w, "ой"); ok && slices.Contains(p.forms, "ой") && ruAfterOneOf(stem, p.after) {
			return stem + "а", true, true
		}
		if stem, ok := strings.CutSuffix(w, p.forms[1]); ok && p.forms[1] != "" && ruAfterOneOf(stem, p.after) {
			return stem, false, true
		}
	}
	return "", false, false
}

// ruAfterOneOf reports whether stem ends in one of the endings and is
// longer than it (Абдыкадыр|ов).
func ruAfterOneOf(stem string, endings []string) bool {
	for _, a := range endings {
		if strings.HasSuffix(strings.ToLower(stem), a) && utf8.RuneCountInString(stem) > utf8.RuneCountInString(a)+1 {
			return true
		}
	}
	return false
}

// ruPronounceable rules out a й after a consonant and a ь after a vowel:
// no Russian word is spelled so.
func ruPronounceable(w string) bool {
	var prev rune
	for _, r := range strings.ToLower(w) {
		vowel := strings.ContainsRune("аеёиоуыэюя", prev)
		if r == 'й' && !vowel || r == 'ь' && vowel {
			return false
		}
		prev = r
	}
	return true
}

func lastRune(s string) string {
	_, sz := utf8.DecodeLastRuneInString(s)
	return s[len(s)-sz:]
}

// otherFirstName reports whether the first name the article writes in
// tokens [s, e) before the surname of known person pi is another first
// name: «Акылбек Жапаров» or "Akylbek Japarov" is a namesake of «Садыр
// Жапаров», while «Садыра Жапарова», «Касым-Жомарт Токаев» and "S.
// Japarov" are the known person.
func (a *Analyzer) otherFirstName(d *doc, s, e, pi int) bool {
	p := knownPersons[pi]
	en, ru := normWords(p.en), normWords(p.ru)
	known := append(en[:len(en)-1:len(en)-1], ru[:len(ru)-1]...)
	if len(known) == 0 {
		return false
	}
	other := false
	for j := s; j < e; j++ {
		w := d.word(j)
		if utf8.RuneCountInString(w) < 3 {
			return false // an initial: it may be the known person's
		}
		for _, k := range known {
			if sameNameStem(w, k) {
				return false
			}
		}
		other = true
	}
	return other
}

// sameNameStem reports whether two lower-case name words are one name in
// different cases: they share all letters but the shorter word's last
// («садыра», «садыр»; «владимиром», «владимир»).
func sameNameStem(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := min(len(ra), len(rb))
	common := 0
	for common < n && ra[common] == rb[common] {
		common++
	}
	return common >= 3 && common >= n-1
}

// namesakeBefore reports whether the capitalised word right before token
// i, the surname of known person pi, is a first name of someone else: not
// a title, a place (also after a preposition: «в Барановичах Лукашенко»),
// an organisation in the genitive («глава Кабмина
// Жапаров») or a word that opens sentences («Затем Жапаров»), and no form
// of the known person's own first names.
func (a *Analyzer) namesakeBefore(d *doc, i, pi int) bool {
	j := i - 1
	if j < 0 || !d.btoks[j].has(fCap) || d.btoks[j].has(fAllCaps) || !d.contiguous(j, i) {
		return false
	}
	w := d.word(j)
	if d.listed(j, rwTitleWord) || d.listed(j, rwNotName) || d.portfolioAt(j) || a.placeOfTitle(d, j) || a.isPlaceToken(d, j) ||
		a.countryOfToken(d, j) != "" || a.isLeaderToken(d, j) || d.nameParticle(j) || a.orgBeforeName(d, j) ||
		d.placeAfterPreposition(j) || !d.ru && j > 0 && enPlacePrepositions[d.word(j-1)] && d.contiguous(j-1, j) {
		return false
	}
	if _, other := a.persons.bySurname[w]; other {
		return false // «с Мирзиёевым Токаев»: two known people
	}
	if j > 0 && d.contiguous(j-1, j) && (d.listed(j-1, rwTitleWord) || roleNoun(d.word(j-1))) {
		return false // «председатель Кабмина Жапаров»: the title's body, then the surname
	}
	return a.otherFirstName(d, j, i, pi)
}

// roleNoun reports whether a lower-case word is a role a speaker is
// referred to by («глава», «председатель», "chairman").
func roleNoun(w string) bool {
	_, ok := roleWords[w]
	return ok
}

// obliqueNameBefore reports whether the two capitalised words right before
// token i are another person's name in the genitive, the possessor of the
// title before them: «адвокат сотрудника ГРУ Евгения Ерофеева Оксана
// Соколовская» names the lawyer from token i. The pair's words end as a
// man's genitive does (-а/-я, the surname in -ова/-ева/-ина), a lower-case
// word or a title stands before them, and two capitalised words follow.
func (d *doc) obliqueNameBefore(i int) bool {
	if !d.ru || i < 2 || i+1 >= len(d.btoks) || !d.contiguous(i-2, i-1) || !d.contiguous(i-1, i) || !d.contiguous(i, i+1) {
		return false
	}
	if !d.btoks[i-2].has(fCap) || !d.btoks[i+1].has(fCap) || d.btoks[i-2].has(fAllCaps) || d.btoks[i-1].has(fAllCaps) ||
		d.btoks[i].has(fAllCaps) || d.btoks[i+1].has(fAllCaps) {
		return false
	}
	if i+2 < len(d.btoks) && d.btoks[i+2].has(fCap) && d.contiguous(i+1, i+2) {
		return false // a longer run: not two names of two words
	}
	first, sur := d.word(i-2), d.word(i-1)
	if !strings.HasSuffix(first, "а") && !strings.HasSuffix(first, "я") {
		return false
	}
	genitive := false
	for _, e := range []string{"ова", "ева", "ёва", "ина", "ына"} {
		genitive = genitive || strings.HasSuffix(sur, e)
	}
	if !genitive || isPatronymic(d.word(i)) {
		return false
	}
	return i < 3 || !d.btoks[i-3].has(fCap) || d.listed(i-3, rwTitleWord) || d.btoks[i-3].has(fAllCaps)
}

// ruOccasionStems open the Russian nouns of an occasion of speech whose
// genitive names who spoke: «пресс-конференция министра X», «в ходе
// брифинга X», «в выступлении X», «в интервью X».
var ruOccasionStems = [...]string{"конференц", "брифинг", "выступлен", "интервью", "обращени", "послани", "речь", "речи"}

// occasionAuthor gives the nominative of a Russian name that a pronoun
// refers to but the sentence before writes only in the genitive, as the
// author of an occasion of speech («В Бишкеке прошла пресс-конференция
// министра энергетики Таалайбека Ибраева. «…», — сказал он.» gives
// Таалайбек Ибраев), or "". Only lower-case title words stand between the
// occasion and the name, and no title before the occasion names someone
// else who might be «он» («Президент выслушал выступление министра X»).
func (d *doc) occasionAuthor(m mention, name string, female bool) string {
	words := strings.Fields(name)
	if len(words) != 2 {
		return ""
	}
	k := d.tokAt(m.pos)
	occasion := -1
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if strings.ContainsAny(d.gapBefore(j+1), ".,;:!?«»\"“”()—–\n") {
			return ""
		}
		w := d.word(j)
		if ruOccasion(w) {
			occasion = j
			break
		}
		if d.btoks[j].has(fCap) && !d.btoks[j].has(fAllCaps) && !d.ruGenitiveWord(w) {
			return ""
		}
	}
	if occasion < 0 {
		return ""
	}
	for j := occasion - 1; j >= 0; j-- {
		if strings.ContainsAny(d.gapBefore(j+1), ".!?\n") {
			break
		}
		if d.gapBefore(j+1) == "-" {
			continue // «пресс-конференция»: the occasion's own first part
		}
		if d.listed(j, rwTitleWord) || roleNoun(d.word(j)) || d.listed(j, rwPersonNoun) {
			return ""
		}
	}
	n, ok := ruNominativeName(words[0], words[1])
	if !ok {
		return ""
	}
	if sur, fem, _ := ruSurnameNominative(words[1]); sur == "" || fem != female {
		return ""
	}
	return n
}

// ruOccasion reports whether lower-cased w is a form of a noun of
// ruOccasionStems.
func ruOccasion(w string) bool {
	w = w[strings.LastIndex(w, "-")+1:] // «пресс-конференция»
	for _, s := range ruOccasionStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// ruGenitiveWord reports whether a capitalised word between an occasion
// and a name reads as a place or body in the genitive («министра
// энергетики Кыргызстана Таалайбека Ибраева»): it ends in -а, -я or -и.
func (d *doc) ruGenitiveWord(w string) bool {
	return strings.HasSuffix(w, "а") || strings.HasSuffix(w, "я") || strings.HasSuffix(w, "и")
}

// objectOfImpersonal reports whether the name of mention m, before hi, is
// the object of the verb right after it rather than its subject: a Russian
// past plural with no subject of its own («Олега Петрова приговорили к
// трем годам», «Ибраева задержали»), or an English passive ("Oleg Petrov
// was sentenced", "Petrov has been detained").
func (d *doc) objectOfImpersonal(m mention, hi int) bool {
	if m.said || m.person >= 0 {
		return false
	}
	n := d.tokAt(m.pos)
	for n+1 < len(d.btoks) && int(d.btoks[n+1].s) < hi && d.btoks[n+1].has(fCap) && d.contiguous(n, n+1) {
		n++
	}
	v := n + 1
	if v >= len(d.btoks) || int(d.btoks[v].s) >= hi || !d.contiguous(n, v) || d.btoks[v].has(fCap) {
		return false
	}
	w := d.word(v)
	if d.ru {
		return utf8.RuneCountInString(w) >= 5 && (strings.HasSuffix(w, "или") || strings.HasSuffix(w, "али") ||
			strings.HasSuffix(w, "ыли") || strings.HasSuffix(w, "ели") || strings.HasSuffix(w, "яли"))
	}
	if w == "has" || w == "have" || w == "had" {
		if v+1 >= len(d.btoks) || d.word(v+1) != "been" {
			return false
		}
		v++
	}
	if !passiveAux[d.word(v)] || v+1 >= len(d.btoks) || int(d.btoks[v+1].s) >= hi {
		return false
	}
	next := d.word(v + 1)
	return strings.HasSuffix(next, "ed") || next == "taken" || next == "held" || next == "given" || next == "sent"
}

// personNounPlaceBefore reports whether the single capitalised word at i
// follows a person's noun and a place («Жительница Алматы Айгерим»,
// "Almaty resident Aigerim"): the first name the article gives the
// speaker, with no surname after it.
func (a *Analyzer) personNounPlaceBefore(d *doc, i int) bool {
	if i < 2 || !d.contiguous(i-1, i) || !d.contiguous(i-2, i-1) || !a.isPlaceToken(d, i-1) ||
		i+1 < len(d.btoks) && d.btoks[i+1].has(fCap) && d.contiguous(i, i+1) {
		return false
	}
	if d.ru {
		n := i - 2
		return d.listed(n, rwPersonNoun) && (!d.btoks[n].has(fCap) || d.sentenceStartAt(n))
	}
	return false
}

// ageAfterFirstName reports whether the single capitalised word at i opens
// its sentence and an age follows it between commas («Нурлан, 45 лет,
// работает таксистом», "Nurlan, 45, works as a taxi driver"): a first name
// the article gives a speaker.
func (d *doc) ageAfterFirstName(i int) bool {
	if !d.sentenceStartAt(i) || i+1 >= len(d.btoks) || d.gapBefore(i+1) != ", " || !d.btoks[i+1].has(fDigit) {
		return false
	}
	w := d.word(i + 1)
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	if n := len(w); n == 0 || n > 3 {
		return false
	}
	k := i + 2
	if k < len(d.btoks) && (d.word(k) == "лет" || d.word(k) == "года" || d.word(k) == "год") {
		k++
	}
	return k < len(d.btoks) && strings.HasPrefix(d.gapBefore(k), ",")
}
