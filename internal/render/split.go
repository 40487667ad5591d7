package render

import (
	"strings"
	"unicode/utf8"
)

// minSplitLimit is the smallest limit Split works with: room for the longest
// character reference with text to spare.
const minSplitLimit = 32

// Split packs parts into messages of at most limit UTF-16 code units, in
// order, parts separated by a blank line; a part never straddles two
// messages unless it is longer than limit on its own. Such a part is cut,
// preferably at a line break, else between words, never inside a tag or a
// character reference: tags open at the cut are closed at the end of one
// message and reopened at the start of the next. If the tags open at a cut
// leave no room for text (a tiny limit), the part loses its markup and keeps
// its text. Parts are trimmed of surrounding blank lines; empty parts are
// skipped. A limit below 32 is taken as 32.
//
// The count is of the HTML source, markup included. It is never less than
// what Telegram counts after parsing entities, so a message within limit is
// never rejected as too long.
func Split(parts []string, limit int) []string {
	limit = max(limit, minSplitLimit)
	var out []string
	var cur strings.Builder
	curLen := 0
	// rest is the size of the parts still to come: a message is given room
	// for them, up to a few messages' worth, instead of growing by doubling.
	rest := 0
	for _, p := range parts {
		rest += len(p) + 2
	}
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
			curLen = 0
		}
	}
	add := func(p string, n int) {
		if cur.Len() > 0 && curLen+2+n > limit {
			flush()
		}
		if cur.Len() > 0 {
			cur.WriteString("\n\n")
			curLen += 2
		} else {
			cur.Grow(min(len(p)+rest, 4*limit))
		}
		cur.WriteString(p)
		curLen += n
	}
	for _, p := range parts {
		rest -= len(p) + 2
		p = strings.Trim(p, " \n")
		if p == "" {
			continue
		}
		n := UTF16Len(p)
		if n <= limit {
			add(p, n)
			continue
		}
		flush()
		pieces := cut(p, limit)
		for i, piece := range pieces {
			if i == len(pieces)-1 {
				add(piece, UTF16Len(piece))
			} else {
				out = append(out, piece)
			}
		}
	}
	flush()
	return out
}

// cut splits one oversized part into pieces of at most limit units.
func cut(s string, limit int) []string {
	var out []string
	for UTF16Len(s) > limit {
		pos, ok := cutPoint(s, limit)
		if !ok {
			plain := stripTags(s)
			if plain == s {
				// Cannot happen with limit >= minSplitLimit; stop rather than loop.
				break
			}
			s = plain
			continue
		}
		stack := openTags(s[:pos])
		var head strings.Builder
		head.WriteString(strings.TrimRight(s[:pos], " \n"))
		for i := len(stack) - 1; i >= 0; i-- {
			head.WriteString("</" + stack[i].name + ">")
		}
		out = append(out, head.String())
		var rest strings.Builder
		for _, t := range stack {
			rest.WriteString(t.raw)
		}
		rest.WriteString(strings.TrimLeft(s[pos:], " \n"))
		s = rest.String()
	}
	if hasText(s) {
		out = append(out, s)
	}
	return out
}

// cutPoint finds where to cut s so that s[:pos] plus the closing tags then
// open fits in limit. It prefers the last line break, then the last space,
// as long as that fills at least half the limit; otherwise the last place
// between characters. It reports false when no visible text fits.
func cutPoint(s string, limit int) (pos int, ok bool) {
	const (
		anyPlace = iota
		spacePlace
		linePlace
	)
	var best, cost [3]int
	best = [3]int{-1, -1, -1}
	record := func(class, at, c int) {
		best[class], cost[class] = at, c
	}
	var stack []string
	n, closers, seenText := 0, 0, false
	for i := 0; i < len(s) && n <= limit; {
		if s[i] == '<' {
			if end, name, closing, isTag := parseTag(s, i); isTag {
				n += UTF16Len(s[i:end])
				i = end
				if !closing {
					stack = append(stack, name)
					closers += len(name) + 3
					continue
				}
				if len(stack) > 0 && stack[len(stack)-1] == name {
					stack = stack[:len(stack)-1]
					closers -= len(name) + 3
				}
				if seenText && n+closers <= limit {
					record(anyPlace, i, n+closers)
				}
				continue
			}
		}
		w := entityLen(s[i:])
		r := rune(s[i])
		if w > 0 {
			n += w // a character reference is ASCII: one unit a byte
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			w = size
			n += UTF16Len(s[i : i+w])
		}
		i += w
		if r != ' ' && r != '\n' {
			seenText = true
		}
		if !seenText || n+closers > limit {
			continue
		}
		record(anyPlace, i, n+closers)
		switch r {
		case '\n':
			record(linePlace, i, n+closers)
		case ' ':
			record(spacePlace, i, n+closers)
		}
	}
	for _, class := range []int{linePlace, spacePlace} {
		if best[class] >= 0 && cost[class] >= limit/2 {
			return best[class], true
		}
	}
	return best[anyPlace], best[anyPlace] >= 0
}

// openTags returns the opening tags still open at the end of s, outermost first.
func openTags(s string) []token {
	var stack []token
	for _, t := range tokenize(s) {
		switch t.kind {
		case tokOpen:
			stack = append(stack, t)
		case tokClose:
			if len(stack) > 0 && stack[len(stack)-1].name == t.name {
				stack = stack[:len(stack)-1]
			}
		}
	}
	return stack
}

// hasText reports whether s shows anything besides tags and whitespace.
func hasText(s string) bool {
	return strings.TrimSpace(stripTags(s)) != ""
}
