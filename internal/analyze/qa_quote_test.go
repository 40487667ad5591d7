package analyze

import (
	"testing"
)

func TestQuotesTitleAfterVerb(t *testing.T) {
	a := shared()
	type q = wantQuote
	tests := []struct {
		name, lang, body string
		want             []q
	}{
		{"said company chairman X", "en", "“We will double our exports of grain to China next year,” said company chairman Dastan Abdulgafarov.",
			[]q{{"We will double", "Dastan Abdulgafarov"}}},
		{"said Foreign Minister X", "en", "“The border question is settled once and for all,” said Foreign Minister Jeyhun Bayramov.",
			[]q{{"The border question", "Jeyhun Bayramov"}}},
		{"said the bank's chief economist, X", "en", "“Inflation will slow only in the second half of the year,” said the bank's chief economist, Aliya Moldabekova.",
			[]q{{"Inflation will slow", "Aliya Moldabekova"}}},
		{"said a lower-case noun then a name is not the name of an organisation", "en", "“We will double our exports of grain to China next year,” said the company, Kazakh Grain.",
			nil},
		{"the name must end the clause", "en", "“We will double our exports of grain to China next year,” said company chairman Dastan Abdulgafarov’s deputy.",
			nil},
		{"a description without a title", "en", "“We will double our exports of grain to China next year,” said local farmers Dastan Abdulgafarov and Aliya Moldabekova.",
			nil},
		{"russian title after verb", "ru", "«Мы готовы обсуждать все вопросы водного сотрудничества с соседями», — заявил глава МИД Казахстана Ермек Кошербаев.",
			[]q{{"Мы готовы обсуждать", "Ермек Кошербаев"}}},
		{"russian сказал", "ru", "«Экспорт зерна в Китай вырастет вдвое уже в следующем году», — сказал Дастан Абдулгафаров.",
			[]q{{"Экспорт зерна", "Дастан Абдулгафаров"}}},
		{"russian отметил with title", "ru", "«Инфляция замедлится только во втором полугодии этого года», — отметил председатель Нацбанка Тимур Сулейменов.",
			[]q{{"Инфляция замедлится", "Тимур Сулейменов"}}},
		{"russian подчеркнул", "ru", "«Мы не допустим повторения январских событий ни при каких условиях», — подчеркнул Касым-Жомарт Токаев.",
			[]q{{"Мы не допустим", "Касым-Жомарт Токаев"}}},
		{"russian добавил", "ru", "«Переговоры продолжатся в Астане в следующем месяце без посредников», — добавил Сергей Лавров.",
			[]q{{"Переговоры продолжатся", "Сергей Лавров"}}},
		{"russian organisation after title words", "ru", "«Ситуация на границе остается стабильной и полностью под контролем», — заявили в пресс-службе погранслужбы.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: "T", Body: tt.body, Lang: tt.lang}).Quotes
			assertQuotesInOrder(t, got, tt.want)
		})
	}
}

func TestQuotesRussianDescriptor(t *testing.T) {
	a := shared()
	for _, body := range []string{
		"«Экспорт зерна в Китай вырастет вдвое уже в следующем году», — сказал председатель правления компании Дастан Абдулгафаров.",
		"«Экспорт зерна в Китай вырастет вдвое уже в следующем году», — сказал председатель правления компании «Астык» Дастан Абдулгафаров.",
	} {
		got := a.Analyze(Input{Title: "T", Body: body, Lang: "ru"}).Quotes
		if len(got) > 1 || len(got) == 1 && got[0].Speaker != "Дастан Абдулгафаров" {
			t.Errorf("%s: quotes %+v, want one by Дастан Абдулгафаров or none", body, got)
		}
	}
	got := a.Analyze(Input{Title: "T", Body: "«Экспорт зерна в Китай вырастет вдвое уже в следующем году», — сказал председатель правления компании Дастан Абдулгафаров.", Lang: "ru"}).Quotes
	if len(got) != 1 {
		t.Errorf("quotes %+v, want one", got)
	}
}
