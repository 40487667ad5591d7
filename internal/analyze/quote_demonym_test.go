package analyze

import "testing"

// TestQuotesDemonymBeforeName: a noun of nationality between the speech
// verb and the name («— говорит шотландец Иан Портерфилд», "said Dutchman
// Arno Pijpers") describes the speaker and is no word of his name.
func TestQuotesDemonymBeforeName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a demonym noun after the verb", "ru",
			"– Мы хорошо подготовились к этому матчу и заслужили победу, – говорит шотландец Иан Портерфилд, главный тренер сборной.",
			[]wantQuote{{"Мы хорошо подготовились к этому матчу", "Иан Портерфилд"}}},
		{"ru a woman's demonym noun", "ru",
			"– Мы хорошо подготовились к этому матчу и заслужили победу, – сказала испанка Мария Гарсия, капитан команды.",
			[]wantQuote{{"Мы хорошо подготовились к этому матчу", "Мария Гарсия"}}},
		{"en a capitalised demonym noun is no first name", "en",
			"\"We prepared well for this match and deserved the win,\" said Scotsman Ian Porterfield, the coach of the team.",
			[]wantQuote{{"We prepared well for this match", "Ian Porterfield"}}},
		{"en Spaniard", "en",
			"\"We prepared well for this match and deserved the win,\" said Spaniard Maria Garcia.",
			[]wantQuote{{"We prepared well for this match", "Maria Garcia"}}},
	})
}
