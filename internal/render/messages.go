package render

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

// Length caps, in characters, that keep one story well inside a message.
const (
	titleMax    = 300
	lineMax     = 160 // the one-line summary of a list
	lineHardMax = 500 // a first sentence longer than lineMax is still shown whole up to this: the longest the analyzer leaves whole (summaryChars+150)
	summaryMax  = 600
	breakingMax = 1200 // a breaking card's summary
	quoteMax    = 400
	nameMax     = 80 // sources, speakers, outlets
	flagsMax    = 3
	alsoMax     = 4
)

// phrases are the fixed words of the messages in one language, from its
// catalog.
type phrases struct {
	lang         i18n.Lang
	latest       string
	noStories    string
	noTopic      string
	yourDigest   string
	quietDay     string
	breaking     string
	also         string
	andMore      string // a count's format: "+%d", "и ещё %d"
	otherCountry string
	otherTopic   string
	untitled     string
}

func phrasesFor(tag string) phrases {
	l := i18n.Parse(tag)
	return phrases{
		lang:         l,
		latest:       l.Text(i18n.MsgLatestHeading),
		noStories:    l.Text(i18n.MsgNoStoriesYet),
		noTopic:      l.Text(i18n.MsgNoTopicStoriesYet),
		yourDigest:   l.Text(i18n.MsgYourDigest),
		quietDay:     l.Text(i18n.MsgQuietDay),
		breaking:     l.Text(i18n.MsgBreaking),
		also:         l.Text(i18n.MsgAlso),
		andMore:      l.Text(i18n.MsgAndMore),
		otherCountry: l.Text(i18n.MsgOtherCountries),
		otherTopic:   l.Text(i18n.MsgOtherTopics),
		untitled:     l.Text(i18n.MsgUntitled),
	}
}

// Latest renders a "Latest news" list: per story its primary countries'
// flags, its title as a link, a one-line summary and the source. heading
// opens the first message; an empty heading gets a default one. The list is
// split into messages of at most MaxMessageLen units, between stories. With
// no stories the single message says there is nothing new yet.
func Latest(stories []news.Story, lang, heading string) []string {
	p := phrasesFor(lang)
	if heading = oneLine(heading); heading == "" {
		heading = p.latest
	}
	parts := []string{"<b>" + Escape(heading) + "</b>"}
	if len(stories) == 0 {
		return []string{parts[0] + "\n" + p.noStories}
	}
	for _, s := range stories {
		parts = append(parts, latestItem(s, p))
	}
	return Split(parts, MaxMessageLen)
}

func latestItem(s news.Story, p phrases) string {
	var b strings.Builder
	if f := flags(s.Analysis); f != "" {
		b.WriteString(f + " ")
	}
	b.WriteString(titleLink(s.Article, p, false))
	line := Escape(clipSentences(firstSentence(summaryOf(s.Article)), lineMax, lineHardMax))
	src := sourceName(s.Article)
	if line != "" || src != "" {
		b.WriteString("\n" + line)
	}
	if src != "" {
		if line != "" {
			b.WriteString(" · ")
		}
		b.WriteString("<i>" + Escape(src) + "</i>")
	}
	return b.String()
}

// Topic renders the newest stories on one topic: a heading with the topic's
// emoji and label, then per story its linked title, summary, best
// pull-quote in a blockquote followed by "— Speaker", the source and the
// other outlets carrying it. Messages are split between stories. With no
// stories the single message says there is nothing new on the topic.
func Topic(topic news.Topic, stories []news.Story, lang string) []string {
	return TopicIn(topic, "", stories, lang)
}

// TopicIn is Topic with the list's scope (plain text, such as "in your
// countries" or "all countries") after the topic in the heading, so that
// a reader knows which stories on the topic are shown.
func TopicIn(topic news.Topic, scope string, stories []news.Story, lang string) []string {
	p := phrasesFor(lang)
	heading := "<b>" + topicHeading(topic, p) + "</b>"
	if scope = oneLine(scope); scope != "" {
		heading = "<b>" + topicHeading(topic, p) + " · " + Escape(clip(scope, nameMax)) + "</b>"
	}
	if len(stories) == 0 {
		return []string{heading + "\n" + p.noTopic}
	}
	parts := []string{heading}
	for _, s := range stories {
		parts = append(parts, storyItem(s, p, "", true))
	}
	return Split(parts, MaxMessageLen)
}

