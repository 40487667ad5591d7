package analyze

import "testing"

// TestQuotesRoleWithATitledRival: a role ("the president", «министр»)
// after a sentence whose untitled subject meets someone holding that role
// by title names no one for certain; a subject titled so, or another
// person holding another title, keeps the subject.
func TestQuotesRoleWithATitledRival(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en two presidents", "en",
			"Tokayev held talks with Uzbek President Shavkat Mirziyoyev. \"We agreed to build a new railway to the border by 2027,\" the president said.",
			nil},
		{"ru two presidents", "ru",
			"Касым-Жомарт Токаев провел переговоры с президентом Узбекистана Шавкатом Мирзиёевым. «Мы договорились построить новую железную дорогу к 2027 году», — сказал президент.",
			nil},
		{"en two ministers, the subject untitled", "en",
			"Nurtleu met Kyrgyz Foreign Minister Jeenbek Kulubaev in Astana. \"Our trade will reach two billion dollars this year,\" the minister said.",
			nil},
		{"en two ministers, the subject titled", "en",
			"Foreign Minister Murat Nurtleu met Kyrgyz Foreign Minister Jeenbek Kulubaev in Astana. \"Our trade will reach two billion dollars this year,\" the minister said.",
			[]wantQuote{{"Our trade will reach", "Murat Nurtleu"}}},
		{"ru a titled subject keeps the role", "ru",
			"Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с президентом России Владимиром Путиным. «Мы договорились построить новую железную дорогу к 2027 году», — отметил глава государства.",
			[]wantQuote{{"Мы договорились построить", "Касым-Жомарт Токаев"}}},
		{"en a titled subject keeps the role", "en",
			"President Kassym-Jomart Tokayev held talks with Russian President Vladimir Putin. \"We agreed to build a new railway to the border by 2027,\" the president said.",
			[]wantQuote{{"We agreed to build", "Kassym-Jomart Tokayev"}}},
		{"en the other holds another title", "en",
			"Foreign Minister Murat Nurtleu met Ambassador John Smith in Astana. \"Our trade will reach two billion dollars this year,\" the minister said.",
			[]wantQuote{{"Our trade will reach", "Murat Nurtleu"}}},
		{"ru the other holds another title", "ru",
			"Министр иностранных дел Мурат Нуртлеу встретился с послом Джоном Смитом в Астане. «Наш товарооборот достигнет двух миллиардов долларов в этом году», — сказал министр.",
			[]wantQuote{{"Наш товарооборот достигнет", "Мурат Нуртлеу"}}},
	})
}
