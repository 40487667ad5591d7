package bot

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// filterEdit is what /filter's arguments ask: words to require (+) and to
// hide (-), in the order typed, or to clear the filter.
type filterEdit struct {
	include, exclude []string
	clear            bool
}

// filterError says why /filter's arguments were refused.
type filterError struct {
	id   i18n.Key // i18n.MsgFilterBadWord, i18n.MsgFilterTooLong
	word string   // as typed
}

// parseFilterArgs reads "+gas -football -футбол": each word has a sign in
// front ("+ gas" and "−gas", with a minus sign or a dash, are read too),
// and is letters and digits, with hyphens or apostrophes inside. Words are
// kept in lower case; "clear" (or "off", "очистить") clears.
func parseFilterArgs(args string) (filterEdit, *filterError) {
	switch strings.ToLower(strings.TrimSpace(args)) {
	case "clear", "off", "none", "reset", "очистить", "сброс", "нет":
		return filterEdit{clear: true}, nil
	}
	var e filterEdit
	words := splitArgs(args)
	for i := 0; i < len(words); i++ {
		w := words[i]
		sign, rest := signOf(w)
		if sign != 0 && rest == "" && i+1 < len(words) {
			i++ // "+ gas"
			rest = words[i]
			w = w + " " + rest
		}
		if sign == 0 || !filterWord(rest) {
			return filterEdit{}, &filterError{id: i18n.MsgFilterBadWord, word: w}
		}
		if utf8.RuneCountInString(rest) > news.MaxKeywordLen {
			return filterEdit{}, &filterError{id: i18n.MsgFilterTooLong, word: rest}
		}
		rest = strings.ToLower(rest)
		if sign == '+' {
			e.include = append(e.include, rest)
		} else {
			e.exclude = append(e.exclude, rest)
		}
	}
	if len(e.include)+len(e.exclude) == 0 {
		return filterEdit{}, &filterError{id: i18n.MsgFilterBadWord, word: args}
	}
	return e, nil
}

// signOf splits the sign off a filter word: '+' or '-' (a minus sign and
// dashes, which phones put in for "-", count as '-'); 0 when there is none.
func signOf(w string) (rune, string) {
	r, n := utf8.DecodeRuneInString(w)
	switch r {
	case '+':
		return '+', w[n:]
	case '-', '−', '–', '—':
		return '-', w[n:]
	}
	return 0, w
}

// filterWord reports whether w is one word: letters and digits (with the
// combining marks they carry, as Hindi vowel signs), with
// single hyphens or apostrophes between them.
func filterWord(w string) bool {
	if w == "" {
		return false
	}
	prevJoin := true
	for _, r := range w {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r):
			prevJoin = false
		case (r == '-' || r == '\'' || r == '’') && !prevJoin:
			prevJoin = true
		default:
			return false
		}
	}
	return !prevJoin
}

// apply returns f changed by e: a word moves to the side it was last given;
// the same word twice counts once.
func (e filterEdit) apply(f news.KeywordFilter) news.KeywordFilter {
	if e.clear {
		return news.KeywordFilter{}
	}
	out := news.KeywordFilter{Include: slices.Clone(f.Include), Exclude: slices.Clone(f.Exclude)}
	add := func(to, from *[]string, w string) {
		*from = slices.DeleteFunc(*from, func(x string) bool { return x == w })
		if !slices.Contains(*to, w) {
			*to = append(*to, w)
		}
	}
	for _, w := range e.include {
		add(&out.Include, &out.Exclude, w)
	}
	for _, w := range e.exclude {
		add(&out.Exclude, &out.Include, w)
	}
	return out
}

// filterSummary is the filter in a few lines for replies and /settings.
func filterSummary(f news.KeywordFilter, lang string) string {
	if f.Empty() {
		return text(lang, i18n.MsgFilterNone)
	}
	var lines []string
	if len(f.Include) > 0 {
		lines = append(lines, text(lang, i18n.MsgFilterOnly, quoteWords(f.Include, "+")))
	}
	if len(f.Exclude) > 0 {
		lines = append(lines, text(lang, i18n.MsgFilterHide, quoteWords(f.Exclude, "−")))
	}
	return strings.Join(lines, "\n")
}

