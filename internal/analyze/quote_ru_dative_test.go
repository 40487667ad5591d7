package analyze

import "testing"

// TestQuotesDativePronounBeforeSpeaker: a pronoun in the dative between a
// speech verb and the speaker («— вторил ей X», «— ответил ему министр X»,
// «— сказала мне жительница села X») is the addressee, as «журналистам» is;
// the speaker is the name after it. Without a name after it nobody is
// read, and the addressee is never the speaker. English "told him" works
// so already.
func TestQuotesDativePronounBeforeSpeaker(t *testing.T) {
	const ru = "«Автобусы по новому маршруту пустим с понедельника, расписание уже готово», — "
	const wr = "Автобусы по новому маршруту пустим"
	runQuoteCases(t, []quoteCase{
		{"ru вторил ей Name", "ru", "Глава района Ольга Смирнова пообещала новые остановки. " + ru + "вторил ей Павел Орлов.",
			[]wantQuote{{wr, "Павел Орлов"}}},
		{"ru ответил ему title Name", "ru", "Житель спросил о транспорте. " + ru + "ответил ему директор автопарка Павел Орлов.",
			[]wantQuote{{wr, "Павел Орлов"}}},
		{"ru сказала мне person Name", "ru", ru + "сказала мне жительница села Ольга Смирнова.",
			[]wantQuote{{wr, "Ольга Смирнова"}}},
		{"ru ответил ему with no name", "ru", "Директор автопарка Павел Орлов встретился с жителями. Его спросили о маршруте. " + ru + "ответил ему.",
			nil},
		{"en told him", "en", "“We will run buses on the new route from Monday, the timetable is ready,” Paul Orlov told him.",
			[]wantQuote{{"We will run buses on the new route", "Paul Orlov"}}},
	})
}
