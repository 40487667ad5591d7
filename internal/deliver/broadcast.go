package deliver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/newsbot/newsbot/internal/analyze"
	"github.com/newsbot/newsbot/internal/clock"
	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

// BroadcastStore is what broadcasts need from the database.
type BroadcastStore interface {
	AudienceCount(ctx context.Context, a news.Audience) (int, error)
	StartBroadcast(ctx context.Context, b news.Broadcast, tmpl news.OutboxMessage, textByLang map[string]string) (news.Broadcast, error)
	Broadcast(ctx context.Context, id int64) (news.Broadcast, error)
	BroadcastCounts(ctx context.Context, id int64) (map[news.OutboxState]int, error)
	BroadcastFailures(ctx context.Context, id int64) (map[string]int, error)
	UpdateBroadcastProgress(ctx context.Context, id int64, state news.BroadcastState, sent, failed int) error
	CancelBroadcast(ctx context.Context, id int64) (int, error)
	CreateBroadcastDraft(ctx context.Context, b news.Broadcast) (news.Broadcast, error)
	SetBroadcastAudience(ctx context.Context, id int64, a news.Audience) error
	StartBroadcastDraft(ctx context.Context, id int64, tmpl news.OutboxMessage, progressChatID int64, progressMessageID int) (news.Broadcast, error)
	StartPhotoBroadcastDraft(ctx context.Context, id int64, tmpl news.OutboxMessage, card news.PhotoCard, progressChatID int64, progressMessageID int) (news.Broadcast, error)
	ExpireBroadcastDrafts(ctx context.Context, before time.Time) (int, error)
	// AudienceFilters returns the audience's subscribers with a keyword
	// filter or muted outlets (Lang and ExcludeChats not applied).
	AudienceFilters(ctx context.Context, a news.Audience) ([]news.Subscriber, error)
}

// Broadcaster runs editors' broadcasts and breaking-news alerts.
type Broadcaster struct {
	store   BroadcastStore
	render  Render
	notify  Notifier
	rate    float64
	metrics *Metrics
	log     *slog.Logger
	now     func() time.Time
}

// NewBroadcaster returns a broadcaster. rate is the overall send rate, for
// time estimates before progress is observed; notify (may be nil) wakes the
// outbox; now is the clock (time.Now when nil).
func NewBroadcaster(store BroadcastStore, render Render, notify Notifier, rate float64, metrics *Metrics, log *slog.Logger, now func() time.Time) *Broadcaster {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if now == nil {
		now = time.Now
	}
	if rate <= 0 {
		rate = DefaultLimits().Rate
	}
	return &Broadcaster{store: store, render: render, notify: notify, rate: rate, metrics: metrics, log: log, now: now}
}

// AudienceSize returns the exact number of subscribers the audience reaches,
// for the editor's preview.
func (b *Broadcaster) AudienceSize(ctx context.Context, a news.Audience) (int, error) {
	n, err := b.store.AudienceCount(ctx, a)
	if err != nil {
		return 0, fmt.Errorf("broadcast preview: %w", err)
	}
	return n, nil
}

// BroadcastRequest is an editor's confirmed broadcast.
type BroadcastRequest struct {
	EditorID int64
	// Text is the message in Telegram HTML.
	Text     string
	Audience news.Audience
	// Silent sends without notification sound.
	Silent         bool
	DisablePreview bool
	// ProgressChatID and ProgressMessageID locate the editor's progress
	// message, recorded with the broadcast (0 when none).
	ProgressChatID    int64
	ProgressMessageID int
}

