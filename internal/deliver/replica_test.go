package deliver_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsbot/newsbot/internal/deliver"
)

// A replica's readiness shows its role as it changes, and stays 200 as a
// standby: a standby serves what it can and takes over when needed.
func TestHealthShowsTheReplicasRole(t *testing.T) {
	db, _ := openDB(t, nil)
	parts := deliver.NewParts()
	var leading atomic.Bool
	parts.SetRole(func() (string, string) {
		if leading.Load() {
			return "leader", "host-1-ab"
		}
		return "standby", "host-1-ab"
	})
	srv := httptest.NewServer(deliver.Handler(db, nil, parts))
	defer srv.Close()
	for _, tc := range []struct {
		name     string
		leading  bool
		wantRole string
	}{
		{"standby", false, "standby"},
		{"after taking the lease", true, "leader"},
		{"after losing it", false, "standby"},
	} {
		leading.Store(tc.leading)
		resp, err := http.Get(srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		var h deliver.Health
		err = json.NewDecoder(resp.Body).Decode(&h)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != 200 || h.Role != tc.wantRole || h.Replica != "host-1-ab" {
			t.Errorf("%s: /healthz = %d role %q replica %q, want 200 %q host-1-ab", tc.name, resp.StatusCode, h.Role, h.Replica, tc.wantRole)
		}
	}
}

// /metrics names the holder of each lease, and whether it is this replica.
func TestMetricsShowLeaseHolders(t *testing.T) {
	db, _ := openDB(t, nil)
	for _, tc := range []struct {
		name    string
		held    []deliver.LeaseHolder
		err     error
		want    []string
		wantNot []string
	}{
		{
			name: "this replica leads",
			held: []deliver.LeaseHolder{{Lease: "leader", Holder: "me"}},
			want: []string{`newsbot_lease_holder{holder="me",lease="leader"} 1`, `newsbot_lease_self{lease="leader"} 1`},
		},
		{
			name:    "another replica leads",
			held:    []deliver.LeaseHolder{{Lease: "leader", Holder: "other"}},
			want:    []string{`newsbot_lease_holder{holder="other",lease="leader"} 1`, `newsbot_lease_self{lease="leader"} 0`},
			wantNot: []string{`holder="me"`},
		},
		{
			name:    "nobody leads",
			want:    []string{`newsbot_lease_self{lease="leader"} 0`},
			wantNot: []string{"newsbot_lease_holder{"},
		},
		{
			name:    "the database does not answer",
			err:     errors.New("database is locked"),
			want:    []string{`newsbot_lease_self{lease="leader"} 0`},
			wantNot: []string{"newsbot_lease_holder{"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := deliver.NewMetrics()
			m.WatchLeases("me", []string{"leader"}, func(context.Context) ([]deliver.LeaseHolder, error) { return tc.held, tc.err })
			srv := httptest.NewServer(deliver.Handler(db, m, nil))
			defer srv.Close()
			resp, err := http.Get(srv.URL + "/metrics")
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			for _, w := range tc.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("/metrics lacks %s", w)
				}
			}
			for _, w := range tc.wantNot {
				if strings.Contains(string(b), w) {
					t.Errorf("/metrics has %s", w)
				}
			}
		})
	}
}
