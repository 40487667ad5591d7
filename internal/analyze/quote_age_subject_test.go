package analyze

import "testing"

// TestQuotesPronounAfterAgeSubject: "he"/«она» after a sentence whose
// subject is a bare age ("The 58-year-old also …", «47-летняя …») means
// someone the report named before, but not surely the person the sentence
// before it names (often the interviewer or another official), so no one
// is taken; an age before a title or a name, or a Russian age of the
// other sex, leaves the person found as before.
func TestQuotesPronounAfterAgeSubject(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the 58-year-old after a sentence naming another man", "en",
			"Governor Marat Karabayev gave a long interview to the regional radio station on Friday.\nThe host, Daniyar Omurov, asked him about the drought and the harvest.\nThe cheerful 58-year-old also spoke at length about his garden. “Every autumn I grow more pumpkins than the whole village can eat,” he said.",
			nil},
		{"ru «58-летний» after a sentence naming another man", "ru",
			"Губернатор Марат Карабаев дал в пятницу большое интервью областному радио.\nВедущий Данияр Омуров спросил его о засухе и урожае.\n58-летний также долго рассказывал о своем саде. «Каждую осень я выращиваю больше тыкв, чем может съесть вся деревня», — сказал он.",
			nil},
		{"en an age before a title is that title's person", "en",
			"Transport Minister Marat Karabayev visited the flooded valley on Monday.\nThe 58-year-old minister inspected three bridges. “We will rebuild every bridge in the valley before the winter comes,” he said.",
			[]wantQuote{{"We will rebuild every bridge", "Marat Karabayev"}}},
		{"ru an age of the other sex passes on to «он»", "ru",
			"Министр транспорта Марат Карабаев посетил затопленную долину в понедельник.\n47-летняя плакала у своего дома. «Мы восстановим каждый мост в долине до наступления зимы», — сказал он.",
			[]wantQuote{{"Мы восстановим каждый мост", "Марат Карабаев"}}},
	})
}
