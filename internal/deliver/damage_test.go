package deliver_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/deliver"
)

// The count of damaged stored values reaches /metrics as it is at the scrape.
func TestMetricsShowDamagedValues(t *testing.T) {
	db, _ := openDB(t, nil)
	m := deliver.NewMetrics()
	damaged := int64(0)
	m.WatchDamage(func() int64 { return damaged })
	srv := httptest.NewServer(deliver.Handler(db, m, nil))
	defer srv.Close()

	scrape := func() string {
		t.Helper()
		resp, err := http.Get(srv.URL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return string(body)
	}
	if got := scrape(); !strings.Contains(got, "newsbot_store_damaged_values_total 0") {
		t.Errorf("/metrics lacks the damaged-values counter at 0")
	}
	damaged = 3
	if got := scrape(); !strings.Contains(got, "newsbot_store_damaged_values_total 3") {
		t.Errorf("/metrics does not follow the store's count to 3")
	}
}
