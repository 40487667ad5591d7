package analyze

import "testing"

// TestQuotesPronounAfterUnnamedPerson: "he"/«она» after a sentence whose
// subject is a person the report does not name ("A local farmer, who
// asked not to be named, …", «Одна из жительниц …») may mean that person,
// so no one named further back is taken; a noun of the other sex, or an
// adjective that looks like a person's noun («рабочий день»), passes on.
func TestQuotesPronounAfterUnnamedPerson(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en an unnamed farmer, then he said", "en",
			"Transport Minister Marat Karabayev visited the flooded valley on Monday.\nA farmer, who asked not to be named, showed reporters his fields. “We lost the whole harvest and nobody has come to help us yet,” he said.",
			nil},
		{"ru an unnamed farmer, then «сказал он»", "ru",
			"Министр транспорта Марат Карабаев посетил затопленную долину в понедельник.\nМестный фермер, попросивший не называть его имени, показал журналистам поля. «Мы потеряли весь урожай, и никто до сих пор не приехал нам помочь», — сказал он.",
			nil},
		{"ru «одна из жительниц», then «сказала она»", "ru",
			"Министр здравоохранения Айжан Серикова посетила затопленный поселок.\nОдна из жительниц плакала у своего дома. «Мы потеряли все, что имели, и никто до сих пор не приехал помочь», — сказала она.",
			nil},
		{"en a woman of the other sex passes on to he", "en",
			"Transport Minister Marat Karabayev visited the flooded valley on Monday.\nOne woman was crying near her house. “We will rebuild every bridge in the valley before the winter comes,” he said.",
			[]wantQuote{{"We will rebuild every bridge", "Marat Karabayev"}}},
		{"ru «рабочий день» is no person", "ru",
			"Министр транспорта Марат Карабаев посетил затопленную долину в понедельник.\nРабочий день он начал с осмотра мостов. «Мы восстановим каждый мост в долине до наступления зимы», — сказал он.",
			[]wantQuote{{"Мы восстановим каждый мост", "Марат Карабаев"}}},
	})
}

// TestQuotesPronounAfterUnnamedOfficial: an office's unnamed holder given
// with an indefinite word ("A spokesman from X’s office said …", «Один из
// представителей министерства сообщил …») is who a later "he"/«он» may
// mean, not the person whose office it is or who spoke before; "The
// spokesman" may be someone named, and passes on.
func TestQuotesPronounAfterUnnamedOfficial(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a spokesman from her office, then he said", "en",
			"MP Helen Price spoke out against the closure of the plant.\n“This is a terrible blow for the town and for every family that depends on the plant,” Price said.\nA spokesman from Price’s office said the plant employs 300 people. He confirmed that talks start on Monday.\n“Everybody in the valley knows someone who has worked at that plant over the years,” he said.",
			[]wantQuote{{"This is a terrible blow for the town", "Helen Price"}}},
		{"en the spokesman named before goes on", "en",
			"Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\nThe spokesman said the talks would continue next week.\n“We expect the next round to bring real progress on the main questions,” he said.",
			[]wantQuote{{"We expect the next round to bring", "Dmitry Peskov"}}},
		{"ru один из представителей, затем сказал он", "ru",
			"Депутат Елена Прайс выступила против закрытия завода.\n«Это тяжелый удар для города и для каждой семьи, которая живет за счет завода», — сказала Прайс.\nОдин из представителей министерства сообщил, что на заводе работают 300 человек.\n«Каждый в долине знает кого-то, кто работал на этом заводе», — сказал он.",
			[]wantQuote{{"Это тяжелый удар для города", "Елена Прайс"}}},
	})
}
