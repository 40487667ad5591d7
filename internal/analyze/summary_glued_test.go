package analyze

import "testing"

// TestSummaryCodeTagsOutsideSentences: initials and agency codes in
// brackets glued after a sentence's full stop, between two sentences of
// the lede or before its first word are no part of the summary, known
// codes or not; a bracket after a word belongs to its sentence.
func TestSummaryCodeTagsOutsideSentences(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: initials glued after the full stop", lang: "en",
			body: "The harbour board approved a second ferry line on Tuesday.(jw)\n\nThe line opens in spring.",
			want: "The harbour board approved a second ferry line on Tuesday. The line opens in spring.", exact: true},
		{name: "en: initials between two sentences", lang: "en",
			body: "The harbour board approved a second ferry line on Tuesday. [jw] Tickets go on sale in March, the board said.",
			want: "The harbour board approved a second ferry line on Tuesday. Tickets go on sale in March, the board said.", exact: true},
		{name: "ru: инициалы и агентство через косую черту", lang: "ru",
			body: "Городская дума одобрила строительство второго моста через реку. (мв/тасс) Работы начнутся весной, сообщили в мэрии.",
			want: "Городская дума одобрила строительство второго моста через реку. Работы начнутся весной, сообщили в мэрии.", exact: true},
		{name: "de: Kürzel am Ende eines einzigen Satzes", lang: "de",
			body: "Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen. (kw, ots)",
			want: "Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen.", exact: true},
		{name: "de: bekanntes Kürzel vor dem ersten Wort", lang: "de",
			body: "(dpa) Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen.",
			want: "Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen.", exact: true},
		{name: "de: Kürzel in Kleinbuchstaben vor dem Schlusspunkt des Absatzes", lang: "de",
			body: "Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen (kw).\n\nDie Linie soll im Frühjahr starten.",
			want: "Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen. Die Linie soll im Frühjahr starten.", exact: true},
		{name: "ru: инициалы строчными перед точкой в конце абзаца", lang: "ru",
			body: "Городская дума одобрила строительство второго моста через реку (ав/тасс).",
			want: "Городская дума одобрила строительство второго моста через реку.", exact: true},
		{name: "en: initials in lower case before the paragraph's last full stop", lang: "en",
			body: "The harbour board approved a second ferry line on Tuesday (jw).",
			want: "The harbour board approved a second ferry line on Tuesday.", exact: true},
		// Kept: brackets that belong to the sentence.
		{name: "en: an abbreviation in brackets before the full stop stays", lang: "en",
			body: "Finland formally joined the North Atlantic Treaty Organization (NATO).",
			want: "Finland formally joined the North Atlantic Treaty Organization (NATO).", exact: true},
		{name: "ru: аббревиатура в скобках внутри предложения остаётся", lang: "ru",
			body: "Представители Организации Объединённых Наций (ООН) прибыли в город в среду.",
			want: "Представители Организации Объединённых Наций (ООН) прибыли в город в среду.", exact: true},
		{name: "en: a remark in brackets opening the sentence stays", lang: "en",
			body: "(Correction) The minister said the plan would go to parliament next week.",
			want: "(Correction) The minister said", bad: nil},
		{name: "de: eine Ortsmarke bleibt", lang: "de",
			body: "Hamburg. Der Senat hat am Dienstag eine zweite Fährlinie beschlossen. (kw)",
			want: "Der Senat hat am Dienstag", bad: []string{"(kw)"}},
	})
	for _, tt := range []struct{ in, want string }{
		{"He left the room (ab).", "He left the room."},
		{"He left the room (NATO).", "He left the room (NATO)."},
		{"He left the room (ab) early.", "He left the room (ab) early."},
	} {
		if got := cutClosingTag(tt.in); got != tt.want {
			t.Errorf("cutClosingTag(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"He left. (ab)", "He left."},
		{"He left (ab).", "He left (ab)."},
		{"He left. (abcdef)", "He left. (abcdef)"},
		{"He left. (AP Photo)", "He left. (AP Photo)"},
		{"Он ушёл. [ав] Она осталась.", "Он ушёл. Она осталась."},
		{"(ab)", "(ab)"},
		{"He left. (ab) and then", "He left. (ab) and then"},
	} {
		if got := cutCodeTags(tt.in, false); got != tt.want {
			t.Errorf("cutCodeTags(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSummaryHeadlineAndCreditGluedBeforeTheLede: the page's headline, a
// stamp after it, or a picture's caption with its credit glued in front of
// the lede's first sentence in the same paragraph are no part of the
// summary; a lede that opens with the headline's words, or a headline
// followed by no sentence with a verb, stays.
func TestSummaryHeadlineAndCreditGluedBeforeTheLede(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: headline and date glued in front", lang: "en", title: "Harbour board backs second ferry line",
			body: "Harbour board backs second ferry line 05.12.2026 The harbour board approved a second ferry line on Tuesday after a long debate.",
			want: "The harbour board approved a second ferry line on Tuesday after a long debate.", exact: true},
		{name: "ru: заголовок через черту", lang: "ru", title: "Дума одобрила второй мост через реку",
			body: "Дума одобрила второй мост через реку | Городская дума одобрила строительство второго моста через реку во вторник.",
			want: "Городская дума одобрила строительство второго моста через реку во вторник.", exact: true},
		{name: "de: Schlagzeile vor dem ersten Satz", lang: "de", title: "Stadtrat beschließt zweite Fährlinie",
			body: "Stadtrat beschließt zweite Fährlinie Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen, teilte die Stadt mit.",
			want: "Der Stadtrat hat am Dienstag", bad: []string{"beschließt"}},
		{name: "en: a lede opening with the headline's words runs on", lang: "en", title: "Police arrest man in Leeds",
			body: "Police arrest man in Leeds after a chase through the city centre on Friday night.",
			want: "Police arrest man in Leeds after a chase", bad: nil},
		{name: "en: the headline's words before a name without a verb", lang: "en", title: "Police arrest man in Leeds",
			body: "Police arrest man in Leeds Peter Smith of Wakefield after the chase in the city centre.",
			want: "Police arrest man in Leeds Peter Smith", bad: nil},
		{name: "en: caption and credit glued before the lede", lang: "en",
			body: "Passengers wait at the pier in Leith. Photo: John Smith/AP The harbour board approved a second ferry line on Tuesday after a long debate.",
			want: "The harbour board approved a second ferry line on Tuesday after a long debate.", exact: true},
		{name: "ru: подпись и фото агентства перед первым предложением", lang: "ru",
			body: "Пассажиры ждут паром у причала. Фото: Иван Петров / ТАСС Городская дума одобрила строительство второго моста через реку во вторник.",
			want: "Городская дума одобрила строительство второго моста через реку во вторник.", exact: true},
		{name: "de: Bildunterschrift und Fotonachweis vor dem ersten Satz", lang: "de",
			body: "Passagiere warten am Anleger. Foto: Anna Weber/dpa Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen.",
			want: "Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen.", exact: true},
		{name: "en: a one-sentence lede with a place dateline stays whole", lang: "en",
			body: "LEITH — The harbour board approved a second ferry line on Tuesday.",
			want: "The harbour board approved a second ferry line on Tuesday.", exact: true},
	})
}

// TestSummaryStampGluedBeforeTheLede: a page's date or time stamp glued to
// the lede's first sentence without a colon, a dash or a bar is cut when it
// holds a clock time, a year or a numeric date and a sentence with a verb
// follows; a sentence that opens with a day and a month is news and stays.
func TestSummaryStampGluedBeforeTheLede(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: month, day, year and time", lang: "en",
			body: "Dec 5, 2026 14:30 The harbour board approved a second ferry line on Tuesday after a long debate.",
			want: "The harbour board approved a second ferry line on Tuesday after a long debate.", exact: true},
		{name: "en: weekday and date with a year", lang: "en",
			body: "Friday 5 December 2026 The harbour board approved a second ferry line on Tuesday after a long debate.",
			want: "The harbour board approved", bad: []string{"2026", "Friday"}},
		{name: "ru: время и дата перед первым предложением", lang: "ru",
			body: "12:30, 5 декабря 2026 Городская дума одобрила строительство второго моста через реку во вторник.",
			want: "Городская дума одобрила строительство второго моста через реку во вторник.", exact: true},
		{name: "de: Wochentag, Datum und Uhrzeit", lang: "de",
			body: "Freitag, 05.12.2026, 14:30 Uhr Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen.",
			want: "Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen.", exact: true},
		{name: "en: a time ago", lang: "en",
			body: "2 hours ago The harbour board approved a second ferry line on Tuesday after a long debate.",
			want: "The harbour board approved a second ferry line on Tuesday after a long debate.", exact: true},
		{name: "ru: часа назад", lang: "ru",
			body: "3 часа назад Городская дума одобрила строительство второго моста через реку во вторник.",
			want: "Городская дума одобрила строительство второго моста через реку во вторник.", exact: true},
		{name: "de: vor Stunden", lang: "de",
			body: "vor 2 Stunden Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen.",
			want: "Der Stadtrat hat am Dienstag eine zweite Fährlinie beschlossen.", exact: true},
		{name: "en: a time ago running on stays", lang: "en",
			body: "2 hours ago the harbour board approved a second ferry line after a long debate.",
			want: "2 hours ago the harbour board", bad: nil},
		// Kept: a day and a month opening the news, a time after a preposition.
		{name: "ru: время после предлога открывает новость", lang: "ru",
			body: "В 14:30 Путин проведёт совещание с членами правительства в Кремле.",
			want: "В 14:30 Путин проведёт", bad: nil},
		{name: "en: a time after At opens the news", lang: "en",
			body: "At 14:30 Police Scotland closed the harbour road after a crash near the pier.",
			want: "At 14:30 Police Scotland closed", bad: nil},
		{name: "ru: день и месяц открывают новость", lang: "ru",
			body: "29 декабря Городская дума одобрила строительство второго моста через реку.",
			want: "29 декабря Городская дума одобрила", bad: nil},
		{name: "en: a date opening the sentence after On", lang: "en",
			body: "On March 1, Harbour Master John Reid opened the second ferry line in Leith.",
			want: "On March 1, Harbour Master John Reid", bad: nil},
		{name: "en: a date running on in lower case", lang: "en",
			body: "December 5, 2026 was the day the harbour board approved a second ferry line.",
			want: "December 5, 2026 was the day", bad: nil},
	})
}
