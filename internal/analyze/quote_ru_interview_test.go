package analyze

import "testing"

// TestQuotesInterviewTurnsSpeaker: the person who answers the dash turns of
// an interview or a press conference is named in the paragraph before them
// in ways besides «X ответил на вопросы»: in the instrumental as the one
// the reporter talked with («побеседовал с главой района Сергеем
// Орловым» gives Сергей Орлов), in a sentence ending in a colon that names
// one person coming to speak («Следом вышел X, …:»), in a speaker line
// «Name, role «club»:» over an answer that names a club in marks, or in a
// sentence with a speech verb and one name before a lone dash turn («X
// прокомментировал матч.»). A name whose nominative cannot be told, a
// question, and a list of items are read as no one's answer.
func TestQuotesInterviewTurnsSpeaker(t *testing.T) {
	const q = "— Когда в районе откроют новую поликлинику?"
	const ans = "— Мы откроем поликлинику в мае, оборудование уже закупили и врачей набрали."
	const w = "Мы откроем поликлинику в мае"
	runQuoteCases(t, []quoteCase{
		{"ru побеседовал с X (instrumental)", "ru", "Корреспондент агентства побеседовал с главой района Сергеем Орловым.\n\n" + q + "\n\n" + ans,
			[]wantQuote{{w, "Сергей Орлов"}}},
		{"ru в беседе с X, a woman", "ru", "В беседе с корреспондентом мы поговорили с министром Анной Беловой о медицине.\n\n" + q + "\n\n" + ans,
			[]wantQuote{{w, "Анна Белова"}}},
		{"ru the question is no answer", "ru", "Корреспондент агентства побеседовал с главой района Сергеем Орловым.\n\n" + q, nil},
		{"ru colon names one person coming to speak", "ru", "Следом к журналистам вышел Сергей Орлов, которого встретили аплодисментами:\n- Мы откроем поликлинику в мае, оборудование уже закупили и врачей набрали.",
			[]wantQuote{{w, "Сергей Орлов"}}},
		{"ru colon before a list is no speech", "ru", "В списке документов, который утвердил Сергей Орлов:\n- паспорт гражданина и его копия;\n- справка с места работы и копия трудовой книжки.",
			nil},
		{"ru speaker line, a club in marks, then turns", "ru", "Сергей Орлов, главный тренер ФК «Кайрат»:\nДумаю, шансы были и у нас, и у «Ордабасы», но я недоволен реализацией моментов.\n- Почему в старте вышел новый защитник?\n- Потому что была такая тактическая задумка, мы хотели давить на их защиту.",
			[]wantQuote{{"Думаю, шансы были и у нас", "Сергей Орлов"}, {"Потому что была такая тактическая задумка", "Сергей Орлов"}}},
		{"ru a lone dash turn after an introducing sentence", "ru", "Главный тренер «Сокола» Сергей Орлов прокомментировал поражение от «Сибири».\n- Это был тяжелый матч для нас, соперник хорошо сыграл в обороне.",
			[]wantQuote{{"Это был тяжелый матч для нас", "Сергей Орлов"}}},
		{"en speaker line, a club in marks", "en", "John Peters, head coach of \"Rovers\":\nI think we had chances, and \"United\" had theirs, but I am not happy with our finishing.",
			[]wantQuote{{"I think we had chances", "John Peters"}}},
	})
}

// TestQuotesRequestAsQuestion: an interviewer's request for an assessment
// without a question mark («— Охарактеризуйте игру.», "- Assess the
// season.") is a question: the turn after it is the answer of the person
// interviewed, and the request is nobody's quotation.
func TestQuotesRequestAsQuestion(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru охарактеризуйте", "ru", "Главный тренер «Сокола» Сергей Орлов ответил на вопросы журналистов.\n\n— Как вы оцениваете результат?\n\n— Мы довольны результатом, ребята бились до конца.\n\n— Охарактеризуйте игру соперника.\n\n— Игра была очень важная и сложная, соперник хорошо оборонялся.",
			[]wantQuote{{"Мы довольны результатом", "Сергей Орлов"}, {"Игра была очень важная и сложная", "Сергей Орлов"}}},
	})
}

// TestAskingTurnRequests: the requests are asking turns in both languages;
// a statement is not.
func TestAskingTurnRequests(t *testing.T) {
	for text, want := range map[string]bool{
		"Охарактеризуйте игру соперника.":    true,
		"Оцените работу судьи в этом матче.": true,
		"Assess the opponent's game.":        true,
		"Evaluate the season for us.":        true,
		"Игра была сложная, мы довольны.":    false,
		"It was a hard game, we are happy.":  false,
	} {
		if got := askingTurn(text); got != want {
			t.Errorf("askingTurn(%q) = %v, want %v", text, got, want)
		}
	}
}
