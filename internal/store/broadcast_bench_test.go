package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// Run with: go test -run '^$' -bench StartBroadcastDraft -benchtime 3x ./internal/store/

// benchBroadcastDB stores n subscribers of Kazakhstan, a tenth in Russian.
func benchBroadcastDB(b *testing.B, n int) *DB {
	b.Helper()
	db := openOutboxTestDB(b, nil)
	ctx := context.Background()
	for i := range n {
		s := sub(int64(i+1), []string{"KZ"}, nil)
		if i%10 == 0 {
			s.Lang = "ru"
		}
		if err := db.SaveSubscriber(ctx, s); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

// BenchmarkStartBroadcastDraft enqueues a breaking card to 20 000 chats as
// text (one row each).
func BenchmarkStartBroadcastDraft(b *testing.B) {
	db := benchBroadcastDB(b, 20_000)
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		d, err := db.CreateBroadcastDraft(ctx, news.Broadcast{EditorID: 1, Kind: news.KindBreaking, Text: fmt.Sprint("card ", i),
			TextByLang: map[string]string{"ru": "карточка"}})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.StartBroadcastDraft(ctx, d.ID, news.OutboxMessage{}, 0, 0); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/20k-chats")
}

// BenchmarkStartPhotoBroadcastDraft enqueues it as a photo with its caption
// and, for the Russian tenth, a follow-up (22 000 rows).
func BenchmarkStartPhotoBroadcastDraft(b *testing.B) {
	db := benchBroadcastDB(b, 20_000)
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		d, err := db.CreateBroadcastDraft(ctx, news.Broadcast{EditorID: 1, Kind: news.KindBreaking, Text: fmt.Sprint("card ", i)})
		if err != nil {
			b.Fatal(err)
		}
		card := news.PhotoCard{URL: "https://img.example.com/1.jpg", Caption: map[string]string{"": "caption", "ru": "подпись"},
			Rest: map[string]string{"": "", "ru": "остаток"}}
		if _, err := db.StartPhotoBroadcastDraft(ctx, d.ID, news.OutboxMessage{}, card, 0, 0); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/20k-chats")
}
