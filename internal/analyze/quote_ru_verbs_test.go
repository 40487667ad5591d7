package analyze

import "testing"

// TestQuotesReactionVerbs: verbs of a reaction, a memory, a question or
// advice attribute a quotation like «сказал» / "said" does; a speaker who
// is nobody named stays refused.
func TestQuotesReactionVerbs(t *testing.T) {
	const ru = "«Почему за столько лет никто так и не отремонтировал эту дорогу к школе?» — "
	const ruStatement = "«Мы ждали ремонта этой дороги к школе больше десяти лет подряд», — "
	const en = "“We have waited more than ten years for this road to the school,” "
	runQuoteCases(t, []quoteCase{
		{"ru возмущается X", "ru", ruStatement + "возмущается Ерлан Ахметов.",
			[]wantQuote{{"Мы ждали ремонта", "Ерлан Ахметов"}}},
		{"ru недоумевает X", "ru", ru + "недоумевает Ерлан Ахметов.",
			[]wantQuote{{"Почему за столько лет", "Ерлан Ахметов"}}},
		{"ru спрашивает X", "ru", ru + "спрашивает Ерлан Ахметов.",
			[]wantQuote{{"Почему за столько лет", "Ерлан Ахметов"}}},
		{"ru вспоминал X", "ru", ruStatement + "вспоминал Ерлан Ахметов.",
			[]wantQuote{{"Мы ждали ремонта", "Ерлан Ахметов"}}},
		{"ru посоветовал X", "ru", ruStatement + "посоветовал Ерлан Ахметов.",
			[]wantQuote{{"Мы ждали ремонта", "Ерлан Ахметов"}}},
		{"en X fumed", "en", en + "Erlan Akhmetov fumed.",
			[]wantQuote{{"We have waited", "Erlan Akhmetov"}}},
		{"en X protested", "en", en + "Erlan Akhmetov protested.",
			[]wantQuote{{"We have waited", "Erlan Akhmetov"}}},
		{"en X advised", "en", en + "advised Erlan Akhmetov.",
			[]wantQuote{{"We have waited", "Erlan Akhmetov"}}},
		// Nobody named.
		{"ru возмущается one of the residents", "ru", ruStatement + "возмущается один из жителей.", nil},
		{"ru спрашивает a resident", "ru", ru + "спрашивает местная жительница.", nil},
		{"en a resident fumed", "en", en + "a resident fumed.", nil},
	})
}

// TestQuotesWordingEchoShoutVerbs: putting it in words, echoing another,
// advising and shouting attach a quotation as «сказал» does («— выразился
// депутат X», «— вторил X», «— посоветовал X», «— крикнул X», "X
// advised", "cried X"), in a quotation split by its attribution too; a
// verb of another sense keeps no quotation («выразил соболезнования»).
func TestQuotesWordingEchoShoutVerbs(t *testing.T) {
	const q = "«Основная причина отклонения законопроектов — низкое качество инициатив регионов», — "
	const w = "Основная причина отклонения"
	const en = "“The main reason the bills fail is the poor quality of the regions' proposals,” "
	const we = "The main reason the bills fail"
	runQuoteCases(t, []quoteCase{
		{"ru выразился", "ru", q + "выразился депутат Александр Грибов.", []wantQuote{{w, "Александр Грибов"}}},
		{"ru выразилась", "ru", q + "выразилась депутат Анна Петрова.", []wantQuote{{w, "Анна Петрова"}}},
		{"ru вторил", "ru", q + "вторил депутат Иван Петров.", []wantQuote{{w, "Иван Петров"}}},
		{"ru посоветовал", "ru", q + "посоветовал депутат Иван Петров.", []wantQuote{{w, "Иван Петров"}}},
		{"ru крикнул", "ru", q + "крикнул депутат Иван Петров.", []wantQuote{{w, "Иван Петров"}}},
		{"ru split by выразился", "ru", "«Основная причина отклонения законопроектов – низкое качество инициатив, – выразился депутат Александр Грибов. – Чаще всего это отсутствие заключений и финансового обоснования».",
			[]wantQuote{{"Основная причина отклонения", "Александр Грибов"}}},
		{"en advised", "en", en + "advised Senator John Walker.", []wantQuote{{we, "John Walker"}}},
		{"en cried", "en", en + "cried Senator John Walker.", []wantQuote{{we, "John Walker"}}},
		{"ru verb of another sense", "ru", "Депутат Иван Петров выразил соболезнования семьям погибших.", nil},
	})
}
