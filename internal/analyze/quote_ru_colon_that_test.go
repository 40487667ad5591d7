package analyze

import "testing"

// TestQuotesColonAfterThatClause: a sentence that opens with the speaker's
// titled name, goes on for a while, and ends its verb's «что» clause in a
// colon before the quotation («Директор … поначалу отказывался от
// комментариев, а потом рассказал, что …: «…»») gives the quotation to
// that name; with another person named before the verb, or another verb
// of speech in the clause, it gives it to no one.
func TestQuotesColonAfterThatClause(t *testing.T) {
	const q = "«Газа не было во всем микрорайоне, но сегодня предприятие уже работает в обычном режиме»."
	const w = "Газа не было во всем микрорайоне"
	runQuoteCases(t, []quoteCase{
		{"ru long sentence, что, colon", "ru", "Директор завода Олег Сорокин сначала отказывался от комментариев, а потом все же рассказал, что остановка была: " + q,
			[]wantQuote{{w, "Олег Сорокин"}}},
		{"ru a woman, что, colon", "ru", "Глава управления Мария Лебедева долго молчала на заседании, но в конце концов признала, что проблема есть: " + q,
			[]wantQuote{{w, "Мария Лебедева"}}},
		{"ru another person before the verb", "ru", "Директор завода Олег Сорокин встретился с мэром Марией Лебедевой, а потом рассказал, что остановка была: " + q,
			nil},
		{"en a colon after a clause naming two people", "en", "Plant director Oleg Sorokin met Mayor Maria Lebedeva and then said that there had been a stoppage: “There was no gas in the whole district, but today the plant is working normally.”",
			nil},
	})
}
