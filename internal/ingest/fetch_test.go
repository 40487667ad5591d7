package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/newsbot/newsbot/internal/ingest"
)

// TestFetchReadsBodiesWithAndWithoutLength checks the body cap and the
// bytes read whether the server says how long its body is or not.
func TestFetchReadsBodiesWithAndWithoutLength(t *testing.T) {
	const max = 64 << 10
	body := func(n int) []byte { return bytes.Repeat([]byte("<item>x</item>"), n/14+1)[:n] }
	tests := []struct {
		name      string
		size      int
		length    bool // send Content-Length
		wantLarge bool
	}{
		{"small, length given", 100, true, false},
		{"small, no length", 100, false, false},
		{"empty, length given", 0, true, false},
		{"at the cap, length given", max, true, false},
		{"at the cap, no length", max, false, false},
		{"over the cap, length given", max + 1, true, true},
		{"over the cap, no length", max + 1, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := body(tc.size)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tc.length {
					w.Header().Set("Content-Length", strconv.Itoa(len(want)))
				}
				w.Write(want[:len(want)/2])
				if !tc.length {
					w.(http.Flusher).Flush() // chunked: the length is not known ahead
				}
				w.Write(want[len(want)/2:])
			}))
			defer srv.Close()
			f := ingest.NewFetcher(ingest.FetcherConfig{MaxBody: max, AllowPrivate: true})
			resp, err := f.Fetch(context.Background(), srv.URL, "", "")
			if tc.wantLarge {
				if !errors.Is(err, ingest.ErrBodyTooLarge) {
					t.Fatalf("err %v, want ErrBodyTooLarge", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(resp.Body, want) {
				t.Errorf("read %d bytes, want the %d served", len(resp.Body), len(want))
			}
		})
	}
}
