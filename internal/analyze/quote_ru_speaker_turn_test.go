package analyze

import "testing"

// TestQuotesSpeakerLineTurn: a speaker line on its own paragraph («Name,
// title:», «Name title «Org»:») gives the dash turn under it to that
// person even when the turn does not speak in the first person; a
// question, a narrative colon sentence or a line with a speech verb do
// not. English pages printing a speaker line over a dash turn in the
// Russian style are read the same way.
func TestQuotesSpeakerLineTurn(t *testing.T) {
	const turn = "\n— В настоящий момент на трассе ведутся ремонтные работы. На месте работают шесть бригад.\nДвижение откроют вечером."
	runQuoteCases(t, []quoteCase{
		{"ru name, title:", "ru", "Утром на трассе прорвало трубу.\nИван Петров, директор дорожного управления:" + turn,
			[]wantQuote{{"В настоящий момент на трассе", "Иван Петров"}}},
		{"ru name title «org»: without a comma", "ru", "Утром на трассе прорвало трубу.\nИван Петров директор МУП «Дорсервис»:" + turn,
			[]wantQuote{{"В настоящий момент на трассе", "Иван Петров"}}},
		// Refused.
		{"ru a question under the line", "ru", "Утром на трассе прорвало трубу.\nИван Петров, директор дорожного управления:\n— Когда на трассе закончатся ремонтные работы и откроют движение?",
			nil},
		{"ru a lowercase item of facts under the line", "ru", "Утром на трассе прорвало трубу.\nИван Петров директор МУП «Дорсервис»:\n— работает в управлении с 2010 года, до этого руководил районным автопарком.",
			nil},
		{"ru a narrative sentence with a colon, no first person", "ru", "Утром на трассе прорвало трубу, и мы спросили у прохожих, что они видели:" + turn,
			nil},
	})
	runQuoteCases(t, []quoteCase{
		{"en name, title: over a dash turn", "en", "A pipe burst on the highway in the morning.\nIvan Petrov, director of the roads department:\n- Repair work is under way on the highway at the moment, - he said.",
			[]wantQuote{{"Repair work is under way", "Ivan Petrov"}}},
		{"en a lowercase item of facts under the line", "en", "A pipe burst on the highway in the morning.\nIvan Petrov, director of the roads department:\n- has worked at the department since 2010 and ran the district bus depot before that.",
			nil},
		{"en a question under the line", "en", "A pipe burst on the highway in the morning.\nIvan Petrov, director of the roads department:\n- When will the repair work on the highway end and traffic reopen?",
			nil},
	})
}
