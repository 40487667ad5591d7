package analyze

import "testing"

// TestQuotesInitialsGluedToSurname: initials glued to a surname without a
// space («И.И.Петров», «А.Б.Сидорова», "J.K.Smith") are a name's first
// words, as they are with the space («И.И. Петров»): after a speech verb,
// after a title and its genitive complement, and before the verb. A single
// initial that is also a conjunction («И. Петров») is an initial there.
func TestQuotesInitialsGluedToSurname(t *testing.T) {
	const ru = "«Новую школу в микрорайоне откроем к первому сентября, подрядчик успевает», — "
	const wr = "Новую школу в микрорайоне откроем"
	const en = "“The new school in the district will open by September, the builder is on time,” "
	const w = "The new school in the district"
	runQuoteCases(t, []quoteCase{
		{"ru glued after the verb", "ru", ru + "сказал И.И.Петров.", []wantQuote{{wr, "И.И.Петров"}}},
		{"ru glued before the verb", "ru", "Министр образования И.И.Петров отметил: «Новую школу в микрорайоне откроем к первому сентября, подрядчик успевает».",
			[]wantQuote{{wr, "И.И.Петров"}}},
		{"ru glued after a title's complement", "ru", ru + "сказала министр образования А.Б.Сидорова.", []wantQuote{{wr, "А.Б.Сидорова"}}},
		{"ru spaced after a title's complement", "ru", ru + "сказал министр образования И.И. Петров.", []wantQuote{{wr, "И.И. Петров"}}},
		{"ru single initial И after a title's complement", "ru", ru + "сказал глава района И. Петров.", []wantQuote{{wr, "И. Петров"}}},
		{"ru glued, an acronym before it stays a body", "ru", ru + "сказал глава ГКНБ И.И.Петров.", []wantQuote{{wr, "И.И.Петров"}}},
		{"en glued after the verb", "en", en + "said J.K.Smith, the district's mayor.", []wantQuote{{w, "J.K.Smith"}}},
		{"en initialism stays a body", "en", en + "said U.S.Army officials.", nil},
	})
}
