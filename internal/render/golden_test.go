package render

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/newsbot/newsbot/internal/news"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden with the current output")

// formatMessages lays messages out for a golden file, one header line each.
func formatMessages(msgs []string) string {
	var b strings.Builder
	for i, m := range msgs {
		fmt.Fprintf(&b, "----- message %d of %d: %d UTF-16 units -----\n%s\n", i+1, len(msgs), UTF16Len(m), m)
	}
	return b.String()
}

// checkGolden compares got with testdata/name.golden, or rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update after checking the change):\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestGolden(t *testing.T) {
	almaty, err := time.LoadLocation("Asia/Almaty")
	if err != nil {
		t.Fatal(err)
	}
	seed := seedStory()
	tests := []struct {
		name string
		msgs []string
	}{
		{"latest_en", Latest(append([]news.Story{seed}, headlineStories()...), "en", "Latest news")},
		{"latest_ru", Latest(append(russianStories(), seed), "ru", "")},
		{"latest_empty_ru", Latest(nil, "ru", "Казахстан")},
		{"topic_en", Topic(news.TopicDiplomacy, []news.Story{seed, headlineStories()[5]}, "en")},
		{"topic_ru", Topic(news.TopicEnergy, russianStories()[:2], "ru")},
		{"topic_empty_en", Topic(news.TopicSport, nil, "en")},
		{"digest_country_en", Digest(countryDigest("en"), almaty)},
		{"digest_country_ru", Digest(countryDigest("ru"), almaty)},
		{"digest_topic_en", Digest(topicDigest("en"), almaty)},
		{"digest_topic_ru", Digest(topicDigest("ru"), almaty)},
		{"breaking_en", []string{Breaking(seed.Article, "en")}},
		{"breaking_ru", []string{Breaking(russianStories()[2].Article, "ru")}},
		{"quietday_en", []string{QuietDay("en", almaty, digestUntil)}},
		{"quietday_ru", []string{QuietDay("ru", almaty, digestUntil)}},
		{"hostile_en", append(append(Latest([]news.Story{hostileStory()}, "en", `<b>"Heading"`),
			Topic("<bogus>", []news.Story{hostileStory()}, "en")...),
			Breaking(hostileStory().Article, "en"))},
		{"hostile_ru", Digest(news.Digest{Lang: "ru", GroupBy: news.GroupByTopic, Until: digestUntil,
			Sections: []news.DigestSection{{Topic: "<bogus>", Stories: []news.Story{hostileStory()}}}}, almaty)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.msgs) == 0 {
				t.Fatal("no messages")
			}
			checkMessages(t, tt.msgs...)
			checkGolden(t, tt.name, formatMessages(tt.msgs))
		})
	}
	t.Run("plaintext_digest_en", func(t *testing.T) {
		var plain []string
		for _, m := range Digest(countryDigest("en"), almaty) {
			plain = append(plain, PlainText(m))
		}
		checkGolden(t, "plaintext_digest_en", formatMessages(plain))
	})
}
