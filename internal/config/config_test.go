package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"
)

func writeFile(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "newsbot.toml")
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func noEnv(string) string { return "" }

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestDefaultsRunWithoutFile(t *testing.T) {
	cfg, err := Load("", noEnv)
	if err != nil {
		t.Fatalf("Load with no file: %v", err)
	}
	if cfg.Database.Path != "data/newsbot.db" || cfg.Telegram.APIURL != "https://api.telegram.org" ||
		cfg.Digest.Time != "08:00" || cfg.Digest.Timezone != "Asia/Almaty" || cfg.Poll.Interval.D() != 10*time.Minute ||
		cfg.Poll.MaxBody != 8<<20 || cfg.Delivery.Rate != 25 || cfg.Digest.MaxItems != 10 ||
		cfg.Database.Retention.D() != 2160*time.Hour || cfg.Poll.MaxItems != 500 {
		t.Errorf("defaults = %+v", cfg)
	}
}

func TestExampleConfigLoads(t *testing.T) {
	cfg, err := Load("../../config.example.toml", noEnv)
	if err != nil {
		t.Fatalf("config.example.toml: %v", err)
	}
	if len(cfg.Feeds) < 5 {
		t.Errorf("example lists %d feeds, want the region's outlets", len(cfg.Feeds))
	}
	// The example documents the defaults: loading it must change nothing but feeds.
	def := Default()
	cfg.Feeds = nil
	if cfg.Poll != def.Poll || cfg.Digest != def.Digest || cfg.Delivery != def.Delivery || cfg.Log != def.Log || cfg.Database != def.Database {
		t.Errorf("example differs from defaults:\n got %+v\nwant %+v", cfg, def)
	}
}

