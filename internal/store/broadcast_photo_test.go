package store

import (
	"context"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// TestPhotoBroadcast: each chat gets the photo with the caption in its
// language and, where the card did not fit, the rest after it; the
// broadcast counts chats.
func TestPhotoBroadcast(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 5, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	ru := sub(3, []string{"KZ"}, nil)
	ru.Lang = "ru"
	saveTestSubscribers(t, db, sub(1, []string{"KZ"}, nil), sub(2, []string{"KZ"}, nil), ru)
	d, err := db.CreateBroadcastDraft(ctx, news.Broadcast{EditorID: 42, Kind: news.KindBreaking, Text: "Breaking card",
		TextByLang: map[string]string{"ru": "Срочная карточка"}, Audience: news.Audience{Countries: []string{"KZ"}},
		PhotoURL: "https://img.example.com/1.jpg", PreviewURL: "https://example.com/story"})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Broadcast(ctx, d.ID); got.PhotoURL != d.PhotoURL || got.PreviewURL != d.PreviewURL {
		t.Errorf("stored draft photo %q preview %q", got.PhotoURL, got.PreviewURL)
	}
	card := news.PhotoCard{URL: "https://img.example.com/1.jpg",
		Caption: map[string]string{"": "Breaking caption", "ru": "Срочная подпись"},
		Rest:    map[string]string{"": "", "ru": "Остаток"}} // the English card fit its caption
	b, err := db.StartPhotoBroadcastDraft(ctx, d.ID, news.OutboxMessage{PreviewURL: "https://example.com/story"}, card, 42, 7)
	if err != nil {
		t.Fatal(err)
	}
	if b.Total != 3 {
		t.Errorf("total = %d, want 3 chats", b.Total)
	}
	type row struct {
		text, photo string
		part        int
	}
	want := map[int64][]row{
		1: {{"Breaking caption", card.URL, 0}},
		2: {{"Breaking caption", card.URL, 0}},
		3: {{"Срочная подпись", card.URL, 0}, {"Остаток", "", 1}},
	}
	for chat, rows := range want {
		msgs, err := db.OutboxMessages(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		if len(msgs) != len(rows) {
			t.Fatalf("chat %d: %d messages, want %d", chat, len(msgs), len(rows))
		}
		for i, r := range rows {
			m := msgs[i]
			if m.Text != r.text || m.PhotoURL != r.photo || m.Part != r.part || m.BroadcastID != d.ID {
				t.Errorf("chat %d message %d = %q photo %q part %d, want %q %q %d", chat, i, m.Text, m.PhotoURL, m.Part, r.text, r.photo, r.part)
			}
		}
	}
	counts, _ := db.BroadcastCounts(ctx, d.ID)
	if counts[news.OutboxPending] != 3 {
		t.Errorf("counts = %v, want 3 pending (the follow-up is not counted)", counts)
	}
}
