package analyze

import "testing"

// TestQuotesEnFirstNameSex: in an English article naming a man and a
// woman, "she" is not the man by his first name or "Mr", nor "he" the
// woman; where every person named is of one sex, a pronoun of the other
// still takes the one person there (a slip of the page).
func TestQuotesEnFirstNameSex(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en she after a man's quotation goes back to the woman", "en",
			"Mayor Ann Cole opened the new library on Saturday.\nHer deputy, Tom Reed, told the crowd: “This building belongs to every child in this town, not to the council.”\n“We waited ten years for this day and it was worth every minute,” she said.",
			[]wantQuote{{"This building belongs to every child", "Tom Reed"}, {"We waited ten years for this day", "Ann Cole"}}},
		{"en he after a woman's quotation goes back to the man", "en",
			"Head teacher David Lamb showed visitors round the school.\nParent governor Mrs Joan Pike said: “The new classrooms are warm, bright and finally big enough for thirty children.”\n“We could not have done it without the parents raising the money,” he said.",
			[]wantQuote{{"The new classrooms are warm", "Joan Pike"}, {"We could not have done it", "David Lamb"}}},
		{"en one sex named: the pronoun still takes the one person", "en",
			"Acting Superintendent Mark Dunn said the driver could not get out of the car.\n\"Roads are wet, rivers are running and causeways are flowing,\" she said.",
			[]wantQuote{{"Roads are wet, rivers are running", "Mark Dunn"}}},
		{"ru она после цитаты мужчины", "ru",
			"Мэр Анна Коваль открыла новую библиотеку в субботу.\nЕе заместитель Иван Рябов сказал: «Это здание принадлежит каждому ребенку в этом городе».\n«Мы ждали этого дня десять лет, и он того стоил», — сказала она.",
			[]wantQuote{{"Это здание принадлежит каждому ребенку", "Иван Рябов"}, {"Мы ждали этого дня десять лет", "Анна Коваль"}}},
	})
}
