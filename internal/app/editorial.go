package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// Editorial drives editors' broadcasts for the bot. Drafts are recorded
// by the delivery side (a broadcasts row awaiting confirmation), so a
// preview survives a restart and its buttons can never reach another draft;
// confirmed ones are sent from there.
type Editorial struct {
	root    context.Context // outlives single updates: progress reports run under it
	spawn   func(func())    // starts a goroutine the process waits for on shutdown
	b       drafts
	stored  storedArticles // may be nil
	fetcher pageFetcher
	an      enricher
	now     func() time.Time
}

// drafts keeps editors' drafts and sends them; deliver.Broadcaster does.
type drafts interface {
	DraftText(ctx context.Context, editorID int64, text string, aud news.Audience) (news.Broadcast, error)
	DraftBreaking(ctx context.Context, editorID int64, a news.Article, aud news.Audience) (news.Broadcast, error)
	LoadDraft(ctx context.Context, id int64) (news.Broadcast, error)
	SetDraftAudience(ctx context.Context, id int64, aud news.Audience) (news.Broadcast, error)
	AudienceSize(ctx context.Context, aud news.Audience) (int, error)
	BreakingReach(ctx context.Context, aud news.Audience) (deliver.Reach, error)
	SendDraft(ctx context.Context, id int64, progressChatID int64, progressMessageID int) (news.Broadcast, error)
	CancelDraft(ctx context.Context, id int64) error
	broadcastWatcher
}

// pageFetcher fetches the page of an editor's /breaking URL, with the
// limits and address checks of feed content; ingest.Fetcher does.
type pageFetcher interface {
	Fetch(ctx context.Context, url, etag, lastModified string) (ingest.Response, error)
}

// enricher analyses a fetched article and places it in its story;
// Analysis does.
type enricher interface {
	Enrich(a *news.Article)
}

// storedArticles finds an article the poller already stored and analysed.
type storedArticles interface {
	ArticleByURL(ctx context.Context, url string) (news.Article, error)
}

// NewEditorial returns the editors' broadcast service; spawn starts the
// progress reports, which run under root. stored may be nil.
func NewEditorial(root context.Context, spawn func(func()), b drafts, stored storedArticles, fetcher pageFetcher, an enricher) *Editorial {
	return &Editorial{root: root, spawn: spawn, b: b, stored: stored, fetcher: fetcher, an: an, now: time.Now}
}

// Draft prepares a broadcast: the editor's text, or the card of the article
// at a URL (fetched and analysed), with its proposed audience counted.
func (ed *Editorial) Draft(ctx context.Context, editorID int64, kind, input string) (bot.Draft, error) {
	var (
		rec news.Broadcast
		err error
	)
	switch kind {
	case "broadcast":
		text := strings.TrimSpace(input)
		if utf8.RuneCountInString(text) > 3500 {
			return bot.Draft{}, bot.ErrDraftTooLong
		}
		rec, err = ed.b.DraftText(ctx, editorID, "📣 "+render.Escape(text), news.Audience{})
	case "breaking":
		url := strings.TrimSpace(input)
		if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
			return bot.Draft{}, bot.ErrDraftNotURL
		}
		a, err := ed.article(ctx, url)
		if err != nil {
			return bot.Draft{}, err
		}
		rec, err = ed.b.DraftBreaking(ctx, editorID, a, deliver.BreakingAudience(a))
		if err != nil {
			return bot.Draft{}, err
		}
	default:
		return bot.Draft{}, fmt.Errorf("unknown broadcast kind %q", kind)
	}
	if err != nil {
		return bot.Draft{}, err
	}
	return ed.draft(ctx, rec)
}

// article is the story at url: the stored copy when a feed brought it
// already (no fetch: it works while the site is slow or down), else the
// page fetched and analysed now.
func (ed *Editorial) article(ctx context.Context, url string) (news.Article, error) {
	if ed.stored != nil {
		if a, err := ed.stored.ArticleByURL(ctx, ingest.CanonicalURL(url)); err == nil && !a.AnalyzedAt.IsZero() {
			return a, nil
		}
	}
	resp, err := ed.fetcher.Fetch(ctx, url, "", "")
	if errors.Is(err, ingest.ErrBlockedAddress) {
		return news.Article{}, fmt.Errorf("fetch the article: %w: %w", bot.ErrDraftInternal, err)
	}
	if err != nil {
		return news.Article{}, fmt.Errorf("fetch the article: %w: %w", bot.ErrDraftUnreachable, err)
	}
	a, err := ingest.ReadPage(resp.Body, resp.ContentType, resp.URL, ed.now())
	if err != nil {
		return news.Article{}, fmt.Errorf("read the article: %w: %w", bot.ErrDraftUnreadable, err)
	}
	if a.Source == "" { // the page did not name its site
		a.Source = news.Host(resp.URL)
	}
	ed.an.Enrich(&a)
	return a, nil
}

// draft is the editor's view of a recorded draft, its audience counted now.
func (ed *Editorial) draft(ctx context.Context, rec news.Broadcast) (bot.Draft, error) {
	d := bot.Draft{ID: rec.ID, Text: rec.Text, TextByLang: rec.TextByLang, Countries: rec.Audience.Countries, Topics: rec.Audience.Topics,
		PhotoURL: rec.PhotoURL, PreviewURL: rec.PreviewURL}
	if rec.Kind == news.KindBreaking {
		// The editor sees who the alert leaves out, and why.
		r, err := ed.b.BreakingReach(ctx, rec.Audience)
		if err != nil {
			return bot.Draft{}, err
		}
		d.Audience, d.AlertsOff, d.Filtered = r.Audience, r.AlertsOff, r.Filtered
		return d, nil
	}
	n, err := ed.b.AudienceSize(ctx, rec.Audience)
	if err != nil {
		return bot.Draft{}, err
	}
	d.Audience = n
	return d, nil
}

// LoadDraft returns a draft still awaiting confirmation.
func (ed *Editorial) LoadDraft(ctx context.Context, id int64) (bot.Draft, error) {
	rec, err := ed.b.LoadDraft(ctx, id)
	if err != nil {
		return bot.Draft{}, err
	}
	return ed.draft(ctx, rec)
}

// SetAudience changes a draft's audience and recounts it.
func (ed *Editorial) SetAudience(ctx context.Context, id int64, countries []string, topics []news.Topic) (bot.Draft, error) {
	rec, err := ed.b.SetDraftAudience(ctx, id, news.Audience{Countries: countries, Topics: topics})
	if err != nil {
		return bot.Draft{}, err
	}
	return ed.draft(ctx, rec)
}

// Send starts the broadcast and reports its progress every few seconds.
// A second press finds the draft already sent (news.ErrNotFound).
func (ed *Editorial) Send(ctx context.Context, id int64, progressChatID int64, progressMessageID int, progress func(bot.Progress)) error {
	rec, err := ed.b.SendDraft(ctx, id, progressChatID, progressMessageID)
	if err != nil {
		return err
	}
	ed.spawn(func() {
		_, _ = ed.b.Watch(ed.root, rec.ID, 3*time.Second, func(p deliver.Progress) {
			progress(bot.Progress{Sent: p.Sent, Failed: p.Failed, Total: p.Total, Remaining: p.ETA, Done: p.Done})
		})
	})
	return nil
}

// Cancel drops a draft; it stays on record as cancelled.
func (ed *Editorial) Cancel(ctx context.Context, id int64) error {
	return ed.b.CancelDraft(ctx, id)
}
