package analyze

import "testing"

// TestQuotesPronounAside: a sentence reporting the pronoun's person in an
// aside set off by commas ("The government, she said, has …") is still
// about her, so a man named in it as an object is not who a later "she
// said" means; an aside of the other pronoun does not count.
func TestQuotesPronounAside(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en she said aside, a name in apposition after it", "en",
			"Finance Minister Ngozi Okonjo-Iweala spoke to reporters on Wednesday.\nThe government, she said, has already set up a committee of governors, with the Vice President, Namadi Sambo, as chairman, to deal with oil theft.\n“What I did say was that we will not be able to pay salaries next month,” she said.",
			[]wantQuote{{"What I did say was that", "Ngozi Okonjo-Iweala"}}},
		{"en he said aside", "en",
			"Transport Secretary Tom Ridley visited the depot on Friday.\nThe new trains, he said, would run on the line from May, with the operator's chief, Dana Price, in charge of the timetable.\n“Passengers will see the difference within a month of the launch,” he said.",
			[]wantQuote{{"Passengers will see the difference", "Tom Ridley"}}},
		{"ru сказала она в середине предложения", "ru",
			"Министр финансов Анна Петрова встретилась с журналистами в среду.\nПравительство, сказала она, уже создало комитет губернаторов, который возглавил вице-премьер Иван Сидоров.\n«Я говорила лишь о том, что мы не сможем выплатить зарплаты в следующем месяце», — сказала она.",
			[]wantQuote{{"Я говорила лишь о том", "Анна Петрова"}}},
	})
}
