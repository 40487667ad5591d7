package analyze

import "testing"

// TestQuotesPronounAfterGovernedPerson: a Russian pronoun looked up past
// a sentence that names a man (or, for «она», a woman) only after a
// preposition, with no subject that could be «он» («Нам удалось
// связаться с Николаем Дроздовым.»), does not reach further back to the
// first person named: it most likely means the person named nearer, and
// no speaker is given rather than a wrong one. English names say their
// sex too rarely for the rule ("We talked to John Smith." keeps "he" for
// the earlier subject). A titled subject in that
// sentence, a pronoun opening it, a person of the other sex there, or an
// English name whose sex the tables do not know keep the earlier rules.
func TestQuotesPronounAfterGovernedPerson(t *testing.T) {
	const ru = "«Госдуме нужно включить в закон об экологии новый раздел, это очень важно», — сказал он."
	const wr = "Госдуме нужно включить"
	const en = "“Parliament must add a new chapter on ecology to the law, it matters a lot,” he said."
	const w = "Parliament must add"
	runQuoteCases(t, []quoteCase{
		{"ru person after a preposition nearer", "ru", "В заседании Госдумы участвовал Владимир Путин.\n\nНам удалось связаться с Николаем Дроздовым. По его мнению, мы забываем о душе. " + ru,
			nil},
		// Kept: a titled subject beside the governed person, a pronoun
		// opening the sentence, a person of the other sex.
		{"ru titled subject", "ru", "Депутат Иван Петров провел прием граждан. Депутат заверил, что встреча с Багратом Србазаном исключена. " + ru,
			[]wantQuote{{wr, "Иван Петров"}}},
		{"ru pronoun opens the sentence", "ru", "Депутат Иван Петров провел прием граждан. Он встретился с Николаем Дроздовым. " + ru,
			[]wantQuote{{wr, "Иван Петров"}}},
		{"ru the other sex after the preposition", "ru", "Депутат Иван Петров провел прием граждан.\n\nНам удалось связаться с Анной Петровой. " + ru,
			[]wantQuote{{wr, "Иван Петров"}}},
		{"en a name of unknown sex after the preposition", "en", "Senator John Walker met voters on Monday.\n\nWe talked to Mary Jones by phone. " + en,
			[]wantQuote{{w, "John Walker"}}},
	})
}
