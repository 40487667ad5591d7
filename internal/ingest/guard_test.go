package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
)

// Every request in these tests goes to httptest servers on 127.0.0.1, so
// each is refused unless trusted or allowed: the guard is what is tested.

func TestFetchRefusesInternalAddressesFromContent(t *testing.T) {
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("inside")) }))
	defer target.Close()
	var feedURL string
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-other-host":
			http.Redirect(w, r, target.URL+"/secret", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/to-same-host":
			http.Redirect(w, r, feedURL+"/final", http.StatusFound)
		default:
			w.Write([]byte("feed"))
		}
	}))
	defer feed.Close()
	feedURL = feed.URL
	// The same loopback server by name: DNS resolution cannot get round the check.
	byName := strings.Replace(target.URL, "127.0.0.1", "localhost", 1)

	for _, tc := range []struct {
		name     string
		url      string
		trust    string // URL the operator listed, "" for none
		allow    bool
		wantErr  string // "" for success
		wantBody string
	}{
		{"operator's feed is allowed where it is", feedURL + "/feed", feedURL + "/feed", false, "", "feed"},
		{"redirect on the feed's own host", feedURL + "/to-same-host", feedURL + "/feed", false, "", "feed"},
		{"redirect from the feed to another internal host", feedURL + "/to-other-host", feedURL + "/feed", false, "loopback", ""},
		{"redirect to cloud metadata", feedURL + "/to-metadata", feedURL + "/feed", false, "169.254.169.254 is a link-local address", ""},
		{"editor's link to loopback", target.URL + "/secret", "", false, "127.0.0.1 is a loopback address", ""},
		{"name resolving to loopback", byName + "/secret", "", false, "localhost resolves to", ""},
		{"allow_private lets content in", feedURL + "/to-other-host", "", true, "", "inside"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := ingest.NewFetcher(ingest.FetcherConfig{Version: "test", AllowPrivate: tc.allow})
			ctx := context.Background()
			if tc.trust != "" {
				ctx = ingest.TrustURL(ctx, tc.trust)
			}
			resp, err := f.Fetch(ctx, tc.url, "", "")
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("Fetch = %v, want success", err)
				}
				if string(resp.Body) != tc.wantBody {
					t.Errorf("body %q, want %q", resp.Body, tc.wantBody)
				}
				return
			}
			if !errors.Is(err, ingest.ErrBlockedAddress) {
				t.Fatalf("Fetch = %v, want a refused internal address", err)
			}
			for _, want := range []string{tc.wantErr, "allow_private"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
		})
	}
}

func TestBlockedAddressKinds(t *testing.T) {
	for _, tc := range []struct {
		addr    string
		blocked bool
	}{
		{"127.0.0.1", true},
		{"127.8.9.10", true},
		{"::1", true},
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"192.168.1.1", true},
		{"fd00:ec2::254", true},
		{"169.254.169.254", true},
		{"fe80::1", true},
		{"0.0.0.0", true},
		{"::", true},
		{"0.1.2.3", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:10.0.0.1", true},
		{"100.64.0.1", true},
		{"224.0.0.1", true},
		{"93.184.216.34", false},
		{"8.8.8.8", false},
		{"172.32.0.1", false},
		{"2606:4700:4700::1111", false},
	} {
		t.Run(tc.addr, func(t *testing.T) {
			err := ingest.CheckAddress(netip.MustParseAddr(tc.addr))
			if got := err != nil; got != tc.blocked {
				t.Errorf("CheckAddress(%s) = %v, want blocked %v", tc.addr, err, tc.blocked)
			}
		})
	}
}

// A feed's article link on another (internal) host is not fetched for its
// full text: the teaser stays, with the reason.
func TestFullTextLinkToInternalHostRefused(t *testing.T) {
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(testdata(t, "article.html"))
	}))
	defer page.Close()
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.ReplaceAll(testdata(t, "teaser.xml"), []byte("PAGE_URL"), []byte(page.URL+"/article")))
	}))
	defer feed.Close()
	for _, tc := range []struct {
		name       string
		allow      bool
		wantStatus string
	}{
		{"refused", false, "teaser: fetch page: "},
		{"allowed", true, "fetched"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			if _, err := h.db.AddFeed(context.Background(), news.Feed{URL: feed.URL + "/feed", FullText: true}); err != nil {
				t.Fatal(err)
			}
			rep := h.pollOnce(t, h.poller(t, func(c *ingest.Config) { c.AllowPrivate = tc.allow }))
			if rep.OK != 1 {
				t.Fatalf("report %+v: the operator's feed itself must be fetched", rep)
			}
			arts := h.articles(t)
			if len(arts) != 1 {
				t.Fatalf("stored %d, want 1", len(arts))
			}
			if st := arts[0].FullTextStatus; !strings.HasPrefix(st, tc.wantStatus) {
				t.Errorf("full text status %q, want %q…", st, tc.wantStatus)
			}
			if !tc.allow && !strings.Contains(arts[0].FullTextStatus, "loopback") {
				t.Errorf("status %q does not say why", arts[0].FullTextStatus)
			}
		})
	}
}