// Start records the broadcast and enqueues one message per audience member
// (idempotency key "chat:broadcast:id"), all in one transaction, and wakes
// the outbox. The returned record has its id and Total.
func (b *Broadcaster) Start(ctx context.Context, req BroadcastRequest) (news.Broadcast, error) {
	if req.Text == "" {
		return news.Broadcast{}, errors.New("broadcast: empty text")
	}
	rec, err := b.store.StartBroadcast(ctx, news.Broadcast{
		EditorID: req.EditorID, Kind: news.KindBroadcast, Text: req.Text, Audience: req.Audience,
		ProgressChatID: req.ProgressChatID, ProgressMessageID: req.ProgressMessageID,
	}, news.OutboxMessage{ParseMode: "HTML", DisableNotification: req.Silent, DisablePreview: req.DisablePreview}, nil)
	if err != nil {
		return rec, fmt.Errorf("broadcast: %w", err)
	}
	b.started(rec)
	return rec, nil
}

// BreakingAudience proposes the audience of a breaking story: subscribers
// who opted in to alerts and follow one of its primary countries (all its
// countries when none is primary).
func BreakingAudience(a news.Article) news.Audience {
	countries := a.PrimaryCountries()
	if len(countries) == 0 {
		for _, c := range a.Countries {
			countries = append(countries, c.Code)
		}
	}
	return news.Audience{Countries: countries, BreakingOnly: true}
}

// Breaking sends the article's breaking-news card, rendered in each
// subscriber's language, with notification sound, to aud (usually
// BreakingAudience(a), perhaps narrowed by the editor; BreakingOnly is
// forced). The record keeps the English card.
func (b *Broadcaster) Breaking(ctx context.Context, editorID int64, a news.Article, aud news.Audience, progressChatID int64, progressMessageID int) (news.Broadcast, error) {
	if b.render.Breaking == nil {
		return news.Broadcast{}, errors.New("breaking: no renderer")
	}
	aud.BreakingOnly = true
	aud, err := b.readersOf(ctx, a, aud)
	if err != nil {
		return news.Broadcast{}, fmt.Errorf("breaking: %w", err)
	}
	card, byLang := b.breakingCards(a)
	rec, err := b.store.StartBroadcast(ctx, news.Broadcast{
		EditorID: editorID, Kind: news.KindBreaking, Text: card, ArticleID: a.ID,
		Audience: aud, ProgressChatID: progressChatID, ProgressMessageID: progressMessageID,
	}, news.OutboxMessage{ParseMode: "HTML"}, byLang)
	if err != nil {
		return rec, fmt.Errorf("breaking: %w", err)
	}
	b.started(rec)
	return rec, nil
}

// readersOf narrows a breaking story's audience to those who would see the
// story in their own lists: who read its language, and whose keyword
// filter and muted outlets let it through (checked one by one, for the few
// who have any).
func (b *Broadcaster) readersOf(ctx context.Context, a news.Article, aud news.Audience) (news.Audience, error) {
	aud.Lang, aud.ExcludeChats = "", nil
	if l := news.BaseLang(a.Lang); l != "und" {
		aud.Lang = l
	}
	subs, err := b.store.AudienceFilters(ctx, news.Audience{BreakingOnly: true})
	if err != nil {
		return aud, err
	}
	words := analyze.Words(analyze.ArticleText(a)...)
	for _, s := range subs {
		if s.Mutes(a.FeedID) || !analyze.CompileKeywords(s.Keywords).AllowsWords(words) {
			aud.ExcludeChats = append(aud.ExcludeChats, s.ChatID)
		}
	}
	return aud, nil
}

// Reach is how a breaking story's audience comes out: the chats it goes
// to, those that match but have alerts off, and those left out by their
// own choices (story languages, keywords, muted outlets).
type Reach struct {
	Audience, AlertsOff, Filtered int
}

