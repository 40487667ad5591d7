package main

import (
	"context"
	"fmt"
	"html"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// draftTTL is how long an editor has to confirm a broadcast.
const draftTTL = time.Hour

// editorial drives editors' broadcasts for the bot: drafts wait in memory
// for confirmation (a restart asks the editor to start again), confirmed
// ones go to the delivery side, which records and sends them.
type editorial struct {
	root    context.Context // outlives single updates: progress reports run under it
	spawn   func(func())    // starts a goroutine the process waits for on shutdown
	b       *deliver.Broadcaster
	fetcher *ingest.Fetcher
	an      *analysis
	now     func() time.Time

	mu     sync.Mutex
	nextID int64
	drafts map[int64]*draft
}

type draft struct {
	bot.Draft
	editorID int64
	kind     string
	article  news.Article
	audience news.Audience
	created  time.Time
}

func newEditorial(root context.Context, spawn func(func()), b *deliver.Broadcaster, fetcher *ingest.Fetcher, an *analysis) *editorial {
	return &editorial{root: root, spawn: spawn, b: b, fetcher: fetcher, an: an, now: time.Now, drafts: map[int64]*draft{}}
}

// Draft prepares a broadcast: the editor's text, or the card of the article
// at a URL (fetched and analysed), with its proposed audience counted.
func (ed *editorial) Draft(ctx context.Context, editorID int64, kind, input string) (bot.Draft, error) {
	d := &draft{editorID: editorID, kind: kind, created: ed.now()}
	switch kind {
	case "broadcast":
		text := strings.TrimSpace(input)
		if utf8.RuneCountInString(text) > 3500 {
			return bot.Draft{}, bot.ErrDraftTooLong
		}
		d.Text = "📣 " + render.Escape(text)
	case "breaking":
		url := strings.TrimSpace(input)
		if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
			return bot.Draft{}, bot.ErrDraftNotURL
		}
		resp, err := ed.fetcher.Fetch(ctx, url, "", "")
		if err != nil {
			return bot.Draft{}, fmt.Errorf("fetch the article: %w: %w", bot.ErrDraftUnreachable, err)
		}
		a, err := ingest.ReadPage(resp.Body, resp.ContentType, resp.URL, ed.now())
		if err != nil {
			return bot.Draft{}, fmt.Errorf("read the article: %w: %w", bot.ErrDraftUnreadable, err)
		}
		a.Source = hostOf(resp.URL)
		ed.an.Enrich(&a)
		d.article = a
		d.audience = deliver.BreakingAudience(a)
		d.Text = render.Breaking(a, "en")
	default:
		return bot.Draft{}, fmt.Errorf("unknown broadcast kind %q", kind)
	}
	if err := ed.count(ctx, d); err != nil {
		return bot.Draft{}, err
	}
	ed.mu.Lock()
	defer ed.mu.Unlock()
	for id, old := range ed.drafts {
		if ed.now().Sub(old.created) > draftTTL {
			delete(ed.drafts, id)
		}
	}
	ed.nextID++
	d.ID = ed.nextID
	ed.drafts[d.ID] = d
	return d.Draft, nil
}

func (ed *editorial) count(ctx context.Context, d *draft) error {
	ed.mu.Lock()
	aud := d.audience
	ed.mu.Unlock()
	n, err := ed.b.AudienceSize(ctx, aud)
	if err != nil {
		return err
	}
	ed.mu.Lock()
	d.Audience, d.Countries, d.Topics = n, aud.Countries, aud.Topics
	ed.mu.Unlock()
	return nil
}

func (ed *editorial) get(id int64) (*draft, error) {
	ed.mu.Lock()
	defer ed.mu.Unlock()
	d, ok := ed.drafts[id]
	if !ok || ed.now().Sub(d.created) > draftTTL {
		return nil, news.ErrNotFound
	}
	return d, nil
}

// LoadDraft returns a draft still awaiting confirmation.
func (ed *editorial) LoadDraft(_ context.Context, id int64) (bot.Draft, error) {
	d, err := ed.get(id)
	if err != nil {
		return bot.Draft{}, err
	}
	ed.mu.Lock()
	defer ed.mu.Unlock()
	return d.Draft, nil
}

// SetAudience changes a draft's audience and recounts it.
func (ed *editorial) SetAudience(ctx context.Context, id int64, countries []string, topics []news.Topic) (bot.Draft, error) {
	d, err := ed.get(id)
	if err != nil {
		return bot.Draft{}, err
	}
	ed.mu.Lock()
	d.audience.Countries, d.audience.Topics = countries, topics
	ed.mu.Unlock()
	if err := ed.count(ctx, d); err != nil {
		return bot.Draft{}, err
	}
	ed.mu.Lock()
	defer ed.mu.Unlock()
	return d.Draft, nil
}

// Send starts the broadcast and reports its progress every few seconds.
func (ed *editorial) Send(ctx context.Context, id int64, progressChatID int64, progressMessageID int, progress func(bot.Progress)) error {
	d, err := ed.get(id)
	if err != nil {
		return err
	}
	ed.mu.Lock()
	delete(ed.drafts, id) // a second press must not send twice
	ed.mu.Unlock()
	var rec news.Broadcast
	if d.kind == "breaking" {
		rec, err = ed.b.Breaking(ctx, d.editorID, d.article, d.audience, progressChatID, progressMessageID)
	} else {
		rec, err = ed.b.Start(ctx, deliver.BroadcastRequest{EditorID: d.editorID, Text: d.Text, Audience: d.audience,
			DisablePreview: true, ProgressChatID: progressChatID, ProgressMessageID: progressMessageID})
	}
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

// Cancel drops a draft.
func (ed *editorial) Cancel(_ context.Context, id int64) error {
	ed.mu.Lock()
	defer ed.mu.Unlock()
	if _, ok := ed.drafts[id]; !ok {
		return news.ErrNotFound
	}
	delete(ed.drafts, id)
	return nil
}

func hostOf(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		host, _, _ := strings.Cut(u[i+3:], "/")
		return html.UnescapeString(strings.TrimPrefix(host, "www."))
	}
	return u
}
