package analyze

import "testing"

// TestQuotesRelativeClauseBeforeTheVerb: in "X, who … Y, said:" the name
// ending the relative clause is its object, not the speaker; the speaker
// is the name before the clause.
func TestQuotesRelativeClauseBeforeTheVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the interviewer wrote", "en",
			"Jane Doe, who interviewed John Smith, wrote: \"He told me the railway would be built to the border by 2027.\"",
			[]wantQuote{{"He told me the railway", "Jane Doe"}}},
		{"ru the one who thanked spoke", "ru",
			"Айгуль Бекова, которая поблагодарила Марата Исаева, сказала: «Дорогу построят до границы к 2027 году и откроют движение».",
			[]wantQuote{{"Дорогу построят до границы", "Айгуль Бекова"}}},
		{"en a clause with no name before it", "en",
			"The official, who met John Smith, said: \"The railway will be built to the border by 2027.\"",
			nil},
		{"ru a clause with no name before it", "ru",
			"Чиновница, которая встречалась с Маратом Исаевым, сказала: «Дорогу построят до границы к 2027 году и откроют движение».",
			nil},
		// Positive controls.
		{"en an apposition with a title", "en",
			"Anthony Painter, the director of policy at the CMI, said: \"Women could end up in a lose-lose situation if employers aren't careful.\"",
			[]wantQuote{{"Women could end up", "Anthony Painter"}}},
		{"ru a plain subject", "ru",
			"Айгуль Бекова сказала: «Дорогу построят до границы к 2027 году и откроют движение».",
			[]wantQuote{{"Дорогу построят до границы", "Айгуль Бекова"}}},
	})
}

// TestQuotesComplementBeforeTheVerb: the name nearest the verb is no
// subject when it completes a noun ("Critics of John Smith said:", «Пресс-
// служба Марата Исаева сообщила:») or ends a clause opened by "who"
// before the verb; a second full name after the owner's is the speaker.
func TestQuotesComplementBeforeTheVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en critics of a man", "en",
			"Critics of John Smith said: \"He has done less for this railway than anyone in the last decade.\"",
			nil},
		{"en the lawyer of a man", "en",
			"The lawyer of John Smith said: \"My client will appeal the verdict in the higher court next month.\"",
			nil},
		{"en 'who said' is not the sentence's subject's", "en",
			"Jane Doe was praised by John Smith, who said: \"She has done more for this railway than anyone in the last decade.\"",
			nil},
		{"en a relative clause about the speaker", "en",
			"John Smith, who chairs the transport committee, said: \"The railway will be built to the border by 2027.\"",
			[]wantQuote{{"The railway will be built", "John Smith"}}},
		{"ru critics of a man, a plural verb", "ru",
			"Критики Марата Исаева заявили: «Он сделал для этой дороги меньше всех за последнее десятилетие».",
			nil},
		{"ru a man's press office", "ru",
			"Пресс-служба Марата Исаева сообщила: «Дорогу построят до границы к 2027 году, как и планировалось».",
			nil},
		{"ru the lawyer of a man, then her name", "ru",
			"Адвокат Марата Исаева Айгуль Бекова заявила: «Мой подзащитный обжалует приговор в вышестоящем суде в следующем месяце».",
			[]wantQuote{{"Мой подзащитный обжалует", "Айгуль Бекова"}}},
		{"ru a complement's name, then the speaker's", "ru",
			"В ответ на слова Марата Исаева Айгуль Бекова заявила: «Дорогу не построят до границы к 2027 году, как бы ни хотелось».",
			[]wantQuote{{"Дорогу не построят", "Айгуль Бекова"}}},
		{"en a complement's name, then the speaker's", "en",
			"Responding to John Smith, Jane Doe said: \"The railway will not be built to the border by 2027, however much we want it.\"",
			[]wantQuote{{"The railway will not be built", "Jane Doe"}}},
		// Positive controls.
		{"en a titled name with a portfolio", "en",
			"Minister of Culture Aktoty Raimkulova said: \"The theatre will reopen in the spring after the repairs are done.\"",
			[]wantQuote{{"The theatre will reopen", "Aktoty Raimkulova"}}},
		{"ru a titled name", "ru",
			"Министр культуры Актоты Раимкулова заявила: «Театр откроется весной, после того как закончится ремонт».",
			[]wantQuote{{"Театр откроется весной", "Актоты Раимкулова"}}},
		{"ru a president of a republic", "ru",
			"Президент Киргизской Республики Садыр Жапаров заявил: «Дорогу построят до границы к 2027 году, как и планировалось».",
			[]wantQuote{{"Дорогу построят до границы", "Садыр Жапаров"}}},
		{"ru a chairman of a bank", "ru",
			"Председатель Национального банка Тимур Сулейменов заявил: «Инфляция замедлится до конца года, как и планировалось».",
			[]wantQuote{{"Инфляция замедлится", "Тимур Сулейменов"}}},
		{"ru a man with a plural-looking verb is no plural", "ru",
			"Марат Исаев сказал: «Дорогу построят до границы к 2027 году, как и планировалось».",
			[]wantQuote{{"Дорогу построят до границы", "Марат Исаев"}}},
	})
}