// BreakingReach counts aud (as DraftBreaking made it) for the editor's
// preview.
func (b *Broadcaster) BreakingReach(ctx context.Context, aud news.Audience) (Reach, error) {
	aud.BreakingOnly = true
	var r Reach
	var err error
	if r.Audience, err = b.store.AudienceCount(ctx, aud); err != nil {
		return r, fmt.Errorf("breaking preview: %w", err)
	}
	all := aud
	all.BreakingOnly = false
	n, err := b.store.AudienceCount(ctx, all)
	if err != nil {
		return r, fmt.Errorf("breaking preview: %w", err)
	}
	r.AlertsOff = n - r.Audience
	unfiltered := aud
	unfiltered.Lang, unfiltered.ExcludeChats = "", nil
	if n, err = b.store.AudienceCount(ctx, unfiltered); err != nil {
		return r, fmt.Errorf("breaking preview: %w", err)
	}
	r.Filtered = n - r.Audience
	return r, nil
}

// Drafts: an editor's broadcast is recorded as a draft, previewed and
// perhaps narrowed, then sent or cancelled. Drafts live in the store, so a
// restart between preview and Send loses nothing.

// DraftTTL is how long a draft waits for its editor's confirmation.
const DraftTTL = time.Hour

// DraftText records a text broadcast (Telegram HTML, sent with sound and
// without link previews) awaiting confirmation.
func (b *Broadcaster) DraftText(ctx context.Context, editorID int64, text string, aud news.Audience) (news.Broadcast, error) {
	if text == "" {
		return news.Broadcast{}, errors.New("broadcast: empty text")
	}
	return b.draft(ctx, news.Broadcast{EditorID: editorID, Kind: news.KindBroadcast, Text: text, Audience: aud})
}

// DraftBreaking records the breaking card of a, rendered in English and
// Russian, with the story's lead image and link, awaiting confirmation;
// aud is usually BreakingAudience(a).
func (b *Broadcaster) DraftBreaking(ctx context.Context, editorID int64, a news.Article, aud news.Audience) (news.Broadcast, error) {
	if b.render.Breaking == nil {
		return news.Broadcast{}, errors.New("breaking: no renderer")
	}
	aud.BreakingOnly = true
	aud, err := b.readersOf(ctx, a, aud)
	if err != nil {
		return news.Broadcast{}, fmt.Errorf("breaking draft: %w", err)
	}
	card, byLang := b.breakingCards(a)
	return b.draft(ctx, news.Broadcast{EditorID: editorID, Kind: news.KindBreaking, Text: card,
		TextByLang: byLang, ArticleID: a.ID, Audience: aud,
		PhotoURL: a.ImageURL, PreviewURL: a.URL})
}

// breakingCards renders a's breaking card in the default language and,
// by language code, in each other language of the bot.
func (b *Broadcaster) breakingCards(a news.Article) (card string, byLang map[string]string) {
	byLang = make(map[string]string)
	for _, l := range i18n.Languages() {
		if l != i18n.Default {
			byLang[string(l)] = b.render.Breaking(a, string(l))
		}
	}
	return b.render.Breaking(a, string(i18n.Default)), byLang
}

func (b *Broadcaster) draft(ctx context.Context, rec news.Broadcast) (news.Broadcast, error) {
	if n, err := b.store.ExpireBroadcastDrafts(ctx, b.now().Add(-DraftTTL)); err != nil {
		return news.Broadcast{}, fmt.Errorf("broadcast draft: %w", err)
	} else if n > 0 {
		b.log.Info("broadcast: drafts expired", "count", n)
	}
	rec, err := b.store.CreateBroadcastDraft(ctx, rec)
	if err != nil {
		return rec, fmt.Errorf("broadcast draft: %w", err)
	}
	return rec, nil
}

// LoadDraft returns a draft still awaiting confirmation; news.ErrNotFound
// when it was sent, cancelled, has expired or never existed.
func (b *Broadcaster) LoadDraft(ctx context.Context, id int64) (news.Broadcast, error) {
	rec, err := b.store.Broadcast(ctx, id)
	if err != nil {
		return rec, err
	}
	if rec.State != news.BroadcastDraft || b.now().Sub(rec.CreatedAt) > DraftTTL {
		return news.Broadcast{}, fmt.Errorf("broadcast draft %d: %w", id, news.ErrNotFound)
	}
	return rec, nil
}

