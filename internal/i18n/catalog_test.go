package i18n

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// name is how a test names a key: its position, as keys have no strings.
func name(k Key) string { return fmt.Sprintf("key %d", int(k)) }

func TestEveryLanguageHasEveryKey(t *testing.T) {
	for _, c := range catalogs {
		for k := range keyCount {
			if strings.TrimSpace(c.texts[k]) == "" {
				t.Errorf("%s: %s (%s) has no text", c.lang, name(k), English.Text(k))
			}
		}
	}
}

func TestChatWordingsInEveryLanguage(t *testing.T) {
	def := catalogs[0]
	for _, c := range catalogs[1:] {
		for k := range keyCount {
			if (def.chat[k] == "") != (c.chat[k] == "") {
				t.Errorf("%s: %s (%s): a chat wording in %s is %q, in %s %q", c.lang, name(k), def.texts[k], def.lang, def.chat[k], c.lang, c.chat[k])
			}
		}
	}
}

// verbs returns the formatting verbs of s by the argument each one
// formats: "%s of %[1]s" is {0: 's'}; two verbs for one argument must agree.
func verbs(s string) (map[int]byte, error) {
	out := map[int]byte{}
	arg := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		i++
		if i < len(s) && s[i] == '%' {
			continue
		}
		for i < len(s) && strings.IndexByte("+-# 0", s[i]) >= 0 {
			i++
		}
		if i < len(s) && s[i] == '[' {
			end := strings.IndexByte(s[i:], ']')
			if end < 0 {
				return nil, fmt.Errorf("unclosed argument index at %d", i)
			}
			var n int
			if _, err := fmt.Sscanf(s[i+1:i+end], "%d", &n); err != nil || n < 1 {
				return nil, fmt.Errorf("bad argument index %q", s[i:i+end+1])
			}
			arg = n - 1
			i += end + 1
		}
		for i < len(s) && (s[i] == '.' || s[i] >= '0' && s[i] <= '9') {
			i++
		}
		if i == len(s) {
			return nil, fmt.Errorf("%% at the end")
		}
		v := s[i]
		if strings.IndexByte("sdvqxXfgeoc", v) < 0 {
			return nil, fmt.Errorf("unknown verb %%%c", v)
		}
		if old, ok := out[arg]; ok && old != v {
			return nil, fmt.Errorf("argument %d formatted as %%%c and %%%c", arg+1, old, v)
		}
		out[arg] = v
		arg++
	}
	return out, nil
}

// verbList shows verbs as indexed verbs: "%[1]d %[2]s".
func verbList(m map[int]byte) string {
	var parts []string
	for _, arg := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%%[%d]%c", arg+1, m[arg]))
	}
	return strings.Join(parts, " ")
}

func TestVerbs(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[int]byte
		wantErr  bool
	}{
		{"none", "Done", map[int]byte{}, false},
		{"two in order", "%d of %s", map[int]byte{0: 'd', 1: 's'}, false},
		{"percent sign", "100%% sure, %s", map[int]byte{0: 's'}, false},
		{"indexed twice", "in %[1]s: <code>/channel %[1]s</code>", map[int]byte{0: 's'}, false},
		{"reordered", "%[2]s, %[1]d", map[int]byte{0: 'd', 1: 's'}, false},
		{"width", "%02d:%02d", map[int]byte{0: 'd', 1: 'd'}, false},
		{"clash", "%[1]s %[1]d", nil, true},
		{"dangling", "50%", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := verbs(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("verbs(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if !tt.wantErr && !maps.Equal(got, tt.want) {
				t.Errorf("verbs(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestPlaceholdersMatch checks that every wording of a key takes the same
// arguments: the same verbs for the same argument positions, in every
// language and in its chat wording, as callers pass one list to them all.
func TestPlaceholdersMatch(t *testing.T) {
	for k := range keyCount {
		want, err := verbs(catalogs[0].texts[k])
		if err != nil {
			t.Errorf("%s %s (%q): %v", catalogs[0].lang, name(k), catalogs[0].texts[k], err)
			continue
		}
		for _, c := range catalogs {
			for _, s := range []string{c.texts[k], c.chat[k]} {
				if s == "" {
					continue
				}
				got, err := verbs(s)
				if err != nil {
					t.Errorf("%s %s (%q): %v", c.lang, name(k), s, err)
				} else if !maps.Equal(got, want) {
					t.Errorf("%s %s (%q): verbs %s, want those of %q: %s", c.lang, name(k), s, verbList(got), catalogs[0].texts[k], verbList(want))
				}
			}
		}
	}
}

// telegramTags are the tags Telegram's HTML parse mode accepts.
var telegramTags = []string{"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote"}

var entity = regexp.MustCompile(`^&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);`)

// checkHTML reports what Telegram's HTML parse mode would reject in s: a
// tag it does not know, tags not closed in order, a bare < > or & outside
// a tag or an entity.
func checkHTML(s string) error {
	var open []string
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				return fmt.Errorf("bare < at %d", i)
			}
			tag := s[i+1 : i+end]
			closing := strings.HasPrefix(tag, "/")
			tag = strings.TrimPrefix(tag, "/")
			tagName, _, _ := strings.Cut(tag, " ")
			if !slices.Contains(telegramTags, tagName) {
				return fmt.Errorf("tag <%s> is not Telegram's", tag)
			}
			if closing {
				if len(open) == 0 || open[len(open)-1] != tagName {
					return fmt.Errorf("</%s> closes %v", tagName, open)
				}
				open = open[:len(open)-1]
			} else {
				open = append(open, tagName)
			}
			i += end
		case '>':
			return fmt.Errorf("bare > at %d", i)
		case '&':
			if !entity.MatchString(s[i:]) {
				return fmt.Errorf("bare & at %d", i)
			}
		}
	}
	if len(open) > 0 {
		return fmt.Errorf("unclosed %v", open)
	}
	return nil
}

func TestCheckHTML(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"plain", "Done", true},
		{"nested", "<b>a <i>b</i></b>", true},
		{"link and entity", `<a href="https://x.example/?a=1&amp;b=2">x</a> &lt;3`, true},
		{"unclosed", "<b>a", false},
		{"crossed", "<b><i>a</b></i>", false},
		{"unknown tag", "<div>a</div>", false},
		{"bare amp", "Q&A", false},
		{"bare lt", "a < b", false},
		{"bare gt", "a > b", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := checkHTML(tt.in); (err == nil) != tt.ok {
				t.Errorf("checkHTML(%q) = %v, want ok %v", tt.in, err, tt.ok)
			}
		})
	}
}