func TestRetentionZeroKeepsEverything(t *testing.T) {
	tests := []struct {
		name, file string
		want       time.Duration
	}{
		{"zero", "[database]\nretention = \"0s\"\n", 0},
		{"a year", "[database]\nretention = \"8760h\"\n", 8760 * time.Hour},
		{"a week", "[database]\nretention = \"168h\"\n", 168 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Load(writeFile(t, tt.file), noEnv)
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.Database.Retention.D(); got != tt.want {
				t.Errorf("retention = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestEnvironmentOverrides(t *testing.T) {
	path := writeFile(t, "[telegram]\ntoken = \"from-file\"\n[poll]\ninterval = \"5m\"\n")
	cfg, err := Load(path, envOf(map[string]string{
		"NEWSBOT_TELEGRAM_TOKEN":   "from-env",
		"NEWSBOT_TELEGRAM_API_URL": "http://127.0.0.1:9999",
		"NEWSBOT_DATABASE_PATH":    "/tmp/x.db",
		"NEWSBOT_HTTP_LISTEN":      "127.0.0.1:9090",
		"NEWSBOT_POLL_CONCURRENCY": "3",
		"NEWSBOT_POLL_MAX_BODY":    "1MiB",
		"NEWSBOT_POLL_FULL_TEXT":   "true",
		"NEWSBOT_DELIVERY_RATE":    "100",
		"NEWSBOT_TELEGRAM_EDITORS": "42, 7",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Telegram.Token != "from-env" || cfg.Telegram.APIURL != "http://127.0.0.1:9999" || cfg.Database.Path != "/tmp/x.db" ||
		cfg.HTTP.Listen != "127.0.0.1:9090" || cfg.Poll.Concurrency != 3 || cfg.Poll.MaxBody != 1<<20 || !cfg.Poll.FullText ||
		cfg.Delivery.Rate != 100 || len(cfg.Telegram.Editors) != 2 || cfg.Telegram.Editors[1] != 7 {
		t.Errorf("env not applied: %+v", cfg)
	}
	if cfg.Poll.Interval.D() != 5*time.Minute {
		t.Errorf("file value lost: interval = %s", cfg.Poll.Interval)
	}
}

func TestBadInputNamesTheKey(t *testing.T) {
	expectLoadErrors(t, []badConfig{
		{"malformed toml", "[telegram\ntoken = 1", nil, []string{"line 2", "table name"}},
		{"unknown key", "[poll]\nintervall = \"5m\"\n", nil, []string{"unknown key", "poll.intervall"}},
		{"unknown section", "[telegramm]\ntoken = \"x\"\n", nil, []string{"unknown key", "telegramm"}},
		{"mars timezone", "[digest]\ntimezone = \"Mars/Base\"\n", nil, []string{"digest.timezone", "Mars/Base"}},
		{"bad time", "[digest]\ntime = \"25:99\"\n", nil, []string{"digest.time", "25:99"}},
		{"bad duration", "[poll]\ninterval = \"soon\"\n", nil, []string{"soon"}},
		{"interval too short", "[poll]\ninterval = \"10s\"\n", nil, []string{"poll.interval"}},
		{"wrong type", "[poll]\nconcurrency = \"many\"\n", nil, []string{"concurrency"}},
		{"bad mode", "[telegram]\nmode = \"carrier-pigeon\"\n", nil, []string{"telegram.mode"}},
		{"feed without scheme", "[[feeds]]\nurl = \"example.com/rss\"\n", nil, []string{"feeds[0].url"}},
		{"duplicate feed", "[[feeds]]\nurl = \"https://a/rss\"\n[[feeds]]\nurl = \"https://a/rss\"\n", nil, []string{"feeds[1].url"}},
		{"bad env number", "", map[string]string{"NEWSBOT_POLL_CONCURRENCY": "lots"}, []string{"NEWSBOT_POLL_CONCURRENCY", "poll.concurrency"}},
		{"negative retention", "[delivery]\nretention_sent = \"-5h\"\n", nil, []string{"delivery.retention_sent"}},
		{"story window too short", "[analysis]\nstory_window = \"10m\"\n", nil, []string{"analysis.story_window", "10m"}},
		{"story window too long", "", map[string]string{"NEWSBOT_ANALYSIS_STORY_WINDOW": "2000h"}, []string{"NEWSBOT_ANALYSIS_STORY_WINDOW", "analysis.story_window"}},
		{"article retention of an hour", "[database]\nretention = \"1h\"\n", nil, []string{"database.retention", "168h"}},
		{"negative article retention", "", map[string]string{"NEWSBOT_DATABASE_RETENTION": "-24h"}, []string{"NEWSBOT_DATABASE_RETENTION", "database.retention"}},
		{"retention not a duration", "[database]\nretention = \"90 days\"\n", nil, []string{"retention", "90 days"}},
		{"no items per poll", "[poll]\nmax_items = 0\n", nil, []string{"poll.max_items"}},
		{"bad env rate", "", map[string]string{"NEWSBOT_DELIVERY_RATE": "5000"}, []string{"delivery.rate"}},
		{"webhook without url", "[telegram]\ntoken = \"t\"\nmode = \"webhook\"\n", nil, []string{"telegram.webhook_url"}},
		{"replicas on a webhook without a shared secret", "[telegram]\ntoken = \"t\"\nmode = \"webhook\"\nwebhook_url = \"https://bot.example/hook\"\n[database]\nshared = true\n", nil, []string{"telegram.webhook_secret", "database.shared"}},
	})
}

// badConfig is a configuration Load must refuse, with every string of want
// in its error.
type badConfig struct {
	name string
	file string
	env  map[string]string
	want []string
}

func expectLoadErrors(t *testing.T, tests []badConfig) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := ""
			if tt.file != "" {
				path = writeFile(t, tt.file)
			}
			_, err := Load(path, envOf(tt.env))
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.toml"), noEnv)
	if err == nil || !strings.Contains(err.Error(), "nope.toml") {
		t.Errorf("err = %v, want it to name the file", err)
	}
}

func TestFeedCountryMustBeARealCode(t *testing.T) {
	tests := []struct {
		country string
		ok      bool
	}{
		{"KZ", true},
		{"", true},
		{"ZZ", false}, // upper case and two letters, but no country
		{"kz", false},
		{"KAZ", false},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			path := writeFile(t, "[[feeds]]\nurl = \"https://a.example/rss\"\ncountry = \""+tt.country+"\"\n")
			_, err := Load(path, noEnv)
			if tt.ok && err != nil {
				t.Errorf("country %q: %v", tt.country, err)
			}
			if !tt.ok && (err == nil || !strings.Contains(err.Error(), "feeds[0].country")) {
				t.Errorf("country %q: err = %v, want one naming feeds[0].country", tt.country, err)
			}
		})
	}
}

func TestLogLevelAndFormatIgnoreCase(t *testing.T) {
	cfg, err := Load("", envOf(map[string]string{"NEWSBOT_LOG_LEVEL": "WARNING", "NEWSBOT_LOG_FORMAT": "JSON"}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Log.Level != "warn" || cfg.Log.Format != "json" {
		t.Errorf("level %q format %q, want warn and json", cfg.Log.Level, cfg.Log.Format)
	}
}

func TestUnknownEnvNamesTypos(t *testing.T) {
	got := UnknownEnv([]string{"PATH=/bin", "NEWSBOT_TELEGRAM_TOKEN=x", "NEWSBOT_TELEGRAM_TOKN=y",
		"NEWSBOT_CONFIG=/etc/newsbot.toml", "NEWSBOT_SOMETHING_ELSE=1", "NEWSBOT_POLL_INTERVAL=5m"})
	want := []string{
		"NEWSBOT_TELEGRAM_TOKN is not a setting and is ignored (did you mean NEWSBOT_TELEGRAM_TOKEN?)",
		"NEWSBOT_SOMETHING_ELSE is not a setting and is ignored",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDatabaseURL(t *testing.T) {
	t.Run("from the environment", func(t *testing.T) {
		cfg, err := Load("", envOf(map[string]string{"NEWSBOT_DATABASE_URL": "postgres://newsbot:pw@db:5432/news?sslmode=disable"}))
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Database.URL != "postgres://newsbot:pw@db:5432/news?sslmode=disable" {
			t.Errorf("database.url = %q", cfg.Database.URL)
		}
	})
	t.Run("from the file, with no SQLite path", func(t *testing.T) {
		cfg, err := Load(writeFile(t, "[database]\npath = \"\"\nurl = \"postgresql:///news?host=/run/postgresql\"\n"), noEnv)
		if err != nil || cfg.Database.URL == "" {
			t.Errorf("Load = %+v, %v; want the socket URL accepted", cfg.Database, err)
		}
	})
	// Each refusal names the key, and never shows the password.
	const secret = "Pa55-w0rd"
	for _, tt := range []struct{ name, url, want string }{
		{"sqlite scheme", "sqlite://" + secret + "@x/newsbot.db", "postgres://"},
		{"mysql", "mysql://u:" + secret + "@db/news", `scheme "mysql"`},
		{"a bare path", "/var/lib/newsbot/" + secret + ".db", "database.path"},
		{"bad port", "postgres://u:" + secret + "@db:port/news", "not a URL"},
		{"no server", "postgres://u:" + secret + "@/news", "names no server"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load("", envOf(map[string]string{"NEWSBOT_DATABASE_URL": tt.url}))
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			for _, w := range []string{"NEWSBOT_DATABASE_URL", "database.url", tt.want} {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if strings.Contains(err.Error(), secret) {
				t.Errorf("error %q shows the password", err)
			}
		})
	}
}
