package store

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

func saveTestSubscribers(t *testing.T, db *DB, subs ...news.Subscriber) {
	t.Helper()
	for _, s := range subs {
		if err := db.SaveSubscriber(context.Background(), s); err != nil {
			t.Fatal(err)
		}
	}
}

func sub(id int64, countries []string, topics []news.Topic) news.Subscriber {
	return news.Subscriber{ChatID: id, Preferences: news.Preferences{Lang: "en", Countries: countries, Topics: topics}}
}

func TestAudience(t *testing.T) {
	ctx := context.Background()
	db := openOutboxTestDB(t, nil)
	blocked := sub(5, []string{"KZ"}, nil)
	blocked.Status = news.StatusBlocked
	alerts := sub(6, []string{"UZ"}, nil)
	alerts.BreakingAlerts = true
	saveTestSubscribers(t, db,
		sub(1, []string{"KZ", "UZ"}, nil),
		sub(2, []string{"KZ"}, []news.Topic{news.TopicEnergy}),
		sub(3, []string{"RU"}, []news.Topic{news.TopicSport}),
		sub(4, nil, nil),
		blocked, alerts,
	)
	tests := []struct {
		name string
		aud  news.Audience
		want []int64
	}{
		{"everyone active", news.Audience{}, []int64{1, 2, 3, 4, 6}},
		{"kazakhstan", news.Audience{Countries: []string{"kz"}}, []int64{1, 2}},
		{"kazakhstan or russia", news.Audience{Countries: []string{"KZ", "RU"}}, []int64{1, 2, 3}},
		{"energy includes all-topic subscribers", news.Audience{Topics: []news.Topic{news.TopicEnergy}}, []int64{1, 2, 4, 6}},
		{"russia sport", news.Audience{Countries: []string{"RU"}, Topics: []news.Topic{news.TopicSport}}, []int64{3}},
		{"russia energy", news.Audience{Countries: []string{"RU"}, Topics: []news.Topic{news.TopicEnergy}}, nil},
		{"breaking alerts in uzbekistan", news.Audience{Countries: []string{"UZ"}, BreakingOnly: true}, []int64{6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.AudienceChats(ctx, tt.aud)
			if err != nil {
				t.Fatal(err)
			}
			if !equalIDs(got, tt.want) {
				t.Errorf("AudienceChats = %v, want %v", got, tt.want)
			}
			n, err := db.AudienceCount(ctx, tt.aud)
			if err != nil {
				t.Fatal(err)
			}
			if n != len(tt.want) {
				t.Errorf("AudienceCount = %d, want %d", n, len(tt.want))
			}
		})
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestStartBroadcast(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	saveTestSubscribers(t, db, sub(1, []string{"KZ"}, nil), sub(2, []string{"KZ"}, nil), sub(3, []string{"RU"}, nil))
	b, err := db.StartBroadcast(ctx, news.Broadcast{EditorID: 42, Text: "<b>Hi</b>", Audience: news.Audience{Countries: []string{"KZ"}}},
		news.OutboxMessage{DisablePreview: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b.ID == 0 || b.Total != 2 || b.State != news.BroadcastSending {
		t.Fatalf("broadcast = %+v, want an id, total 2, sending", b)
	}
	msgs, err := db.OutboxMessages(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := "2:broadcast:" + strconv.FormatInt(b.ID, 10)
	if len(msgs) != 1 || msgs[0].IdemKey != want || msgs[0].BroadcastID != b.ID || !msgs[0].DisablePreview || msgs[0].Text != "<b>Hi</b>" {
		t.Fatalf("messages = %+v, want one with key %s", msgs, want)
	}
	claimed, _ := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 10)
	if err := db.RecordOutbox(ctx, []news.OutboxResult{
		{ID: claimed[0].ID, State: news.OutboxSent},
		{ID: claimed[1].ID, State: news.OutboxDead, Error: "bad markup"},
	}); err != nil {
		t.Fatal(err)
	}
	counts, err := db.BroadcastCounts(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if counts[news.OutboxSent] != 1 || counts[news.OutboxDead] != 1 {
		t.Errorf("counts = %v", counts)
	}
	fails, _ := db.BroadcastFailures(ctx, b.ID)
	if fails["bad markup"] != 1 {
		t.Errorf("failures = %v", fails)
	}
	if err := db.UpdateBroadcastProgress(ctx, b.ID, news.BroadcastDone, 1, 1); err != nil {
		t.Fatal(err)
	}
	got, err := db.Broadcast(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != news.BroadcastDone || got.Sent != 1 || got.Failed != 1 || got.EditorID != 42 ||
		len(got.Audience.Countries) != 1 || !got.FinishedAt.Equal(now) {
		t.Errorf("record = %+v", got)
	}
	if _, err := db.Broadcast(ctx, 999); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("missing broadcast error = %v, want ErrNotFound", err)
	}
}

func TestCancelBroadcast(t *testing.T) {
	ctx := context.Background()
	db := openOutboxTestDB(t, nil)
	saveTestSubscribers(t, db, sub(1, nil, nil), sub(2, nil, nil))
	b, err := db.StartBroadcast(ctx, news.Broadcast{EditorID: 1, Text: "x"}, news.OutboxMessage{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	n, err := db.CancelBroadcast(ctx, b.ID)
	if err != nil || n != 2 {
		t.Fatalf("CancelBroadcast = %d, %v; want 2", n, err)
	}
	if backlog, _ := db.OutboxBacklog(ctx); backlog != 0 {
		t.Errorf("backlog after cancel = %d", backlog)
	}
}

func TestDueSubscribersAndRecordDigests(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	due := sub(1, []string{"KZ", "UZ"}, []news.Topic{news.TopicEnergy})
	due.NextDigestAt = now.Add(-time.Minute)
	notYet := sub(2, nil, nil)
	notYet.NextDigestAt = now.Add(time.Minute)
	paused := sub(3, nil, nil)
	paused.NextDigestAt = now.Add(-time.Hour)
	paused.Status = news.StatusPaused
	saveTestSubscribers(t, db, due, notYet, paused, sub(4, nil, nil))

	got, err := db.DueSubscribers(ctx, now, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ChatID != 1 || len(got[0].Countries) != 2 || len(got[0].Topics) != 1 {
		t.Fatalf("due = %+v, want chat 1 with 2 countries and 1 topic", got)
	}
	unscheduled, err := db.UnscheduledSubscribers(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(unscheduled) != 1 || unscheduled[0].ChatID != 4 {
		t.Errorf("unscheduled = %+v, want chat 4", unscheduled)
	}

	s := got[0]
	s.LastDigestAt, s.NextDigestAt = now, now.Add(24*time.Hour)
	msg := testMessage(1, "digest")
	if err := db.RecordDigests(ctx, []news.OutboxMessage{msg}, []news.Subscriber{s}); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.DueSubscribers(ctx, now, 100); len(got) != 0 {
		t.Errorf("still due after RecordDigests: %+v", got)
	}
	saved, err := db.Subscriber(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !saved.LastDigestAt.Equal(now) || !saved.NextDigestAt.Equal(now.Add(24*time.Hour)) {
		t.Errorf("saved digest times = %s, %s", saved.LastDigestAt, saved.NextDigestAt)
	}
	if backlog, _ := db.OutboxBacklog(ctx); backlog != 1 {
		t.Errorf("backlog = %d, want the digest", backlog)
	}
	if err := db.SetNextDigest(ctx, 99, now); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("SetNextDigest unknown chat = %v", err)
	}
}

func TestStartBroadcastPerLanguage(t *testing.T) {
	ctx := context.Background()
	db := openOutboxTestDB(t, nil)
	ru := sub(2, nil, nil)
	ru.Lang = "ru"
	saveTestSubscribers(t, db, sub(1, nil, nil), ru)
	b, err := db.StartBroadcast(ctx, news.Broadcast{EditorID: 1, Kind: news.KindBreaking, Text: "Breaking"},
		news.OutboxMessage{}, map[string]string{"ru": "Срочно"})
	if err != nil {
		t.Fatal(err)
	}
	for chat, want := range map[int64]string{1: "Breaking", 2: "Срочно"} {
		msgs, _ := db.OutboxMessages(ctx, chat)
		if len(msgs) != 1 || msgs[0].Text != want || msgs[0].Kind != news.KindBreaking || msgs[0].DisableNotification {
			t.Errorf("chat %d messages = %+v, want %q with sound", chat, msgs, want)
		}
	}
	if b.Total != 2 {
		t.Errorf("total = %d", b.Total)
	}
}

func TestSaveSubscribers(t *testing.T) {
	ctx := context.Background()
	db := openOutboxTestDB(t, nil)
	subs := []news.Subscriber{sub(1, []string{"KZ", "UZ"}, []news.Topic{news.TopicSport}), sub(2, nil, nil)}
	if err := db.SaveSubscribers(ctx, subs); err != nil {
		t.Fatal(err)
	}
	got, err := db.Subscriber(ctx, 1)
	if err != nil || len(got.Countries) != 2 || len(got.Topics) != 1 || got.Status != news.StatusActive {
		t.Errorf("subscriber 1 = %+v, %v", got, err)
	}
	if n, _ := db.AudienceCount(ctx, news.Audience{}); n != 2 {
		t.Errorf("audience = %d, want 2", n)
	}
}

// A message claimed by the outbox when the editor cancels must not come back:
// the outbox may still record it as deferred (its chat was paused, or the
// process is stopping), and that must not undo the cancellation.
func TestCancelBroadcastStopsClaimedMessages(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	saveTestSubscribers(t, db, sub(1, nil, nil), sub(2, nil, nil), sub(3, nil, nil))
	b, err := db.StartBroadcast(ctx, news.Broadcast{EditorID: 1, Text: "x"}, news.OutboxMessage{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	claimed, err := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 10)
	if err != nil || len(claimed) != 3 {
		t.Fatalf("claimed %d, %v; want 3", len(claimed), err)
	}
	if _, err := db.CancelBroadcast(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordOutbox(ctx, []news.OutboxResult{
		{ID: claimed[0].ID, State: news.OutboxSent, MessageID: 5},
		{ID: claimed[1].ID, State: news.OutboxPending, NotBefore: now.Add(time.Second), Error: "chat paused"},
		{ID: claimed[2].ID, State: news.OutboxFailed, NotBefore: now.Add(time.Second), Error: "500"},
	}); err != nil {
		t.Fatal(err)
	}
	if again, _ := db.ClaimOutbox(ctx, now.Add(time.Hour), now.Add(time.Hour+time.Minute), 10); len(again) != 0 {
		t.Errorf("after cancel, %d messages of the broadcast were claimed again", len(again))
	}
	counts, _ := db.BroadcastCounts(ctx, b.ID)
	if counts[news.OutboxSent] != 1 || counts[news.OutboxCancelled] != 2 {
		t.Errorf("counts = %v, want 1 sent (it went out) and 2 cancelled", counts)
	}
}

// A subscriber who changes the digest time while their digest is being
// composed keeps the new schedule: the scheduler's booking, computed from
// the old time, must not overwrite it.
func TestRecordDigestsKeepsScheduleChangedMeanwhile(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 8, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	s := sub(1, nil, nil)
	s.DigestTime, s.NextDigestAt = "08:00", now
	saveTestSubscribers(t, db, s)
	due, err := db.DueSubscribers(ctx, now, 10)
	if err != nil || len(due) != 1 {
		t.Fatalf("due = %v, %v", due, err)
	}
	// The user picks 20:00 while the scheduler composes.
	changed, _ := db.Subscriber(ctx, 1)
	changed.DigestTime, changed.NextDigestAt = "20:00", now.Add(12*time.Hour)
	if err := db.SaveSubscriber(ctx, changed); err != nil {
		t.Fatal(err)
	}
	booked := due[0]
	booked.LastDigestAt, booked.NextDigestAt = now, now.Add(24*time.Hour)
	if err := db.RecordDigests(ctx, []news.OutboxMessage{testMessage(1, "digest")}, []news.Subscriber{booked}); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Subscriber(ctx, 1)
	if !got.NextDigestAt.Equal(now.Add(12 * time.Hour)) {
		t.Errorf("next digest = %s, want the 20:00 the user chose", got.NextDigestAt)
	}
	if !got.LastDigestAt.Equal(now) {
		t.Errorf("last digest = %s, want %s: the digest was enqueued", got.LastDigestAt, now)
	}
}

// A draft is recorded without sending anything; its audience can change;
// Send starts it once, however many times it is pressed; forgotten drafts
// expire.
func TestBroadcastDraftLifecycle(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	ru := sub(3, []string{"KZ"}, nil)
	ru.Lang = "ru"
	saveTestSubscribers(t, db, sub(1, []string{"KZ"}, nil), sub(2, []string{"UZ"}, nil), ru)

	d, err := db.CreateBroadcastDraft(ctx, news.Broadcast{EditorID: 42, Kind: news.KindBreaking, Text: "Breaking",
		TextByLang: map[string]string{"ru": "Срочно"}, Audience: news.Audience{Countries: []string{"UZ"}}})
	if err != nil {
		t.Fatal(err)
	}
	if d.ID == 0 || d.State != news.BroadcastDraft {
		t.Fatalf("draft = %+v", d)
	}
	if backlog, _ := db.OutboxBacklog(ctx); backlog != 0 {
		t.Fatalf("a draft enqueued %d messages", backlog)
	}
	if err := db.SetBroadcastAudience(ctx, d.ID, news.Audience{Countries: []string{"KZ"}}); err != nil {
		t.Fatal(err)
	}
	got, err := db.Broadcast(ctx, d.ID)
	if err != nil || got.State != news.BroadcastDraft || got.TextByLang["ru"] != "Срочно" || got.Audience.Countries[0] != "KZ" {
		t.Fatalf("stored draft = %+v, %v", got, err)
	}

	b, err := db.StartBroadcastDraft(ctx, d.ID, news.OutboxMessage{}, 42, 7)
	if err != nil {
		t.Fatal(err)
	}
	if b.State != news.BroadcastSending || b.Total != 2 || b.ProgressMessageID != 7 || b.StartedAt.IsZero() {
		t.Errorf("started = %+v, want sending to the 2 KZ chats with the progress message", b)
	}
	for chat, want := range map[int64]string{1: "Breaking", 3: "Срочно"} {
		if msgs, _ := db.OutboxMessages(ctx, chat); len(msgs) != 1 || msgs[0].Text != want {
			t.Errorf("chat %d got %+v, want %q", chat, msgs, want)
		}
	}
	if _, err := db.StartBroadcastDraft(ctx, d.ID, news.OutboxMessage{}, 42, 7); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("second start: %v, want ErrNotFound", err)
	}
	if err := db.SetBroadcastAudience(ctx, d.ID, news.Audience{}); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("audience of a sent broadcast changed: %v", err)
	}
	if backlog, _ := db.OutboxBacklog(ctx); backlog != 2 {
		t.Errorf("backlog %d, want 2", backlog)
	}

	// Old drafts expire; draft ids are never reused.
	old, _ := db.CreateBroadcastDraft(ctx, news.Broadcast{EditorID: 42, Text: "old"})
	now = now.Add(2 * time.Hour)
	fresh, _ := db.CreateBroadcastDraft(ctx, news.Broadcast{EditorID: 42, Text: "fresh"})
	if n, err := db.ExpireBroadcastDrafts(ctx, now.Add(-time.Hour)); err != nil || n != 1 {
		t.Fatalf("expired %d, %v; want 1", n, err)
	}
	if _, err := db.StartBroadcastDraft(ctx, old.ID, news.OutboxMessage{}, 0, 0); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("an expired draft started: %v", err)
	}
	if fresh.ID <= old.ID || old.ID <= d.ID {
		t.Errorf("ids %d, %d, %d not increasing", d.ID, old.ID, fresh.ID)
	}
	if got, _ := db.Broadcast(ctx, fresh.ID); got.State != news.BroadcastDraft {
		t.Errorf("fresh draft state %s", got.State)
	}
}

// Saving subscribers in bulk again (an import run twice) updates them as
// SaveSubscriber does: their preferences are replaced, but when they
// subscribed and the record of stories already sent to them stay.
func TestSaveSubscribersAgainKeepsHistory(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	if err := db.SaveSubscribers(ctx, []news.Subscriber{sub(1, []string{"KZ", "UZ"}, []news.Topic{news.TopicSport})}); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordSent(ctx, 1, []int64{41, 42}); err != nil {
		t.Fatal(err)
	}
	first, err := db.Subscriber(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}

	now = now.Add(24 * time.Hour)
	if err := db.SaveSubscribers(ctx, []news.Subscriber{sub(1, []string{"TJ"}, nil)}); err != nil {
		t.Fatal(err)
	}
	got, err := db.Subscriber(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !got.CreatedAt.Equal(first.CreatedAt) {
		t.Errorf("created_at = %v after a second save, want %v kept", got.CreatedAt, first.CreatedAt)
	}
	if len(got.Countries) != 1 || got.Countries[0] != "TJ" || len(got.Topics) != 0 {
		t.Errorf("preferences = %v %v, want [TJ] and no topics (replaced)", got.Countries, got.Topics)
	}
	sent, err := db.SentArticles(ctx, []int64{1}, now.Add(-48*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !sent[1][41] || !sent[1][42] {
		t.Errorf("stories sent to the chat = %v after a second save, want 41 and 42 kept", sent[1])
	}
}
