// Package config loads newsbot's settings: built-in defaults, then an optional
// TOML file, then NEWSBOT_<SECTION>_<KEY> environment variables. Unknown keys
// and invalid values are errors that name the key.
package config

import (
	"errors"
	"fmt"
	"math"
	"net"
	"net/url"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/BurntSushi/toml"

	"github.com/newsbot/newsbot/internal/fuzzy"
	"github.com/newsbot/newsbot/internal/news"
)

// Config is every setting of newsbot.
type Config struct {
	Telegram Telegram `toml:"telegram"`
	Database Database `toml:"database"`
	HTTP     HTTP     `toml:"http"`
	Poll     Poll     `toml:"poll"`
	Digest   Digest   `toml:"digest"`
	Delivery Delivery `toml:"delivery"`
	Analysis Analysis `toml:"analysis"`
	Log      Log      `toml:"log"`
	Feeds    []Feed   `toml:"feeds"`

	// Notes are warnings about values Load corrected, such as whitespace
	// trimmed from the token; they never contain a secret.
	Notes []string `toml:"-"`
}

// Telegram configures the Bot API connection.
type Telegram struct {
	Token         string  `toml:"token"`
	APIURL        string  `toml:"api_url"`
	Mode          string  `toml:"mode"` // polling | webhook
	WebhookURL    string  `toml:"webhook_url"`
	WebhookListen string  `toml:"webhook_listen"`
	WebhookSecret string  `toml:"webhook_secret"`
	WebhookPath   string  `toml:"webhook_path"`
	Editors       []int64 `toml:"editors"`
}

// Database configures the store: a SQLite file by default, PostgreSQL when
// URL is set.
type Database struct {
	Path string `toml:"path"`
	// URL, a postgres:// URL, selects PostgreSQL instead of the SQLite file
	// at Path; several replicas can share it. It may hold a password, so it
	// is never printed whole.
	URL string `toml:"url"`
	// Retention is how long an article is kept after it was first seen;
	// 0 keeps everything.
	Retention Duration `toml:"retention"`
	// Shared says several `newsbot run` processes (replicas) use this
	// database: the one-run lock is not taken, and a leader lease in the
	// database decides which one receives Telegram's updates, sends and
	// polls feeds.
	Shared bool `toml:"shared"`
}

// HTTP configures the health and metrics listener.
type HTTP struct {
	Listen string `toml:"listen"`
}

// Poll configures feed polling.
type Poll struct {
	Interval    Duration `toml:"interval"`
	Concurrency int      `toml:"concurrency"`
	PerHost     int      `toml:"per_host"`
	Timeout     Duration `toml:"timeout"`
	MaxBody     Size     `toml:"max_body"`
	FullText    bool     `toml:"full_text"`
	// AllowPrivate lets addresses found in content (redirects, article and
	// image links, /breaking URLs) reach loopback, private and link-local
	// networks. Feeds listed by the operator are always allowed.
	AllowPrivate bool `toml:"allow_private"`
	// MaxItems is how many of a feed's newest items one poll reads.
	MaxItems int `toml:"max_items"`
}

// Digest configures daily digests.
type Digest struct {
	Time     string `toml:"time"`
	Timezone string `toml:"timezone"`
	MaxItems int    `toml:"max_items"`
}

// Delivery configures sending limits.
type Delivery struct {
	Rate            float64  `toml:"rate"`
	PerChatInterval Duration `toml:"per_chat_interval"`
	GroupPerMinute  int      `toml:"group_per_minute"`
	RetentionSent   Duration `toml:"retention_sent"`
}

// Analysis configures article analysis.
type Analysis struct {
	// StoryWindow is how far apart two reports of one story may be
	// published; the same-story index holds articles this long.
	StoryWindow Duration `toml:"story_window"`
}

// Log configures logging.
type Log struct {
	Level  string `toml:"level"`  // debug | info | warn | error
	Format string `toml:"format"` // text | json
	// File is where logs are appended; empty means stderr, except in
	// terminal mode, where logs go to newsbot.log beside the database so
	// that they never print into the chat.
	File string `toml:"file"`
}

// Feed is one configured news feed.
type Feed struct {
	URL      string `toml:"url"`
	Name     string `toml:"name"`
	Lang     string `toml:"lang"`
	Country  string `toml:"country"`
	FullText bool   `toml:"full_text"`
}

