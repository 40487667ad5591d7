package render

import "unicode/utf16"

// UTF16Len returns the length of s in UTF-16 code units, the unit of
// Telegram's message limits: a Cyrillic letter counts one, an emoji outside
// the Basic Multilingual Plane two, a flag four.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
