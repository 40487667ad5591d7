package deliver_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
	"github.com/newsbot/newsbot/internal/store"
)

var t0 = time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)

func article(id int64, source, cluster string, published time.Time, countries []news.CountryScore, topics ...news.Topic) news.Article {
	a := news.Article{
		ID: id, Source: source, URL: fmt.Sprintf("https://%s.example/%d", strings.ToLower(source), id),
		Title: fmt.Sprintf("Story %d from %s", id, source), Body: "First paragraph.\n\nSecond.",
		Lang: "en", PublishedAt: published, FetchedAt: published, UpdatedAt: published,
		ContentHash: fmt.Sprint("hash", id),
		Analysis:    news.Analysis{Summary: fmt.Sprintf("Summary %d.", id), Cluster: cluster, Countries: countries},
	}
	for _, t := range topics {
		a.Topics = append(a.Topics, news.TopicScore{Topic: t, Score: 1})
	}
	return a
}

func primary(codes ...string) []news.CountryScore {
	var out []news.CountryScore
	for _, c := range codes {
		out = append(out, news.CountryScore{Code: c, Score: 1, Primary: true})
	}
	return out
}

func mentioned(codes ...string) []news.CountryScore {
	var out []news.CountryScore
	for _, c := range codes {
		out = append(out, news.CountryScore{Code: c, Score: 0.2})
	}
	return out
}

func storyIDs(d news.Digest) []int64 {
	var ids []int64
	for _, s := range d.Sections {
		for _, st := range s.Stories {
			ids = append(ids, st.ID)
		}
	}
	return ids
}

func TestStoryIndexDigest(t *testing.T) {
	arts := []news.Article{
		// A story in three outlets about Kazakhstan.
		article(1, "Tengri", "c1", t0.Add(-5*time.Hour), primary("KZ"), news.TopicEnergy),
		article(2, "Reuters", "c1", t0.Add(-4*time.Hour), primary("KZ"), news.TopicEnergy),
		article(3, "AP", "c1", t0.Add(-3*time.Hour), primary("KZ"), news.TopicEnergy),
		// Uzbekistan, fresher, one outlet.
		article(4, "Gazeta", "", t0.Add(-1*time.Hour), primary("UZ"), news.TopicSport),
		// Mentions Kazakhstan only.
		article(5, "BBC", "", t0.Add(-30*time.Minute), append(primary("RU"), mentioned("KZ")...), news.TopicPolitics),
		// Too old for the window.
		article(6, "Old", "", t0.Add(-30*time.Hour), primary("KZ"), news.TopicEnergy),
		// Nobody's country.
		article(7, "Le Monde", "", t0.Add(-1*time.Hour), primary("FR"), news.TopicCulture),
	}
	idx := deliver.NewStoryIndex(arts)
	since := t0.Add(-24 * time.Hour)
	sub := func(countries []string, topics []news.Topic, by news.GroupBy) news.Subscriber {
		return news.Subscriber{ChatID: 1, Preferences: news.Preferences{Lang: "en", Countries: countries, Topics: topics, GroupBy: by}}
	}
	tests := []struct {
		name     string
		sub      news.Subscriber
		max      int
		want     []int64
		sections []string
	}{
		{"primary match and outlets rank first", sub([]string{"KZ", "UZ"}, nil, news.GroupByCountry), 0, []int64{1, 5, 4}, []string{"KZ", "UZ"}},
		{"topic filter", sub([]string{"KZ", "UZ"}, []news.Topic{news.TopicSport}, news.GroupByCountry), 0, []int64{4}, []string{"UZ"}},
		{"max items", sub([]string{"KZ", "UZ"}, nil, news.GroupByCountry), 2, []int64{1, 4}, []string{"KZ", "UZ"}},
		{"grouped by topic", sub([]string{"KZ", "UZ"}, nil, news.GroupByTopic), 0, []int64{1, 4, 5}, []string{"energy", "sport", "politics"}},
		{"no countries means all", sub(nil, []news.Topic{news.TopicCulture}, news.GroupByCountry), 0, []int64{7}, []string{"FR"}},
		{"nothing matches", sub([]string{"JP"}, nil, news.GroupByCountry), 0, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := idx.Digest(tt.sub, since, t0, tt.max)
			if got := storyIDs(d); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("stories = %v, want %v", got, tt.want)
			}
			var secs []string
			for _, s := range d.Sections {
				secs = append(secs, s.Country+string(s.Topic))
			}
			if fmt.Sprint(secs) != fmt.Sprint(tt.sections) {
				t.Errorf("sections = %v, want %v", secs, tt.sections)
			}
		})
	}

	d := idx.Digest(sub([]string{"KZ"}, nil, news.GroupByCountry), since, t0, 0)
	first := d.Sections[0].Stories[0]
	if len(first.Also) != 2 || first.Also[0].Name != "AP" || first.Also[1].Name != "Reuters" {
		t.Errorf("also = %+v, want the two other outlets", first.Also)
	}
	if first.Body != "" {
		t.Errorf("body kept in the index: %q", first.Body)
	}
	// Since the previous digest: the cluster's reports are all older.
	if got := storyIDs(idx.Digest(sub([]string{"KZ"}, nil, news.GroupByCountry), t0.Add(-2*time.Hour), t0, 0)); fmt.Sprint(got) != "[5]" {
		t.Errorf("since two hours = %v, want [5]", got)
	}
}