// checkDatabaseURL says what is wrong with a PostgreSQL URL, or "". The
// messages never quote the URL whole, since it may hold a password.
func checkDatabaseURL(raw string) string {
	const example = "postgres://newsbot:PASSWORD@db.example:5432/newsbot?sslmode=require"
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		// url.Parse's error quotes the URL, password and all.
		return "not a URL; want one such as " + example
	}
	if u.Scheme != "postgres" && u.Scheme != "postgresql" {
		scheme := u.Scheme
		if scheme == "" {
			scheme = "none"
		}
		return fmt.Sprintf("must be a postgres:// (or postgresql://) URL such as %s, got scheme %q; for SQLite set database.path and leave database.url empty", example, scheme)
	}
	if u.Host == "" && u.Query().Get("host") == "" {
		return fmt.Sprintf("names no server: want one such as %s, got %s", example, u.Redacted())
	}
	if u.Opaque != "" || u.Fragment != "" {
		return fmt.Sprintf("is not a server URL: want one such as %s, got %s", example, u.Redacted())
	}
	return ""
}

// Retention limits: articles are kept 90 days by default, and never less
// than a week unless retention is 0 (keep everything).
const (
	DefaultRetention = 90 * 24 * time.Hour
	MinRetention     = 7 * 24 * time.Hour
)

// Default returns the built-in settings; they run without a file.
func Default() Config {
	return Config{
		Telegram: Telegram{APIURL: "https://api.telegram.org", Mode: "polling", WebhookListen: ":8443", WebhookPath: "/telegram"},
		Database: Database{Path: "data/newsbot.db", Retention: Duration(DefaultRetention)},
		Poll: Poll{
			Interval: Duration(10 * time.Minute), Concurrency: 8, PerHost: 2,
			Timeout: Duration(30 * time.Second), MaxBody: 8 << 20, MaxItems: 500,
		},
		Digest:   Digest{Time: "08:00", Timezone: "Asia/Almaty", MaxItems: 10},
		Delivery: Delivery{Rate: 25, PerChatInterval: Duration(time.Second), GroupPerMinute: 20, RetentionSent: Duration(7 * 24 * time.Hour)},
		Analysis: Analysis{StoryWindow: Duration(96 * time.Hour)},
		Log:      Log{Level: "info", Format: "text"},
	}
}

// Load reads the defaults, then the TOML file at path (skipped when path is
// ""), then the environment through getenv, and validates the result.
func Load(path string, getenv func(string) string) (Config, error) {
	cfg := Default()
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return Config{}, fmt.Errorf("config: %w", err)
		}
		if err := decode(string(data), &cfg); err != nil {
			return Config{}, fmt.Errorf("config %s: %w", path, err)
		}
	}
	fromEnv := map[string]string{}
	if getenv != nil {
		if err := applyEnv(&cfg, getenv, fromEnv); err != nil {
			return Config{}, fmt.Errorf("config: %w", err)
		}
	}
	// Names of levels and formats are read as people write them: INFO,
	// Info and "warning" are info and warn.
	cfg.Log.Level = strings.ToLower(strings.TrimSpace(cfg.Log.Level))
	if cfg.Log.Level == "warning" {
		cfg.Log.Level = "warn"
	}
	cfg.Log.Format = strings.ToLower(strings.TrimSpace(cfg.Log.Format))
	// A token read from a file often ends in a newline; it would be sent in
	// every request URL, and printed escaped where redaction looks for it as is.
	if t := strings.TrimSpace(cfg.Telegram.Token); t != cfg.Telegram.Token {
		cfg.Telegram.Token = t
		cfg.Notes = append(cfg.Notes, "telegram.token had spaces or line breaks around it (read from a file?); they were removed")
	}
	// Each bad value is one line naming its key and where it came from: the
	// environment variable that set it, else the file.
	var errs []error
	for _, fe := range cfg.validate() {
		switch env, ok := fromEnv[fe.key]; {
		case ok:
			errs = append(errs, fmt.Errorf("config: %s (%s): %s", env, fe.key, fe.msg))
		case path != "":
			errs = append(errs, fmt.Errorf("config %s: %s: %s", path, fe.key, fe.msg))
		default:
			errs = append(errs, fmt.Errorf("config: %s: %s", fe.key, fe.msg))
		}
	}
	if len(errs) > 0 {
		return Config{}, errors.Join(errs...)
	}
	return cfg, nil
}

func decode(data string, cfg *Config) error {
	// Feeds given in the file replace the (empty) defaults rather than merge.
	cfg.Feeds = nil
	md, err := toml.Decode(data, cfg)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			if pe.LastKey != "" && !strings.Contains(pe.Message, pe.LastKey) {
				return fmt.Errorf("line %d (%s): %s", pe.Position.Line, pe.LastKey, pe.Message)
			}
			return fmt.Errorf("line %d: %s", pe.Position.Line, pe.Message)
		}
		return err
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return fmt.Errorf("unknown key %s", strings.Join(keys, ", "))
	}
	return nil
}

