package analyze

import "testing"

// TestQuotesPlaceBeforeSurname: a place after a preposition right before a
// surname («под Минском Лукашенко отметил», "near Baranovichi Lukashenko
// said") is not the speaker's first name.
func TestQuotesPlaceBeforeSurname(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru под Минском Лукашенко", "ru",
			"Говоря о задержании под Минском Лукашенко отметил, что никакого сговора нет. «Не взрывайте обстановку, иначе будет тяжело всем нам», — сказал он.",
			[]wantQuote{{"Не взрывайте обстановку", "Александр Лукашенко"}}},
		{"ru в Барановичах Лукашенко", "ru",
			"Выступая в Барановичах Лукашенко отметил, что никакого сговора нет. «Не взрывайте обстановку, иначе будет тяжело всем нам», — сказал он.",
			[]wantQuote{{"Не взрывайте обстановку", "Александр Лукашенко"}}},
		{"en near Baranovichi Lukashenko", "en",
			"Speaking near Baranovichi Lukashenko said there was no deal. “Do not blow up the situation, or it will be hard for all of us,” he said.",
			[]wantQuote{{"Do not blow up", "Lukashenko"}}},
		{"en a first name stays", "en",
			"Speaking in Minsk, Alexander Lukashenko said there was no deal. “Do not blow up the situation, or it will be hard for all of us,” he said.",
			[]wantQuote{{"Do not blow up", "Alexander Lukashenko"}}},
	})
}
