package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// newsFilter is what a news list shows: the subscriber's choice, or a
// country, a topic or both. It round-trips through short callback data.
type newsFilter struct {
	Country string
	Topic   news.Topic
}

func (f newsFilter) code() string {
	switch {
	case f.Country != "" && f.Topic != "":
		return "b" + f.Country + string(f.Topic)
	case f.Country != "":
		return "c" + f.Country
	case f.Topic != "":
		return "t" + string(f.Topic)
	}
	return "-"
}

func parseFilterCode(s string) (newsFilter, bool) {
	switch {
	case s == "-":
		return newsFilter{}, true
	case strings.HasPrefix(s, "b") && len(s) > 3:
		c, ok := news.CountryByCode(s[1:3])
		t := news.Topic(s[3:])
		return newsFilter{Country: c.Code, Topic: t}, ok && t.Valid()
	case strings.HasPrefix(s, "c"):
		c, ok := news.CountryByCode(s[1:])
		return newsFilter{Country: c.Code}, ok
	case strings.HasPrefix(s, "t"):
		t := news.Topic(s[1:])
		return newsFilter{Topic: t}, t.Valid()
	}
	return newsFilter{}, false
}

// filterTerm is one word or name in /latest's arguments: a country or a topic.
type filterTerm struct {
	country string
	topic   news.Topic
}

func lookupFilterTerm(s string) (filterTerm, bool) {
	if code, ok := parseCountry(s); ok {
		return filterTerm{country: code}, true
	}
	if t, ok := parseTopic(s); ok {
		return filterTerm{topic: t}, true
	}
	return filterTerm{}, false
}

// parseNewsFilter reads /latest's arguments: a country, a topic, or one of
// each in either order ("kz energy", "энергетика в Казахстане" reads as
// energy and Kazakhstan). It returns the words it could not place, and
// extra when a second country or topic was given.
func parseNewsFilter(args string) (f newsFilter, unknown, extra []string) {
	if term, ok := lookupFilterTerm(args); ok { // "united states", "South Korea" whole
		return newsFilter{Country: term.country, Topic: term.topic}, nil, nil
	}
	words := splitArgs(args)
	for i := 0; i < len(words); {
		n := min(4, len(words)-i)
		for ; n >= 1; n-- {
			w := strings.Join(words[i:i+n], " ")
			if n == 1 && (isConnector(w) || isPreposition(w)) && i > 0 && i < len(words)-1 {
				break // "kz and energy", "energy in kz"
			}
			term, ok := lookupFilterTerm(w)
			if !ok {
				continue
			}
			switch {
			case term.country != "" && f.Country == "":
				f.Country = term.country
			case term.topic != "" && f.Topic == "":
				f.Topic = term.topic
			case term.country != "" && term.country != f.Country, term.topic != "" && term.topic != f.Topic:
				extra = append(extra, w) // a second country or topic; the same one twice is fine
			}
			break
		}
		if n == 0 {
			unknown = append(unknown, words[i])
			n = 1
		}
		i += n
	}
	return f, unknown, extra
}

// isPreposition reports whether a word only links a topic to a country
// ("energy in kz", "энергетика в Казахстане").
func isPreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "on", "from", "about", "в", "во", "по", "из", "о", "об":
		return true
	}
	return false
}

// cursorCode packs a page cursor into callback data: base-36 milliseconds
// and id, then the base-36 milliseconds when the list's first page was
// shown, then "b" when the cursor is in the back catalogue.
func cursorCode(c news.Cursor, start time.Time) string {
	code := strconv.FormatInt(c.PublishedAt.UnixMilli(), 36) + "." + strconv.FormatInt(c.ID, 36) +
		"." + strconv.FormatInt(start.UnixMilli(), 36)
	if c.BackCatalogue {
		code += ".b"
	}
	return code
}

// parseCursorCode reads cursorCode. The start is zero in the data of
// buttons made before it was recorded.
func parseCursorCode(s string) (c news.Cursor, start time.Time, ok bool) {
	parts := strings.Split(s, ".")
	if len(parts) == 4 && parts[3] == "b" {
		c.BackCatalogue = true
		parts = parts[:3]
	}
	if len(parts) != 2 && len(parts) != 3 {
		return news.Cursor{}, time.Time{}, false
	}
	m, err1 := strconv.ParseInt(parts[0], 36, 64)
	i, err2 := strconv.ParseInt(parts[1], 36, 64)
	if err1 != nil || err2 != nil || i < 0 {
		return news.Cursor{}, time.Time{}, false
	}
	if len(parts) == 3 {
		st, err := strconv.ParseInt(parts[2], 36, 64)
		if err != nil || st <= 0 {
			return news.Cursor{}, time.Time{}, false
		}
		start = time.UnixMilli(st).UTC()
	}
	return news.Cursor{PublishedAt: time.UnixMilli(m).UTC(), ID: i, BackCatalogue: c.BackCatalogue}, start, true
}

