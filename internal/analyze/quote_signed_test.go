package analyze

import "testing"

// TestQuotesSignedPullQuote: a paragraph of unmarked words signed at its
// end with the speaker's name, a comma and a title («… оценок. Владимир
// Путин, президент РФ», "… assessments. Vladimir Putin, President of
// Russia") is that person's quotation. A byline or a credit, a name whose
// sentence goes on, and a short line sign no speech.
func TestQuotesSignedPullQuote(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a pull-quote signed with a name and a title", "ru",
			"Министр прокомментировал решение правительства.\n\nМы не будем повышать тарифы в этом году. Все расходы покроет бюджет. Тилек Текебаев, министр транспорта Кыргызстана\n\nРанее тарифы повышали дважды.",
			[]wantQuote{{"Мы не будем повышать тарифы в этом году", "Тилек Текебаев"}}},
		{"ru a byline signs no speech", "ru",
			"Жители района третий день живут без отопления и горячей воды в домах. Айгуль Бекова, корреспондент",
			nil},
		{"ru a name whose sentence goes on is no signature", "ru",
			"Мы не будем повышать тарифы в этом году, сообщил в среду министр. Тилек Текебаев, министр транспорта, добавил детали",
			nil},
		{"ru a short line is no pull-quote", "ru",
			"Спасибо всем. Тилек Текебаев, министр транспорта",
			nil},
		{"en a pull-quote signed with a name and a title", "en",
			"The minister commented on the decision.\n\nWe will not raise fares this year. The budget will cover all the costs. Tilek Tekebayev, Minister of Transport\n\nFares were raised twice before.",
			[]wantQuote{{"We will not raise fares this year", "Tilek Tekebayev"}}},
		{"en a photo credit signs no speech", "en",
			"Residents of the district have lived without heating for three days now. Anna Lee, photographer",
			nil},
	})
}

// TestQuotesSignedQuotation: a quotation in marks signed after a dash or
// in brackets with the speaker's name, perhaps with a title («…», — Иван
// Петров, министр; "…" — John Peters), is that person's when it reads as
// speech. A work's title over its author, a photo credit, a slogan and a
// name followed by a clause sign no one's words.
func TestQuotesSignedQuotation(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a dash and the name", "ru",
			"Министр Иван Петров открыл парк в центре города.\n«Через год мы откроем еще два парка в других районах города», — Иван Петров.",
			[]wantQuote{{"Через год мы откроем еще два парка", "Иван Петров"}}},
		{"ru a dash, the name and a title", "ru",
			"В городе открыли новый парк.\n«Через год мы откроем еще два парка в других районах города» — Иван Петров, министр строительства.",
			[]wantQuote{{"Через год мы откроем еще два парка", "Иван Петров"}}},
		{"ru the name in brackets", "ru",
			"В городе открыли новый парк.\n«Через год мы откроем еще два парка в других районах города» (Иван Петров).",
			[]wantQuote{{"Через год мы откроем еще два парка", "Иван Петров"}}},
		{"ru a work's title and its author", "ru",
			"В библиотеке прошли чтения.\n«Мастер и Маргарита в иллюстрациях разных лет и стран» — Михаил Булгаков.",
			nil},
		{"ru a photo credit", "ru",
			"В городе открыли новый парк.\n«Через год мы откроем еще два парка в других районах города» — фото Ивана Петрова.",
			nil},
		{"en a dash and the name", "en",
			"The minister opened a new park in the city centre.\n\n\"Next year we will open two more parks in other districts of the city.\" — John Peters",
			[]wantQuote{{"Next year we will open two more parks", "John Peters"}}},
		{"en a name followed by a clause", "en",
			"The minister opened a new park in the city centre.\n\n\"Two more parks in other districts of the city by next year\" — John Peters, who said nothing else.",
			nil},
	})
}
