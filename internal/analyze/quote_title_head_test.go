package analyze

import "testing"

// TestQuotesTitleHeadLine: a speaker's line «title Name: «…»» whose title
// holds the team's or company's name in quotation marks («Главный тренер
// «Витязя» Майк Крушельницки: …», «Старший тренер ХК "Северсталь" …»)
// or before the title word ("Severstal head coach …") is the named
// person's; a head with no title word, or with a verb, is no speaker's
// line.
func TestQuotesTitleHeadLine(t *testing.T) {
	const intro = "После матча тренеры ответили на вопросы журналистов.\n\n"
	const introEn = "The coaches answered questions after the game.\n\n"
	const wr, w = "Сегодня ребята выполнили", "The boys followed"
	runQuoteCases(t, []quoteCase{
		{"ru club in guillemets", "ru", intro + "Главный тренер «Витязя» Майк Крушельницки: «Сегодня ребята выполнили установку на игру, это заслуженная победа».",
			[]wantQuote{{wr, "Майк Крушельницки"}}},
		{"ru club in straight marks after an acronym", "ru", intro + "Старший тренер ХК \"Северсталь\" Андрей Пятанов: \"Сегодня ребята выполнили установку на игру, это заслуженная победа\".",
			[]wantQuote{{wr, "Андрей Пятанов"}}},
		{"ru company in marks", "ru", "Компания подвела итоги года.\n\nГенеральный директор АО «Темир жолы» Алия Сапарова: «Сегодня ребята выполнили план по перевозкам, это заслуженная премия».",
			[]wantQuote{{wr, "Алия Сапарова"}}},
		{"ru two lines", "ru", intro + "Главный тренер «Витязя» Майк Крушельницки: «Сегодня ребята выполнили установку на игру, это заслуженная победа».\n\nГлавный тренер «Северстали» Андрей Козырев: «Нам не хватило скорости в третьем периоде, будем работать».",
			[]wantQuote{{wr, "Майк Крушельницки"}, {"Нам не хватило скорости", "Андрей Козырев"}}},
		{"en team before the title", "en", introEn + "Severstal head coach Andrei Pyatanov: \"The boys followed the plan tonight and deserved the win.\"",
			[]wantQuote{{w, "Andrei Pyatanov"}}},
		// Kept as before: a title without marks, a name then its title.
		{"ru plain title", "ru", intro + "Старший тренер Андрей Пятанов: «Сегодня ребята выполнили установку на игру, это заслуженная победа».",
			[]wantQuote{{wr, "Андрей Пятанов"}}},
		{"ru name, then title with a club", "ru", intro + "Андрей Пятанов, старший тренер ХК \"Северсталь\": \"Сегодня ребята выполнили установку на игру, это заслуженная победа\".",
			[]wantQuote{{wr, "Андрей Пятанов"}}},
		// No title word, or a verb in the head: no speaker's line.
		{"ru club and a name, no title", "ru", intro + "Болельщики «Витязя» Майк и Анна: «Сегодня ребята выполнили установку на игру, это заслуженная победа».",
			nil},
		{"ru a sentence with a verb before the name", "ru", intro + "Тренер «Витязя» поговорил с Андреем Пятановым: «Сегодня ребята выполнили установку на игру, это заслуженная победа».",
			nil},
	})
}

// TestQuotesTownFirstName: after a title's place, a town's or region's
// name that a surname follows is the holder's first name («аким Алматы
// Дархан Сатыбалды», "Mayor of Almaty Darkhan Satybaldy"), so a role or
// the surname alone later in the article resolves to that person; a place
// after a preposition stays a place.
func TestQuotesTownFirstName(t *testing.T) {
	const q = "«Основной вклад в рост обеспечили промышленность, строительство и торговля», — "
	const w = "Основной вклад в рост"
	runQuoteCases(t, []quoteCase{
		{"ru akim with a town's first name", "ru", "Аким Алматы Дархан Сатыбалды отчитался о развитии города.\n\n" + q + "поделился аким.",
			[]wantQuote{{w, "Дархан Сатыбалды"}}},
		{"ru mayor with a town's first name", "ru", "Мэр Бишкека Дархан Усенов рассказал о бюджете.\n\n" + q + "сказал мэр.",
			[]wantQuote{{w, "Дархан Усенов"}}},
		{"ru the surname alone later", "ru", "Аким Алматы Дархан Сатыбалды отчитался перед президентом Касым-Жомартом Токаевым.\n\n" + q + "отметил Сатыбалды.",
			[]wantQuote{{w, "Дархан Сатыбалды"}}},
		{"en the surname alone later", "en", "Akim of Almaty Darkhan Satybaldy reported to President Kassym-Jomart Tokayev on Friday.\n\n“Industry, construction and trade gave the main part of the growth this year,” Satybaldy said.",
			[]wantQuote{{"Industry, construction and trade", "Darkhan Satybaldy"}}},
		{"ru usual first name", "ru", "Аким Алматы Ерболат Досаев отчитался о развитии города.\n\n" + q + "поделился аким.",
			[]wantQuote{{w, "Ерболат Досаев"}}},
		{"ru a place after a preposition is no name", "ru", "Аким Алматы побывал в Дархане Монголии.\n\n" + q + "поделился аким.",
			nil},
	})
}
