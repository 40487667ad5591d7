package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

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

// cursorCode packs a page cursor into callback data: base-36 milliseconds and id.
func cursorCode(c news.Cursor) string {
	return strconv.FormatInt(c.PublishedAt.UnixMilli(), 36) + "." + strconv.FormatInt(c.ID, 36)
}

func parseCursorCode(s string) (news.Cursor, bool) {
	ms, id, ok := strings.Cut(s, ".")
	m, err1 := strconv.ParseInt(ms, 36, 64)
	i, err2 := strconv.ParseInt(id, 36, 64)
	if !ok || err1 != nil || err2 != nil || i < 0 {
		return news.Cursor{}, false
	}
	return news.Cursor{PublishedAt: time.UnixMilli(m).UTC(), ID: i}, true
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
func (b *Bot) fetchStories(ctx context.Context, q news.ArticleQuery) ([]news.Story, *news.Cursor, error) {
	q.Limit = b.opt.PageSize * 4 // room for same-story copies folded into one entry
	// A page made only of copies of stories shown above is skipped; a few
	// rounds bound the work.
	for range 4 {
		articles, err := b.store.Articles(ctx, q)
		if err != nil {
			return nil, nil, err
		}
		all, fetched := articles, len(articles)
		if q.Before != nil {
			if articles, err = b.dropShown(ctx, articles, *q.Before); err != nil {
				return nil, nil, err
			}
		}
		st := stories(articles, b.opt.PageSize)
		if len(st) == 0 {
			if fetched < q.Limit {
				return nil, nil, nil
			}
			last := all[len(all)-1]
			q.Before = &news.Cursor{PublishedAt: last.PublishedAt, ID: last.ID}
			continue
		}
		var next *news.Cursor
		if len(st) == b.opt.PageSize || fetched == q.Limit {
			// The next page starts after the last story shown; copies merged
			// into it that come below are dropped there as already shown.
			last := st[len(st)-1]
			next = &news.Cursor{PublishedAt: last.PublishedAt, ID: last.ID}
		}
		return st, next, nil
	}
	return nil, nil, nil
}

// dropShown removes copies of stories that a newest-first list showed above
// the cursor: they come again below it, but are not stories of their own.
func (b *Bot) dropShown(ctx context.Context, articles []news.Article, c news.Cursor) ([]news.Article, error) {
	clusters := make([]string, 0, len(articles))
	for _, a := range articles {
		clusters = append(clusters, a.Cluster)
	}
	shown, err := b.store.ClustersNewerThan(ctx, clusters, c)
	if err != nil {
		return nil, err
	}
	kept := articles[:0:0]
	for _, a := range articles {
		if !shown[a.Cluster] {
			kept = append(kept, a)
		}
	}
	return kept, nil
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
				return b.say(ctx, u, text(lang, msgUnknownFilter, quoteList(unknown), allTopicSlugs()))
			case len(extra) > 0:
				return b.say(ctx, u, text(lang, msgLatestTooMany, quoteList(extra)))
			}
		}
		if !b.allowNews(u.ChatID) {
			return b.say(ctx, u, text(lang, msgSlowDown))
		}
		return b.showLatest(ctx, u, s, lang, f, before)
	})
}