// stories turns newest-first articles into one story per cluster, each with
// the other outlets found among them, and returns at most n stories.
func stories(articles []news.Article, n int) []news.Story {
	var out []news.Story
	byCluster := map[string]int{}
	for _, a := range articles {
		if a.Cluster != "" {
			if i, ok := byCluster[a.Cluster]; ok {
				s := &out[i]
				if a.Source != "" && a.Source != s.Source && !hasOutlet(s.Also, a.Source) {
					s.Also = append(s.Also, news.Outlet{Name: a.Source, URL: a.URL})
				}
				continue
			}
		}
		if len(out) == n {
			continue // still collect "also" outlets for stories already shown
		}
		if a.Cluster != "" {
			byCluster[a.Cluster] = len(out)
		}
		out = append(out, news.Story{Article: a})
	}
	return out
}

func hasOutlet(os []news.Outlet, name string) bool {
	for _, o := range os {
		if o.Name == name {
			return true
		}
	}
	return false
}

// fetchStories loads one page of stories for the query and the cursor of the next page.
// start is when the list's first page was shown.
// The chat's reading choices (rd; nil for none) leave out what it does not read.
func (b *Bot) fetchStories(ctx context.Context, q news.ArticleQuery, start time.Time, rd *reading) ([]news.Story, *news.Cursor, error) {
	q.Limit = b.opt.PageSize * 4 // room for same-story copies folded into one entry
	q.BackCatalogue = true       // after all the news, never above it
	// A page made only of copies of stories shown above is skipped; a few
	// rounds bound the work.
	for range 4 {
		articles, err := b.store.Articles(ctx, q)
		if err != nil {
			return nil, nil, err
		}
		all, fetched := articles, len(articles)
		articles = rd.keep(articles)
		if q.Before != nil {
			if articles, err = b.dropShown(ctx, articles, q, start); err != nil {
				return nil, nil, err
			}
		}
		st := stories(articles, b.opt.PageSize)
		if len(st) == 0 {
			if fetched < q.Limit {
				return nil, nil, nil
			}
			c := news.CursorAt(all[len(all)-1])
			q.Before = &c
			continue
		}
		var next *news.Cursor
		if len(st) == b.opt.PageSize || fetched == q.Limit {
			// The next page starts after the last story shown; copies merged
			// into it that come below are dropped there as already shown.
			c := news.CursorAt(st[len(st)-1].Article)
			next = &c
		}
		return st, next, nil
	}
	return nil, nil, nil
}

// dropShown removes copies of stories that a newest-first list showed above
// the cursor: they come again below it, but are not stories of their own.
// A story counts as shown only when one of its copies above the cursor is
// in the list (matches q) and was stored by the time the list began at start; a
// copy off the list's country or topic, or one that arrived while the user
// read, did not show it.
func (b *Bot) dropShown(ctx context.Context, articles []news.Article, q news.ArticleQuery, start time.Time) ([]news.Article, error) {
	c := *q.Before
	clusters := make([]string, 0, len(articles))
	for _, a := range articles {
		clusters = append(clusters, a.Cluster)
	}
	newer, err := b.store.ClustersNewerThan(ctx, clusters, c)
	if err != nil {
		return nil, err
	}
	shown := map[string]bool{}
	for cl, ok := range newer {
		if !ok || cl == "" {
			continue
		}
		copies, err := b.store.ClusterArticles(ctx, cl)
		if err != nil {
			return nil, err
		}
		for _, a := range copies {
			if c.Above(a) && inQuery(a, q) && !a.FetchedAt.After(start) {
				shown[cl] = true
				break
			}
		}
	}
	kept := articles[:0:0]
	for _, a := range articles {
		if !shown[a.Cluster] {
			kept = append(kept, a)
		}
	}
	return kept, nil
}

// inQuery reports whether the article is one q's countries and topics select.
func inQuery(a news.Article, q news.ArticleQuery) bool {
	if len(q.Countries) > 0 && !slices.ContainsFunc(a.Countries, func(c news.CountryScore) bool {
		return (c.Primary || !q.PrimaryOnly) && slices.Contains(q.Countries, c.Code)
	}) {
		return false
	}
	if len(q.Topics) > 0 && !slices.ContainsFunc(a.Topics, func(t news.TopicScore) bool {
		return slices.Contains(q.Topics, t.Topic)
	}) {
		return false
	}
	return true
}

