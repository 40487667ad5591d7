package analyze

import "testing"

// TestQuotesLabelListsAreNoTranscript: paragraphs that open with a
// capitalised head and a colon are transcript lines only when the head is
// a person; a list of labels (a product's details, a reading list, a
// review of games, a glossary) and a title with its subtitle are none.
// Transcripts with a recurring speaker, an interviewer's head, a titled
// name or a speaker named elsewhere keep their lines.
func TestQuotesLabelListsAreNoTranscript(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		// Negative cases: no quotation.
		{"en product details", "en",
			"Paperback: 154 pages\n\nPublisher: Strange Animal Publications (March 28, 2018)\n\nProduct Dimensions: 6 x 0.4 x 9 inches and a weight of one pound",
			nil},
		{"en reviews of games", "en",
			"I played a few games this year.\n\nOuter Wilds: the controls were too terrible for me to play.\n\nApex Legends: a lame version of Titanfall 2, ok-ish when playing ranked.",
			nil},
		{"en glossary with the term in lower case elsewhere", "en",
			"The memory of the kernel stack is reused between calls, so old data stays.\n\nPreserved Registers: the saved values stay on the stack until the next call.\n\nUninitialized Memory: enable the stack clearing options, at a steep cost.",
			nil},
		{"en a title and its subtitle", "en",
			"Links of the week.\n\nSugar Sick Secrets: How Industry Forces Have Manipulated Science to Downplay the Harm.",
			nil},
		{"ru product details", "ru",
			"Новая книга вышла весной.\n\nИздательство Эксмо: твердый переплет, триста двадцать страниц и цветные иллюстрации.\n\nФормат Книги: восемьдесят четыре на сто восемь, тираж три тысячи экземпляров.",
			nil},
		{"ru reviews of games", "ru",
			"В этом году я прошел несколько игр.\n\nВнешние Миры: управление оказалось слишком неудобным, чтобы играть.\n\nЛегенды Апекса: слабая версия другой игры, терпимо в рейтинговых матчах.",
			nil},
		// Positive controls: transcript lines keep their speakers.
		{"en one quoted line", "en",
			"Dan Webb: The first thing that you might notice is that permalink URLs are now simpler.",
			[]wantQuote{{"The first thing that you might notice", "Dan Webb"}}},
		{"en interview with a host", "en",
			"Host: Thank you for agreeing to this interview today, minister.\n\nJohn Stevens: The situation at the border is calm and trade is growing again.",
			[]wantQuote{{"The situation at the border is calm", "John Stevens"}}},
		{"en a speaker named again elsewhere", "en",
			"Reporter Anna Kim: How will the plant be paid for this year?\n\nJohn Stevens: The budget covers the first stage of the plant, and banks the rest.\n\nStevens later left the room.",
			[]wantQuote{{"The budget covers the first stage", "John Stevens"}}},
		{"ru interview with a question head", "ru",
			"Вопрос: Как будет финансироваться строительство станции в этом году?\n\nАлмаз Бекович: Бюджет покрывает первую очередь станции, остальное дадут банки.",
			[]wantQuote{{"Бюджет покрывает первую очередь", "Алмаз Бекович"}}},
		{"ru a speaker with two lines, the other with one", "ru",
			"Марат Исаев: Мы начнем строительство станции уже весной этого года.\n\nАйгуль Бекова: А кто оплатит вторую очередь станции и новые линии?\n\nМарат Исаев: Вторую очередь оплатят банки по соглашению с министерством.",
			[]wantQuote{{"Мы начнем строительство станции", "Марат Исаев"}, {"А кто оплатит вторую очередь", "Айгуль Бекова"}, {"Вторую очередь оплатят банки", "Марат Исаев"}}},
	})
}

// TestTitleCased: a subtitle in title case is told from a sentence.
func TestTitleCased(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"en subtitle", "How Industry Forces Have Manipulated Science to Downplay the Harm.", true},
		{"en list title", "Sexist Apps, Biased Algorithms, and Other Threats of Toxic Tech", true},
		{"en sentence", "The first thing that you might notice is that permalink URLs are now simpler.", false},
		{"en sentence with names", "We met President Ilham Aliyev in Baku and talked about trade.", false},
		{"en too short", "Best of Show.", false},
		{"ru sentence", "Бюджет покрывает первую очередь станции, остальное дадут банки.", false},
		{"ru title", "Как Промышленность Манипулировала Наукой Ради Сахара", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := titleCased(tt.text); got != tt.want {
				t.Errorf("titleCased(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
