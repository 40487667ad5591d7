package render

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TopicIn's heading says which stories on the topic the list holds.
func TestTopicInHeadingNamesTheScope(t *testing.T) {
	tests := []struct {
		scope, lang, want string
	}{
		{"in your countries", "en", "<b>⚡ Energy · in your countries</b>\n"},
		{"по вашим странам", "ru", "<b>⚡ Энергетика · по вашим странам</b>\n"},
		{"all <countries>\n", "en", "<b>⚡ Energy · all &lt;countries&gt;</b>\n"},
		{"", "en", "<b>⚡ Energy</b>\n"},
	}
	for _, tt := range tests {
		msgs := TopicIn(news.TopicEnergy, tt.scope, []news.Story{seedStory()}, tt.lang)
		checkMessages(t, msgs...)
		if len(msgs) == 0 || !strings.HasPrefix(msgs[0], tt.want) {
			t.Errorf("TopicIn(energy, %q, %q) = %q, want a message starting %q", tt.scope, tt.lang, msgs, tt.want)
		}
	}
}
