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
			"Kim Doe asked Alex Smith about the plan. \"We will finish the road by the end of the year,\" he said.",
			nil},
		// The first names say the sexes (quote_en_first_names.go): "he" is
		// the man asked, not the woman who asked.
		{"en the asker is not the one who answers, sexes known", "en",
			"Jane Doe asked John Smith about the plan. \"We will finish the road by the end of the year,\" he said.",
			[]wantQuote{{"We will finish the road", "John Smith"}}},
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

// TestQuotesReplyIsTheOtherSide: "he replied" after a question in marks is
// not the asker's answer; a reply after a statement and a second
// statement after a question keep their speaker.
func TestQuotesReplyIsTheOtherSide(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a reply after the interviewer's question", "en",
			"In an interview with John Smith, Jane Doe asked: \"Will the railway be built to the border by 2027?\" \"Yes, by the end of that year at the latest,\" he replied.",
			[]wantQuote{{"Will the railway be built", "Jane Doe"}}},
		{"ru a reply after the interviewer's question", "ru",
			"Марат Исаев спросил: «Построят ли дорогу до границы к 2027 году?» «Да, не позднее конца того года», — ответил он.",
			[]wantQuote{{"Построят ли дорогу", "Марат Исаев"}}},
		{"en a reply to critics after a statement", "en",
			"John Smith said: \"The railway will be built to the border by 2027 at the latest.\" \"Nobody will stop this project now,\" he replied to critics.",
			[]wantQuote{{"The railway will be built", "John Smith"}, {"Nobody will stop this project", "John Smith"}}},
		{"en he goes on after his own question", "en",
			"John Smith asked the council: \"Who will pay for the railway to the border?\" \"The state will pay for all of it,\" he said.",
			[]wantQuote{{"Who will pay for the railway", "John Smith"}, {"The state will pay", "John Smith"}}},
	})
}