func testRender() deliver.Render {
	return deliver.Render{Digest: render.Digest, QuietDay: render.QuietDay, Breaking: render.Breaking}
}

func openDB(t testing.TB, now func() time.Time) (*store.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	var opts []store.Option
	if now != nil {
		opts = append(opts, store.WithClock(now))
	}
	db, err := store.Open(context.Background(), path, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func TestSchedulerDigestAtLocalTime(t *testing.T) {
	ctx := context.Background()
	now := t0
	clock := func() time.Time { return now }
	db, _ := openDB(t, clock)
	if _, _, err := db.SaveArticles(ctx, []news.Article{
		article(101, "Tengri", "c1", t0.Add(-5*time.Hour), primary("KZ"), news.TopicEnergy),
		article(102, "Reuters", "c1", t0.Add(-4*time.Hour), primary("KZ"), news.TopicEnergy),
		article(103, "Gazeta", "", t0.Add(-1*time.Hour), primary("UZ"), news.TopicSport),
	}); err != nil {
		t.Fatal(err)
	}
	// Almaty is UTC+5: 17:00 local is 12:00 UTC, due now.
	due := news.Subscriber{ChatID: 10, Status: news.StatusActive, Preferences: news.Preferences{
		Lang: "en", Timezone: "Asia/Almaty", DigestTime: "17:00", Countries: []string{"KZ"}}, NextDigestAt: t0}
	quiet := news.Subscriber{ChatID: 11, Preferences: news.Preferences{
		Lang: "ru", Timezone: "Europe/Moscow", DigestTime: "15:00", Countries: []string{"JP"}, QuietDay: true}, NextDigestAt: t0}
	empty := news.Subscriber{ChatID: 12, Preferences: news.Preferences{
		Lang: "en", Timezone: "Asia/Tashkent", DigestTime: "17:00", Countries: []string{"JP"}}, NextDigestAt: t0}
	fresh := news.Subscriber{ChatID: 13, Preferences: news.Preferences{
		Lang: "en", Timezone: "America/New_York", DigestTime: "07:30", Countries: []string{"UZ"}}}
	for _, s := range []news.Subscriber{due, quiet, empty, fresh} {
		if err := db.SaveSubscriber(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	s := deliver.NewScheduler(db, testRender(), nil, nil, nil, deliver.SchedulerConfig{}, clock)
	n, err := s.Tick(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("Tick handled %d subscribers, want 3", n)
	}
	msgs, _ := db.OutboxMessages(ctx, 10)
	if len(msgs) != 1 || msgs[0].IdemKey != "10:digest:2025-05-01" || !msgs[0].DisableNotification ||
		!strings.Contains(msgs[0].Text, "Tengri") || !strings.Contains(msgs[0].Text, "Reuters") {
		t.Fatalf("chat 10 messages = %+v, want one silent digest with the story and its other outlet", msgs)
	}
	if msgs, _ := db.OutboxMessages(ctx, 11); len(msgs) != 1 || !strings.Contains(msgs[0].Text, "☕") {
		t.Errorf("quiet-day chat got %+v, want the quiet line", msgs)
	}
	if msgs, _ := db.OutboxMessages(ctx, 12); len(msgs) != 0 {
		t.Errorf("empty digest sent: %+v", msgs)
	}
	got, _ := db.Subscriber(ctx, 10)
	if want := time.Date(2025, 5, 2, 12, 0, 0, 0, time.UTC); !got.NextDigestAt.Equal(want) || !got.LastDigestAt.Equal(t0) {
		t.Errorf("chat 10 next %s last %s, want next %s", got.NextDigestAt, got.LastDigestAt, want)
	}
	got, _ = db.Subscriber(ctx, 13)
	// 07:30 in New York (EDT, UTC-4) is 11:30 UTC, past; so tomorrow.
	if want := time.Date(2025, 5, 2, 11, 30, 0, 0, time.UTC); !got.NextDigestAt.Equal(want) {
		t.Errorf("new subscriber scheduled at %s, want %s", got.NextDigestAt, want)
	}
	// A second round at the same time finds nothing due and sends nothing twice.
	if n, _ := s.Tick(ctx); n != 0 {
		t.Errorf("second Tick handled %d", n)
	}

	// Preview shows what chat 13 would get now, without booking anything.
	preview, err := s.Preview(ctx, 13)
	if err != nil {
		t.Fatal(err)
	}
	if len(preview) != 1 || !strings.Contains(preview[0].Text, "Gazeta") {
		t.Errorf("preview = %+v", preview)
	}
	if msgs, _ := db.OutboxMessages(ctx, 13); len(msgs) != 0 {
		t.Errorf("preview enqueued %d messages", len(msgs))
	}
	if _, err := s.Preview(ctx, 999); err == nil {
		t.Error("preview of an unknown chat succeeded")
	}
}

// A digest that cannot be built for one subscriber (its rendering panics)
// costs that subscriber this digest, not the round: the others get theirs,
// and it is booked for tomorrow rather than retried in a loop.
func TestSchedulerRoundSurvivesOneBrokenDigest(t *testing.T) {
	ctx := context.Background()
	clock := func() time.Time { return t0 }
	db, _ := openDB(t, clock)
	if _, _, err := db.SaveArticles(ctx, []news.Article{
		article(101, "Tengri", "c1", t0.Add(-5*time.Hour), primary("KZ"), news.TopicEnergy),
		article(102, "Kun.uz", "c2", t0.Add(-4*time.Hour), primary("UZ"), news.TopicEnergy),
	}); err != nil {
		t.Fatal(err)
	}
	for i, c := range []string{"KZ", "UZ"} {
		if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: int64(20 + i), Status: news.StatusActive, NextDigestAt: t0,
			Preferences: news.Preferences{Lang: "en", Timezone: "Asia/Almaty", DigestTime: "17:00", Countries: []string{c}}}); err != nil {
			t.Fatal(err)
		}
	}
	r := testRender()
	r.Digest = func(d news.Digest, loc *time.Location) []string {
		if d.Sections[0].Country == "KZ" {
			panic("a story no test has met")
		}
		return render.Digest(d, loc)
	}
	s := deliver.NewScheduler(db, r, nil, nil, nil, deliver.SchedulerConfig{}, clock)
	// On demand (/digest), the subscriber is told it failed.
	if _, err := s.SendNow(ctx, 20); err == nil || !strings.Contains(err.Error(), "could not be built") {
		t.Errorf("SendNow err = %v, want a clear error", err)
	}
	if _, err := s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if msgs, _ := db.OutboxMessages(ctx, 21); len(msgs) != 1 || !strings.Contains(msgs[0].Text, "Kun.uz") {
		t.Errorf("chat 21 got %+v, want its digest", msgs)
	}
	if msgs, _ := db.OutboxMessages(ctx, 20); len(msgs) != 0 {
		t.Errorf("chat 20 got %+v, want nothing", msgs)
	}
	got, _ := db.Subscriber(ctx, 20)
	if !got.NextDigestAt.After(t0) {
		t.Errorf("broken chat booked at %s, want tomorrow", got.NextDigestAt)
	}
}

// A story told in both languages is shown to each reader through a report in
// the reader's language, with the others as "also"; a story with no report
// in a language the reader reads (by default the interface language and
// English) is left out, unless /languages adds its language.
func TestDigestStoryInReadersLanguage(t *testing.T) {
	ru := article(1, "Azattyk", "c1", t0.Add(-3*time.Hour), primary("KG"), news.TopicEnergy)
	ru.Lang = "ru"
	en := article(2, "Kun", "c1", t0.Add(-2*time.Hour), primary("KG"), news.TopicEnergy)
	en2 := article(3, "TCA", "c1", t0.Add(-1*time.Hour), primary("KG"), news.TopicEnergy)
	onlyRU := article(4, "Tengri", "", t0.Add(-1*time.Hour), primary("KG"), news.TopicEnergy)
	onlyRU.Lang = "ru"
	idx := deliver.NewStoryIndex([]news.Article{ru, en, en2, onlyRU})
	for _, tc := range []struct {
		lang  string
		reads []string
		want  []int64
		also  []string
	}{
		{"en", nil, []int64{2}, []string{"Azattyk", "TCA"}},
		{"en", []string{"en", "ru"}, []int64{2, 4}, []string{"Azattyk", "TCA"}},
		{"ru", nil, []int64{1, 4}, []string{"Kun", "TCA"}},
		{"ru-RU", nil, []int64{1, 4}, []string{"Kun", "TCA"}},
		{"ru", []string{"ru"}, []int64{1, 4}, []string{"Kun", "TCA"}},
		{"ru", []string{"en"}, []int64{2}, []string{"Azattyk", "TCA"}},
	} {
		sub := news.Subscriber{ChatID: 1, Preferences: news.Preferences{Lang: tc.lang, Languages: tc.reads, Countries: []string{"KG"}}}
		d := idx.Digest(sub, t0.Add(-24*time.Hour), t0, 0)
		if got := storyIDs(d); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: stories %v, want %v", tc.lang, got, tc.want)
			continue
		}
		var also []string
		for _, o := range d.Sections[0].Stories[0].Also {
			also = append(also, o.Name)
		}
		slices.Sort(also)
		if fmt.Sprint(also) != fmt.Sprint(tc.also) {
			t.Errorf("%s: also %v, want %v", tc.lang, also, tc.also)
		}
	}
}