// applyEnv overrides settings from NEWSBOT_<SECTION>_<KEY> variables and
// records in set which keys ("poll.interval") each variable set.
func applyEnv(cfg *Config, getenv func(string) string, set map[string]string) error {
	root := reflect.ValueOf(cfg).Elem()
	rt := root.Type()
	for i := 0; i < rt.NumField(); i++ {
		sf := rt.Field(i)
		section := sf.Tag.Get("toml")
		if sf.Type.Kind() != reflect.Struct {
			continue // [[feeds]] comes from the file only
		}
		sv := root.Field(i)
		for j := 0; j < sf.Type.NumField(); j++ {
			kf := sf.Type.Field(j)
			key := kf.Tag.Get("toml")
			name := "NEWSBOT_" + strings.ToUpper(section) + "_" + strings.ToUpper(key)
			raw := getenv(name)
			if raw == "" {
				continue
			}
			if err := setFromString(sv.Field(j), raw); err != nil {
				return fmt.Errorf("%s (%s.%s): %w", name, section, key, err)
			}
			set[section+"."+key] = name
		}
	}
	return nil
}

// EnvNames lists every NEWSBOT_<SECTION>_<KEY> variable a setting reads,
// plus NEWSBOT_CONFIG.
func EnvNames() []string {
	names := []string{"NEWSBOT_CONFIG"}
	rt := reflect.TypeOf(Config{})
	for i := 0; i < rt.NumField(); i++ {
		sf := rt.Field(i)
		if sf.Type.Kind() != reflect.Struct {
			continue
		}
		for j := 0; j < sf.Type.NumField(); j++ {
			names = append(names, "NEWSBOT_"+strings.ToUpper(sf.Tag.Get("toml"))+"_"+strings.ToUpper(sf.Type.Field(j).Tag.Get("toml")))
		}
	}
	return names
}

// UnknownEnv returns a warning for each NEWSBOT_ variable in environ (as
// os.Environ gives it) that no setting reads, a typo such as
// NEWSBOT_TELEGRAM_TOKN, naming the closest real one when it is close.
func UnknownEnv(environ []string) []string {
	known := EnvNames()
	var warnings []string
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, "NEWSBOT_") || slices.Contains(known, name) {
			continue
		}
		best, dist := "", 4 // suggest only near misses
		for _, k := range known {
			if d := fuzzy.Distance([]rune(name), []rune(k)); d < dist {
				best, dist = k, d
			}
		}
		w := fmt.Sprintf("%s is not a setting and is ignored", name)
		if best != "" {
			w += fmt.Sprintf(" (did you mean %s?)", best)
		}
		warnings = append(warnings, w)
	}
	return warnings
}

func setFromString(v reflect.Value, raw string) error {
	if tu, ok := v.Addr().Interface().(interface{ UnmarshalText([]byte) error }); ok {
		return tu.UnmarshalText([]byte(raw))
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(raw)
	case reflect.Int:
		n, err := strconv.Atoi(strings.TrimSpace(raw))
		if err != nil {
			return fmt.Errorf("not a whole number: %q", raw)
		}
		v.SetInt(int64(n))
	case reflect.Float64:
		f, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
		if err != nil {
			return fmt.Errorf("not a number: %q", raw)
		}
		v.SetFloat(f)
	case reflect.Bool:
		b, err := strconv.ParseBool(strings.TrimSpace(raw))
		if err != nil {
			return fmt.Errorf("not true or false: %q", raw)
		}
		v.SetBool(b)
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Int64 {
			return fmt.Errorf("unsupported list type")
		}
		var ids []int64
		for _, f := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == ' ' }) {
			n, err := strconv.ParseInt(f, 10, 64)
			if err != nil {
				return fmt.Errorf("not a list of user ids: %q", raw)
			}
			ids = append(ids, n)
		}
		v.Set(reflect.ValueOf(ids))
	default:
		return fmt.Errorf("unsupported setting type %s", v.Kind())
	}
	return nil
}

// Validate checks every setting and reports the problems, one line each
// naming its key.
func (c Config) Validate() error {
	var errs []error
	for _, fe := range c.validate() {
		errs = append(errs, fmt.Errorf("%s: %s", fe.key, fe.msg))
	}
	return errors.Join(errs...)
}

// fieldError is one invalid setting.
type fieldError struct{ key, msg string }

