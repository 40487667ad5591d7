package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// A digest too long for one message goes on in the next between stories; a
// section that continues there repeats its heading, so the reader of the
// second message still sees which country (or topic) the stories are about.
func TestDigestSplitRepeatsSectionHeading(t *testing.T) {
	long := strings.Repeat("Kazakhstan’s parliament debated the budget for the coming year at length. ", 7)
	var kz []news.Story
	for i := range 9 {
		kz = append(kz, news.Story{Article: news.Article{
			Title: fmt.Sprintf("Budget story %d", i+1), URL: fmt.Sprintf("https://tengri.example/%d", i+1),
			Source: "Tengrinews", Analysis: news.Analysis{Summary: long},
		}})
	}
	for _, lang := range []string{"en", "ru"} {
		d := news.Digest{Lang: lang, Sections: []news.DigestSection{{Country: "KZ", Stories: kz}}}
		msgs := Digest(d, nil)
		if len(msgs) < 2 {
			t.Fatalf("%s: %d message(s), want a split digest", lang, len(msgs))
		}
		heading := "<b>🇰🇿 Kazakhstan</b>\n\n"
		if lang == "ru" {
			heading = "<b>🇰🇿 Казахстан</b>\n\n"
		}
		for i, m := range msgs {
			if UTF16Len(m) > MaxMessageLen {
				t.Errorf("%s: message %d is %d units long", lang, i+1, UTF16Len(m))
			}
			if i > 0 && !strings.HasPrefix(m, heading) {
				t.Errorf("%s: message %d does not open with the section heading:\n%.200s", lang, i+1, m)
			}
			if strings.Count(m, heading) != 1 {
				t.Errorf("%s: message %d has the heading %d times", lang, i+1, strings.Count(m, heading))
			}
		}
		// Every story is there once, in order.
		all := strings.Join(msgs, "\n\n")
		for i := range kz {
			if n := strings.Count(all, fmt.Sprintf(">Budget story %d<", i+1)); n != 1 {
				t.Errorf("%s: story %d appears %d times", lang, i+1, n)
			}
		}
		// The cache renders alike.
		if got := NewDigestCache().Digest(d, nil); strings.Join(got, "\x00") != strings.Join(msgs, "\x00") {
			t.Errorf("%s: DigestCache differs", lang)
		}
	}
}