// SetDraftAudience narrows (or widens) a draft's audience. A breaking
// draft keeps going only to subscribers who opted in to alerts.
func (b *Broadcaster) SetDraftAudience(ctx context.Context, id int64, aud news.Audience) (news.Broadcast, error) {
	rec, err := b.LoadDraft(ctx, id)
	if err != nil {
		return rec, err
	}
	aud.BreakingOnly = rec.Kind == news.KindBreaking
	// Who reads the story stays as the draft found it.
	aud.Lang, aud.ExcludeChats = rec.Audience.Lang, rec.Audience.ExcludeChats
	if err := b.store.SetBroadcastAudience(ctx, id, aud); err != nil {
		return rec, err
	}
	rec.Audience = aud
	return rec, nil
}

// SendDraft starts sending a draft, recording the editor's progress
// message. A draft starts once: a second Send gets news.ErrNotFound.
func (b *Broadcaster) SendDraft(ctx context.Context, id int64, progressChatID int64, progressMessageID int) (news.Broadcast, error) {
	rec, err := b.LoadDraft(ctx, id)
	if err != nil {
		return rec, err
	}
	tmpl := news.OutboxMessage{ParseMode: "HTML", PreviewURL: rec.PreviewURL}
	if rec.Kind == news.KindBroadcast {
		tmpl.DisablePreview = true // an editor's note, not a link card
	}
	if card, ok := b.photoCard(rec); ok {
		rec, err = b.store.StartPhotoBroadcastDraft(ctx, id, tmpl, card, progressChatID, progressMessageID)
	} else {
		rec, err = b.store.StartBroadcastDraft(ctx, id, tmpl, progressChatID, progressMessageID)
	}
	if err != nil {
		return rec, fmt.Errorf("broadcast: %w", err)
	}
	b.started(rec)
	return rec, nil
}

// photoCard splits a breaking draft with a lead image into caption and
// follow-up in each of its languages; ok is false for a draft without one.
func (b *Broadcaster) photoCard(rec news.Broadcast) (news.PhotoCard, bool) {
	if rec.PhotoURL == "" || b.render.Caption == nil {
		return news.PhotoCard{}, false
	}
	card := news.PhotoCard{URL: rec.PhotoURL, Caption: map[string]string{}, Rest: map[string]string{}}
	card.Caption[""], card.Rest[""] = b.render.Caption(rec.Text)
	for lang, text := range rec.TextByLang {
		card.Caption[lang], card.Rest[lang] = b.render.Caption(text)
	}
	return card, true
}

// CancelDraft drops a draft that was not sent; it stays on record as
// cancelled.
func (b *Broadcaster) CancelDraft(ctx context.Context, id int64) error {
	if _, err := b.LoadDraft(ctx, id); err != nil {
		return err
	}
	return b.Cancel(ctx, id)
}

func (b *Broadcaster) started(rec news.Broadcast) {
	b.metrics.broadcast()
	b.log.Info("broadcast: started", "broadcast_id", rec.ID, "kind", string(rec.Kind),
		"editor_id", rec.EditorID, "total", rec.Total)
	if b.notify != nil {
		b.notify.Notify()
	}
}

// Cancel stops a broadcast: messages not yet sent are cancelled.
func (b *Broadcaster) Cancel(ctx context.Context, id int64) error {
	n, err := b.store.CancelBroadcast(ctx, id)
	if err != nil {
		return fmt.Errorf("broadcast: %w", err)
	}
	b.log.Info("broadcast: cancelled", "broadcast_id", id, "cancelled_messages", n)
	return nil
}

// Progress is how far a broadcast has got.
type Progress struct {
	BroadcastID int64
	Total       int
	Sent        int
	// Failed counts messages given up (dead) or dropped (chat blocked, left).
	Failed int
	// Pending counts messages still to go, retries included.
	Pending int
	Elapsed time.Duration
	// ETA estimates the time left from the rate so far.
	ETA time.Duration
	// Done is set when nothing is left to send.
	Done bool
	// Cancelled is set when an editor stopped the broadcast.
	Cancelled bool
	// Failures counts undelivered messages by reason; set when Done.
	Failures map[string]int
}