func (c Config) validate() []fieldError {
	var errs []fieldError
	bad := func(key, format string, args ...any) {
		errs = append(errs, fieldError{key, fmt.Sprintf(format, args...)})
	}
	if u, err := url.Parse(c.Telegram.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("telegram.api_url", "must be an http(s) URL, got %q", c.Telegram.APIURL)
	}
	token := c.Telegram.Token
	if strings.ContainsFunc(token, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r == '"' || r == '\'' || r == '`'
	}) {
		// The value itself is never printed: it is a secret.
		bad("telegram.token", "contains spaces, quotes or control characters; a token from @BotFather looks like 123456789:AAH…")
	}
	hasToken := func(s string) bool {
		if token == "" {
			return false
		}
		_, secret, _ := strings.Cut(token, ":")
		for _, f := range []string{token, url.PathEscape(token), url.QueryEscape(token), secret} {
			if len(f) >= 8 && strings.Contains(s, f) {
				return true
			}
		}
		return false
	}
	if p := c.Telegram.WebhookPath; !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "?# ") {
		bad("telegram.webhook_path", "must be a path starting with /, such as /telegram, got %q", p)
	} else if hasToken(p) {
		bad("telegram.webhook_path", "must not contain the bot token: Telegram proves itself with webhook_secret instead")
	}
	switch c.Telegram.Mode {
	case "polling":
	case "webhook":
		if c.Telegram.Token != "" {
			if hasToken(c.Telegram.WebhookURL) {
				bad("telegram.webhook_url", "must not contain the bot token: Telegram proves itself with webhook_secret instead")
			} else if u, err := url.Parse(c.Telegram.WebhookURL); err != nil || u.Scheme != "https" || u.Host == "" {
				bad("telegram.webhook_url", "webhook mode needs a public https URL, got %q", c.Telegram.WebhookURL)
			}
			if c.Telegram.WebhookListen == "" {
				bad("telegram.webhook_listen", "webhook mode needs a listen address")
			} else if err := checkListen(c.Telegram.WebhookListen); err != nil {
				bad("telegram.webhook_listen", "%v", err)
			}
		}
	default:
		bad("telegram.mode", "must be polling or webhook, got %q", c.Telegram.Mode)
	}
	if c.Database.Shared && c.Telegram.Mode == "webhook" && c.Telegram.WebhookSecret == "" {
		// Each replica would set a random secret of its own, and Telegram
		// keeps only the last one set.
		bad("telegram.webhook_secret", "is required with database.shared in webhook mode: every replica must check the same secret")
	}
	if s := c.Telegram.WebhookSecret; s != "" && !validSecret(s) {
		bad("telegram.webhook_secret", "1-256 characters of A-Z, a-z, 0-9, _ and - only")
	}
	if c.Database.URL == "" && strings.TrimSpace(c.Database.Path) == "" {
		bad("database.path", "must not be empty")
	}
	if c.Database.URL != "" {
		if msg := checkDatabaseURL(c.Database.URL); msg != "" {
			bad("database.url", "%s", msg)
		}
	}
	if r := c.Database.Retention.D(); r != 0 && r < MinRetention {
		bad("database.retention", "must be 0 (keep everything) or at least %s (digests, /latest and story grouping look back days), got %s", MinRetention, c.Database.Retention)
	}
	if c.HTTP.Listen != "" {
		if err := checkListen(c.HTTP.Listen); err != nil {
			bad("http.listen", "%v", err)
		}
	}
	if c.Poll.Interval.D() < time.Minute {
		bad("poll.interval", "must be at least 1m, got %s", c.Poll.Interval)
	}
	if c.Poll.Concurrency < 1 || c.Poll.Concurrency > 256 {
		bad("poll.concurrency", "must be 1 to 256, got %d", c.Poll.Concurrency)
	}
	if c.Poll.PerHost < 1 {
		bad("poll.per_host", "must be at least 1, got %d", c.Poll.PerHost)
	} else if c.Poll.PerHost > c.Poll.Concurrency && c.Poll.Concurrency >= 1 {
		bad("poll.per_host", "must not exceed poll.concurrency (%d), got %d", c.Poll.Concurrency, c.Poll.PerHost)
	}
	if c.Poll.Timeout.D() < time.Second {
		bad("poll.timeout", "must be at least 1s, got %s", c.Poll.Timeout)
	}
	if c.Poll.MaxBody < 1024 {
		bad("poll.max_body", "must be at least 1KiB, got %d bytes", int64(c.Poll.MaxBody))
	}
	if c.Poll.MaxItems < 1 || c.Poll.MaxItems > 1_000_000 {
		bad("poll.max_items", "must be 1 to 1000000, got %d", c.Poll.MaxItems)
	}
	if _, _, err := news.ParseClock(c.Digest.Time); err != nil {
		bad("digest.time", "%v", err)
	}
	if _, err := time.LoadLocation(c.Digest.Timezone); err != nil || c.Digest.Timezone == "" || c.Digest.Timezone == "Local" {
		bad("digest.timezone", "unknown time zone %q (use an IANA name such as Asia/Almaty)", c.Digest.Timezone)
	}
	if c.Digest.MaxItems < 1 || c.Digest.MaxItems > 50 {
		bad("digest.max_items", "must be 1 to 50, got %d", c.Digest.MaxItems)
	}
	if math.IsNaN(c.Delivery.Rate) || c.Delivery.Rate <= 0 || c.Delivery.Rate > 1000 {
		bad("delivery.rate", "must be above 0 and at most 1000 messages/s, got %v", c.Delivery.Rate)
	}
	if c.Delivery.PerChatInterval.D() < 0 {
		bad("delivery.per_chat_interval", "must not be negative")
	}
	if d := c.Delivery.RetentionSent.D(); d < time.Hour {
		bad("delivery.retention_sent", "must be at least 1h, got %s", c.Delivery.RetentionSent)
	}
	if d := c.Analysis.StoryWindow.D(); d < time.Hour || d > 30*24*time.Hour {
		bad("analysis.story_window", "must be between 1h and 720h, got %s", c.Analysis.StoryWindow)
	}
	if c.Delivery.GroupPerMinute < 1 {
		bad("delivery.group_per_minute", "must be at least 1, got %d", c.Delivery.GroupPerMinute)
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		bad("log.level", "must be debug, info, warn or error, got %q", c.Log.Level)
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		bad("log.format", "must be text or json, got %q", c.Log.Format)
	}
	if strings.ContainsAny(c.Log.File, "\x00\n") {
		bad("log.file", "must be a file path, got %q", c.Log.File)
	}
	seen := map[string]int{}
	for i, f := range c.Feeds {
		key := fmt.Sprintf("feeds[%d]", i)
		u, err := url.Parse(f.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad(key+".url", "must be an http(s) URL, got %q", f.URL)
		} else if j, dup := seen[f.URL]; dup {
			bad(key+".url", "same URL as feeds[%d]", j)
		}
		seen[f.URL] = i
		if _, known := news.CountryByCode(f.Country); f.Country != "" && (len(f.Country) != 2 || strings.ToUpper(f.Country) != f.Country || !known) {
			bad(key+".country", "must be an upper-case ISO code such as KZ, got %q", f.Country)
		}
	}
	return errs
}