func TestTextsAreTelegramHTML(t *testing.T) {
	for _, c := range catalogs {
		for k := range keyCount {
			for _, s := range []string{c.texts[k], c.chat[k]} {
				if err := checkHTML(s); err != nil {
					t.Errorf("%s %s (%q): %v", c.lang, name(k), s, err)
				}
			}
		}
	}
}

func TestCatalogFacts(t *testing.T) {
	if catalogs[0].lang != Default {
		t.Errorf("the first catalog is %s, want Default (%s)", catalogs[0].lang, Default)
	}
	seen := map[Lang]bool{}
	codes := slices.Sorted(maps.Keys(catalogs[0].languages))
	for _, c := range catalogs {
		if seen[c.lang] || c.lang != Lang(strings.ToLower(string(c.lang))) || len(c.lang) != 2 {
			t.Errorf("catalog %q: codes must be unique two-letter lower case", c.lang)
		}
		seen[c.lang] = true
		if c.name == "" || c.flag == "" || c.plural == nil {
			t.Errorf("%s: name %q, flag %q, plural rule set %v", c.lang, c.name, c.flag, c.plural != nil)
		}
		for d, s := range c.weekdays {
			if s == "" {
				t.Errorf("%s: no name for %s", c.lang, time.Weekday(d))
			}
		}
		for m, s := range c.months {
			if s == "" {
				t.Errorf("%s: no name for %s", c.lang, time.Month(m+1))
			}
		}
		if got := slices.Sorted(maps.Keys(c.languages)); !slices.Equal(got, codes) {
			t.Errorf("%s names the story languages %v, want %v", c.lang, got, codes)
		}
		for _, l := range catalogs {
			if _, ok := c.languages[string(l.lang)]; !ok {
				t.Errorf("%s does not name %s, a language of the bot", c.lang, l.lang)
			}
		}
		for n := range 1000 {
			for w := range nounCount {
				if c.nouns[w][c.plural(n)] == "" {
					t.Fatalf("%s: noun %d has no form for %d (%d)", c.lang, w, n, c.plural(n))
				}
			}
		}
	}
}

func TestCount(t *testing.T) {
	tests := []struct {
		lang Lang
		n    int
		want string
	}{
		{English, 0, "chats"},
		{English, 1, "chat"},
		{English, 2, "chats"},
		{English, 21, "chats"},
		{Russian, 0, "чатов"},
		{Russian, 1, "чат"},
		{Russian, 2, "чата"},
		{Russian, 4, "чата"},
		{Russian, 5, "чатов"},
		{Russian, 11, "чатов"},
		{Russian, 12, "чатов"},
		{Russian, 14, "чатов"},
		{Russian, 21, "чат"},
		{Russian, 22, "чата"},
		{Russian, 25, "чатов"},
		{Russian, 101, "чат"},
		{Russian, 111, "чатов"},
		{Russian, 112, "чатов"},
		{Russian, 122, "чата"},
		{Russian, -3, "чата"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %d", tt.lang, tt.n), func(t *testing.T) {
			if got := tt.lang.Count(tt.n, NounChats); got != tt.want {
				t.Errorf("%s.Count(%d, NounChats) = %q, want %q", tt.lang, tt.n, got, tt.want)
			}
		})
	}
}

func TestTextFormats(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"english", English.Text(MsgEdFinished, 3, 4, 1), "✅ Broadcast finished: 3 of 4 delivered, 1 failed."},
		{"russian", Russian.Text(MsgEdFinished, 3, 4, 1), "✅ Рассылка завершена: доставлено 3 из 4, ошибок 1."},
		{"no arguments left as written", English.Text(MsgDone), "Done"},
		{"chat wording", English.TextFor(true, MsgCountriesNow, "KZ"), "This chat's countries: KZ"},
		{"personal wording", English.TextFor(false, MsgCountriesNow, "KZ"), "Your countries: KZ"},
		{"chat asked, none written", Russian.TextFor(true, MsgDone), "Готово"},
		{"unknown language speaks the default", Lang("xx").Text(MsgDone), "Done"},
		{"date words", Russian.Weekday(time.Friday) + ", 27 " + Russian.Month(time.November), "пятница, 27 ноября"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}
