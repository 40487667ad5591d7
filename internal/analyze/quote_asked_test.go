package analyze

import "testing"

// TestQuotesPronounAfterAQuestion: "he" after a sentence in which one
// person asks another is not the asker for certain — the one asked
// answers — so it is given to no one unless the pronoun's sex picks one;
// a sentence naming one person, or someone who said something, keeps its
// subject.
func TestQuotesPronounAfterAQuestion(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the asker is not the one who answers", "en",
			"Jane Doe asked John Smith about the plan. \"We will finish the road by the end of the year,\" he said.",
			nil},
		{"ru the asker is not the one who answers", "ru",
			"Айгуль Бекова спросила Марата Исаева о планах мэрии. «Мы закончим дорогу до конца года», — ответил он.",
			nil},
		{"en one person named, who asked", "en",
			"John Smith asked about the plan at the meeting. \"Who will pay for the road and the new bridge?\" he said.",
			[]wantQuote{{"Who will pay for the road", "John Smith"}}},
		{"en the subject said, then met someone", "en",
			"John Smith said the plan was ready and praised Jane Doe. \"We will finish the road by the end of the year,\" he said.",
			[]wantQuote{{"We will finish the road", "John Smith"}}},
		{"ru one person named, who said", "ru",
			"Марат Исаев рассказал о планах мэрии. «Мы закончим дорогу до конца года», — сказал он.",
			[]wantQuote{{"Мы закончим дорогу", "Марат Исаев"}}},
	})
}
