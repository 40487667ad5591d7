package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
)

// RepairedError describes a feed that was not well-formed XML but whose
// complete items could still be read: the feed is stored, and this is kept
// as the feed's last error so its owner can see what was wrong.
type RepairedError struct {
	Err     error // the parser's error on the document as served
	Kept    int   // complete items read
	Dropped int   // items left out: broken, or cut off at the end
}

func (e *RepairedError) Error() string {
	return fmt.Sprintf("repaired malformed XML (%d items read, %d left out): %v", e.Kept, e.Dropped, e.Err)
}

func (e *RepairedError) Unwrap() error { return e.Err }

var (
	itemStartRE  = regexp.MustCompile(`<item[\s>/]`)
	entryStartRE = regexp.MustCompile(`<entry[\s>/]`)
)

// salvage rebuilds a feed that is not well-formed XML — cut off, or with a
// stray character between items — from the parts that are: the head before
// the first item, every complete item that is well-formed on its own, and
// the closing tags the head left open. It returns false when nothing can be
// kept (the head itself is broken, or no item is complete).
//
// The work is linear in the input: each item is checked once with a
// tokenizer, and the caller parses the rebuilt document once.
func salvage(data []byte) (doc []byte, kept, dropped int, ok bool) {
	start := itemStartRE
	end := []byte("</item>")
	if root := feedRootRE.Find(data); root != nil && bytes.HasPrefix(root, []byte("<feed")) {
		start, end = entryStartRE, []byte("</entry>")
	}
	first := start.FindIndex(data)
	if first == nil {
		return nil, 0, 0, false
	}
	head := data[:first[0]]
	open, ok := openElements(head)
	if !ok || len(open) == 0 {
		return nil, 0, 0, false
	}

	var out bytes.Buffer
	out.Grow(len(data))
	out.Write(head)
	pos := first[0]
	for pos < len(data) {
		loc := start.FindIndex(data[pos:])
		if loc == nil {
			break
		}
		s := pos + loc[0]
		closeAt := bytes.Index(data[s:], end)
		if closeAt < 0 {
			dropped++ // cut off at the end
			break
		}
		e := s + closeAt + len(end)
		// Items that never close run into the next one: leave them out and
		// resume at the last start before this end tag (jumping straight
		// there keeps the scan linear however many items are open).
		if opens := start.FindAllIndex(data[s+1:e], -1); len(opens) > 0 {
			dropped += len(opens)
			pos = s + 1 + opens[len(opens)-1][0]
			continue
		}
		if wellFormed(data[s:e]) {
			out.Write(data[s:e])
			out.WriteByte('\n')
			kept++
		} else {
			dropped++
		}
		pos = e
	}
	if kept == 0 {
		return nil, 0, dropped, false
	}
	for i := len(open) - 1; i >= 0; i-- {
		out.WriteString("</" + open[i] + ">")
	}
	return out.Bytes(), kept, dropped, true
}

// openElements lists the elements head leaves open, outermost first, with
// their prefixes as written; false when head is not well-formed.
func openElements(head []byte) ([]string, bool) {
	d := xml.NewDecoder(bytes.NewReader(head))
	d.Strict = false // as the feed parser reads it: unknown entities pass
	var open []string
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return open, true
		}
		if err != nil {
			return nil, false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			open = append(open, qualified(t.Name))
		case xml.EndElement:
			if len(open) == 0 || open[len(open)-1] != qualified(t.Name) {
				return nil, false
			}
			open = open[:len(open)-1]
		}
	}
}

func qualified(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// wellFormed reports whether an item's XML is balanced and free of syntax
// errors, read as leniently as the feed parser reads it.
func wellFormed(item []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(item))
	d.Strict = false
	depth := 0
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return depth == 0
		}
		if err != nil {
			return false
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
			if depth < 0 {
				return false
			}
		}
	}
}
