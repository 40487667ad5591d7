package analyze

import "testing"

// TestQuotesSpeakerLineDashAnswer: an answer under a speaker line may open
// with a dash marking the turn and name a team in quotation marks; a
// question, a list of facts or a quotation inside the answer are no
// answer of the speaker's (quote_speaker_answer.go).
func TestQuotesSpeakerLineDashAnswer(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru dash answer", "ru",
			"Комментарии тренеров после матча.\n\nИван Петров, главный тренер «Сокола»:\n- Мы начали плохо, но потом выровняли игру, и я доволен характером ребят.",
			[]wantQuote{{"Мы начали плохо", "Иван Петров"}}},
		{"ru dash answer naming a team in marks", "ru",
			"Комментарии тренеров после матча.\n\nИван Петров, главный тренер ХК «Сокол»:\n- Нам помешал \"Восток\". Мы создали мало моментов, но я доволен характером ребят.",
			[]wantQuote{{"Нам помешал", "Иван Петров"}}},
		{"ru two speakers in turn", "ru",
			"Иван Петров, главный тренер «Сокола»:\n- Мы начали плохо, но потом выровняли игру.\nОлег Сидоров, главный тренер «Востока»:\n- Нам не хватило сил в третьем периоде, будем работать.",
			[]wantQuote{{"Мы начали плохо", "Иван Петров"}, {"Нам не хватило сил", "Олег Сидоров"}}},
		{"ru a question after the line", "ru",
			"Иван Петров, главный тренер «Сокола»:\n- Почему команда начала так плохо и что вы скажете игрокам?",
			nil},
		{"ru a list of facts, no person speaking", "ru",
			"Иван Петров, главный тренер «Сокола»:\n- родился в Омске в 1975 году, играл за клубы Сибири и Урала.",
			nil},
		{"ru someone else's quotation inside", "ru",
			"Иван Петров, главный тренер «Сокола»:\n- Как сказал президент клуба, «мы обязаны выиграть этот сезон любой ценой», и я согласен.",
			nil},
		{"en dash answer", "en",
			"Post-match comments.\n\nJohn Peters, head coach of Falcons:\n- We started badly, but then we levelled the game, and I am pleased with the players.",
			[]wantQuote{{"We started badly", "John Peters"}}},
		{"en dash answer naming a team in marks", "en",
			"Post-match comments.\n\nJohn Peters, head coach of Falcons:\n- \"Eagles\" stopped us. We created few chances, but I am pleased with the players.",
			[]wantQuote{{"\"Eagles\" stopped us", "John Peters"}}},
	})
}
