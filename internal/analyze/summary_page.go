package analyze

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture of live pages, tickers and galleries that the summary
// passes over: date and time stamps written with month names, notes that
// name the live page itself, a list's introduction, the short lines of an
// app prompt, a caption printed twice under its kicker.

// stampKind is what a word may be inside a page's date or time stamp.
type stampKind uint8

const (
	stNone    stampKind = iota
	stNum               // 24, 2024, 11.38, 13:15, 19h33, 11.03.2026
	stMonth             // März, janvier, вересня, Ocak, Sept
	stWeekday           // Mittwoch, lundi, понедельник
	stClock             // Uhr, h, saat; hours, минут, хв (after a number: a time ago)
	stLabel             // Update, Updated, Aktualisiert, Обновлено, publié
	stLink              // vom, am, de, del, of, le, в, тому, ago
	stSep               // +++, |, –, -, •
)

// stampWords classify the words of a stamp other than numbers, lower-cased,
// in the corpus's languages.
var stampWords = func() map[string]stampKind {
	m := map[string]stampKind{}
	add := func(k stampKind, ws ...string) {
		for _, w := range ws {
			m[w] = k
		}
	}
	add(stMonth,
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "mär", "okt", "dez",
		"janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "janv", "févr", "avr", "juil", "déc",
		"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "abr", "ago", "dic",
		"janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "fev", "set", "out", "dez",
		"gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "gen", "mag", "giu", "lug", "ott",
		"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
		"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
		"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
		"янв", "фев", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "дек",
		"січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень",
		"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня")
	add(stWeekday,
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
		"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
		"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
		"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
		"pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
		"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
		"понеділок", "вівторок", "середа", "четвер", "п'ятниця", "п’ятниця", "субота", "неділя")
	add(stClock,
		"pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "ist", "edt", "cdt", "pdt", "pst", "aest",
		"uhr", "h", "hs", "hrs", "saat", "ч", "час", "часа", "часов", "год", "години", "годин", "мин", "минут", "минуты", "хв", "хвилин", "хвилини",
		"hour", "hours", "min", "mins", "minute", "minutes", "stunde", "stunden", "minuten", "heure", "heures", "hora", "horas", "minutos", "ora", "ore", "minuti", "dakika", "sn")
	add(stLabel,
		"update", "updated", "aktualisiert", "aktualisierung", "actualizado", "actualización", "atualizado", "atualização", "aggiornato", "aggiornamento",
		"mis", "jour", "обновлено", "оновлено", "güncelleme", "güncellendi", "güncellenme", "published", "posted", "erstellt", "veröffentlicht",
		"publié", "publicado", "pubblicato", "опубликовано", "опубліковано", "yayınlanma", "stand",
		"publish", "date", "datum", "fecha", "data", "tarih", "дата", "создания", "публикации", "обновления", "публікації", "оновлення")
	add(stLink,
		"vom", "am", "um", "de", "del", "do", "da", "of", "on", "at", "le", "il", "à", "el", "em", "alle", "в", "о", "г", "р", "года", "року",
		"ago", "тому", "назад", "önce", "fa", "hace", "há", "vor")
	return m
}()

// stampWordKind classifies one word of a possible stamp, trimmed of
// punctuation; it lower-cases into a buffer on the stack.
func stampWordKind(w string) stampKind {
	switch w {
	case "":
		return stSep
	case "+++", "++", "–", "-", "—", "•", "·", "/":
		return stSep
	}
	if isDigitByte(w[0]) {
		w = cutNumberSuffix(w) // "6th", "12:11AM"
		for i := 0; i < len(w); i++ {
			if c := w[i]; !isDigitByte(c) && c != '.' && c != ':' && c != '/' && c != '-' && c != 'h' {
				return stNone
			}
		}
		return stNum
	}
	if len(w) > 40 {
		return stNone
	}
	var buf [48]byte
	b := buf[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return stampWords[string(b)]
}

// cutNumberSuffix cuts an English ordinal's ending or a glued AM/PM from a
// number ("6th" → "6", "12:11AM" → "12:11"); other words are returned as
// they are.
func cutNumberSuffix(w string) string {
	if len(w) < 3 {
		return w
	}
	a, b := w[len(w)-2]|0x20, w[len(w)-1]|0x20 // ASCII lower case
	if isDigitByte(w[len(w)-3]) && (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h' || (a == 'a' || a == 'p') && b == 'm') {
		return w[:len(w)-2]
	}
	return w
}

// opensWithDateWord reports whether s opens with a weekday or a month name
// ("Mon, Jun 11 2018", "März 2024"), as a stamp after its label may.
func opensWithDateWord(s string) bool {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		i = len(s)
	}
	k := stampWordKind(strings.Trim(s[:i], ".,:;"))
	return k == stWeekday || k == stMonth
}