// checkListen accepts host:port addresses such as "127.0.0.1:9090" or ":8443".
func checkListen(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("must be host:port such as 127.0.0.1:9090, got %q", addr)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return fmt.Errorf("port must be a number 0 to 65535, got %q", addr)
	}
	return nil
}

func validSecret(s string) bool {
	if len(s) > 256 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// Duration is a time.Duration written as "10m", "30s", "1h30m".
type Duration time.Duration

// D returns the duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// String formats the duration like time.Duration.
func (d Duration) String() string { return time.Duration(d).String() }

// UnmarshalText parses "10m"-style durations.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(strings.TrimSpace(string(b)))
	if err != nil {
		return fmt.Errorf("%q is not a duration like 10m or 30s", string(b))
	}
	*d = Duration(v)
	return nil
}

// MarshalText formats the duration.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Size is a byte count written as a number or with a unit: "8MiB", "512KiB", "1048576".
type Size int64

// UnmarshalText parses sizes.
func (s *Size) UnmarshalText(b []byte) error {
	str := strings.TrimSpace(string(b))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}} {
		if strings.HasSuffix(str, u.suffix) {
			str, mult = strings.TrimSpace(strings.TrimSuffix(str, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(str, 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("%q is not a size like 8MiB", string(b))
	}
	if n > math.MaxInt64/mult {
		return fmt.Errorf("%q is too large a size", string(b))
	}
	*s = Size(n * mult)
	return nil
}

// UnmarshalTOML accepts a size as a TOML integer or string.
func (s *Size) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case int64:
		if x < 0 {
			return fmt.Errorf("size must not be negative")
		}
		*s = Size(x)
		return nil
	case string:
		return s.UnmarshalText([]byte(x))
	default:
		return fmt.Errorf("%v is not a size like 8MiB", v)
	}
}

// NewsFeeds returns the feeds listed in the configuration.
func (c Config) NewsFeeds() []news.Feed {
	out := make([]news.Feed, 0, len(c.Feeds))
	for _, f := range c.Feeds {
		out = append(out, news.Feed{URL: f.URL, Name: f.Name, Lang: f.Lang, Country: f.Country, FullText: f.FullText})
	}
	return out
}
