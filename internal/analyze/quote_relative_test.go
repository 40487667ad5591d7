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