// stampRun reads the date or time stamp that opens s, word by word, and
// returns where it ends, whether its last word ends in a colon or is a
// dash or bar, and whether it is a stamp: a number with a month, a time,
// a numeric date or a stamp label ("Update: 24.", "März, 11.38 Uhr.",
// "Update vom Mittwoch, 18. Januar, 06.50 Uhr:", "+++ 22.45 Uhr:", "2
// год тому", "Updated 12 March 2024"). A colon closes the stamp.
func stampRun(s string) (end int, closed, ok bool) {
	num, date, label := false, false, false
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		w := s[i:j]
		core := strings.Trim(w, ".,:;|()[]")
		k := stampWordKind(core)
		switch k {
		case stNone:
			return end, closed, num && (date || label)
		case stNum:
			num = true
			date = date || strings.ContainsAny(core, ":h/") || strings.Count(core, ".") >= 2 || strings.Count(core, "-") >= 2
		case stMonth, stClock:
			date = true
		case stLabel:
			label = true
		}
		end = j
		closed = strings.HasSuffix(w, ":") || w == "|" || w == "–" || w == "—" || w == "-"
		if strings.HasSuffix(w, ":") {
			break
		}
		i = j
	}
	return end, closed, num && (date || label)
}

// stampHasTimeOrYear reports whether a stamp's words hold a clock time
// ("14:30", "14.30 Uhr" is left to a colon), a year of four digits or a
// numeric date with two separators ("05.12.2026", "05/12/26"), or is a
// time ago ("2 hours ago", "vor 2 Stunden", «3 часа назад»).
func stampHasTimeOrYear(run string) bool {
	unit, ago := false, false
	for run != "" {
		w, rest, _ := strings.Cut(strings.TrimLeft(run, " "), " ")
		run = rest
		w = strings.Trim(w, ".,:;|()[]")
		if w == "" || !isDigitByte(w[0]) {
			switch k := stampWordKind(w); {
			case k == stClock:
				unit = true
			case k == stLink && isAgoWord(w):
				ago = true
			}
			if unit && ago {
				return true // "2 hours ago", "vor 2 Stunden", «3 часа назад»
			}
			continue
		}
		w = cutNumberSuffix(w)
		if i := strings.IndexByte(w, ':'); i > 0 && i+1 < len(w) && isDigitByte(w[i+1]) {
			return true
		}
		if strings.Count(w, ".") >= 2 || strings.Count(w, "/") >= 2 {
			return true
		}
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigitByte(w[2]) && isDigitByte(w[3]) {
			return true
		}
	}
	return false
}

// opensWithLink reports whether a stamp's first word w is a preposition
// ("On", "At", "В", "Um"): news may open so with a time and go on with a
// capital («В 14:30 Путин проведёт …»); a time ago ("vor 2 Stunden") is a
// stamp.
func opensWithLink(w string) bool {
	w = strings.Trim(w, ".,:;|()[]")
	return stampWordKind(w) == stLink && !isAgoWord(w)
}

// agoWords make a time ago of a number and a unit ("2 hours ago", "vor 2
// Stunden", "hace 2 horas", «3 часа назад», "2 год тому").
var agoWords = [...]string{"ago", "тому", "назад", "önce", "fa", "hace", "há", "vor"}

func isAgoWord(w string) bool {
	for _, a := range agoWords {
		if equalFold(w, a) {
			return true
		}
	}
	return false
}

// isStampRun reports whether a sentence is a page's date or time stamp and
// nothing else, however the sentence splitter cut it ("Update: 24.",
// "März, 11.38 Uhr.", «30 вересня 2024 – 14:48», "2 год тому").
func isStampRun(s string) bool {
	if s == "" || len(s) > 100 {
		return false
	}
	if i := strings.IndexByte(s, ':'); i > 0 && i < 24 && i+1 < len(s) && s[i+1] == ' ' && stampWordKind(s[:i]) == stLabel {
		return isStampRun(strings.TrimSpace(s[i+1:])) // "Update: 24. März, 11.38 Uhr."
	}
	end, _, ok := stampRun(s)
	return ok && strings.Trim(s[end:], " .,:;|") == ""
}

