package render

import (
	"strconv"
	"time"
)

var (
	weekdaysEN = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	weekdaysRU = [7]string{"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"}
	monthsEN   = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	// Russian dates put the month in the genitive: "27 ноября".
	monthsRU = [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
)

// longDate formats t as "Friday, 27 November" or "пятница, 27 ноября".
// The zone is the caller's: convert t first.
func longDate(t time.Time, ru bool) string {
	day := strconv.Itoa(t.Day())
	if ru {
		return weekdaysRU[t.Weekday()] + ", " + day + " " + monthsRU[t.Month()-1]
	}
	return weekdaysEN[t.Weekday()] + ", " + day + " " + monthsEN[t.Month()-1]
}

// LongDate formats t as "Friday, 27 November" in English or "пятница,
// 27 ноября" in Russian ("ru"). The zone is the caller's: convert t first.
func LongDate(t time.Time, lang string) string { return longDate(t, isRussian(lang)) }

// inZone converts t to loc, treating a nil loc as UTC.
func inZone(t time.Time, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	return t.In(loc)
}
