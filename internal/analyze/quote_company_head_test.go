package analyze

import "testing"

// TestQuotesCompanyHead: capitalised words before a company's head word
// ("Harper Dunmore Tyres", «Хендерсон Индастриз») name a company, whose
// statement is no person's quotation; a person named beside it still
// speaks.
func TestQuotesCompanyHead(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a company's statement", "en",
			"The tyre maker said on Friday it would close its plant in Derby.\n“Closing the plant is the only option left after two years of losses at the site,” said Harper Dunmore Tyres UK in a statement.\nPlant manager Alan Pike expressed regret.\n“We are deeply sorry for every worker and family this decision affects,” he said.",
			[]wantQuote{{"We are deeply sorry for every worker", "Alan Pike"}}},
		{"ru заявление компании", "ru",
			"Производитель шин в пятницу объявил о закрытии завода в Дерби.\n«Закрытие завода — единственный выход после двух лет убытков», — заявила Хендерсон Индастриз в своем сообщении.\nДиректор завода Алан Пайк выразил сожаление.\n«Мы глубоко сожалеем о каждом работнике и каждой семье, которых коснется это решение», — сказал он.",
			[]wantQuote{{"Мы глубоко сожалеем о каждом работнике", "Алан Пайк"}}},
	})
}
