package ingest

import (
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
)

func utc(y int, m time.Month, d, h, mi, s int) time.Time {
	return time.Date(y, m, d, h, mi, s, 0, time.UTC)
}

func TestParseDateLanguages(t *testing.T) {
	tests := []struct {
		name, in string
		want     time.Time
	}{
		// English
		{"en RFC 1123", "Sat, 16 Dec 2023 14:02:33 +0000", utc(2023, 12, 16, 14, 2, 33)},
		{"en month first, 12-hour PM, no zone", "Sat, Dec 16 2023 02:02:33 PM", utc(2023, 12, 16, 14, 2, 33)},
		{"en 12-hour AM at noon-past-midnight", "Dec 16, 2023 12:05 AM", utc(2023, 12, 16, 0, 5, 0)},
		{"en 12-hour a.m. dotted", "December 16, 2023 9:05 a.m. EST", utc(2023, 12, 16, 14, 5, 0)},
		{"en full names", "Thursday, 7 September 2023 10:00 GMT", utc(2023, 9, 7, 10, 0, 0)},
		{"en Sept and Thurs", "Thurs, 7 Sept. 2023 10:00", utc(2023, 9, 7, 10, 0, 0)},
		{"en two-digit year", "Thu, 07 Dec 17 10:00:29 -0800", utc(2017, 12, 7, 18, 0, 29)},
		{"en ordinal day", "Saturday, December 16th, 2023 at 2:02 pm", utc(2023, 12, 16, 14, 2, 0)},
		{"en upper case", "MON, 04 DEC 2023 08:00:00 PST", utc(2023, 12, 4, 16, 0, 0)},
		// Russian
		{"ru genitive", "16 ноября 2022 14:33", utc(2022, 11, 16, 14, 33, 0)},
		{"ru genitive with г. and в", "16 января 2020 г. в 14:33 MSK", utc(2020, 1, 16, 11, 33, 0)},
		{"ru abbreviated with dot", "ср, 16 нояб. 2022 14:33:00 +0300", utc(2022, 11, 16, 11, 33, 0)},
		{"ru feed abbreviation", "Пт, 04 Дек 2020 10:00:00 +0300", utc(2020, 12, 4, 7, 0, 0)},
		{"ru nominative, upper case", "ЧЕТВЕРГ, 2 МАРТ 2023 09:15", utc(2023, 3, 2, 9, 15, 0)},
		{"ru мая", "9 мая 2021, 10:00", utc(2021, 5, 9, 10, 0, 0)},
		// Ukrainian
		{"uk genitive", "24 березня 2022 о 18:00", utc(2022, 3, 24, 18, 0, 0)},
		{"uk abbreviated", "пт, 22 груд. 2023 20:15:00 +0200", utc(2023, 12, 22, 18, 15, 0)},
		{"uk apostrophe weekday", "П'ятниця, 1 вересня 2023 08:00", utc(2023, 9, 1, 8, 0, 0)},
		// German
		{"de dotted day", "Mi, 16. Nov. 2022 14:33:00 +0100", utc(2022, 11, 16, 13, 33, 0)},
		{"de long with um and Uhr", "Mittwoch, 16. März 2022 um 14:33 Uhr", utc(2022, 3, 16, 14, 33, 0)},
		{"de am before the date", "am 3. Oktober 2021, 09:00 MESZ", utc(2021, 10, 3, 7, 0, 0)},
		{"de Mrz", "Di, 01 Mrz 2022 08:00:00 +0100", utc(2022, 3, 1, 7, 0, 0)},
		// French
		{"fr abbreviated", "mer., 16 nov. 2022 00:38:15 +0100", utc(2022, 11, 15, 23, 38, 15)},
		{"fr accents and 14h33", "le 1 août 2022 à 14h33", utc(2022, 8, 1, 14, 33, 0)},
		{"fr févr unaccented", "lun, 7 fevr 2022 10:00:00 +0100", utc(2022, 2, 7, 9, 0, 0)},
		{"fr 1er", "mar. 1er août 2023 08:00", utc(2023, 8, 1, 8, 0, 0)},
		{"fr juil.", "ven. 15 juil. 2022 08:00", utc(2022, 7, 15, 8, 0, 0)},
		// Spanish
		{"es mar is Tuesday beside a month", "mar, 15 nov 2022 10:00:00 +0100", utc(2022, 11, 15, 9, 0, 0)},
		{"es long with de", "miércoles, 16 de noviembre de 2022 14:33", utc(2022, 11, 16, 14, 33, 0)},
		{"es ene.", "lun., 2 ene. 2023 07:00:00 -0500", utc(2023, 1, 2, 12, 0, 0)},
		// Portuguese
		{"pt corpus", "Seg, 24 Set 2018 19:20:00 -0300", utc(2018, 9, 24, 22, 20, 0)},
		{"pt long with de and às", "segunda-feira, 24 de setembro de 2018 às 19:20", utc(2018, 9, 24, 19, 20, 0)},
		{"pt out and dez", "Qui, 3 Out 2019 10:00:00 -0300", utc(2019, 10, 3, 13, 0, 0)},
		// Italian
		{"it corpus", "mer, 16 nov 2022 00:38:15 +0100", utc(2022, 11, 15, 23, 38, 15)},
		{"it long with alle ore", "mercoledì 16 novembre 2022 alle ore 14:33", utc(2022, 11, 16, 14, 33, 0)},
		{"it gen mag ott", "gio, 05 mag 2022 10:00:00 +0200", utc(2022, 5, 5, 8, 0, 0)},
		// Turkish
		{"tr abbreviated", "Çar, 16 Kas 2022 14:33:00 +0300", utc(2022, 11, 16, 11, 33, 0)},
		{"tr long with saat", "16 Kasım 2022 Çarşamba saat 14:33", utc(2022, 11, 16, 14, 33, 0)},
		{"tr dotless and folded", "Cuma, 2 Aralik 2022 09:00 TRT", utc(2022, 12, 2, 6, 0, 0)},
		{"tr Şubat", "1 ŞUBAT 2023 10:00", utc(2023, 2, 1, 10, 0, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseDate(tt.in)
			if !ok {
				t.Fatalf("parseDate(%q) failed, want %v", tt.in, tt.want)
			}
			if !got.Equal(tt.want) || got.Location() != time.UTC {
				t.Errorf("parseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseDateNumeric(t *testing.T) {
	tests := []struct {
		name, in string
		want     time.Time
	}{
		{"slashes year first", "2020/1/10 14:33:00", utc(2020, 1, 10, 14, 33, 0)},
		{"dots day first", "10.01.2020 14:33", utc(2020, 1, 10, 14, 33, 0)},
		{"dots, only day first possible", "13.01.2020", utc(2020, 1, 13, 0, 0, 0)},
		{"dots with a two-digit year", "10.01.20 08:00", utc(2020, 1, 10, 8, 0, 0)},
		{"dashes year first", "2020-01-10 14:33", utc(2020, 1, 10, 14, 33, 0)},
		{"dashes day first", "10-01-2020 14:33", utc(2020, 1, 10, 14, 33, 0)},
		{"ISO with T, fraction and Z", "2020-01-10T14:33:00.250Z", time.Date(2020, 1, 10, 14, 33, 0, 250e6, time.UTC)},
		{"ISO with offset", "2020-01-10T14:33:00+05:00", utc(2020, 1, 10, 9, 33, 0)},
		{"slashes, only month first possible", "01/13/2020 2:33 PM", utc(2020, 1, 13, 14, 33, 0)},
		{"slashes, only day first possible", "13/01/2020 14:33", utc(2020, 1, 13, 14, 33, 0)},
		{"slashes, day equals month", "05/05/2020", utc(2020, 5, 5, 0, 0, 0)},
		{"GMT with a short offset", "10.01.2020 14:33 GMT+3", utc(2020, 1, 10, 11, 33, 0)},
		{"offset and zone name", "2020-01-10 14:33:00 +0300 (MSK)", utc(2020, 1, 10, 11, 33, 0)},
		{"India half hour", "2019-05-29 10:00 IST", utc(2019, 5, 29, 4, 30, 0)},
		{"Unix seconds", "1518478934", time.Unix(1518478934, 0).UTC()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseDate(tt.in)
			if !ok {
				t.Fatalf("parseDate(%q) failed, want %v", tt.in, tt.want)
			}
			if !got.Equal(tt.want) {
				t.Errorf("parseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseDateRefuses(t *testing.T) {
	for _, in := range []string{
		"",
		"yesterday",
		"10/01/2020",                        // October or January: no way to tell
		"16 ноября",                         // no year
		"Nov 2022",                          // no day
		"jui 16 2022",                       // juin or juillet
		"31.02.2020",                        // no such day
		"2020-01-10 25:00",                  // no such hour
		"2020-01-10 13:00 PM",               // 13 PM
		"16 nov 2022 foo",                   // an unknown word
		"16 nov 17 dec 2022",                // two months
		"2020-01-10 14:33 2020-01-11",       // two dates
		"Mon, 16 Nov 2022 10:00 +2500",      // no such offset
		"2020/1/10 14:33:00 and then again", // trailing words
		"123456789012345678901234567890",
	} {
		if got, ok := parseDate(in); ok {
			t.Errorf("parseDate(%q) = %v, want a refusal", in, got)
		}
	}
}

// Every listed month name, abbreviation and accent-free spelling reads as
// its month; a prefix two months share reads as neither.
func TestMonthIndex(t *testing.T) {
	for i, forms := range monthNames {
		for _, f := range forms {
			if got := monthOf(foldAccents(f)); got != i+1 {
				t.Errorf("month of %q = %d, want %d", f, got, i+1)
			}
		}
	}
	for w, want := range map[string]int{"jui": -1, "juil": 7, "juin": 6, "aout": 8, "agustos": 8, "sub": 2, "septemb": 9, "ма": 0} {
		if got := monthOf(w); got != want {
			t.Errorf("month of %q = %d, want %d", w, got, want)
		}
	}
}

func TestItemPublishedPlausibility(t *testing.T) {
	now := utc(2026, 12, 4, 12, 0, 0)
	ptr := func(t time.Time) *time.Time { return &t }
	tests := []struct {
		name      string
		it        gofeed.Item
		want      time.Time
		wantKnown bool
	}{
		{"parsed by gofeed", gofeed.Item{PublishedParsed: ptr(utc(2026, 12, 3, 8, 0, 0))}, utc(2026, 12, 3, 8, 0, 0), true},
		{"text only, read by the fallback", gofeed.Item{Published: "Seg, 24 Set 2018 19:20:00 -0300"}, utc(2018, 9, 24, 22, 20, 0), true},
		{"published unreadable, updated used", gofeed.Item{Published: "soon", UpdatedParsed: ptr(utc(2026, 11, 30, 0, 0, 0))}, utc(2026, 11, 30, 0, 0, 0), true},
		{"hours ahead is brought back to now", gofeed.Item{PublishedParsed: ptr(now.Add(5 * time.Hour))}, now, true},
		{"more than a day ahead is unknown", gofeed.Item{PublishedParsed: ptr(now.Add(25 * time.Hour))}, time.Time{}, false},
		{"before 1995 is unknown", gofeed.Item{PublishedParsed: ptr(utc(1994, 12, 31, 23, 0, 0))}, time.Time{}, false},
		{"1970 placeholder is unknown", gofeed.Item{PublishedParsed: ptr(time.Unix(0, 0))}, time.Time{}, false},
		{"no date at all", gofeed.Item{}, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := itemPublished(&tt.it, now)
			if ok != tt.wantKnown || !got.Equal(tt.want) {
				t.Errorf("itemPublished = %v, %v; want %v, %v", got, ok, tt.want, tt.wantKnown)
			}
		})
	}
}

func BenchmarkParseDate(b *testing.B) {
	for b.Loop() {
		parseDate("Seg, 24 Set 2018 19:20:00 -0300")
	}
}
