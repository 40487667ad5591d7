package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/pgtest"
)

// seedCopySource fills a SQLite store with a row or more in every table.
func seedCopySource(t *testing.T, src *DB) {
	t.Helper()
	ctx := context.Background()
	var feeds []news.Feed
	for i := range 3 {
		f, err := src.AddFeed(ctx, news.Feed{URL: fmt.Sprintf("https://f%d.example/rss", i), Name: fmt.Sprint("Feed ", i), Lang: "ru", Enabled: true})
		if err != nil {
			t.Fatal(err)
		}
		feeds = append(feeds, f)
	}
	var arts []news.Article
	for i := range 40 {
		a := seenAt(feeds[i%3].ID, fmt.Sprint("g", i), t0.Add(-time.Duration(i)*time.Hour))
		a.Title = fmt.Sprintf("Заголовок %d — «кавычки» and 'quotes' ?", i)
		a.Categories = []string{"politics", "экономика"}
		a.Analysis.Cluster, a.Analysis.Fingerprint, a.Analysis.AnalyzedAt = fmt.Sprint("c", i%5), []byte{0, byte(i), 0xff}, t0
		arts = append(arts, a)
	}
	old := seenAt(feeds[0].ID, "old", t0.Add(-400*24*time.Hour))
	save(t, src, append(arts, old)...)
	if n, err := src.PruneArticles(ctx, t0.Add(-300*24*time.Hour), 0); err != nil || n != 1 {
		t.Fatalf("prune for a tombstone = %d, %v", n, err)
	}
	subs := []news.Subscriber{
		sub(1, []string{"KZ", "UZ"}, []news.Topic{news.TopicEnergy}),
		sub(-100200, nil, nil),
		sub(3, []string{"TJ"}, nil),
	}
	subs[1].ChatType, subs[1].Title = news.ChatGroup, "Группа"
	subs[2].Lang, subs[2].BreakingAlerts, subs[2].NextDigestAt = "ru", true, t0.Add(time.Hour)
	saveTestSubscribers(t, src, subs...)
	if err := src.RecordSent(ctx, 1, []int64{arts[0].ID, arts[1].ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := src.Enqueue(ctx, []news.OutboxMessage{testMessage(1, "hello"), testMessage(3, "hi")}); err != nil {
		t.Fatal(err)
	}
	b, err := src.StartBroadcast(ctx, news.Broadcast{EditorID: 42, Text: "Breaking", ArticleID: arts[2].ID,
		Audience: news.Audience{Countries: []string{"KZ", "TJ"}}}, news.OutboxMessage{DisablePreview: true}, map[string]string{"ru": "Срочно"})
	if err != nil || b.Total != 2 {
		t.Fatalf("broadcast: %+v, %v", b, err)
	}
	if err := src.SetMeta(ctx, "digest_round", "2026-03-01"); err != nil {
		t.Fatal(err)
	}
	if _, err := src.db.ExecContext(ctx, `INSERT INTO editors (user_id, name, added_at) VALUES (42, 'Айгуль', ?)`, fmtTime(t0)); err != nil {
		t.Fatal(err)
	}
	// Replicas' shared send schedule: the bot's row and a chat's.
	if _, err := src.db.ExecContext(ctx, `INSERT INTO send_slots (chat_id, tat) VALUES (0, 1772366400000), (7, 1772366401000)`); err != nil {
		t.Fatal(err)
	}
	// A replicas' lease on a shared SQLite file (long expired by the copy).
	if _, err := src.db.ExecContext(ctx, `INSERT INTO leases (name, holder, expires_at, acquired_at, renewed_at) VALUES ('leader', 'host-1-ab', 1, 1, 1)`); err != nil {
		t.Fatal(err)
	}
}

// tableRows returns every row of table as text, sorted, for comparing two
// databases value for value.
func tableRows(t *testing.T, d *DB, table string) []string {
	t.Helper()
	rows, err := d.db.Queryx(`SELECT * FROM ` + table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		vals, err := rows.SliceScan()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%v", vals))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func TestCopyDatabaseFromSQLiteToPostgres(t *testing.T) {
	if !testOnPostgres() {
		t.Skip("needs PostgreSQL: NEWSBOT_TEST_DATABASE=postgres")
	}
	ctx := context.Background()
	src, err := Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"), WithClock(func() time.Time { return t0 }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { src.Close() })
	seedCopySource(t, src)
	dst := openTestDBAt(t, pgtest.URL(t))

	var told []string
	counts, err := CopyDatabase(ctx, dst, src, CopyOptions{Batch: 7, Copied: func(c TableCount) { told = append(told, c.Table) }})
	if err != nil {
		t.Fatal(err)
	}
	tables, err := sqliteTablesInOrder(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(counts); got != len(tables) || !slices.Equal(told, tables) {
		t.Fatalf("copied %d tables %v, told of %v; want all %d: %v", got, counts, told, len(tables), tables)
	}
	before := map[string]int{}
	for i, c := range counts {
		before[c.Table] = i
		if c.Source == 0 || c.Source != c.Target {
			t.Errorf("%s: %d rows in the source, %d in the target; want the same, not 0 (the test should fill every table)", c.Table, c.Source, c.Target)
		}
		if got, want := tableRows(t, dst, c.Table), tableRows(t, src, c.Table); !slices.Equal(got, want) {
			t.Errorf("%s differs:\ntarget %v\nsource %v", c.Table, got, want)
		}
	}
	for child, parent := range map[string]string{"articles": "feeds", "article_countries": "articles", "outbox": "broadcasts", "digest_sent": "subscribers"} {
		if before[child] < before[parent] {
			t.Errorf("%s copied before %s, which it refers to", child, parent)
		}
	}

	// The copy reads back through the store as the original does.
	want, err := src.Articles(ctx, news.ArticleQuery{Countries: []string{"KZ"}, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	got, err := dst.Articles(ctx, news.ArticleQuery{Countries: []string{"KZ"}, Limit: 100})
	if err != nil || len(got) != len(want) || len(got) != 40 {
		t.Fatalf("articles on the copy = %d, %v; want %d", len(got), err, len(want))
	}
	for i := range got {
		if got[i].ID != want[i].ID || got[i].Title != want[i].Title || !got[i].PublishedAt.Equal(want[i].PublishedAt) ||
			!slices.Equal(got[i].Fingerprint, want[i].Fingerprint) || !slices.Equal(got[i].Categories, want[i].Categories) {
			t.Errorf("article %d on the copy = %+v, want %+v", i, got[i], want[i])
		}
	}
	// New rows get ids after the copied ones.
	f, err := dst.AddFeed(ctx, news.Feed{URL: "https://new.example/rss"})
	if err != nil || f.ID != 4 {
		t.Errorf("new feed on the copy = %d, %v; want id 4", f.ID, err)
	}
	b, err := dst.CreateBroadcastDraft(ctx, news.Broadcast{EditorID: 42, Text: "x"})
	if err != nil || b.ID != 2 {
		t.Errorf("new broadcast on the copy = %d, %v; want id 2", b.ID, err)
	}

	// A target with rows is refused, and left as it was; Replace copies anew.
	if _, err := CopyDatabase(ctx, dst, src, CopyOptions{}); !errors.Is(err, ErrTargetNotEmpty) || !strings.Contains(err.Error(), "feeds") {
		t.Errorf("copy into a full target: err = %v, want ErrTargetNotEmpty naming feeds", err)
	}
	if feeds, _ := dst.Feeds(ctx); len(feeds) != 4 {
		t.Errorf("refused copy left %d feeds, want the 4 there were", len(feeds))
	}
	again, err := CopyDatabase(ctx, dst, src, CopyOptions{Replace: true})
	if err != nil || !slices.Equal(again, counts) {
		t.Errorf("copy with Replace = %v, %v; want %v", again, err, counts)
	}
	if feeds, _ := dst.Feeds(ctx); len(feeds) != 3 {
		t.Errorf("after a copy with Replace: %d feeds, want the source's 3", len(feeds))
	}

	if _, err := CopyDatabase(ctx, src, dst, CopyOptions{}); err == nil || !strings.Contains(err.Error(), "only SQLite to PostgreSQL") {
		t.Errorf("copy from PostgreSQL to SQLite: err = %v, want it refused", err)
	}
}
