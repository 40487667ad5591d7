package analyze

import (
	"slices"
	"testing"
)

// TestSplitLowQuotationMarks: the low mark „ opens a quotation that “
// (German „…“) or ” (Czech, Polish „…”) closes, inside «…» too (Ukrainian
// and Russian), and the English “ is closed by ”. A sentence end inside a
// quotation ends no sentence; the sentences after the quotation are split.
// A mark never closed in its paragraph opens nothing, so it swallows none
// of the sentences after it; one that opens the paragraph runs on (a
// quotation going on into the next paragraph).
func TestSplitLowQuotationMarks(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"de: „…“ inside a sentence", "de",
			"Der Bürgermeister nannte den Plan „einen guten Anfang“ für die Stadt. Der Rat stimmte zu. Die Arbeiten beginnen im Mai.",
			[]string{"Der Bürgermeister nannte den Plan „einen guten Anfang“ für die Stadt.", "Der Rat stimmte zu.", "Die Arbeiten beginnen im Mai."}},
		{"de: sentences inside „…“", "de",
			"Die Ministerin sagte: „Wir sind bereit. Die Gespräche gehen weiter.“ Am Abend reiste sie ab. Die Delegation blieb.",
			[]string{"Die Ministerin sagte: „Wir sind bereit. Die Gespräche gehen weiter.“", "Am Abend reiste sie ab.", "Die Delegation blieb."}},
		{"de: two quotations in a row", "de",
			"Er sprach von „Mut“ und von „Geduld“. Danach fuhr er nach Hause.",
			[]string{"Er sprach von „Mut“ und von „Geduld“.", "Danach fuhr er nach Hause."}},
		{"pl: „…” closed by the English closing mark", "pl",
			"Burmistrz nazwał budżet „dużym sukcesem” dla miasta. Radni go przyjęli.",
			[]string{"Burmistrz nazwał budżet „dużym sukcesem” dla miasta.", "Radni go przyjęli."}},
		{"uk: „…“ inside «…»", "uk",
			"Голова громади заявив: «Ми назвали проєкт „Новий міст“. Роботи почнуться навесні». Депутати підтримали рішення. Кошти вже є.",
			[]string{"Голова громади заявив: «Ми назвали проєкт „Новий міст“. Роботи почнуться навесні».", "Депутати підтримали рішення.", "Кошти вже є."}},
		{"ru: „…“ inside «…»", "ru",
			"Директор сказал: «Наш фестиваль „Белые ночи“ пройдёт в июле. Билеты уже продаются». Гостей ждут из трёх стран.",
			[]string{"Директор сказал: «Наш фестиваль „Белые ночи“ пройдёт в июле. Билеты уже продаются».", "Гостей ждут из трёх стран."}},
		{"ru: „…“ on its own", "ru",
			"Команда назвала сезон „лучшим за десять лет“. Болельщики с этим согласны.",
			[]string{"Команда назвала сезон „лучшим за десять лет“.", "Болельщики с этим согласны."}},
		{"en: “…” inside a sentence", "en",
			"The mayor called the plan “a good start” for the town. The council agreed. Work begins in May.",
			[]string{"The mayor called the plan “a good start” for the town.", "The council agreed.", "Work begins in May."}},
		{"en: sentences inside “…”", "en",
			"The minister said: “We are ready. Talks go on.” In the evening the delegation left.",
			[]string{"The minister said: “We are ready. Talks go on.”", "In the evening the delegation left."}},
		{"de: a „ never closed", "de",
			"Der Verein sprach von einem „historischen Tag. Die Feier dauerte bis Mitternacht. Am Morgen wurde aufgeräumt.",
			[]string{"Der Verein sprach von einem „historischen Tag.", "Die Feier dauerte bis Mitternacht.", "Am Morgen wurde aufgeräumt."}},
		{"ru: a „ never closed", "ru",
			"Клуб назвал матч „историческим. Праздник длился до полуночи. Утром начали уборку.",
			[]string{"Клуб назвал матч „историческим.", "Праздник длился до полуночи.", "Утром начали уборку."}},
		{"en: a “ never closed", "en",
			"The club spoke of a “historic day. The party lasted until midnight. Cleaning began in the morning.",
			[]string{"The club spoke of a “historic day.", "The party lasted until midnight.", "Cleaning began in the morning."}},
		{"en: a quotation running on into the next paragraph", "en",
			"“We played well in the first half. We lost anyway.\n“Next week is another game,” the coach said.",
			[]string{"“We played well in the first half. We lost anyway.", "“Next week is another game,” the coach said."}},
		{"de: a quotation running on into the next paragraph", "de",
			"„Wir haben gut gespielt. Verloren haben wir trotzdem.\n„Nächste Woche kommt das nächste Spiel“, sagte der Trainer.",
			[]string{"„Wir haben gut gespielt. Verloren haben wir trotzdem.", "„Nächste Woche kommt das nächste Spiel“, sagte der Trainer."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentencesOf(a, tt.body, tt.lang)
			if !slices.Equal(got, tt.want) {
				t.Errorf("sentences %q, want %q", got, tt.want)
			}
		})
	}
}
