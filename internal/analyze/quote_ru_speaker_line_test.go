package analyze

import "testing"

// TestQuotesCutOffSpeakerLine: a speaker line («Name, title: «…») the
// page cut off inside a sentence before its closing mark, or ran on over
// the paragraphs after it in the speaker's first person, is its speaker's
// quotation anywhere in the text when nothing later closes it; a mark a
// later paragraph closes, or whole sentences followed by narrative, are
// not such a line.
func TestQuotesCutOffSpeakerLine(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a transcript cuts each line off", "ru",
			"Тренеры подвели итоги матча.\nИван Петров, главный тренер «Динамо»: «Мы провели тяжелый матч на выезде и взяли очки\nОлег Сидоров, капитан команды: «Ребята сделали все, что могли, и заслужили эту победу",
			[]wantQuote{{"Мы провели тяжелый матч", "Иван Петров"}, {"Ребята сделали все", "Олег Сидоров"}}},
		{"ru a line runs on over paragraphs, inner „…“ marks", "ru",
			"Вашему вниманию послематчевые комментарии тренеров.\n\nИван Петров, главный тренер «Динамо»: «Сегодняшний матч — это победа для „Динамо“ и наших болельщиков. Мы довольны.\n\nВо втором тайме мы играли лучше и создали много голевых моментов.",
			[]wantQuote{{"Сегодняшний матч — это победа", "Иван Петров"}}},
		{"en a transcript cuts each line off", "en",
			"The coaches spoke after the match.\nIvan Petrov, Dynamo head coach: “We played a hard match away from home and took the points\nOleg Sidorov, team captain: “The lads did everything they could and deserved this win",
			[]wantQuote{{"We played a hard match", "Ivan Petrov"}, {"The lads did everything", "Oleg Sidorov"}}},
		{"en a line runs on in the first person", "en",
			"The coaches spoke after the match.\n\nIvan Petrov, Dynamo head coach: “Today's match was a win for the whole club and our fans. We are pleased.\n\nIn the second half we played better and made many chances.",
			[]wantQuote{{"Today's match was a win", "Ivan Petrov"}}},
		// Refused.
		{"ru whole sentences, then the report's narrative", "ru",
			"Тренеры подвели итоги матча.\n\nИван Петров, главный тренер «Динамо»: «Мы провели тяжелый матч на выезде и взяли очки.\n\nКоманда вернется домой в среду.",
			nil},
		{"en whole sentences, then the report's narrative", "en",
			"The coaches spoke after the match.\n\nIvan Petrov, Dynamo head coach: “We played a hard match away from home and took the points.\n\nThe team returns home on Wednesday.",
			nil},
		{"ru the next mark closes: no cut-off line", "ru",
			"Тренеры подвели итоги матча.\n\nИван Петров, главный тренер: «Мы провели тяжелый матч на выезде и взяли очки\n\nКоманда вернется домой в среду.\n\nЗатем ее ждет игра в Казани.\n\nБолельщики встретят команду в аэропорту.\n\nПосле этого — отдых» и сборы.",
			nil},
		{"en a sentence before the colon is no speaker line", "en",
			"Residents met in the town hall on Monday, and many of them spoke: “We demand that the roads in our district be repaired\n\nThe council will meet next week.",
			nil},
	})
}
