package app

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/store"
)

// An editor's /breaking URL is checked like a link in content: on an
// internal network it is refused with its own reason, unless the operator
// set [poll] allow_private.
func TestBreakingRefusesInternalAddresses(t *testing.T) {
	ctx := context.Background()
	page, err := os.ReadFile(filepath.Join("testdata", "breaking_kz.html"))
	if err != nil {
		t.Fatal(err)
	}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer site.Close()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	an, err := NewAnalysis(ctx, db, 96*time.Hour, time.Now, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	b := deliver.NewBroadcaster(db, Renderer(), nil, 25, nil, nil, nil)
	for _, tc := range []struct {
		name         string
		allowPrivate bool
		wantErr      error
	}{
		{"internal refused", false, bot.ErrDraftInternal},
		{"allowed by the operator", true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := ingest.NewFetcher(ingest.FetcherConfig{Version: "test", AllowPrivate: tc.allowPrivate})
			ed := NewEditorial(ctx, func(func()) {}, b, db, f, an)
			_, err := ed.Draft(ctx, 42, "breaking", site.URL+"/world/kazakhstan-oil-target")
			switch {
			case tc.wantErr == nil && err != nil:
				t.Fatalf("Draft = %v, want a draft", err)
			case tc.wantErr != nil && !errors.Is(err, tc.wantErr):
				t.Fatalf("Draft = %v, want %v", err, tc.wantErr)
			}
		})
	}
}