// Digest renders a subscriber's daily digest: a heading with the date of
// d.Until in loc (nil means UTC; a zero Until leaves the date out), then a
// section per topic (emoji and label) when d.GroupBy is news.GroupByTopic,
// else per country (flag and name; "" is "Other countries"), each story
// numbered across the digest with its linked title, summary, best quote and
// speaker, source and other outlets. A section's heading stays with its
// first story, and opens again any later message the section continues in. The language is d.Lang. An empty digest renders as nil.
func Digest(d news.Digest, loc *time.Location) []string {
	return digest(d, loc, storyItem)
}

// digest is Digest with the rendering of one story, without its number,
// supplied: storyItem or a DigestCache's.
func digest(d news.Digest, loc *time.Location, item func(s news.Story, p phrases, number string, withFlags bool) string) []string {
	if d.Empty() {
		return nil
	}
	p := phrasesFor(d.Lang)
	heading := p.yourDigest
	if !d.Until.IsZero() {
		heading += " — " + longDate(inZone(d.Until, loc), p.lang)
	}
	n := 1
	for _, sec := range d.Sections {
		n += len(sec.Stories)
	}
	parts := make([]string, 1, n)
	parts[0] = "<b>" + Escape(heading) + "</b>"
	// cont[i] is the section title parts[i] repeats should it open a message.
	cont := make([]string, 1, n)
	num := 0
	for _, sec := range d.Sections {
		if len(sec.Stories) == 0 {
			continue
		}
		var title string
		// Flags repeat the section heading when grouped by country.
		withFlags := true
		if d.GroupBy == news.GroupByTopic {
			title = topicHeading(sec.Topic, p)
		} else {
			title = countryHeading(sec.Country, p)
			withFlags = false
		}
		for i, s := range sec.Stories {
			num++
			item := item(s, p, strconv.Itoa(num)+".", withFlags)
			head := title
			if i == 0 {
				item, head = "<b>"+title+"</b>\n\n"+item, ""
			}
			parts, cont = append(parts, item), append(cont, head)
		}
	}
	return splitDigest(parts, cont, MaxMessageLen)
}

// splitDigest is Split for a digest: a message that opens inside a section
// opens with that section's title in bold (cont[i] for parts[i]), so the
// reader still knows which country or topic the stories are about. Each
// part's length is taken once; only a part longer than limit goes through
// Split.
func splitDigest(parts, cont []string, limit int) []string {
	var (
		out []string
		cur strings.Builder
		n   int
	)
	// rest is the size of the parts still to come: a message is given room
	// for them, up to a few messages' worth, as Split does.
	rest := 0
	for _, p := range parts {
		rest += len(p) + 2
	}
	// A UTF-8 string never has more UTF-16 units than bytes: when the bytes
	// fit, so does the digest, and no part needs counting.
	fits := rest-2 <= limit
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
			n = 0
		}
	}
	for i, p := range parts {
		rest -= len(p) + 2
		if p != "" && (p[0] == ' ' || p[0] == '\n' || p[len(p)-1] == ' ' || p[len(p)-1] == '\n') {
			p = strings.Trim(p, " \n")
		}
		if p == "" {
			continue
		}
		l := len(p)
		if !fits {
			l = UTF16Len(p)
		}
		if cur.Len() > 0 && n+2+l <= limit {
			cur.WriteString("\n\n")
			cur.WriteString(p)
			n += 2 + l
			continue
		}
		if cur.Len() > 0 || len(out) > 0 {
			flush()
			if cont[i] != "" {
				p = "<b>" + cont[i] + "</b>\n\n" + p
				l = UTF16Len(p)
			}
		}
		if l > limit {
			out = append(out, Split([]string{p}, limit)...)
			continue
		}
		cur.Grow(min(len(p)+rest, 4*limit))
		cur.WriteString(p)
		n = l
	}
	flush()
	return out
}

// QuietDay renders the one line sent instead of a digest when nothing is
// new, dated now in loc (nil means UTC).
func QuietDay(lang string, loc *time.Location, now time.Time) string {
	p := phrasesFor(lang)
	// A date opens the line: capitalised, as Russian days are not.
	date := capitalize(longDate(inZone(now, loc), p.lang))
	return "☕ <b>" + Escape(date) + "</b> — " + Escape(p.quietDay)
}