// showLatest sends a page of the newest stories; the caller has checked the rate limit.
func (b *Bot) showLatest(ctx context.Context, u Update, s *news.Subscriber, lang string, f newsFilter, before *news.Cursor) error {
	q := news.ArticleQuery{Before: before}
	heading := text(lang, msgLatestHeading)
	if f.Country != "" {
		q.Countries, q.PrimaryOnly = []string{f.Country}, true
	}
	if f.Topic != "" {
		q.Topics = []news.Topic{f.Topic}
	}
	switch {
	case f != (newsFilter{}):
		heading = text(lang, msgLatestHeadingFor, filterHeading(f, lang))
	case s != nil:
		q.Countries, q.PrimaryOnly, q.Topics = s.Countries, len(s.Countries) > 0, s.Topics
		heading = textFor(lang, forChat(u, s), msgLatestYours)
	}
	st, next, err := b.fetchStories(ctx, q)
	if err != nil {
		return b.failed(ctx, u, err)
	}
	if len(st) == 0 {
		if f != (newsFilter{}) {
			return b.say(ctx, u, text(lang, msgNoNewsFor, render.Escape(filterName(f, lang))))
		}
		return b.say(ctx, u, textFor(lang, forChat(u, s), msgNoNews))
	}
	msgs := render.Latest(st, lang, heading)
	return b.sendPages(ctx, u, msgs, lang, next, "l", f)
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
		return filterName(f, lang) + " · " + text(lang, msgScopeAllCountries)
	case f.Topic == "":
		return filterName(f, lang) + " · " + text(lang, msgScopeAllTopics)
	}
	return filterName(f, lang)
}

// sendPages sends rendered messages, with a "More" button under the last one
// when there is a next page.
func (b *Bot) sendPages(ctx context.Context, u Update, msgs []string, lang string, next *news.Cursor, kind string, f newsFilter) error {
	for i, m := range msgs {
		r := Reply{Lang: lang, Text: m, DisablePreview: true}
		if i == len(msgs)-1 && next != nil {
			data := fmt.Sprintf("more:%s:%s:%s", kind, f.code(), cursorCode(*next))
			r.Keyboard = [][]Button{{{Text: text(lang, msgMore), Data: data}}}
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
			return b.say(ctx, u, text(lang, msgTopicUsage, allTopicSlugs()))
		}
		t, ok := parseTopic(arg)
		if !ok {
			return b.say(ctx, u, text(lang, msgTopicUnknown, "“"+render.Escape(firstRunes(arg, 40))+"”", allTopicSlugs()))
		}
		if !b.allowNews(u.ChatID) {
			return b.say(ctx, u, text(lang, msgSlowDown))
		}
		return b.showTopic(ctx, u, s, lang, t, before)
	})
}

// showTopic sends a page of stories on t; the caller has checked the rate limit.
func (b *Bot) showTopic(ctx context.Context, u Update, s *news.Subscriber, lang string, t news.Topic, before *news.Cursor) error {
	q := news.ArticleQuery{Topics: []news.Topic{t}, Before: before}
	if s != nil && len(s.Countries) > 0 {
		q.Countries, q.PrimaryOnly = s.Countries, true
	}
	st, next, err := b.fetchStories(ctx, q)
	if err != nil {
		return b.failed(ctx, u, err)
	}
	if len(st) == 0 {
		if len(q.Countries) == 0 {
			return b.say(ctx, u, text(lang, msgNoTopicNewsAnywhere, render.Escape(t.Label(lang))))
		}
		return b.say(ctx, u, textFor(lang, forChat(u, s), msgNoTopicNews, render.Escape(t.Label(lang))))
	}
	scope := text(lang, msgScopeAllCountries)
	if len(q.Countries) > 0 {
		scope = textFor(lang, forChat(u, s), msgScopeYourCountries)
	}
	return b.sendPages(ctx, u, render.TopicIn(t, scope, st, lang), lang, next, "t", newsFilter{Topic: t})
}

// moreCallback serves a "More" button: more:<l|t>:<filter>:<cursor>.
func (b *Bot) moreCallback(ctx context.Context, u Update, parts []string) error {
	if len(parts) != 4 {
		return errStale
	}
	f, ok1 := parseFilterCode(parts[2])
	cur, ok2 := parseCursorCode(parts[3])
	if !ok1 || !ok2 {
		return errStale
	}
	if !b.allowNews(u.ChatID) {
		return errSlowDown // the button stays for a press a little later
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
		return b.showLatest(ctx, u, sp, lang, f, &cur)
	case "t":
		if f.Topic == "" {
			return errStale
		}
		return b.showTopic(ctx, u, sp, lang, f.Topic, &cur)
	}
	return errStale
}
