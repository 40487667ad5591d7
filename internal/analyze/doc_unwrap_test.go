package analyze

import (
	"strings"
	"testing"
)

// hardWrap breaks each paragraph of text (one a line) into lines of at
// most width bytes at spaces, as a plain-text page stores it; paragraphs
// stay one line break apart.
func hardWrap(text string, width int) string {
	var b strings.Builder
	for i, p := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		n := 0
		for j, w := range strings.Fields(p) {
			if j > 0 {
				if n+1+len(w) > width {
					b.WriteByte('\n')
					n = 0
				} else {
					b.WriteByte(' ')
					n++
				}
			}
			b.WriteString(w)
			n += len(w)
		}
	}
	return b.String()
}

const (
	wrapEn = "The city council voted on Tuesday evening to close the old bridge over the river for repairs that will last until the end of next summer, the mayor's office said.\n" +
		"Drivers will be sent over the northern bypass, which adds about fifteen minutes to a trip into the centre during the morning rush, according to the traffic department.\n" +
		"Shop owners on both banks said they feared losing customers and asked the council to keep at least one lane open for buses and delivery vans during the works."
	wrapRu = "Городская дума во вторник вечером решила закрыть старый мост через реку на ремонт, который продлится до конца следующего лета, сообщили в мэрии.\n" +
		"Водителей направят по северному обходу, что добавит около пятнадцати минут к поездке в центр в утренний час пик, уточнили в дорожном департаменте.\n" +
		"Владельцы магазинов на обоих берегах опасаются потерять покупателей и попросили оставить хотя бы одну полосу для автобусов и машин доставки."
	wrapDe = "Der Stadtrat hat am Dienstagabend beschlossen, die alte Brücke über den Fluss für Reparaturen zu sperren, die bis zum Ende des nächsten Sommers dauern werden.\n" +
		"Autofahrer werden über die nördliche Umgehung geleitet, was die Fahrt ins Zentrum im morgendlichen Berufsverkehr um etwa fünfzehn Minuten verlängert."
)

// TestUnwrapLines: a hard-wrapped body has the breaks inside its sentences
// turned into spaces, and keeps those after a sentence's end; ordinary
// prose (one paragraph a line), lists, headings, bylines and a chat's turns
// keep every break.
func TestUnwrapLines(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"en: wrapped at 70", hardWrap(wrapEn, 70), wrapEn},
		{"ru: wrapped at 60 bytes", hardWrap(wrapRu, 110), wrapRu},
		{"de: wrapped at 64", hardWrap(wrapDe, 64), wrapDe},
		{"en: spaces around a break become one", strings.ReplaceAll(hardWrap(wrapEn, 70), "\n", " \n "), strings.ReplaceAll(wrapEn, "\n", " \n ")},
		{"en: a word broken at a hyphen joins without a space",
			"The regional water company will replace the old pipes under the main\nstreet next month, and the works will close the road to through traf-\nfic for about three weeks, the company said in a statement on Monday.\nResidents will keep their water supply during the works, as the new\npipes are laid beside the old ones before the supply is switched over,\nand the shops on the street stay open with access from the back lanes.",
			"The regional water company will replace the old pipes under the main street next month, and the works will close the road to through traf-fic for about three weeks, the company said in a statement on Monday.\nResidents will keep their water supply during the works, as the new pipes are laid beside the old ones before the supply is switched over, and the shops on the street stay open with access from the back lanes."},
		{"en: ordinary paragraphs stay", wrapEn + "\n" + wrapEn, wrapEn + "\n" + wrapEn},
		{"ru: ordinary paragraphs stay", wrapRu + "\n" + wrapRu, wrapRu + "\n" + wrapRu},
		{"en: a heading and a byline above a wrapped text stay",
			"Bridge to close for a year\nBy Anna Miller and Tom Baker, City Desk\n" + hardWrap(wrapEn, 70),
			"Bridge to close for a year\nBy Anna Miller and Tom Baker, City Desk\n" + wrapEn},
		{"en: a list under a wrapped text stays",
			hardWrap(wrapEn, 70) + "\nWhat changes for drivers:\n- the bypass opens to lorries at night\n- buses keep one lane over the old bridge\n- parking on the quay is free until the works end",
			wrapEn + "\nWhat changes for drivers:\n- the bypass opens to lorries at night\n- buses keep one lane over the old bridge\n- parking on the quay is free until the works end"},
		{"en: a chat's turns stay",
			"anna: did anyone see the bridge will close for a whole year now\nbob: yes they voted on it last night after a very long debate\ncarl: great, another fifteen minutes on the bypass every morning\nanna: and the shops on the quay will suffer the most from it all\nbob: they asked for one lane to stay open for the buses at least\ncarl: the council never listens to them anyway, it never did",
			"anna: did anyone see the bridge will close for a whole year now\nbob: yes they voted on it last night after a very long debate\ncarl: great, another fifteen minutes on the bypass every morning\nanna: and the shops on the quay will suffer the most from it all\nbob: they asked for one lane to stay open for the buses at least\ncarl: the council never listens to them anyway, it never did"},
		{"en: a photo report's short captions stay",
			"the square at noon\npolice ask the crowd to leave the square now\nbut they stay\nso the officers try again later\nand give up\nthe square at ten in the evening, still full\nthe crowd goes home after midnight",
			"the square at noon\npolice ask the crowd to leave the square now\nbut they stay\nso the officers try again later\nand give up\nthe square at ten in the evening, still full\nthe crowd goes home after midnight"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := tc.body
			if mayBeWrapped(body) {
				body = unwrapLines(body, "Headline")
			}
			if body != tc.want {
				t.Errorf("got\n%s\nwant\n%s", body, tc.want)
			}
		})
	}
}

// TestSummaryWrappedBody: the summary of a hard-wrapped page is its lede's
// whole sentences, not a line of one.
func TestSummaryWrappedBody(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en", lang: "en", title: "Old bridge to close for repairs", body: hardWrap(wrapEn, 68),
			want: "The city council voted on Tuesday evening to close the old bridge over the river for repairs that will last until the end of next summer, the mayor's office said."},
		{name: "ru", lang: "ru", title: "Старый мост закроют на ремонт", body: hardWrap(wrapRu, 120),
			want: "Городская дума во вторник вечером решила закрыть старый мост через реку на ремонт, который продлится до конца следующего лета, сообщили в мэрии."},
		{name: "de", lang: "de", title: "Alte Brücke wird gesperrt", body: hardWrap(wrapDe, 66),
			want: "Der Stadtrat hat am Dienstagabend beschlossen, die alte Brücke über den Fluss für Reparaturen zu sperren, die bis zum Ende des nächsten Sommers dauern werden."},
	})
}