// Breaking renders a breaking-news card: a red "BREAKING" mark with the
// primary countries' flags, the title in bold as a link, the summary, the
// best quote with its speaker and the source. The card always fits one
// message: an oversized summary is shortened, then the quote dropped.
func Breaking(a news.Article, lang string) string {
	p := phrasesFor(lang)
	for _, caps := range [][2]int{{breakingMax, quoteMax}, {summaryMax, quoteMax / 2}, {lineMax, 0}} {
		card := breakingCard(a, p, caps[0], caps[1])
		if UTF16Len(card) <= MaxMessageLen {
			return card
		}
	}
	return Split([]string{breakingCard(a, p, lineMax, 0)}, MaxMessageLen)[0]
}

func breakingCard(a news.Article, p phrases, summaryCap, quoteCap int) string {
	head := "🔴 <b>" + p.breaking + "</b>"
	if f := flags(a.Analysis); f != "" {
		head += " " + f
	}
	parts := []string{head + "\n" + titleLink(a, p, true)}
	sum := clipSentences(summaryShown(a), summaryCap, summaryCap)
	if sum != "" {
		parts = append(parts, Escape(sum))
	}
	if quoteCap > 0 {
		if q := quoteBlock(a.Analysis, quoteCap, sum); q != "" {
			parts = append(parts, q)
		}
	}
	if src := sourceName(a); src != "" {
		parts = append(parts, "<i>"+Escape(src)+"</i>")
	}
	return strings.Join(parts, "\n\n")
}

// storyItem renders one story of a topic list or digest; number, when set,
// precedes the title. DigestCache's sameShown must compare every field of s
// read here.
func storyItem(s news.Story, p phrases, number string, withFlags bool) string {
	var b strings.Builder
	if number != "" {
		b.WriteString(number + " ")
	}
	b.WriteString(titleLink(s.Article, p, true))
	if f := flags(s.Analysis); withFlags && f != "" {
		b.WriteString(" " + f)
	}
	sum := clipSentences(summaryShown(s.Article), summaryMax, summaryMax)
	if sum != "" {
		b.WriteString("\n" + Escape(sum))
	}
	if q := quoteBlock(s.Analysis, quoteMax, sum); q != "" {
		b.WriteString("\n" + q)
	}
	if line := sourceLine(s, p); line != "" {
		b.WriteString("\n" + line)
	}
	return b.String()
}

// titleLink is the story's title linked to its URL, in bold when bold.
func titleLink(a news.Article, p phrases, bold bool) string {
	title := clip(oneLine(a.Title), titleMax)
	if title == "" {
		title = p.untitled
	}
	l := Link(a.URL, title)
	if bold {
		return "<b>" + l + "</b>"
	}
	return l
}

// quoteBlock is the best quote in a blockquote with "— Speaker" under it,
// or "" when the article has no usable quote. A quote that the summary shown
// above already holds word for word is passed over for the next best: a short
// report's summary is often its whole text.
func quoteBlock(a news.Analysis, limit int, summary string) string {
	q, ok := a.BestQuote()
	if ok && quoteIn(q.Text, summary) {
		ok = false
		for _, other := range a.Quotes { // the best of the rest, first on a tie as BestQuote
			if !quoteIn(other.Text, summary) && (!ok || other.Score > q.Score) {
				q, ok = other, true
			}
		}
	}
	if !ok {
		return ""
	}
	text := clip(oneLine(q.Text), limit)
	if text == "" {
		return ""
	}
	out := "<blockquote>" + Escape(text) + "</blockquote>"
	if sp := clip(oneLine(q.Speaker), nameMax); sp != "" {
		out += "\n— " + Escape(sp)
	}
	return out
}

// summaryShown is the summary a card shows, on one line. When it holds the
// best quote among other sentences, the sentences holding the quote are left
// out: quoteBlock shows the quote under the summary with its speaker, as a
// newsletter would (facts above, the voice below), rather than a lesser
// quote or none.
func summaryShown(a news.Article) string {
	sum := oneLine(summaryOf(a))
	q, ok := a.BestQuote()
	if !ok {
		return sum
	}
	return withoutQuote(sum, q.Text)
}

