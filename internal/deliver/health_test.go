package deliver_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/newsbot/newsbot/internal/deliver"
)

// Readiness names the part that is down; liveness stays 200 through an
// outage a restart would not fix.
func TestHealthNamesThePartDown(t *testing.T) {
	db, _ := openDB(t, nil)
	parts := deliver.NewParts()
	srv := httptest.NewServer(deliver.Handler(db, nil, parts))
	defer srv.Close()
	get := func(path string) (int, deliver.Health) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var h deliver.Health
		if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		return resp.StatusCode, h
	}
	steps := []struct {
		name     string
		telegram error
		closeDB  bool
		wantCode int
		wantDown []string
	}{
		{"telegram connecting", errors.New("unreachable: connection refused"), false, 503, []string{"telegram"}},
		{"telegram connected", nil, false, 200, nil},
		{"database gone too", errors.New("unreachable: 502 Bad Gateway"), true, 503, []string{"database", "telegram"}},
	}
	for _, st := range steps {
		parts.Set("telegram", st.telegram)
		if st.closeDB {
			db.Close()
		}
		for _, path := range []string{"/healthz", "/readyz"} {
			code, h := get(path)
			if code != st.wantCode || !slices.Equal(h.Down, st.wantDown) || h.OK != (st.wantCode == 200) {
				t.Errorf("%s: GET %s = %d %+v, want %d with down %v", st.name, path, code, h, st.wantCode, st.wantDown)
			}
			if st.telegram != nil && h.Parts["telegram"] != st.telegram.Error() {
				t.Errorf("%s: telegram part = %q, want the reason", st.name, h.Parts["telegram"])
			}
		}
		for _, path := range []string{"/livez", "/healthz?live"} {
			if code, h := get(path); code != 200 || !h.OK {
				t.Errorf("%s: GET %s = %d %+v, want 200 ok", st.name, path, code, h)
			}
		}
	}
}