// cutStampPrefix cuts a live page's stamp that opens a sentence before a
// colon, a dash or a bar ("Update vom Montag, 11.01.2021, 04.40 Uhr: Nach
// der Erstürmung …", "+++ 22.45 Uhr: Laut einer Umfrage …", «12 марта,
// 15:40 | Правительство …»), when the rest opens with a capital or a
// quotation mark. A stamp glued to the first sentence without a colon, a
// dash or a bar ("5 December 2026 The harbour board …", «Вчера, 14:30
// Городская дума …») is cut too when the rest reads as a sentence, with a
// finite verb in language l (summary_verb.go), and the stamp holds a
// clock time, a year or a numeric date: a sentence may open with a day
// and a month and go on with a capital («29 декабря Сергей Михалок …»,
// "On March 1, Turkmen leader …"), or run on in lower case ("December 5
// was the day …").
func cutStampPrefix(s string, l verbLang) string {
	first := strings.IndexByte(s, ' ')
	if first < 0 {
		first = len(s)
	}
	if s == "" || stampWordKind(strings.Trim(s[:first], ".,:;|()[]")) == stNone {
		return s // most sentences: the first word is no stamp's
	}
	end, closed, ok := stampRun(s)
	if !ok || !closed && (l == vlNone || !stampHasTimeOrYear(s[:end]) || opensWithLink(s[:first])) {
		return s
	}
	rest := strings.TrimLeft(s[end:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && !strings.ContainsRune("\"«“„'", r) || countWordsUpTo(rest, minSummaryWords) < minSummaryWords || !closed && !hasVerbCue(rest, l) {
		return s
	}
	return rest
}

// livePageWords name a live page or ticker; a short sentence naming one
// speaks of the page, not the news ("Die aktuelle Lage im Liveblog.",
// "Dieser News-Ticker ist geschlossen.", "Follow our live coverage.").
var livePageWords = [...]string{
	"liveblog", "live-blog", "newsblog", "news-blog", "live blog", "live coverage", "live page", "live updates", "follow live",
	"онлайн-трансляц", "текстовая трансляция", "текстова трансляція", "следите за обновлениями", "следите за развитием событий", "стежте за оновленнями",
	"notre direct", "ce direct", "le direct est", "suivez en direct", "blog en direct", "nuestro directo", "este directo", "el directo", "sigue en directo", "siga en directo",
	"minuto a minuto", "acompanhe ao vivo", "nossa cobertura ao vivo", "la nostra diretta", "questa diretta", "segui la diretta", "diretta live", "canlı blog", "canlı anlatım",
}

// isLivePageNote reports whether a sentence (text) names the live page it
// stands on by a German compound ending in "ticker" (Newsticker,
// News-Ticker, Wahl-Ticker) or the German noun "Ticker" ("Unser Ticker am
// Samstag endet hier."); isPagePrompt looks for the other live-page words
// (livePageWords). An English "stock ticker" is news; "ticker" alone in
// lower case is left.
func isLivePageNote(text string) bool {
	found := false
	eachField(text, func(w string) bool {
		w = liveNoteMarks.trim(w)
		if w == "Ticker" {
			found = true
		} else if len(w) > 6 && equalFold(w[len(w)-6:], "ticker") && !isMarketTicker(w) {
			found = true
		}
		return !found
	})
	return found
}

// The kinds of phrase pagePhrases finds.
const (
	phLive     = 1 << iota // livePageWords
	phContinue             // continuePrompts
	phSocial               // socialNetworks
	phSelf                 // selfPhrases (selfPhraseSet)
)

var (
	pagePhrases = newPhraseSet(map[uint8][]string{phLive: livePageWords[:], phContinue: append(continuePrompts[:], pageNotes[:]...), phSocial: socialNetworks[:]})
)

// phrase is one lower-cased phrase of a phraseSet and its kind; a stem
// («онлайн-трансляц») may run on into a word.
type phrase struct {
	b    []byte
	kind uint8
	stem bool
}

// phraseSet finds lower-cased phrases at word starts in one pass: it looks
// at each word start once, passing over those whose first two bytes no
// phrase opens with (as isPromo does).
type phraseSet struct {
	pairs   *bytePairs
	byFirst [256][]phrase
	window  int // bytes kindsIn lower-cases: the longest phrase and one rune after it
	// quads holds the hashed first four bytes of every phrase, when all
	// are four bytes or longer (useQuads): kindsIn lower-cases four bytes
	// of a word and stops there when no phrase opens so ("the" for
	// "threads").
	quads    quadFilter
	useQuads bool
}

func newPhraseSet(kinds map[uint8][]string) *phraseSet {
	var all []string
	t := &phraseSet{useQuads: true}
	for k, ps := range kinds {
		for _, p := range ps {
			if len(p) < 4 {
				t.useQuads = false
			} else {
				b := quadBit(quadOf(p))
				t.quads[b/64] |= 1 << (b % 64)
			}
			if len(p) >= 64 {
				panic("analyze: a page phrase longer than kindsIn's window: " + p)
			}
			all = append(all, p)
			t.window = max(t.window, min(64, len(p)+utf8.UTFMax))
			t.byFirst[p[0]] = append(t.byFirst[p[0]], phrase{[]byte(p), k, strings.HasSuffix(p, "ц")})
		}
	}
	t.pairs = newBytePairs(all)
	return t
}

// kindsIn returns the kinds of the set's phrases that text holds as whole
// words, ignoring case. It hops from space to space, looks at each word's
// first letter (after opening quotes or brackets) and lower-cases the
// first two bytes there and, where a phrase may open, a window on the stack
// as long as the longest phrase and one rune after it (at most 64 bytes). Words glued to a slash or a dash are not looked at.
func (t *phraseSet) kindsIn(text string) uint8 {
	var found uint8
	var win [64 + utf8.UTFMax]byte
	for i := 0; i < len(text); {
		// Pass over what opens the word: quotes, brackets, dashes.
		r, size := utf8.DecodeRuneInString(text[i:])
		for !isLetter(r) && r != ' ' && i+size < len(text) {
			i += size
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isLetter(r) && t.mayOpenAt(text, i, r) {
			w := win[:0]
			open := !t.useQuads // four bytes passed the quads
			for _, c := range text[i:] {
				if len(w) >= t.window {
					break
				}
				w = utf8.AppendRune(w, lowerRune(c))
				if !open && len(w) >= 4 {
					if b := quadBit(uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24); t.quads[b/64]&(1<<(b%64)) == 0 { // quadOf(string(w[:4])), without the conversion
						break
					}
					open = true
				}
			}
			if !open {
				w = w[:0] // no phrase opens so, or the text ends before four bytes
			}
			for _, p := range t.byFirst[wordFirst(w)] {
				if found&p.kind == 0 && bytes.HasPrefix(w, p.b) && (p.stem || phraseEnds(w, len(p.b))) {
					found |= p.kind
				}
			}
		}
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return found
}

// wordFirst returns w's first byte, 0 (which opens no phrase) for an
// empty w.
func wordFirst(w []byte) byte {
	if len(w) == 0 {
		return 0
	}
	return w[0]
}

// mayOpenAt reports whether a phrase of the set may open at text[i:],
// whose first rune is r: the first two bytes of the lower-cased text there
// open some phrase.
func (t *phraseSet) mayOpenAt(text string, i int, r rune) bool {
	if r < utf8.RuneSelf && i+1 < len(text) && text[i+1] < utf8.RuneSelf {
		// Two ASCII bytes: their lower cases are the pair.
		k := uint(runeTab[r].lower)<<8 | uint(runeTab[text[i+1]].lower)
		return t.pairs[k/64]&(1<<(k%64)) != 0
	}
	var b [2 * utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], lowerRune(r))
	if n == 1 {
		// r may be wider than its lower case (the Turkish İ is two
		// bytes, its i one): the next rune follows r's own bytes.
		next := i + utf8.RuneLen(r)
		if next >= len(text) {
			return len(t.byFirst[b[0]]) > 0
		}
		r2, _ := utf8.DecodeRuneInString(text[next:])
		utf8.EncodeRune(b[1:], lowerRune(r2))
	}
	k := uint(b[0])<<8 | uint(b[1])
	return t.pairs[k/64]&(1<<(k%64)) != 0
}

// phraseEnds reports whether a phrase of n bytes matched at the start of
// the lower-cased window w ends a word: the window goes on with no letter,
// or ends with the phrase (the window is longer than any phrase, so the
// text ends there).
func phraseEnds(w []byte, n int) bool {
	if n < len(w) {
		r, _ := utf8.DecodeRune(w[n:])
		return !isLetter(r)
	}
	return true
}

// isPagePrompt reports whether a sentence of at most thirty words speaks of
// the page rather than the news: a note of sixteen words at most naming
// the live page (livePageWords, isLivePageNote), a call to read on
// elsewhere or to pay (continuePrompts), or a call of twenty words at most
// to follow the outlet (isSocialPrompt). It reads the sentence once.
func isPagePrompt(text string) bool {
	if len(text) > 400 {
		return false
	}
	words := strings.Count(text, " ") + 1 // words as the spaces split them
	if words > 30 {
		return false
	}
	k := pagePhrases.kindsIn(text)
	return k&phContinue != 0 ||
		words <= 16 && (k&phLive != 0 || strings.Contains(text, "icker") && isLivePageNote(text)) ||
		words <= 20 && k&phSocial != 0 && isSocialPrompt(text)
}

// continuePrompts ask the reader to go on elsewhere or to pay to read on:
// a sentence holding one is the page's, not the news ("Haberin devamı için
// diğer sayfaya geçebilirsiniz", "To continue reading, subscribe.").
var continuePrompts = [...]string{
	"to continue reading", "continue reading", "already a subscriber", "already have an account", "log in to continue", "sign in to continue",
	"read the rest of", "keep reading", "weiterlesen mit", "jetzt weiterlesen", "zum weiterlesen", "leider nicht mehr lesen", "artikel freischalten",
	"чтобы продолжить чтение", "чтобы читать дальше", "читать далее", "продолжение на следующей", "щоб продовжити читання", "читати далі", "продовження на наступній",
	"pour lire la suite", "lire la suite", "para seguir leyendo", "para continuar leyendo", "seguir leyendo", "sigue leyendo",
	"para continuar lendo", "continue lendo", "continuar lendo", "per continuare a leggere", "continua a leggere", "leggi tutto", "okumaya devam",
	"haberin devamı", "devamını oku", "de cet article à lire",
	// Links written out in a sentence ("For our latest story, head here.").
	"click here", "head here", "tap here", "нажмите здесь", "натисніть тут", "hier klicken", "klicken sie hier", "cliquez ici", "haga clic aquí", "pincha aquí",
	"clique aqui", "clicca qui", "buraya tıklayın", "buraya tıklayınız",
	// Notices that the page's content is gone.
	"content is no longer available", "content is not available", "video is no longer available", "video is unavailable",
	"материал недоступен", "контент недоступен", "видео недоступно", "матеріал недоступний", "відео недоступне",
	"inhalt ist nicht mehr verfügbar", "inhalt ist leider nicht mehr verfügbar", "contenu n'est plus disponible", "contenu n’est plus disponible", "vidéo n'est plus disponible",
	"contenido ya no está disponible", "contenido no está disponible", "conteúdo não está mais disponível", "conteúdo não está disponível",
	"contenuto non è più disponibile", "contenuto non è disponibile", "içerik artık mevcut değil", "içerik kullanılamıyor",
}

// pageNotes are the page's other words to its reader, read like
// continuePrompts: an audio player's label and its paywall ("Listen to
// this article", «Прослушать статью», "Posłuchaj artykułu"), a note that
// the story will grow or be updated ("We will provide more information as
// it becomes available.", «Новость дополняется», "Notizia in
// aggiornamento"), a line that links to the outlet's other reports ("Hier
// geht es zu allen Polizeimeldungen."), and a teaser's pointer to the
// pictures or the details ("Watch the video", «Смотрите видео», "İşte
// olay yerinden ilk görüntüler"). A phrase is kept only where news does
// not say it: "as it becomes available" alone closes many news sentences
// ("The vaccine is offered as it becomes available."), so only the
// outlet's promise of more information is listed.
var pageNotes = [...]string{
	// An audio player.
	"listen to this article", "listen to this story", "listen to the article", "прослушать статью", "прослушать новость", "послушать статью", "слушать статью",
	"прослухати статтю", "слухати статтю", "posłuchaj artykułu", "wykup subskrypcję", "masz subskrypcję", "zaloguj się", "dowiedz się więcej", "artikel anhören", "artikel vorlesen lassen",
	"écouter cet article", "écouter l'article", "écouter l’article", "escuchar este artículo", "escuchar la noticia", "ouvir este artigo", "ouvir esta notícia", "ouvir a notícia",
	"ascolta l'articolo", "ascolta l’articolo", "ascolta questo articolo", "haberi dinle", "makaleyi dinle",
	// The story will grow.
	"more information as it becomes available", "more details as they become available", "more information as it becomes known", "will update this story", "will update this article",
	"this story will be updated", "this article will be updated", "check back for updates", "check back later for updates",
	"новость дополняется", "новость обновляется", "материал дополняется", "материал обновляется", "информация дополняется", "новина доповнюється", "новина оновлюється", "матеріал доповнюється", "інформація доповнюється",
	"artikel wird aktualisiert", "meldung wird aktualisiert", "wir aktualisieren diesen artikel", "wir aktualisieren die meldung", "weitere informationen folgen",
	"cet article sera mis à jour", "article en cours d'actualisation", "article en cours d’actualisation", "noticia en ampliación", "noticia en actualización", "ampliaremos la información", "ampliaremos información",
	"notícia em atualização", "matéria em atualização", "texto em atualização", "notizia in aggiornamento", "articolo in aggiornamento", "seguiranno aggiornamenti", "haber güncelleniyor", "haberin ayrıntıları geliyor",
	"artykuł jest aktualizowany", "artykuł będzie aktualizowany", "informacja jest aktualizowana",
	// A line that links to the outlet's other reports.
	"hier geht es zu", "hier geht es zum", "hier geht es zur", "hier geht's zu", "hier geht's zum", "hier geht's zur", "hier geht’s zu", "hier geht’s zum", "hier geht’s zur",
	// A pointer to the pictures or the details.
	"watch the video", "see the photos", "see the pictures", "here are the details", "смотрите видео", "смотрите фото", "смотрите кадры", "дивіться відео", "дивіться фото",
	"sehen sie das video", "sehen sie die bilder", "regardez la vidéo", "voici les images", "mira el vídeo", "mira el video", "estas son las imágenes", "veja o vídeo", "veja as imagens", "veja os detalhes",
	"guarda il video", "ecco le immagini", "ecco i dettagli", "işte detaylar", "işte o anlar", "işte o görüntüler", "işte ilk görüntüler", "işte olay yerinden", "zobacz wideo", "zobacz zdjęcia", "zobacz nagranie",
	// A pointer to the full report on another page ("Read the match report
	// on our site.", «Отчет о поединке читайте на сайте»).
	"read the full report on", "read the match report", "read our match report", "читайте на сайте", "читайте на странице", "читайте по ссылке",
	"отчет о поединке читайте", "отчет о матче читайте", "отчёт о матче читайте", "отчёт о поединке читайте", "звіт про матч читайте", "читайте на сайті",
	// The site's sign-in and consent notes and its widgets' labels ("By
	// providing your information, you agree to our Terms of Use", «Для
	// авторизации на портале нажмите на иконку соцсети», "Adjust font
	// size:").
	"you agree to our terms", "you agree to our privacy policy", "terms of service apply", "protected by recaptcha", "to help provide our services",
	"don't have an account", "don’t have an account", "sign in with your social", "для авторизации на портале", "для первой авторизации", "нет аккаунта в соцсетях", "авторизуйтесь на портале",
	"для авторизації на порталі", "немає акаунта", "adjust font size", "change font size", "schriftgröße anpassen", "изменить размер шрифта", "размер шрифта:",
}

// selfPhrases are the outlet speaking of its own piece, as a teaser does
// ("What changes from March 1? We explain.", «Как изменится жизнь с 1
// марта — рассказываем в нашем материале», "In this episode, our
// reporters look at …"): the first person plural of telling, and "our"
// or "this" with a kind of piece.
var selfPhrases = [...]string{
	"we explain", "we look at", "we answer", "we break down", "our guide", "our new guide", "this episode", "this week's episode",
	"our podcast", "our explainer", "listen now", "watch now", "read on to find out", "here's what you need to know", "here is what you need to know",
	"рассказываем", "объясняем", "разбираемся", "нашем материале", "нашем обзоре", "нашем подкасте", "нашем видео", "этом выпуске",
	"собрали главное", "розповідаємо", "пояснюємо", "розбираємося", "нашому матеріалі", "цьому випуску", "зібрали головне",
	"wir erklären", "erklären wir", "dieser folge", "jetzt anhören", "on vous explique", "nous vous expliquons", "cet épisode",
	"te explicamos", "le explicamos", "te contamos", "este episodio", "neste episódio", "nesse episódio", "explicamos o que",
	"vi spieghiamo", "ti spieghiamo", "questa puntata", "anlatıyoruz", "açıklıyoruz",
	"нашем telegram", "нашем телеграм", "нашому telegram", "our telegram",
}

// selfPhraseSet finds selfPhrases; it is apart from pagePhrases, which
// every summary sentence is read with, since only a first paragraph is
// looked at for them.
var selfPhraseSet = newPhraseSet(map[uint8][]string{phSelf: selfPhrases[:]})

// followVerbs, opening a sentence, ask the reader to follow or read the
// outlet; socialNetworks are where. A sentence with both is a prompt
// («Читайте новини "МБ" у Facebook | Telegram», "Follow us on Instagram").
// Verbs that also tell news ("Sigue la polémica en Twitter") are left out.
var (
	followVerbs    = [...]string{"follow", "join", "subscribe", "читайте", "подписывайтесь", "подпишитесь", "присоединяйтесь", "підписуйтесь", "приєднуйтесь", "folgen sie", "folge uns", "abonnieren sie", "suivez", "abonnez", "rejoignez", "síguenos", "suscríbete", "sigam", "siga-nos", "inscreva-se", "seguici", "iscriviti", "bizi takip", "takip edin", "abone olun"}
	socialNetworks = [...]string{"facebook", "telegram", "twitter", "instagram", "viber", "youtube", "whatsapp", "tiktok", "vkontakte", "вконтакте", "google news", "threads", "linkedin", "дзен", "telegram-канал", "telegram-каналі"}
)

// isSocialPrompt reports whether a sentence that names a social
// network (socialNetworks, found by isPagePrompt) opens with a call to
// follow or read the outlet.
func isSocialPrompt(text string) bool {
	if !followVerbsFirst.mayFoldOpen(text) {
		return false
	}
	for _, v := range followVerbs {
		if len(text) > len(v) && equalFold(text[:len(v)], v) && wordBounded(text, 0, len(v)) {
			return true
		}
	}
	return false
}

// breakingLabels open a flash in capitals or with a colon: "BREAKING:",
// «Срочно:», "Son dakika haberi:", "Eilmeldung:".
var breakingLabels = [...]string{
	"breaking news", "breaking", "just in", "срочно", "молния", "терміново", "блискавка", "eilmeldung", "eil", "urgent", "dernière minute", "flash",
	"última hora", "urgente", "ultim'ora", "ultima ora", "son dakika haberi", "son dakika", "flaş",
}

// cutBreakingLabel cuts a breaking-news label before a colon or a dash
// from the start of a sentence when news in capitals follows.
func cutBreakingLabel(s string) string {
	if !breakingFirst.mayFoldOpen(s) {
		return s
	}
	for _, l := range breakingLabels {
		if len(s) <= len(l) || !equalFold(s[:len(l)], l) {
			continue
		}
		rest := strings.TrimLeft(s[len(l):], " ")
		cut := false
		for _, sep := range [...]string{":", "-", "–", "—", "|"} {
			if r, ok := strings.CutPrefix(rest, sep); ok {
				rest, cut = strings.TrimLeft(r, " "), true
				break
			}
		}
		if cut && isUpperStart(rest) && countWordsUpTo(rest, minSummaryWords) >= minSummaryWords {
			return rest
		}
		return s
	}
	return s
}

// isPromoLead reports whether sentence s opens a prompt's paragraph without
// being a prompt itself: news of six words or more followed, in the same
// short paragraph, by a call to subscribe or follow ("The minister
// announced a new tax. To continue reading, subscribe …"). The paragraph
// is a prompt; its first sentence is still news.
func (d *doc) isPromoLead(s sentence, lw *lowerer) bool {
	p := d.paras[s.para]
	if s.s != p.s || strings.TrimSpace(d.body[s.e:p.e]) == "" {
		return false
	}
	text := d.body[s.s:s.e]
	if countWordsUpTo(text, 6) < 6 {
		return false
	}
	lower := lw.lower(text)
	return !isPromo(lower) && !isLiveLink(lower)
}

// isMarketTicker reports whether a German compound names a stock ticker
// (Börsenticker, Aktienticker, Kursticker), which is news.
func isMarketTicker(w string) bool {
	for _, m := range [...]string{"börse", "aktie", "kurs"} {
		if indexFold(w, m) >= 0 {
			return true
		}
	}
	return false
}

// isListIntro reports whether sentence s (text, once trimmed) ends its
// paragraph with a colon and a list of bullets follows: "Here is a roundup
// of the day's events:" over its points. It introduces what follows and
// says nothing itself. Lines opened by a dash are left: in Russian they
// are dialogue, which the line above introduces («Если бы врачи были
// программистами:»).
func (d *doc) isListIntro(s sentence, text string) bool {
	if !strings.HasSuffix(text, ":") {
		return false
	}
	p := d.paras[s.para]
	if strings.TrimSpace(d.body[s.e:p.e]) != "" {
		return false
	}
	next := int(s.para) + 1
	if next >= len(d.paras) || d.paras[next].kind != pList {
		return false
	}
	item := d.body[d.paras[next].s:d.paras[next].e]
	return strings.HasPrefix(item, "• ") || strings.HasPrefix(item, "* ")
}

// afterPromo reports whether sentence s is the whole of a short paragraph
// (six words at most) right after a prompt: the lines of an app or
// subscription prompt ("Get all your news in one place." / "100's of
// premium titles." / "One app.").
func (d *doc) afterPromo(s sentence, text string) bool {
	p := d.paras[s.para]
	if s.para == 0 || s.s != p.s || strings.TrimSpace(d.body[s.e:p.e]) != "" || countWordsUpTo(text, 7) > 6 {
		return false
	}
	return d.paras[s.para-1].kind == pPromo
}

// kickerSplit splits a short "Kicker: caption" sentence into its kicker
// (one to four words before the colon) and caption; ok is false for any
// other sentence.
func kickerSplit(s string) (caption string, ok bool) {
	i := strings.Index(s[:min(len(s), 60)], ": ")
	if i <= 0 || countWordsUpTo(s[:i], 5) > 4 || !isUpperStart(s) {
		return "", false
	}
	caption = strings.TrimSpace(s[i+2:])
	return caption, len(caption) >= 30
}

// isKickerCaption reports whether sentence s (text, once trimmed) is one
// copy of a caption that pages print twice, once under a kicker: the last
// sentence of a paragraph, "SPD nach der Wahl: Die Bürgermeisterin steht
// im Fokus.", whose caption opens the next paragraph, or that next
// paragraph's opening sentence, the caption again.
func (d *doc) isKickerCaption(s sentence, text string) bool {
	p := d.paras[s.para]
	if len(text) > 300 {
		return false
	}
	if cap, ok := kickerSplit(text); ok && strings.TrimSpace(d.body[s.e:p.e]) == "" {
		next := int(s.para) + 1
		if next < len(d.paras) && strings.HasPrefix(d.body[d.paras[next].s:d.paras[next].e], strings.TrimRight(cap, ". ")) {
			return true
		}
	}
	if s.s != p.s || s.para == 0 {
		return false
	}
	text = strings.TrimRight(text, ". ")
	prev := d.paras[s.para-1]
	head, ok := strings.CutSuffix(strings.TrimRight(d.body[prev.s:prev.e], ". "), text)
	if !ok || len(text) < 30 {
		return false
	}
	head, ok = strings.CutSuffix(strings.TrimRight(head, " "), ":")
	if !ok {
		return false
	}
	if i := strings.LastIndex(head, ". "); i >= 0 {
		head = head[i+2:]
	}
	return head != "" && countWordsUpTo(head, 5) <= 4
}

// captionFallback returns the first sentence of a captioned paragraph once
// its credit is set aside, for a page whose every paragraph carries a
// picture's credit ("A prioridade é garantir … no dia 29. (Foto: Agência
// Brasil)", «Президент провел встречу … к зиме Фото: пресс-служба»): the
// text before the credit rather than no summary at all.
func (d *doc) captionFallback() string {
	var lw lowerer
	for _, s := range d.sents {
		if d.paras[s.para].kind != pCredit {
			continue
		}
		text := trimSentence(d.body[s.s:s.e])
		if c := creditMarkAt(text, &lw); c > 0 {
			// A credit glued to the end of the text: cut it off.
			text = strings.TrimRight(text[:c], " -–—|(,")
		}
		if countWordsUpTo(text, 8) < 8 || isCaptionText(text, &lw) || isParenCredit(text) || isWireCaptionDate(text) {
			continue // a wire caption's place and date: a gallery's picture, not the story
		}
		lower := lw.lower(text)
		credit := false
		for _, p := range creditByFirst[lower[0]] {
			credit = credit || strings.HasPrefix(lower, p)
		}
		if credit {
			continue
		}
		if utf8.RuneCountInString(text) > summaryChars {
			text = cutAtClause(text, summaryChars) + "…"
		}
		return text
	}
	return ""
}

// creditMarkAt returns where a credit mark of creditMarks opens a word in
// the last 80 bytes of text, or 0 when none does.
func creditMarkAt(text string, lw *lowerer) int {
	cut := max(0, len(text)-80)
	for cut < len(text) && !utf8.RuneStart(text[cut]) {
		cut++
	}
	tail := text[cut:]
	lower := lw.lower(tail)
	if len(lower) != len(tail) {
		return 0 // offsets of the lower-cased text would not be the text's
	}
	for i := 0; i < len(lower); i++ {
		if i > 0 && (isASCIILetter(lower[i-1]) || lower[i-1] >= 0x80) {
			continue
		}
		for _, m := range creditByByte[lower[i]] {
			if strings.HasPrefix(lower[i:], m) {
				return cut + i
			}
		}
	}
	return 0
}

// liveNoteMarks are the marks trimmed off a word of a live-page note (isLivePageNote).
var liveNoteMarks = newCharSet(".,:;!?()\"«»“”„")
