package analyze

import "testing"

// TestQuotesPronounAfterRoleSubject: "he"/«он» after a sentence that names
// no one and opens with a role for its subject ("The manager also looked
// back on …", «Тренер также вспомнил …») goes on with the person the
// article introduced with that title, past the players named between.
func TestQuotesPronounAfterRoleSubject(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the manager looked back, he added", "en",
			"Rovers manager Peter Walsh reflected on the defeat at home.\nStriker Daniel Okafor and defender Tom Reid were both booked before the break.\nThe manager also looked back on the two goals, which both came from corners.\n“We didn’t mark our men and didn’t win the first contact in the box,” he added.",
			[]wantQuote{{"We didn’t mark our men", "Peter Walsh"}}},
		{"ru тренер вспомнил, добавил он", "ru",
			"Главный тренер команды Андрей Смирнов подвел итоги поражения.\nНападающий Иван Петров и защитник Олег Сидоров получили по желтой карточке до перерыва.\nТренер также вспомнил о двух пропущенных голах после угловых.\n«Мы не держали своих игроков и проиграли первую борьбу в штрафной», — добавил он.",
			[]wantQuote{{"Мы не держали своих игроков", "Андрей Смирнов"}}},
		{"en the boss says, he told", "en",
			"Rovers manager Peter Walsh reflected on the defeat at home.\nStriker Daniel Okafor and defender Tom Reid were both booked before the break.\nThe boss says that his side did not do enough to win the match.\n“It was very disappointing to be honest with you,” he told the club’s channel.",
			[]wantQuote{{"It was very disappointing to be honest", "Peter Walsh"}}},
		{"ru наставник отметил, сказал он", "ru",
			"Главный тренер команды Андрей Смирнов подвел итоги поражения.\nНападающий Иван Петров и защитник Олег Сидоров получили по желтой карточке до перерыва.\nНаставник отметил, что команде не хватило сил во втором тайме.\n«Это было очень обидное поражение, если говорить честно», — сказал он клубному каналу.",
			[]wantQuote{{"Это было очень обидное поражение", "Андрей Смирнов"}}},
		{"en no one introduced as manager: no speaker", "en",
			"Striker Daniel Okafor and defender Tom Reid were both booked before the break.\nThe manager also looked back on the two goals, which both came from corners.\n“We didn’t mark our men and didn’t win the first contact in the box,” he added.",
			nil},
	})
}