// cmdLatest answers /latest [country|topic]. When before is set, it is the
// "More" page after that cursor, edited into messageID's keyboard.
func (b *Bot) cmdLatest(ctx context.Context, u Update, args string, before *news.Cursor, page int) error {
	return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
		var f newsFilter
		if arg := strings.TrimSpace(args); arg != "" {
			var unknown, extra []string
			f, unknown, extra = parseNewsFilter(arg)
			switch {
			case len(unknown) > 0:
				return b.say(ctx, u, text(lang, i18n.MsgUnknownFilter, quoteList(unknown), allTopicSlugs()))
			case len(extra) > 0:
				return b.say(ctx, u, text(lang, i18n.MsgLatestTooMany, quoteList(extra)))
			}
		}
		if err := b.awaitNews(ctx, u.ChatID); err != nil {
			return b.say(ctx, u, text(lang, i18n.MsgSlowDown))
		}
		return b.showLatest(ctx, u, s, lang, f, before, b.now())
	})
}

// showLatest sends a page of the newest stories; the caller has checked the rate limit.
// start is when the list's first page was shown.
func (b *Bot) showLatest(ctx context.Context, u Update, s *news.Subscriber, lang string, f newsFilter, before *news.Cursor, start time.Time) error {
	q := news.ArticleQuery{Before: before}
	heading := text(lang, i18n.MsgLatestHeading)
	if f.Country != "" {
		q.Countries, q.PrimaryOnly = []string{f.Country}, true
	}
	if f.Topic != "" {
		q.Topics = []news.Topic{f.Topic}
	}
	switch {
	case f != (newsFilter{}):
		heading = text(lang, i18n.MsgLatestHeadingFor, filterHeading(f, lang))
	case s != nil:
		q.Countries, q.PrimaryOnly, q.Topics = s.Countries, len(s.Countries) > 0, s.Topics
		heading = textFor(lang, forChat(u, s), i18n.MsgLatestYours)
	}
	st, next, err := b.fetchStories(ctx, q, start, readingOf(s))
	if err != nil {
		return b.failed(ctx, u, err)
	}
	if len(st) == 0 {
		if f != (newsFilter{}) {
			return b.say(ctx, u, text(lang, i18n.MsgNoNewsFor, render.Escape(filterName(f, lang))))
		}
		return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgNoNews))
	}
	msgs := render.Latest(st, lang, heading)
	return b.sendPages(ctx, u, msgs, lang, next, start, "l", f, singleStoryMedia(st, msgs)...)
}

// filterName names what a filter shows, in plain text: "🇰🇿 Kazakhstan",
// "Energy" or "🇰🇿 Kazakhstan · Energy".
func filterName(f newsFilter, lang string) string {
	var parts []string
	if c, ok := news.CountryByCode(f.Country); ok && f.Country != "" {
		parts = append(parts, c.Flag()+" "+c.Name(lang))
	}
	if f.Topic != "" {
		parts = append(parts, f.Topic.Label(lang))
	}
	return strings.Join(parts, " · ")
}

// filterHeading is filterName with what the filter leaves open, so that a
// list says whether it is narrowed by the subscriber's choice (it is not):
// "Energy · all countries", "🇰🇿 Kazakhstan · all topics".
func filterHeading(f newsFilter, lang string) string {
	switch {
	case f.Country == "":
		return filterName(f, lang) + " · " + text(lang, i18n.MsgScopeAllCountries)
	case f.Topic == "":
		return filterName(f, lang) + " · " + text(lang, i18n.MsgScopeAllTopics)
	}
	return filterName(f, lang)
}

// sendPages sends rendered messages, with a "More" button under the last one
// when there is a next page.
// A single-story page may carry that story's picture or link preview (media).
func (b *Bot) sendPages(ctx context.Context, u Update, msgs []string, lang string, next *news.Cursor, start time.Time, kind string, f newsFilter, media ...func(*Reply)) error {
	for i, m := range msgs {
		r := Reply{Lang: lang, Text: m, DisablePreview: true}
		for _, set := range media {
			set(&r)
		}
		if i == len(msgs)-1 && next != nil {
			data := fmt.Sprintf("more:%s:%s:%s", kind, f.code(), cursorCode(*next, start))
			r.Keyboard = [][]Button{{{Text: text(lang, i18n.MsgMore), Data: data}}}
		}
		if _, err := b.transport.Send(ctx, u.ChatID, r); err != nil {
			return err
		}
	}
	return nil
}

