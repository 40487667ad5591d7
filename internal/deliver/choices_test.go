package deliver_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
)

// A subscriber's own choices decide which stories a digest holds and
// through which report: muted outlets, story languages and keywords.
func TestDigestReaderChoices(t *testing.T) {
	tengri := article(1, "Tengri", "c1", t0.Add(-5*time.Hour), primary("KZ"), news.TopicEnergy)
	tengri.FeedID, tengri.Title = 11, "Gas pipeline to China opens"
	reuters := article(2, "Reuters", "c1", t0.Add(-4*time.Hour), primary("KZ"), news.TopicEnergy)
	reuters.FeedID, reuters.Title = 12, "Kazakhstan opens a gas pipeline"
	onlyReuters := article(3, "Reuters", "", t0.Add(-3*time.Hour), primary("KZ"), news.TopicSport)
	onlyReuters.FeedID, onlyReuters.Title = 12, "Football: Astana wins the cup"
	ru := article(4, "Azattyq", "", t0.Add(-2*time.Hour), primary("KZ"), news.TopicPolitics)
	ru.FeedID, ru.Lang, ru.Title, ru.Summary = 13, "ru", "Выборы в маслихаты назначены", "На выборах будут наблюдатели."
	de := article(5, "DW", "", t0.Add(-1*time.Hour), primary("KZ"), news.TopicPolitics)
	de.FeedID, de.Lang, de.Title = 14, "de", "Wahlen in Kasachstan"
	idx := deliver.NewStoryIndex([]news.Article{tengri, reuters, onlyReuters, ru, de})

	type shown struct {
		source string
		also   string
	}
	tests := []struct {
		name  string
		prefs news.Preferences
		sent  map[int64]bool
		want  []shown // in the digest's order
	}{
		{"defaults in English", news.Preferences{Lang: "en"},
			nil, []shown{{"Tengri", "Reuters"}, {"Reuters", ""}}},
		{"defaults in Russian read Russian and English", news.Preferences{Lang: "ru"},
			nil, []shown{{"Tengri", "Reuters"}, {"Azattyq", ""}, {"Reuters", ""}}},
		{"German added", news.Preferences{Lang: "en", Languages: []string{"en", "de"}},
			nil, []shown{{"Tengri", "Reuters"}, {"DW", ""}, {"Reuters", ""}}},
		{"muted outlet: its story comes through the other, without it", news.Preferences{Lang: "en", MutedFeeds: []int64{11}},
			nil, []shown{{"Reuters", ""}, {"Reuters", ""}}},
		{"muted outlet alone: its story goes", news.Preferences{Lang: "en", MutedFeeds: []int64{12}},
			nil, []shown{{"Tengri", ""}}},
		{"minus word hides the story", news.Preferences{Lang: "en", Keywords: news.KeywordFilter{Exclude: []string{"football"}}},
			nil, []shown{{"Tengri", "Reuters"}}},
		{"plus word keeps only stories with it", news.Preferences{Lang: "en", Keywords: news.KeywordFilter{Include: []string{"pipeline"}}},
			nil, []shown{{"Tengri", "Reuters"}}},
		{"Russian plus word in another case", news.Preferences{Lang: "ru", Keywords: news.KeywordFilter{Include: []string{"выборы"}}},
			nil, []shown{{"Azattyq", ""}}},
		{"a story sent already is left out", news.Preferences{Lang: "en"},
			map[int64]bool{2: true}, []shown{{"Reuters", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.prefs.Countries = []string{"KZ"}
			d := idx.DigestExcept(news.Subscriber{ChatID: 1, Preferences: tt.prefs}, t0.Add(-24*time.Hour), t0, 0, tt.sent)
			var got []shown
			for _, sec := range d.Sections {
				for _, st := range sec.Stories {
					var also []string
					for _, o := range st.Also {
						also = append(also, o.Name)
					}
					got = append(got, shown{st.Source, strings.Join(also, ",")})
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("digest = %v, want %v", got, tt.want)
			}
		})
	}
}

// Two digests a day: the second holds only what the first did not, even a
// story that gained a report since; a manual /digest counts as sent.
func TestSchedulerSeveralDigestsADay(t *testing.T) {
	ctx := context.Background()
	now := t0 // 17:00 in Almaty
	clock := func() time.Time { return now }
	db, _ := openDB(t, clock)
	save := func(arts ...news.Article) {
		t.Helper()
		if _, _, err := db.SaveArticles(ctx, arts); err != nil {
			t.Fatal(err)
		}
	}
	save(article(1, "Tengri", "c1", t0.Add(-5*time.Hour), primary("KZ"), news.TopicEnergy),
		article(2, "Kun", "", t0.Add(-4*time.Hour), primary("KZ"), news.TopicSport))
	sub := news.Subscriber{ChatID: 10, Status: news.StatusActive, Preferences: news.Preferences{
		Lang: "en", Timezone: "Asia/Almaty", Countries: []string{"KZ"}}}
	sub.SetTimes([]string{"21:30", "17:00"})
	sub.NextDigestAt = t0
	if err := db.SaveSubscriber(ctx, sub); err != nil {
		t.Fatal(err)
	}
	s := deliver.NewScheduler(db, testRender(), nil, nil, nil, deliver.SchedulerConfig{}, clock)

	// A manual digest an hour before shows every story so far, and it counts.
	now = t0.Add(-time.Hour)
	save(article(3, "Early", "", t0.Add(-90*time.Minute), primary("KZ"), news.TopicSport))
	manual, err := s.Manual(ctx, 10)
	if err != nil || len(manual) != 1 || !strings.Contains(manual[0].Text, "Early") || !strings.Contains(manual[0].Text, "Tengri") {
		t.Fatalf("manual digest = %+v, %v; want one message with Early and Tengri", manual, err)
	}

	now = t0
	if _, err := s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	first, _ := db.OutboxMessages(ctx, 10)
	if len(first) != 0 {
		t.Fatalf("17:00 digest = %d messages, want none: the manual digest sent everything", len(first))
	}
	got, _ := db.Subscriber(ctx, 10)
	if want := time.Date(2025, 5, 1, 16, 30, 0, 0, time.UTC); !got.NextDigestAt.Equal(want) {
		t.Fatalf("next digest %s, want %s (21:30 in Almaty, the same day)", got.NextDigestAt, want)
	}

	// Between the two: a new story, and a new report of one sent already.
	save(article(4, "Reuters", "c1", t0.Add(time.Hour), primary("KZ"), news.TopicEnergy),
		article(5, "Fresh", "", t0.Add(2*time.Hour), primary("KZ"), news.TopicSport))
	now = t0.Add(4*time.Hour + 30*time.Minute)
	if _, err := s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	msgs, _ := db.OutboxMessages(ctx, 10)
	if len(msgs) != 1 {
		t.Fatalf("21:30 digest = %d messages, want 1", len(msgs))
	}
	if !strings.Contains(msgs[0].Text, "Fresh") || strings.Contains(msgs[0].Text, "Reuters") || strings.Contains(msgs[0].Text, "Tengri") {
		t.Errorf("21:30 digest = %q, want only the fresh story", msgs[0].Text)
	}
	if want := "10:digest:2025-05-01T21:30"; msgs[0].IdemKey != want {
		t.Errorf("key %q, want %q: each digest of the day has its own", msgs[0].IdemKey, want)
	}
	got, _ = db.Subscriber(ctx, 10)
	if want := time.Date(2025, 5, 2, 12, 0, 0, 0, time.UTC); !got.NextDigestAt.Equal(want) {
		t.Errorf("next digest %s, want %s (17:00 tomorrow)", got.NextDigestAt, want)
	}
}

// Sent records older than twice the lookback are pruned each round.
func TestSchedulerPrunesSentRecords(t *testing.T) {
	ctx := context.Background()
	now := t0
	clock := func() time.Time { return now }
	db, _ := openDB(t, clock)
	if _, _, err := db.SaveArticles(ctx, []news.Article{article(6, "Kun", "", t0.Add(-time.Hour), primary("KZ"))}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: 5, Preferences: news.Preferences{Lang: "en"}}); err != nil {
		t.Fatal(err)
	}
	s := deliver.NewScheduler(db, testRender(), nil, nil, nil, deliver.SchedulerConfig{}, clock)
	if _, err := s.Manual(ctx, 5); err != nil {
		t.Fatal(err)
	}
	count := func() int {
		m, err := db.SentArticles(ctx, []int64{5}, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		return len(m[5])
	}
	if n := count(); n != 1 {
		t.Fatalf("sent records = %d, want 1", n)
	}
	now = t0.Add(47 * time.Hour)
	if _, err := s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 1 {
		t.Fatalf("after 47h: sent records = %d, want 1 kept", n)
	}
	now = t0.Add(49 * time.Hour)
	if _, err := s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 0 {
		t.Errorf("after 49h: sent records = %d, want 0", n)
	}
}

// A breaking alert reaches opted-in followers who read the story's
// language and whose filters and muted outlets let it through; the
// editor's preview counts those left out and why.
func TestBreakingAlertRespectsReadersChoices(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t, func() time.Time { return t0 })
	feed, err := db.AddFeed(ctx, news.Feed{URL: "https://tengri.example/rss", Name: "Tengri"})
	if err != nil {
		t.Fatal(err)
	}
	a := article(1, "Tengri", "", t0.Add(-time.Hour), primary("KZ"), news.TopicEnergy)
	a.FeedID, a.Title = feed.ID, "Oil output target raised"
	if _, _, err := db.SaveArticles(ctx, []news.Article{a}); err != nil {
		t.Fatal(err)
	}
	if a, err = db.ArticleByURL(ctx, a.URL); err != nil {
		t.Fatal(err)
	}
	subs := []struct {
		id    int64
		prefs news.Preferences
	}{
		{1, news.Preferences{Lang: "en", BreakingAlerts: true}},
		{2, news.Preferences{Lang: "ru", BreakingAlerts: true}},                            // reads en by default
		{3, news.Preferences{Lang: "ru", Languages: []string{"ru"}, BreakingAlerts: true}}, // Russian only
		{4, news.Preferences{Lang: "en", Keywords: news.KeywordFilter{Exclude: []string{"oil"}}, BreakingAlerts: true}},
		{5, news.Preferences{Lang: "en", MutedFeeds: []int64{feed.ID}, BreakingAlerts: true}},
		{6, news.Preferences{Lang: "en", Keywords: news.KeywordFilter{Include: []string{"output"}}, BreakingAlerts: true}},
		{7, news.Preferences{Lang: "en"}}, // alerts off
	}
	for _, s := range subs {
		s.prefs.Countries = []string{"KZ"}
		if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: s.id, Status: news.StatusActive, Preferences: s.prefs}); err != nil {
			t.Fatal(err)
		}
	}
	b := deliver.NewBroadcaster(db, testRender(), nil, 100, nil, nil, func() time.Time { return t0 })
	draft, err := b.DraftBreaking(ctx, 900, a, deliver.BreakingAudience(a))
	if err != nil {
		t.Fatal(err)
	}
	reach, err := b.BreakingReach(ctx, draft.Audience)
	if err != nil {
		t.Fatal(err)
	}
	if want := (deliver.Reach{Audience: 3, AlertsOff: 1, Filtered: 3}); reach != want {
		t.Errorf("reach = %+v, want %+v", reach, want)
	}
	// Narrowing the draft keeps who reads the story.
	if _, err := b.SetDraftAudience(ctx, draft.ID, news.Audience{Countries: []string{"KZ"}, Topics: []news.Topic{news.TopicEnergy}}); err != nil {
		t.Fatal(err)
	}
	rec, err := b.SendDraft(ctx, draft.ID, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Total != 3 {
		t.Errorf("alert enqueued for %d chats, want 3", rec.Total)
	}
	for _, s := range subs {
		msgs, _ := db.OutboxMessages(ctx, s.id)
		if got, want := len(msgs) == 1, s.id == 1 || s.id == 2 || s.id == 6; got != want {
			t.Errorf("chat %d got the alert: %v, want %v", s.id, got, want)
		}
	}
}