// withoutQuote returns the one-line sum without the sentences overlapping
// quote (compared as quoteIn does), or sum itself when it does not hold the
// quote or holds nothing else.
func withoutQuote(sum, quote string) string {
	q := strings.ToLower(oneLine(quote))
	q = strings.TrimRightFunc(q, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	low := strings.ToLower(sum)
	if q == "" || len(low) != len(sum) { // offsets in low must be those of sum
		return sum
	}
	start := strings.Index(low, q)
	if start < 0 {
		return sum
	}
	end := start + len(q)
	var kept []string
	for off := 0; off < len(sum); {
		sentence := firstSentence(sum[off:])
		if off+len(sentence) <= start || off >= end {
			kept = append(kept, sentence)
		}
		off += len(sentence)
		for off < len(sum) && sum[off] == ' ' {
			off++
		}
	}
	if len(kept) == 0 {
		return sum
	}
	return strings.Join(kept, " ")
}

// quoteIn reports whether summary holds the quote's words, ignoring case,
// spacing and the quote's closing punctuation.
func quoteIn(quote, summary string) bool {
	if summary == "" {
		return false
	}
	q := strings.ToLower(oneLine(quote))
	q = strings.TrimRightFunc(q, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	return q != "" && strings.Contains(strings.ToLower(oneLine(summary)), q)
}

// sourceLine is "<i>Source</i> · also: A, B", either half possibly missing.
func sourceLine(s news.Story, p phrases) string {
	src := sourceName(s.Article)
	var links []string
	seen := map[string]bool{strings.ToLower(src): true}
	extra := 0
	for _, o := range s.Also {
		name := clip(oneLine(o.Name), nameMax)
		if name == "" {
			name = hostOf(o.URL)
		}
		key := strings.ToLower(name)
		if name == "" || seen[key] {
			continue
		}
		seen[key] = true
		if len(links) == alsoMax {
			extra++
			continue
		}
		links = append(links, Link(o.URL, name))
	}
	var b strings.Builder
	if src != "" {
		b.WriteString("<i>" + Escape(src) + "</i>")
	}
	if len(links) > 0 {
		if b.Len() > 0 {
			b.WriteString(" · ")
		}
		b.WriteString(p.also + ": " + strings.Join(links, ", "))
		if extra > 0 {
			b.WriteString(" " + fmt.Sprintf(p.andMore, extra))
		}
	}
	return b.String()
}

// summaryOf is the analyzer's summary, else the body's first paragraph.
func summaryOf(a news.Article) string {
	if s := strings.TrimSpace(a.Summary); s != "" {
		return s
	}
	body := strings.TrimSpace(a.Body)
	if i := strings.Index(body, "\n\n"); i >= 0 {
		body = body[:i]
	}
	return body
}

// sourceName is the outlet's name, else the host of the article's URL.
func sourceName(a news.Article) string {
	if s := clip(oneLine(a.Source), nameMax); s != "" {
		return s
	}
	return hostOf(a.URL)
}

// hostOf is the outlet's host (news.Host) of a URL safe to show, or "".
func hostOf(raw string) string {
	if !isWebURL(strings.TrimSpace(raw)) {
		return ""
	}
	return news.Host(raw)
}

// flags are the flag emoji of the primary countries, at most flagsMax.
func flags(a news.Analysis) string {
	var b strings.Builder
	n := 0
	for _, code := range a.PrimaryCountries() {
		if f := news.FlagOf(code); f != "" && n < flagsMax {
			b.WriteString(f)
			n++
		}
	}
	return b.String()
}

// countryHeading is "🇰🇿 Kazakhstan", the code for an unknown country.
func countryHeading(code string, p phrases) string {
	if strings.TrimSpace(code) == "" {
		return Escape(p.otherCountry)
	}
	c, ok := news.CountryByCode(code)
	if !ok {
		name := Escape(strings.ToUpper(oneLine(code)))
		if f := news.FlagOf(code); f != "" {
			return f + " " + name
		}
		return name
	}
	return c.Flag() + " " + Escape(c.Name(string(p.lang)))
}

// topicHeading is "⚡ Energy", the slug for a topic outside the taxonomy.
func topicHeading(t news.Topic, p phrases) string {
	if strings.TrimSpace(string(t)) == "" {
		return Escape(p.otherTopic)
	}
	info, ok := t.Info()
	if !ok {
		return Escape(clip(oneLine(string(t)), nameMax))
	}
	return info.Emoji + " " + Escape(t.Label(string(p.lang)))
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
