package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

func TestSingleStoryLatestCarriesItsPicture(t *testing.T) {
	tests := []struct {
		name        string
		stories     int
		image       string
		wantPhoto   string
		wantPreview string
	}{
		{"one story with an image", 1, "https://img.example.com/1.jpg", "https://img.example.com/1.jpg", ""},
		{"one story without an image previews its link", 1, "", "", "https://example.com/s0"},
		{"a list shows no picture", 3, "https://img.example.com/1.jpg", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.say("/start")
			var arts []news.Article
			for i := 0; i < tt.stories; i++ {
				arts = append(arts, news.Article{GUID: "s" + string(rune('0'+i)), URL: "https://example.com/s" + string(rune('0'+i)),
					Source: "Example", Title: "Story " + string(rune('0'+i)), Body: "Body.", Lang: "en", ImageURL: tt.image,
					PublishedAt: testNow.Add(-time.Duration(i) * time.Hour), FetchedAt: testNow})
				arts[i].Cluster = "c" + string(rune('0'+i))
			}
			if _, _, err := h.db.SaveArticles(context.Background(), arts); err != nil {
				t.Fatal(err)
			}
			r := h.say("/latest").reply
			mustContain(t, r.Text, "Story 0")
			if r.PhotoURL != tt.wantPhoto || r.PreviewURL != tt.wantPreview {
				t.Errorf("photo %q preview %q, want %q %q", r.PhotoURL, r.PreviewURL, tt.wantPhoto, tt.wantPreview)
			}
			if tt.wantPreview == "" && !r.DisablePreview {
				t.Error("a list without a chosen preview must turn previews off")
			}
		})
	}
}
