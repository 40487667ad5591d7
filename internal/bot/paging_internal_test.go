package bot

import (
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// The "More" button's data fits Telegram's 64 bytes for the longest filter
// and far-off times, and reads back to the same cursor and start.
func TestMoreDataFitsAndRoundTrips(t *testing.T) {
	cur := news.Cursor{PublishedAt: time.Date(2099, 12, 31, 23, 59, 59, 999e6, time.UTC), ID: 1 << 40}
	start := time.Date(2099, 12, 31, 23, 59, 59, 999e6, time.UTC)
	var longest news.Topic
	for _, tp := range news.Topics() {
		if len(tp.Slug) > len(longest) {
			longest = tp.Slug
		}
	}
	f := newsFilter{Country: "KZ", Topic: longest}
	data := "more:l:" + f.code() + ":" + cursorCode(cur, start)
	if len(data) > 64 {
		t.Errorf("More data %q is %d bytes; Telegram allows 64", data, len(data))
	}
	c, s, ok := parseCursorCode(cursorCode(cur, start))
	if !ok || !c.PublishedAt.Equal(cur.PublishedAt) || c.ID != cur.ID || !s.Equal(start) {
		t.Errorf("round trip = %v %v %v", c, s, ok)
	}
	// A cursor in the back catalogue keeps its place there.
	cur.BackCatalogue = true
	data = "more:l:" + f.code() + ":" + cursorCode(cur, start)
	if len(data) > 64 {
		t.Errorf("More data %q is %d bytes; Telegram allows 64", data, len(data))
	}
	if c, s, ok := parseCursorCode(cursorCode(cur, start)); !ok || c != cur || !s.Equal(start) {
		t.Errorf("back catalogue round trip = %v %v %v, want %v", c, s, ok, cur)
	}
	// A button from before the start was recorded still works.
	if c, s, ok := parseCursorCode("lx.1"); !ok || !s.IsZero() || c.ID != 1 {
		t.Errorf("old data: %v %v %v", c, s, ok)
	}
	for _, bad := range []string{"", "lx", "lx.1.", "lx.1.0", "lx.-1.5", "a.b.c.d", "lx.1.5.x", "lx.1.5.b.b"} {
		if _, _, ok := parseCursorCode(bad); ok {
			t.Errorf("parseCursorCode(%q) ok", bad)
		}
	}
}