// BenchmarkDigestChoices builds one subscriber's digest from 10 000
// articles (3 000 stories) with and without the reader's own choices.
// Run with: go test -run '^$' -bench DigestChoices -benchtime 2000x ./internal/deliver/
func BenchmarkDigestChoices(b *testing.B) {
	countries := []string{"KZ", "UZ", "KG", "TJ", "TM", "RU", "CN"}
	langs := []string{"en", "ru", "en", "de"}
	var arts []news.Article
	for i := range 10_000 {
		a := article(int64(i+1), fmt.Sprintf("Outlet%d", i%40), fmt.Sprintf("c%d", i%3000),
			t0.Add(-time.Duration(i)*7*time.Second), primary(countries[i%len(countries)]), news.TopicEnergy)
		a.FeedID, a.Lang = int64(i%40+1), langs[i%len(langs)]
		a.Title = fmt.Sprintf("Pipeline talks %d: gas and football in the region", i)
		arts = append(arts, a)
	}
	idx := deliver.NewStoryIndex(arts)
	plain := news.Subscriber{ChatID: 1, Preferences: news.Preferences{Lang: "en", Countries: []string{"KZ", "UZ"}}}
	chosen := plain
	chosen.Keywords = news.KeywordFilter{Include: []string{"gas", "нефть"}, Exclude: []string{"rugby", "выборы"}}
	chosen.MutedFeeds = []int64{1, 2, 3}
	chosen.Languages = []string{"en", "ru"}
	sent := map[int64]bool{}
	for i := int64(1); i <= 200; i++ {
		sent[i*7] = true
	}
	for _, bc := range []struct {
		name string
		sub  news.Subscriber
		sent map[int64]bool
	}{{"defaults", plain, nil}, {"filters-mutes-languages-sent", chosen, sent}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				d := idx.DigestExcept(bc.sub, t0.Add(-24*time.Hour), t0, 0, bc.sent)
				if d.Empty() {
					b.Fatal("empty digest")
				}
			}
		})
	}
}
