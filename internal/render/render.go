// Package render turns news into Telegram messages: HTML for parse_mode
// "HTML", in English or Russian, split to Telegram's length limit. Every
// function is pure: no I/O, no clock, no package state. Strings from feeds and
// users are always escaped, links are limited to http(s), and the markup uses
// only tags Telegram accepts, always balanced.
//
// A lang is a language tag read by i18n.Parse: "ru" in any case, with or
// without a region such as "ru-RU", selects Russian; a language without a
// catalog, English. The words come from the language's catalog.
package render

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxMessageLen is Telegram's limit on a message's text, in UTF-16 code units.
const MaxMessageLen = 4096

// maxURLLen bounds links; longer URLs are shown as plain text rather than
// linked, so a pathological URL cannot eat the message budget.
const maxURLLen = 2048

// Escape returns s as Telegram HTML text: &, < and > become entities, invalid
// UTF-8 becomes U+FFFD and control characters other than newline and tab are
// dropped (Telegram rejects invalid UTF-8). s is taken as plain text: an
// entity already in it, such as "&amp;", is escaped again and shown verbatim.
func Escape(s string) string { return escape(s, false) }

// EscapeAttr is Escape for a double-quoted attribute value: it also escapes
// the double quote and drops newlines and tabs.
func EscapeAttr(s string) string { return escape(s, true) }

func escape(s string, attr bool) string {
	// Most text needs no change: find the first character that does, and
	// return s itself when there is none.
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiNeedsEscape(c, attr) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 || unicode.IsControl(r) { // invalid UTF-8 or a C1 control
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\n' || r == '\t':
			if !attr {
				b.WriteRune(r)
			}
		case r == utf8.RuneError:
			b.WriteRune(utf8.RuneError)
		case unicode.IsControl(r):
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// asciiNeedsEscape reports whether escape changes the ASCII byte c: an
// entity, a dropped control character, or in an attribute a quote.
func asciiNeedsEscape(c byte, attr bool) bool {
	switch {
	case c == '&' || c == '<' || c == '>':
		return true
	case c == '"':
		return attr
	case c == '\n' || c == '\t':
		return attr
	}
	return c < 0x20 || c == 0x7f
}

// Link returns an <a href> element for an http or https URL with a host, the
// text escaped. Any other URL (javascript:, relative, malformed, with user
// info, over 2048 bytes) is not linked: the result is the escaped text alone.
// An empty text shows the URL itself.
func Link(rawURL, text string) string {
	u := strings.TrimSpace(rawURL)
	if text == "" {
		text = u
	}
	if !isWebURL(u) {
		return Escape(text)
	}
	return `<a href="` + EscapeAttr(u) + `">` + Escape(text) + `</a>`
}

// isWebURL reports whether s is an absolute http(s) URL safe to link.
func isWebURL(s string) bool {
	if s == "" || len(s) > maxURLLen || !utf8.ValidString(s) {
		return false
	}
	if strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		return false
	}
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	// User info ("http://bank.com@evil.example") only serves to disguise a host.
	return (scheme == "http" || scheme == "https") && u.Host != "" && u.User == nil
}
