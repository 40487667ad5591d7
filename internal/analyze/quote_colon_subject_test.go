package analyze

import "testing"

// TestQuotesColonSubject: a quotation after a colon whose sentence opens
// with its subject (a pronoun, or a name after adverbs) and a verb that is
// no speech verb is the subject's; a verb reporting others' words, a
// second person named, a verb of the other sex, a question or a present
// tense leave it without a speaker (quote_colon_subject.go).
func TestQuotesColonSubject(t *testing.T) {
	const ruLead = "Министр спорта Андрей Соколов подвел итоги сезона в Казани.\n\n"
	const enLead = "Sports Minister Andrew Sokolov reviewed the season in Kazan on Friday.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru pronoun, a verb of stance", "ru",
			ruLead + "Также он оценил работу молодых тренеров: «Они сделали для сборной очень многое, и мы это ценим».",
			[]wantQuote{{"Они сделали для сборной очень многое", "Андрей Соколов"}}},
		{"ru a name opening the sentence", "ru",
			"Сборная выиграла турнир в Казани.\n\nАндрей Соколов похвалил команду после финала: «Ребята показали характер, я горжусь ими».",
			[]wantQuote{{"Ребята показали характер", "Андрей Соколов"}}},
		{"ru a feminine verb for a woman", "ru",
			"Министр культуры Ольга Смирнова открыла выставку.\n\nЗатем она поблагодарила художников: «Без вашей работы этого праздника бы не было».",
			[]wantQuote{{"Без вашей работы этого праздника", "Ольга Смирнова"}}},
		{"ru a verb reporting another's words", "ru",
			ruLead + "Также он процитировал письмо болельщиков: «Мы ждем от команды побед в каждом матче».",
			nil},
		{"ru another person named before the colon", "ru",
			ruLead + "Также он оценил работу тренера Ивана Петрова: «Он сделал для сборной очень многое, и мы это ценим».",
			nil},
		{"ru a verb of the other sex", "ru",
			ruLead + "Также он оценила работу молодых тренеров: «Они сделали для сборной очень многое, и мы это ценим».",
			nil},
		{"ru a present tense", "ru",
			ruLead + "Он оценивает работу молодых тренеров так: «Они сделали для сборной очень многое, и мы это ценим».",
			nil},
		{"ru a question before the colon", "ru",
			ruLead + "Он оценил ли работу молодых тренеров? Ответ: «Они сделали для сборной очень многое, и мы это ценим».",
			nil},
		{"ru a title opening the sentence", "ru",
			ruLead + "Также министр оценил работу молодых тренеров: «Они сделали для сборной очень многое, и мы это ценим».",
			[]wantQuote{{"Они сделали для сборной очень многое", "Андрей Соколов"}}},
		{"ru a surname given in full before", "ru",
			ruLead + "Соколов похвалил команду: «Ребята показали характер, я горжусь ими».",
			[]wantQuote{{"Ребята показали характер", "Андрей Соколов"}}},
		{"ru a title two people hold", "ru",
			"Министр спорта Андрей Соколов и министр культуры Олег Лебедев открыли стадион.\n\nТакже министр оценил работу строителей: «Они сделали очень многое, и мы это ценим».",
			nil},
		{"en a title opening the sentence", "en",
			enLead + "The minister also praised the young coaches: “They have done a great deal for the national team, and we value it.”",
			[]wantQuote{{"They have done a great deal", "Andrew Sokolov"}}},
		{"en pronoun, a verb of stance", "en",
			enLead + "He praised the young coaches: “They have done a great deal for the national team, and we value it.”",
			[]wantQuote{{"They have done a great deal", "Andrew Sokolov"}}},
		{"en a name opening the sentence", "en",
			"The team won the cup in Kazan.\n\nAndrew Sokolov thanked the players after the final: “You showed real character, and I am proud of you.”",
			[]wantQuote{{"You showed real character", "Andrew Sokolov"}}},
		{"en a verb reporting another's words", "en",
			enLead + "He quoted a letter from the fans: “We expect the team to win every single match this season.”",
			nil},
		{"en another person named before the colon", "en",
			enLead + "He praised coach Ivan Petrov: “He has done a great deal for the national team, and we value it.”",
			nil},
	})
}

// TestQuotesRoleInitialledSurname: a surname glued to its initial
// («Э.Петров», "J.Doe") names the same holder of a role as the full name,
// so it is no rival for «— сказал министр» (sameHolder).
func TestQuotesRoleInitialledSurname(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru initial glued to the surname", "ru",
			"Президент Иван Сидоров раскритиковал министра финансов Эдуарда Петрова на заседании правительства.\n\nВот что ответил Э.Петров журналистам, услышав вопрос:\n\n«Я работаю как работал, оценки давать не мне», - сказал министр.",
			[]wantQuote{{"Я работаю как работал", "Эдуард Петров"}}},
		{"en initial glued to the surname", "en",
			"President John Smith criticised Finance Minister Edward Peterson at a cabinet meeting.\n\nThis is what E.Peterson told reporters after the meeting:\n\n“I work as I have always worked, and it is not for me to judge,” the minister said.",
			[]wantQuote{{"I work as I have always worked", "Edward Peterson"}}},
	})
	if holderSurname("Э.Петров") != "Петров" || holderSurname("Эдуард Петров") != "Петров" || holderSurname("Jean-Luc") != "Jean-Luc" {
		t.Errorf("holderSurname: %q %q %q", holderSurname("Э.Петров"), holderSurname("Эдуард Петров"), holderSurname("Jean-Luc"))
	}
}
