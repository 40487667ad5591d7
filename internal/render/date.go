package render

import (
	"strconv"
	"time"

	"github.com/newsbot/newsbot/internal/i18n"
)

// longDate formats t as "Friday, 27 November" or "пятница, 27 ноября",
// with the day's and month's names from lang's catalog. The zone is the
// caller's: convert t first.
func longDate(t time.Time, lang i18n.Lang) string {
	return lang.Weekday(t.Weekday()) + ", " + strconv.Itoa(t.Day()) + " " + lang.Month(t.Month())
}

// LongDate formats t as "Friday, 27 November" in English or "пятница,
// 27 ноября" in Russian (lang is a tag, see i18n.Parse). The zone is the
// caller's: convert t first.
func LongDate(t time.Time, lang string) string { return longDate(t, i18n.Parse(lang)) }

// inZone converts t to loc, treating a nil loc as UTC.
func inZone(t time.Time, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	return t.In(loc)
}
