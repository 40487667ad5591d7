package config

import (
	"strings"
	"testing"
)

// Values an operator gets wrong: each is refused with a message naming the
// key and where the value came from.
func TestOperatorMistakesAreRefused(t *testing.T) {
	expectLoadErrors(t, []badConfig{
		{"per_host above concurrency", "[poll]\nconcurrency = 2\nper_host = 5\n", nil, []string{"poll.per_host", "poll.concurrency"}},
		{"per_host above concurrency from env", "", map[string]string{"NEWSBOT_POLL_PER_HOST": "10"}, []string{"NEWSBOT_POLL_PER_HOST", "poll.per_host"}},
		{"NaN rate", "", map[string]string{"NEWSBOT_DELIVERY_RATE": "NaN"}, []string{"delivery.rate"}},
		{"huge size", "[poll]\nmax_body = \"99999999999GiB\"\n", nil, []string{"poll.max_body", "99999999999GiB"}},
		{"listen without port", "[http]\nlisten = \"127.0.0.1\"\n", nil, []string{"http.listen", "127.0.0.1"}},
		{"listen bad port", "", map[string]string{"NEWSBOT_HTTP_LISTEN": "127.0.0.1:http-ish"}, []string{"NEWSBOT_HTTP_LISTEN", "http.listen"}},
		{"webhook listen bad port", "[telegram]\ntoken = \"t\"\nmode = \"webhook\"\nwebhook_url = \"https://bot.example/hook\"\nwebhook_listen = \":99999\"\n", nil, []string{"telegram.webhook_listen"}},
		{"wrong type names key", "[poll]\ninterval = 5\n", nil, []string{"poll.interval", "line 2"}},
	})
}

// A value that fails validation names the file it came from, or the
// environment variable when that overrode the file.
func TestValidationErrorNamesItsSource(t *testing.T) {
	path := writeFile(t, "[poll]\ninterval = \"10s\"\n[log]\nlevel = \"info\"\n")
	_, err := Load(path, envOf(map[string]string{"NEWSBOT_LOG_LEVEL": "verbose"}))
	if err == nil {
		t.Fatal("Load succeeded")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 2 {
		t.Fatalf("want one line per bad key, got %q", err)
	}
	for _, l := range lines {
		switch {
		case strings.Contains(l, "poll.interval"):
			if !strings.Contains(l, path) {
				t.Errorf("line %q does not name the file %s", l, path)
			}
		case strings.Contains(l, "log.level"):
			if !strings.Contains(l, "NEWSBOT_LOG_LEVEL") || strings.Contains(l, path) {
				t.Errorf("line %q should name NEWSBOT_LOG_LEVEL, not the file", l)
			}
		default:
			t.Errorf("unexpected line %q", l)
		}
	}
}

func TestSizeOverflowIsRefused(t *testing.T) {
	var s Size
	if err := s.UnmarshalText([]byte("9223372036854775807KiB")); err == nil {
		t.Errorf("overflowing size accepted as %d", s)
	}
	if err := s.UnmarshalText([]byte("8MiB")); err != nil || s != 8<<20 {
		t.Errorf("8MiB = %d, %v", s, err)
	}
}