// filterShort is the filter on one line: "+gas −football".
func filterShort(f news.KeywordFilter, lang string) string {
	if f.Empty() {
		return text(lang, i18n.MsgMuteNone)
	}
	return strings.TrimSpace(quoteWords(f.Include, "+") + " " + quoteWords(f.Exclude, "−"))
}

func quoteWords(words []string, sign string) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = sign + render.Escape(w)
	}
	return strings.Join(parts, " ")
}

// cmdFilter serves /filter: show, change (+word -word) or clear.
func (b *Bot) cmdFilter(ctx context.Context, u Update, args string) error {
	if strings.TrimSpace(args) == "" {
		return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
			if s == nil {
				return b.say(ctx, u, text(lang, i18n.MsgNeedStart))
			}
			ok, _ := b.mayChange(ctx, u)
			_, err := b.transport.Send(ctx, u.ChatID, b.filterReply(s, lang, u.ChatID, ok))
			return err
		})
	}
	return b.withSubscriber(ctx, u, true, func(s *news.Subscriber, lang string) error {
		e, ferr := parseFilterArgs(args)
		if ferr != nil {
			word := "“" + render.Escape(firstRunes(ferr.word, 40)) + "”"
			if ferr.id == i18n.MsgFilterTooLong {
				return b.say(ctx, u, text(lang, i18n.MsgFilterTooLong, word, news.MaxKeywordLen))
			}
			return b.say(ctx, u, text(lang, i18n.MsgFilterBadWord, word))
		}
		f := e.apply(s.Keywords)
		if f.Len() > news.MaxKeywords {
			return b.say(ctx, u, text(lang, i18n.MsgFilterTooMany, news.MaxKeywords, f.Len()))
		}
		s.Keywords = f
		if err := b.store.SaveSubscriber(ctx, *s); err != nil {
			return b.failed(ctx, u, err)
		}
		if e.clear {
			return b.say(ctx, u, text(lang, i18n.MsgFilterCleared))
		}
		r := Reply{Lang: lang, Text: text(lang, i18n.MsgFilterSaved, filterSummary(f, lang)), DisablePreview: true,
			Keyboard: [][]Button{{{Text: text(lang, i18n.MsgBtnFilterClear), Data: withTarget("f:clear", s, u.ChatID)}}}}
		_, err := b.transport.Send(ctx, u.ChatID, r)
		return err
	})
}

// filterReply shows the filter, with a button to clear it for those who may.
func (b *Bot) filterReply(s *news.Subscriber, lang string, chatID int64, buttons bool) Reply {
	r := Reply{Lang: lang, Text: text(lang, i18n.MsgFilterShow, filterSummary(s.Keywords, lang)), DisablePreview: true}
	if buttons {
		var row []Button
		if !s.Keywords.Empty() {
			row = append(row, Button{Text: text(lang, i18n.MsgBtnFilterClear), Data: withTarget("f:clear", s, chatID)})
		}
		row = append(row, Button{Text: text(lang, i18n.MsgBtnBack), Data: withTarget("f:done", s, chatID)})
		r.Keyboard = [][]Button{row}
	}
	return r
}

// muteKeyboard offers to unmute each muted outlet (u:<feed id>), then back.
func (b *Bot) muteKeyboard(s *news.Subscriber, names map[int64]string, lang string, chatID int64) [][]Button {
	var rows [][]Button
	for _, id := range s.MutedFeeds {
		rows = append(rows, []Button{{Text: "🔈 " + names[id], Data: withTarget("u:"+strconv.FormatInt(id, 10), s, chatID)}})
	}
	return append(rows, []Button{{Text: text(lang, i18n.MsgBtnBack), Data: withTarget("f:done", s, chatID)}})
}
