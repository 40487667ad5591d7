package analyze

import (
	"os"
	"strings"
	"testing"
)

func TestZZScratch(t *testing.T) {
	body := os.Getenv("ZZ_BODY")
	if body == "" {
		t.Skip()
	}
	lang := os.Getenv("ZZ_LANG")
	if lang == "" {
		lang = "en"
	}
	a := shared()
	for n, b := range strings.Split(body, "\n=====\n") {
		got, cands := traceQuotes(a, Input{Title: os.Getenv("ZZ_TITLE"), Body: b, Lang: lang})
		t.Logf("== probe %d", n+1)
		for _, q := range got {
			t.Logf("OUT %q by %q", short(q.Text), q.Speaker)
		}
		if os.Getenv("ZZ_MENTIONS") != "" {
			d := a.newDoc(Input{Body: b, Lang: lang})
			for _, m := range a.personMentions(d) {
				t.Logf("  mention %+v", m)
			}
		}
		if os.Getenv("ZZ_CANDS") != "" {
			for _, c := range cands {
				t.Logf("  cand %q ref %+v drop %q speaker %q why %q", short(c.text), c.ref, c.drop, c.speaker, c.why)
			}
		}
	}
}