func (b *Bot) cmdTopic(ctx context.Context, u Update, args string, before *news.Cursor, _ int) error {
	return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
		arg := strings.TrimSpace(args)
		if arg == "" {
			return b.say(ctx, u, text(lang, i18n.MsgTopicUsage, allTopicSlugs()))
		}
		t, ok := parseTopic(arg)
		if !ok {
			return b.say(ctx, u, text(lang, i18n.MsgTopicUnknown, "“"+render.Escape(firstRunes(arg, 40))+"”", allTopicSlugs()))
		}
		if err := b.awaitNews(ctx, u.ChatID); err != nil {
			return b.say(ctx, u, text(lang, i18n.MsgSlowDown))
		}
		return b.showTopic(ctx, u, s, lang, t, before, b.now())
	})
}

// showTopic sends a page of stories on t; the caller has checked the rate limit.
func (b *Bot) showTopic(ctx context.Context, u Update, s *news.Subscriber, lang string, t news.Topic, before *news.Cursor, start time.Time) error {
	q := news.ArticleQuery{Topics: []news.Topic{t}, Before: before}
	if s != nil && len(s.Countries) > 0 {
		q.Countries, q.PrimaryOnly = s.Countries, true
	}
	st, next, err := b.fetchStories(ctx, q, start, readingOf(s))
	if err != nil {
		return b.failed(ctx, u, err)
	}
	if len(st) == 0 {
		if len(q.Countries) == 0 {
			return b.say(ctx, u, text(lang, i18n.MsgNoTopicNewsAnywhere, render.Escape(t.Label(lang))))
		}
		return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgNoTopicNews, render.Escape(t.Label(lang))))
	}
	scope := text(lang, i18n.MsgScopeAllCountries)
	if len(q.Countries) > 0 {
		scope = textFor(lang, forChat(u, s), i18n.MsgScopeYourCountries)
	}
	return b.sendPages(ctx, u, render.TopicIn(t, scope, st, lang), lang, next, start, "t", newsFilter{Topic: t})
}

// moreCallback serves a "More" button: more:<l|t>:<filter>:<cursor>.
func (b *Bot) moreCallback(ctx context.Context, u Update, parts []string) error {
	if len(parts) != 4 {
		return errStale
	}
	f, ok1 := parseFilterCode(parts[2])
	cur, start, ok2 := parseCursorCode(parts[3])
	if !ok1 || !ok2 {
		return errStale
	}
	if start.IsZero() {
		start = b.now() // a button from before the list's start was recorded
	}
	if !b.allowNews(u.ChatID) {
		return errSlowDown // the button stays for a press a little later
	}
	if !b.claimMore(u.ChatID, u.MessageID) {
		// A double tap: the first press is showing the page already.
		if err := b.transport.AnswerCallback(ctx, u.CallbackID, ""); err != nil {
			b.log.Warn("answer callback", "chat_id", u.ChatID, "err", err)
		}
		return nil
	}
	if err := b.transport.AnswerCallback(ctx, u.CallbackID, ""); err != nil {
		b.log.Warn("answer callback", "chat_id", u.ChatID, "err", err)
	}
	// The button has done its job; remove it so the list reads on below.
	_ = b.transport.Edit(ctx, u.ChatID, u.MessageID, Reply{})
	s, err := b.store.Subscriber(ctx, u.ChatID)
	var sp *news.Subscriber
	if err == nil {
		sp = &s
	} else if !errors.Is(err, news.ErrNotFound) {
		return b.failed(ctx, u, err)
	}
	lang := langOf(u.LangCode)
	if sp != nil && sp.Lang != "" {
		lang = sp.Lang
	}
	switch parts[1] {
	case "l":
		return b.showLatest(ctx, u, sp, lang, f, &cur, start)
	case "t":
		if f.Topic == "" {
			return errStale
		}
		return b.showTopic(ctx, u, sp, lang, f.Topic, &cur, start)
	}
	return errStale
}

// claimMore records that the "More" button under the message was served and
// reports whether it was the first press: a double tap sends two presses
// before the button goes away, and the page must come once.
func (b *Bot) claimMore(chatID int64, messageID int) bool {
	if messageID == 0 {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	key := moreKey{chatID, messageID}
	if _, ok := b.moreUsed[key]; ok {
		return false
	}
	if len(b.moreUsed) >= 10_000 {
		for k, at := range b.moreUsed {
			if now.Sub(at) > time.Hour {
				delete(b.moreUsed, k)
			}
		}
	}
	b.moreUsed[key] = now
	return true
}

type moreKey struct {
	chat int64
	msg  int
}
