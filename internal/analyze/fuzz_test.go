package analyze

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzAnalyze feeds arbitrary titles and bodies to the analyzer: it must
// never panic, and what it returns must be well formed.
func FuzzAnalyze(f *testing.F) {
	// Small seeds: the fuzzer minimises every interesting input, and on a
	// multi-kilobyte article that takes minutes.
	f.Add("Putin and Rahmon Reaffirm Partnership", "“We are not outsiders to you,” Rahmon said.\n\nThe Russian leader said: “We had a calm talk.”", "en")
	f.Add("Токаев провёл переговоры", "«Мы намерены довести товарооборот до 10 млрд», — заявил Токаев.\n\nМирзиёев отметил: «Дружба».", "ru")
	f.Add("", "", "")
	f.Add("\"", strings.Repeat("“a” said ", 50), "en")
	f.Add("В. В. Путин", "Г. ул. им. т.е. т.д. «„»“", "ru")
	f.Add("\xff\xfe", "<b>x</b> &amp; said: \"", "und")
	a := shared()
	f.Fuzz(func(t *testing.T, title, body, lang string) {
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				panic(fmt.Sprintf("analysis hangs on title %q body %q lang %q", title, body, lang))
			}
		}()
		an := a.Analyze(Input{Title: title, Body: body, Lang: lang, Published: time.Unix(0, 0)})
		if !utf8.ValidString(an.Summary) {
			t.Errorf("summary is not valid UTF-8: %q", an.Summary)
		}
		for _, q := range an.Quotes {
			if q.Speaker == "" || strings.TrimSpace(q.Text) == "" || !utf8.ValidString(q.Text) {
				t.Errorf("malformed quote %+v", q)
			}
		}
		for _, c := range an.Countries {
			if len(c.Code) != 2 {
				t.Errorf("country code %q", c.Code)
			}
		}
	})
}
