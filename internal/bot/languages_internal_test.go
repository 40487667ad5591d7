package bot

import (
	"testing"

	"github.com/newsbot/newsbot/internal/i18n"
)

// TestStoryLanguagesNamedInEveryLanguage checks that /languages can name
// every story language in every language of the bot and read it back.
func TestStoryLanguagesNamedInEveryLanguage(t *testing.T) {
	for _, l := range storyLanguages {
		for _, in := range i18n.Languages() {
			name, ok := in.LanguageName(l.code)
			if !ok {
				t.Errorf("the %s catalog does not name the story language %s", in, l.code)
				continue
			}
			if got, ok := parseStoryLanguage(name); !ok || got != l.code {
				t.Errorf("parseStoryLanguage(%q) = %q, %v, want %q", name, got, ok, l.code)
			}
		}
		if got, ok := parseStoryLanguage(l.native); !ok || got != l.code {
			t.Errorf("parseStoryLanguage(%q) = %q, %v, want %q", l.native, got, ok, l.code)
		}
	}
}

func TestLanguageNames(t *testing.T) {
	tests := []struct {
		name, code, lang, want string
	}{
		{"english", "de", "en", "German"},
		{"russian", "de", "ru", "немецкий"},
		{"russian tag", "kk", "ru-RU", "казахский"},
		{"unknown code stays", "xx", "ru", "xx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := languageName(tt.code, tt.lang); got != tt.want {
				t.Errorf("languageName(%q, %q) = %q, want %q", tt.code, tt.lang, got, tt.want)
			}
		})
	}
}
