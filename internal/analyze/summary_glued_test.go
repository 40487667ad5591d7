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
