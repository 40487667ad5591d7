package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sharedtest"
)

// contentHashOf is ContentHash as first written: stored articles carry
// hashes made this way, and ContentHash must keep making the same.
func contentHashOf(title, body string) string {
	t := strings.ToLower(oneLine(title))
	b := strings.ToLower(oneLine(body))
	if t == "" && b == "" {
		return ""
	}
	h := sha256.New()
	h.Write([]byte(t))
	h.Write([]byte{0})
	h.Write([]byte(b))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func TestContentHashKeepsStoredHashes(t *testing.T) {
	tests := []struct{ name, title, body string }{
		{"empty", "", ""},
		{"spaces only", " \t\n", "\u00a0\u200b "},
		{"title only", "Parliament passes the budget", ""},
		{"body only", "", "The vote was 61 to 12."},
		{"english, case and spacing", "  Parliament PASSES\tthe   Budget ", "The vote,\n\nafter a long debate,\r\nwas 61 to 12.  "},
		{"russian, case and spacing", "Парламент ПРИНЯЛ  бюджет", "Голосование\u00a0прошло\n\nпосле долгих дебатов: 61 против 12."},
		{"kazakh and ukrainian letters", "ҚАЗАҚСТАН ЖӘНЕ Україна", "Ғылым, Їжак, Ґанок"},
		{"unicode spaces", "a\u2003b\u3000c\u0085d", "x\u200by\u00a0z\u2028w"},
		{"letters whose lower case is longer or shorter", "İSTANBUL Ⱥ ẞ", "ΣΊΣΥΦΟΣ Ǆ"},
		{"not UTF-8", "Caf\xe9 \xff\xfe", "bad \xc3 byte\xed\xa0\x80 end"},
		{"replacement character itself", "\ufffd", "a\ufffdb"},
		{"a zero byte inside", "a\x00b", "c\x00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := ContentHash(tt.title, tt.body), contentHashOf(tt.title, tt.body); got != want {
				t.Errorf("ContentHash(%q, %q) = %q, want %q", tt.title, tt.body, got, want)
			}
		})
	}
	// One hash written out, so that the reference cannot drift with it:
	// the first 16 bytes of sha256("hello world\x00body").
	if got, want := ContentHash("Hello  World", "Body"), "bb6c1dd25c4b8da63eabb02e5b34fc7f"; got != want {
		t.Errorf("ContentHash(Hello World, Body) = %q, want %q", got, want)
	}
	// And every article of the shared corpus.
	files, _ := filepath.Glob(filepath.Join(sharedtest.FeedsDir(t), "*.xml"))
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pf, _ := ParseFeed(data, "")
		if pf == nil {
			continue
		}
		for _, a := range Normalize(news.Feed{URL: "https://corpus.example/"}, pf, "https://corpus.example/", time.Now()) {
			n++
			if want := contentHashOf(a.Title, a.Body); a.ContentHash != want {
				t.Errorf("%s: %q: hash %q, want %q", filepath.Base(f), a.Title, a.ContentHash, want)
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d corpus articles compared", n)
	}
}

// FuzzContentHash: whatever the text, ContentHash makes the hash stored
// articles carry.
func FuzzContentHash(f *testing.F) {
	f.Add("Parliament PASSES the Budget", "Голосование\u00a0прошло: 61 против 12.")
	f.Add("Caf\xe9 \xff", " İSTANBUL\u2003ẞ ")
	f.Fuzz(func(t *testing.T, title, body string) {
		if got, want := ContentHash(title, body), contentHashOf(title, body); got != want {
			t.Errorf("ContentHash(%q, %q) = %q, want %q", title, body, got, want)
		}
	})
}
