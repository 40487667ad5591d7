package bot

import (
	"fmt"
	"strings"
	"testing"
)

// The editor's audience line agrees in number with its count.
func TestAudienceCountAgrees(t *testing.T) {
	b := New(nil, nil, Options{})
	tests := []struct {
		n    int
		lang string
		want string
	}{
		{0, "en", "<b>0</b> chats"},
		{1, "en", "<b>1</b> chat\n"},
		{2, "en", "<b>2</b> chats"},
		{1, "ru", "<b>1</b> чат\n"},
		{3, "ru", "<b>3</b> чата\n"},
		{5, "ru", "<b>5</b> чатов"},
		{11, "ru", "<b>11</b> чатов"},
		{12, "ru", "<b>12</b> чатов"},
		{21, "ru", "<b>21</b> чат\n"},
		{104, "ru", "<b>104</b> чата\n"},
		{1000, "ru", "<b>1000</b> чатов"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d %s", tt.n, tt.lang), func(t *testing.T) {
			got := b.draftControls(Draft{ID: 1, Audience: tt.n}, tt.lang).Text
			if !strings.Contains(got, tt.want) {
				t.Errorf("audience text %q does not contain %q", got, tt.want)
			}
		})
	}
}