// Progress returns the broadcast's current progress.
func (b *Broadcaster) Progress(ctx context.Context, id int64) (Progress, error) {
	rec, err := b.store.Broadcast(ctx, id)
	if err != nil {
		return Progress{}, fmt.Errorf("broadcast progress: %w", err)
	}
	counts, err := b.store.BroadcastCounts(ctx, id)
	if err != nil {
		return Progress{}, fmt.Errorf("broadcast progress: %w", err)
	}
	p := Progress{
		BroadcastID: id, Total: rec.Total,
		Sent:    counts[news.OutboxSent],
		Failed:  counts[news.OutboxDead] + counts[news.OutboxCancelled],
		Pending: counts[news.OutboxPending] + counts[news.OutboxFailed] + counts[news.OutboxSending],
		Elapsed: b.now().Sub(rec.StartedAt),
	}
	p.Done = p.Pending == 0
	p.Cancelled = rec.State == news.BroadcastCancelled
	done := p.Sent + p.Failed
	switch {
	case p.Done:
	case done > 0 && p.Elapsed > 0:
		p.ETA = time.Duration(float64(p.Elapsed) * float64(p.Pending) / float64(done))
	default:
		p.ETA = time.Duration(float64(p.Pending) / b.rate * float64(time.Second))
	}
	if p.Done {
		if p.Failures, err = b.store.BroadcastFailures(ctx, id); err != nil {
			return p, fmt.Errorf("broadcast progress: %w", err)
		}
	}
	return p, nil
}

// Watch reports the broadcast's progress to fn every interval (and once at
// once) until nothing is left to send, records the final counts, reports the
// final progress once more and returns it. When the estimate says the
// broadcast ends before the next report, Watch looks again then (no sooner
// than a tenth of the interval), so the final report follows the last
// message by a moment instead of by up to a whole interval; fn still hears
// of progress once an interval. A failed read or write of the
// progress (the database busy for a while) is logged and tried again at the
// next interval, so the editor's progress message keeps moving once the
// database answers. It returns ctx's error if ctx ends first, and the error
// when the broadcast is not found; the broadcast itself goes on.
func (b *Broadcaster) Watch(ctx context.Context, id int64, every time.Duration, fn func(Progress)) (Progress, error) {
	var (
		last     Progress
		reported time.Time // when fn last heard; zero: not yet
	)
	for {
		p, err := b.Progress(ctx, id)
		if err == nil {
			last = p
			state := news.BroadcastSending
			switch {
			case p.Cancelled:
				state = news.BroadcastCancelled
			case p.Done:
				state = news.BroadcastDone
			}
			if err = b.store.UpdateBroadcastProgress(ctx, id, state, p.Sent, p.Failed); err != nil {
				err = fmt.Errorf("broadcast progress: %w", err)
			}
		}
		wait := every
		switch {
		case err == nil:
			if fn != nil && (p.Done || reported.IsZero() || time.Since(reported) >= every) {
				fn(p)
				reported = time.Now()
			}
			if p.Done {
				b.log.Info("broadcast: done", "broadcast_id", id, "sent", p.Sent, "failed", p.Failed,
					"elapsed", p.Elapsed.Round(time.Millisecond))
				return p, nil
			}
			if p.ETA < every {
				wait = max(p.ETA, every/10)
			}
		case errors.Is(err, news.ErrNotFound) || ctx.Err() != nil:
			return last, err
		default:
			b.log.Warn("broadcast: progress not updated; trying again", "broadcast_id", id, "err", err)
		}
		if err := clock.Sleep(ctx, wait); err != nil {
			return last, err
		}
	}
}
