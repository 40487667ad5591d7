package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

var (
	xmlDeclRE  = regexp.MustCompile(`^<\?xml[^>]*\?>`)
	encodingRE = regexp.MustCompile(`encoding\s*=\s*["']([^"']*)["']`)
)

// toUTF8 returns the document as UTF-8 whatever its charset, with a BOM and
// any junk before the first tag removed and the XML declaration rewritten
// to say UTF-8, so the XML parser never converts a second time.
//
// The charset is taken from a BOM, then the XML declaration, then the HTTP
// Content-Type; a document said to be UTF-8 (or nothing) whose bytes are
// mostly not is guessed to be windows-1251 (mostly high bytes) or
// windows-1252, and one that is mostly UTF-8 keeps its text with U+FFFD in
// place of the broken bytes.
func toUTF8(body []byte, contentType string) ([]byte, error) {
	label := ""
	switch {
	case bytes.HasPrefix(body, utf8BOM):
		body = body[len(utf8BOM):]
		label = "utf-8"
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		body, label = body[2:], "utf-16le"
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		body, label = body[2:], "utf-16be"
	}
	if strings.HasPrefix(label, "utf-16") {
		dec, err := decodeWith(label, body)
		if err != nil {
			return nil, err
		}
		body, label = dec, "utf-8"
	}

	body = trimBeforeFirstTag(body)
	if decl := xmlDeclRE.Find(body); label == "" && decl != nil {
		if m := encodingRE.FindSubmatch(decl); m != nil {
			label = strings.ToLower(strings.TrimSpace(string(m[1])))
		}
	}
	if label == "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			label = strings.ToLower(strings.TrimSpace(params["charset"]))
		}
	}
	if label == "utf8" {
		label = "utf-8"
	}

	var out []byte
	switch {
	case label == "" || label == "utf-8":
		if utf8.Valid(body) {
			out = body
		} else if !mostlyUTF8(body) {
			// Not UTF-8 whatever the label says (servers default to it):
			// a legacy single-byte charset.
			dec, err := decodeWith(guessLegacy(body), body)
			if err != nil {
				return nil, err
			}
			out = dec
		} else {
			// Mostly UTF-8 with a few broken bytes: keep the text, mark the damage.
			out = bytes.ToValidUTF8(body, []byte("\uFFFD"))
		}
	default:
		dec, err := decodeWith(label, body)
		if err != nil {
			return nil, err
		}
		out = dec
	}
	// A declaration that names no encoding, or UTF-8, is right as it is:
	// leaving it spares a copy of the whole document.
	if decl := xmlDeclRE.FindIndex(out); decl != nil && !declSaysUTF8(out[:decl[1]]) {
		fixed := make([]byte, 0, len(out)+8)
		fixed = append(fixed, `<?xml version="1.0" encoding="utf-8"?>`...)
		out = append(fixed, out[decl[1]:]...)
	}
	return out, nil
}

// declSaysUTF8 reports whether an XML declaration names UTF-8 or no
// encoding at all (which XML reads as UTF-8).
func declSaysUTF8(decl []byte) bool {
	m := encodingRE.FindSubmatch(decl)
	if m == nil {
		return true
	}
	switch strings.ToLower(strings.TrimSpace(string(m[1]))) {
	case "utf-8", "utf8":
		return true
	}
	return false
}

// decodeWith converts body from the named charset to UTF-8.
func decodeWith(label string, body []byte) ([]byte, error) {
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, fmt.Errorf("unknown charset %q", label)
	}
	if name == "utf-8" {
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, nil
}

// trimBeforeFirstTag drops whitespace and stray text before the first '<'.
// A JSON Feed (first non-space byte '{') is left whole: its first '<' is
// inside a string.
func trimBeforeFirstTag(b []byte) []byte {
	if t := bytes.TrimLeft(b, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		return t
	}
	if i := bytes.IndexByte(b, '<'); i > 0 {
		return b[i:]
	}
	return b
}

// mostlyUTF8 reports whether the well-formed multi-byte UTF-8 sequences
// in b are at least as many as the bytes that are not UTF-8.
func mostlyUTF8(b []byte) bool {
	var good, bad int
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			good++
		}
		b = b[n:]
	}
	return good > 0 && good >= bad
}

// guessLegacy tells windows-1251 from windows-1252: Cyrillic text is made
// of high bytes, while Western European text has a few among ASCII letters.
func guessLegacy(b []byte) string {
	var high, ascii int
	for _, c := range b {
		switch {
		case c >= 0xC0:
			high++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			ascii++
		}
	}
	if high*5 > ascii {
		return "windows-1251"
	}
	return "windows-1252"
}
