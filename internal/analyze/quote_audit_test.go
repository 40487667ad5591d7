package analyze

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestQuoteAuditDump writes every quotation Analyze gives for every corpus
// item, with its speaker and the paragraph around it, for a reader to judge
// by hand (the precision audit on text no label covers). It runs when
// QUOTE_AUDIT names the output file; QUOTE_AUDIT_LANG keeps one language.
func TestQuoteAuditDump(t *testing.T) {
	path := os.Getenv("QUOTE_AUDIT")
	if path == "" {
		t.Skip("set QUOTE_AUDIT=file (and QUOTE_AUDIT_LANG=en|ru) to dump the corpus quotations")
	}
	lang := os.Getenv("QUOTE_AUDIT_LANG")
	a := shared()
	var b strings.Builder
	n := 0
	for _, it := range loadCorpus(t) {
		out := a.Analyze(it.in)
		if len(out.Quotes) == 0 {
			continue
		}
		d := a.newDoc(it.in)
		if lang != "" && d.lang != lang {
			a.releaseDoc(d)
			continue
		}
		for _, q := range out.Quotes {
			n++
			fmt.Fprintf(&b, "### %d %s %s [%s]\n", n, it.file, it.guid, d.lang)
			fmt.Fprintf(&b, "SPEAKER: %s\nQUOTE: %s\n", q.Speaker, q.Text)
			fmt.Fprintf(&b, "CONTEXT: %s\n\n", auditContext(d.body, q.Pos))
		}
		a.releaseDoc(d)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d quotations written to %s", n, path)
}

// auditContext is the paragraph of body around byte offset pos, with the
// paragraph before it when the quotation opens its paragraph, cut to a
// readable length on both sides.
func auditContext(body string, pos int) string {
	if pos < 0 || pos > len(body) {
		return ""
	}
	s := strings.LastIndex(body[:pos], "\n")
	if s >= 0 && strings.TrimSpace(body[s+1:pos]) == "" && s > 0 {
		s = strings.LastIndex(body[:s], "\n")
	}
	s++
	e := strings.Index(body[pos:], "\n")
	if e < 0 {
		e = len(body)
	} else {
		e += pos
	}
	r := []rune(body[s:e])
	if len(r) > 900 {
		r = append(r[:900], '…')
	}
	return strings.ReplaceAll(string(r), "\n", " ¶ ")
}
