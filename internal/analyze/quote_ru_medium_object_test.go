package analyze

import "testing"

// TestQuotesMediumThenObjectThenSurname: a medium in the dative and the
// verb's object may both stand between a Russian speech verb and the
// speaker's surname («— пояснил НСН ситуацию Юшков», «— прокомментировала
// ТАСС решение Белова»): the surname, named in full earlier, is the
// speaker when its case agrees with the verb; a name in the genitive
// after the object («решение Орлова» after a feminine verb) is the
// object's, not the speaker.
func TestQuotesMediumThenObjectThenSurname(t *testing.T) {
	const lead = "Аналитик рынка Павел Орлов прокомментировал рост цен на топливо. "
	const q = "«Цены растут из-за сезонного спроса и ремонта заводов, к осени они стабилизируются», - "
	const w = "Цены растут из-за сезонного спроса"
	runQuoteCases(t, []quoteCase{
		{"ru medium, object, surname", "ru", lead + q + "пояснил НСН ситуацию Орлов.", []wantQuote{{w, "Павел Орлов"}}},
		{"ru medium, object, surname of a woman", "ru", "Аналитик рынка Анна Белова прокомментировала рост цен на топливо. " + q + "прокомментировала ТАСС ситуацию Белова.",
			[]wantQuote{{w, "Анна Белова"}}},
		{"ru a genitive after the object is no speaker", "ru", lead + q + "прокомментировала ТАСС решение Орлова.", nil},
		{"en told a medium", "en", "Market analyst Paul Orlov commented on fuel prices. “Prices are rising because of seasonal demand and refinery repairs,” Orlov told NSN.",
			[]wantQuote{{"Prices are rising because of seasonal demand", "Paul Orlov"}}},
	})
}
