package analyze

import (
	"slices"
	"testing"
)

// TestSplitAbbreviationsInOtherLanguages: a street, a sum or a title
// abbreviated with a dot before a capital does not end the sentence in
// Ukrainian, Turkish, German, Spanish, Italian and French, as in Russian
// and English; a sentence ending on an ordinary word still ends.
func TestSplitAbbreviationsInOtherLanguages(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"uk: вул. before a street's name", "uk",
			"Депутати виділили кошти на ремонт даху по вул. Шевченка у Херсоні. Роботи почнуться навесні.",
			[]string{"Депутати виділили кошти на ремонт даху по вул. Шевченка у Херсоні.", "Роботи почнуться навесні."}},
		{"tr: Doç. Dr. before a name", "tr",
			"Toplantıya Belediye Başkanı Doç. Dr. Ahmet Yılmaz da katıldı. Park yaz sonunda açılacak.",
			[]string{"Toplantıya Belediye Başkanı Doç. Dr. Ahmet Yılmaz da katıldı.", "Park yaz sonunda açılacak."}},
		{"de: Str. and Nr. before a capital", "de",
			"Die Polizei sperrte die Hauptstr. Richtung Innenstadt und das Haus Nr. Zwölf. Ein Lastwagen hatte Öl verloren.",
			[]string{"Die Polizei sperrte die Hauptstr. Richtung Innenstadt und das Haus Nr. Zwölf.", "Ein Lastwagen hatte Öl verloren."}},
		{"es: Sra. and avda. before a name", "es",
			"La Sra. Martínez inauguró el parque de la avda. Constitución. Asistieron cientos de vecinos.",
			[]string{"La Sra. Martínez inauguró el parque de la avda. Constitución.", "Asistieron cientos de vecinos."}},
		{"it: dott. before a name", "it",
			"Il ferito è stato operato dal dott. Bianchi nella notte. Le sue condizioni sono stabili.",
			[]string{"Il ferito è stato operato dal dott. Bianchi nella notte.", "Le sue condizioni sono stabili."}},
		{"fr: Mme. before a name", "fr",
			"La maire, Mme. Dupont, a inauguré la crèche. Les parents étaient nombreux.",
			[]string{"La maire, Mme. Dupont, a inauguré la crèche.", "Les parents étaient nombreux."}},
		{"ru: ул. as before", "ru",
			"Ремонт дома на ул. Ленина начнётся в мае. Жильцов переселят на время работ.",
			[]string{"Ремонт дома на ул. Ленина начнётся в мае.", "Жильцов переселят на время работ."}},
		{"de: an ordinal day before its month", "de",
			"Ab 1. Mai soll der Rabatt greifen. Die Preise sinken am 3. Juni erneut.",
			[]string{"Ab 1. Mai soll der Rabatt greifen.", "Die Preise sinken am 3. Juni erneut."}},
		{"de: a number closing a sentence still ends it", "de",
			"Die Mannschaft verlor mit 0:3. Oktober wird schwer für den Verein.",
			[]string{"Die Mannschaft verlor mit 0:3.", "Oktober wird schwer für den Verein."}},
		{"en: a sentence ending in 'on' still ends", "en",
			"The lights went off and came back on. Nobody knew why.",
			[]string{"The lights went off and came back on.", "Nobody knew why."}},
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
