package analyze

import "testing"

// TestQuotesDativeFirstNameSpeaker: a role resolved to a man named in the
// dative before a surname that does not decline («вручил мэру города Петру
// Кириченко … — отметил председатель горисполкома») gives his name in the
// nominative, never «Петру Кириченко»; an English name ending so (Petru)
// is left as written.
func TestQuotesDativeFirstNameSpeaker(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a role resolved to a dative name", "ru",
			"Город стал лучшим в конкурсе благоустройства.\n\nВымпел победителя мэру города Петру Кириченко вручил министр Андрей Хмель. - Мы много лет занимаемся благоустройством и ремонтируем дворы и скверы во всех районах, - отметил председатель горисполкома.",
			[]wantQuote{{"Мы много лет занимаемся благоустройством", "Петр Кириченко"}}},
		{"en a name ending in -u stays", "en",
			"The city won the clean-up contest.\n\nThe winner's pennant was handed to Mayor Petru Kirichenko by the minister. \"We have been improving yards and parks in every district for years,\" the mayor said.",
			[]wantQuote{{"We have been improving yards", "Petru Kirichenko"}}},
	})
}

// TestRuDativeFirstName: the nominative of a man's first name in the
// dative, when the name rows read one back; a woman's dative, a name of
// no such ending or one too short gives none.
func TestRuDativeFirstName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Петру", "Петр"}, {"Ивану", "Иван"}, {"Сергею", "Сергей"}, {"Игорю", "Игорь"}, {"Нурлану", "Нурлан"},
		{"Анне", ""}, {"Петр", ""}, {"Ню", ""},
	} {
		if got := ruDativeFirstName(tt.in); got != tt.want {
			t.Errorf("ruDativeFirstName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
