package analyze

import "testing"

// TestQuotesPraiseIntroducer: a paragraph whose last sentence has a name
// right before a verb of praise introduces the next paragraph's
// quotation, every paragraph of it; a possessive name, a person named
// after the verb or two capitalised words read as no name give no one.
func TestQuotesPraiseIntroducer(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en surname given in full before, quotation of two paragraphs", "en",
			"Rovers manager Paul Hendry watched his side lose at home.\n\nThe visitors scored three times after the break and Hendry praised the visitors for their finishing.\n\n“Three goals from four shots tells you all you need to know about them tonight.\n\n“They are a fine team and we have no complaints about the result at all.”",
			[]wantQuote{{"Three goals from four shots", "Paul Hendry"}, {"They are a fine team", "Paul Hendry"}}},
		{"en full name before the verb", "en",
			"Coach Tom Baker praised his players for their effort in the rain.\n\n“We ran for ninety minutes and never gave up on the result.”",
			[]wantQuote{{"We ran for ninety minutes", "Tom Baker"}}},
		{"en a named person praised may be who speaks", "en",
			"Coach Tom Baker praised striker Ali Khan for his effort.\n\n“I just wanted to score for the fans tonight, nothing else.”",
			nil},
		{"en possessive name is no subject", "en",
			"Tom Baker's side praised the referee after the final whistle.\n\n“I just wanted to score for the fans tonight, nothing else.”",
			nil},
		{"ru surname given in full before", "ru",
			"Главный тренер Андрей Смирнов ответил на вопросы после игры.\n\nПосле перерыва соперник забил дважды, но Смирнов похвалил игроков за самоотдачу.\n\n«Ребята бились до последней минуты и ни в чем себя не могут упрекнуть».",
			[]wantQuote{{"Ребята бились до последней минуты", "Андрей Смирнов"}}},
		{"ru a named person thanked may be who speaks", "ru",
			"Главный тренер Андрей Смирнов поблагодарил Ивана Петрова за гол.\n\n«Я просто хотел забить для болельщиков в этот вечер».",
			nil},
	})
}
