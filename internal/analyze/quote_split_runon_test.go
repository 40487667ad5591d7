package analyze

import (
	"strings"
	"testing"
)

// TestQuotesSplitRunOn: the second part of a quotation split by its
// attribution that runs on over the next paragraphs without a closing
// mark (“A,” he said. “B …\n“C …”) is the same speaker's, and so is every
// paragraph going on with it; a paragraph with its own attribution is its
// own speaker's.
func TestQuotesSplitRunOn(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en split then two paragraphs", "en",
			"Manager Tom Ridley spoke after the game.\n“It was a hard afternoon for all of us,” he said. “We never got going in the first half and the crowd could see it.\n“We have to be much better than that on Tuesday night and the players know it.\n“I will speak to them on Monday morning before training.”",
			[]wantQuote{{"It was a hard afternoon", "Tom Ridley"}, {"We never got going in the first half", "Tom Ridley"}, {"We have to be much better", "Tom Ridley"}, {"I will speak to them on Monday", "Tom Ridley"}}},
		{"en split after a named attribution, then another speaker", "en",
			"“The water came up in ten minutes,” said resident Mary Fox. “We lost the car, the sofa and every photograph we had downstairs.\n“Nobody warned us that the river was that high.”\n“We sent alerts to every phone in the valley at noon,” said council spokesman Dan Webb.",
			[]wantQuote{{"The water came up in ten minutes", "Mary Fox"}, {"We lost the car, the sofa", "Mary Fox"}, {"Nobody warned us that the river", "Mary Fox"}, {"We sent alerts to every phone", "Dan Webb"}}},
		{"en an unclosed mark after a sentence of the reporter's opens nothing", "en",
			"Mayor Ann Cole opened the bridge.\nThe works took two years. “Better late than never for this town and its traders, surely.\n“The traders are happy.”",
			nil},
		{"ru разорванная цитата продолжается в следующем абзаце", "ru",
			"Главный тренер Иван Петров выступил после игры.\n«Это был тяжелый день для всех нас», — сказал он. «Мы так и не заиграли в первом тайме, и зрители это видели.\n«Во вторник нам нужно сыграть намного лучше, и игроки это знают».",
			[]wantQuote{{"Это был тяжелый день", "Иван Петров"}, {"Мы так и не заиграли в первом тайме", "Иван Петров"}, {"Во вторник нам нужно сыграть", "Иван Петров"}}},
	})
}

// TestQuotesRunOnCutOff: the last paragraph of a quotation running on
// over paragraphs, which the page cut off before its closing mark
// (“A …¶“B … where the text ends), goes on with the quotation.
func TestQuotesRunOnCutOff(t *testing.T) {
	a := shared()
	for _, c := range []struct{ lang, body, speaker, second string }{
		{"en", "Hundreds joined the counter demonstration in the town centre.\nMP Steve Harding, who addressed the crowd, later said: “The size of the crowd today showed that this town stands for unity, not division.\n“Living standards are not improving quickly enough, and people feel the rules are not enforced for everyone.",
			"Steve Harding", "Living standards are not improving"},
		{"ru", "Сотни людей пришли на встречный митинг в центре города.\nДепутат Степан Хардин, выступивший перед собравшимися, позже сказал: «Сегодняшний митинг показал, что наш город выбирает единство, а не раскол.\n«Уровень жизни растет слишком медленно, и люди чувствуют, что правила соблюдают не все.",
			"Степан Хардин", "Уровень жизни растет слишком медленно"},
	} {
		got := a.Analyze(Input{Title: "T", Body: c.body, Lang: c.lang}).Quotes
		if len(got) != 1 || got[0].Speaker != c.speaker || !strings.Contains(got[0].Text, c.second) {
			t.Errorf("%s: got %+v, want one quotation by %s holding %q", c.lang, got, c.speaker, c.second)
		}
	}
}
