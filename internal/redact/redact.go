// Package redact keeps secrets out of output. A secret printed in a log or an
// error rarely appears exactly as configured: a URL escapes it, a JSON log
// escapes it, %q quotes it, and an error text echoed by a server may carry
// any of these. A Redactor knows each of those forms and replaces them all.
package redact

import (
	"cmp"
	"encoding/json"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Placeholder replaces every form of a secret.
const Placeholder = "[REDACTED]"

// Redactor replaces secrets, in every form they take when printed, with
// Placeholder. The zero value and nil redact nothing. It is safe for
// concurrent use.
type Redactor struct {
	forms []string // longest first
	r     *strings.Replacer
}

// New returns a Redactor for the secrets; empty ones are ignored.
func New(secrets ...string) *Redactor {
	seen := map[string]bool{}
	var forms []string
	add := func(f string) {
		if f != "" && !seen[f] {
			seen[f] = true
			forms = append(forms, f)
		}
	}
	for _, s := range secrets {
		if s == "" {
			continue
		}
		base := []string{s, url.QueryEscape(s), url.PathEscape(s), quoted(s), quotedASCII(s), jsonEscaped(s)}
		for _, b := range base {
			add(b)
			// Printed twice over: a quoted URL, a JSON log line holding a
			// %q-quoted error text.
			add(quoted(b))
			add(jsonEscaped(b))
		}
	}
	// Longest first, so that an escaped form wins over a shorter form it contains.
	slices.SortStableFunc(forms, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	pairs := make([]string, 0, 2*len(forms))
	for _, f := range forms {
		pairs = append(pairs, f, Placeholder)
	}
	return &Redactor{forms: forms, r: strings.NewReplacer(pairs...)}
}

// quoted is s as %q prints it, without the enclosing quotes.
func quoted(s string) string {
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}

// quotedASCII is s as %+q prints it, without the enclosing quotes.
func quotedASCII(s string) string {
	q := strconv.QuoteToASCII(s)
	return q[1 : len(q)-1]
}

// jsonEscaped is s as a JSON string holds it, without the enclosing quotes,
// with HTML characters escaped as encoding/json and log/slog do.
func jsonEscaped(s string) string {
	b, err := json.Marshal(s)
	if err != nil || len(b) < 2 {
		return s
	}
	return string(b[1 : len(b)-1])
}

// Empty reports whether r redacts nothing.
func (r *Redactor) Empty() bool { return r == nil || len(r.forms) == 0 }

// String returns s with every form of every secret replaced.
func (r *Redactor) String(s string) string {
	if r.Empty() {
		return s
	}
	return r.r.Replace(s)
}

// Error returns err with a redacted text; errors.Is and errors.As still see
// the chain below it (so an error taken out of the chain and printed must be
// redacted again). It returns err itself when its text holds no secret.
func (r *Redactor) Error(err error) error {
	if err == nil || r.Empty() {
		return err
	}
	msg := err.Error()
	if red := r.String(msg); red != msg {
		return redactedError{msg: red, err: err}
	}
	return err
}

type redactedError struct {
	msg string
	err error
}

func (e redactedError) Error() string { return e.msg }
func (e redactedError) Unwrap() error { return e.err }

// Writer returns a writer that redacts each Write before passing it to w. A
// secret split across two writes is not found, so w should be written whole
// lines at a time, as log/slog and fmt.Fprintln do.
func (r *Redactor) Writer(w io.Writer) io.Writer {
	if r.Empty() {
		return w
	}
	return writer{r: r, w: w}
}

type writer struct {
	r *Redactor
	w io.Writer
}

func (w writer) Write(p []byte) (int, error) {
	s := string(p)
	red := w.r.String(s)
	if red == s {
		return w.w.Write(p)
	}
	if _, err := io.WriteString(w.w, red); err != nil {
		return 0, err
	}
	return len(p), nil
}

// TelegramSecrets returns what of a bot's settings must never be printed:
// the bot token, its secret half on its own (an echo may drop the bot id),
// and the webhook secret. Values under 6 characters (no real token is) are
// left out: hiding every "t" would make the output unreadable.
func TelegramSecrets(token, webhookSecret string) []string {
	_, half, _ := strings.Cut(token, ":")
	var out []string
	for _, s := range []string{token, half, webhookSecret} {
		if len(s) >= 6 {
			out = append(out, s)
		}
	}
	return out
}

// URLPassword returns the password of a database URL (in its user part or
// its query), to be hidden wherever a driver's message might carry it;
// none when it is shorter than 6 characters, as for the token.
func URLPassword(dsn string) []string {
	u, err := url.Parse(dsn)
	if err != nil {
		return nil
	}
	pw := u.Query().Get("password")
	if p, ok := u.User.Password(); ok {
		pw = p
	}
	if len(pw) < 6 {
		return nil
	}
	return []string{pw}
}
