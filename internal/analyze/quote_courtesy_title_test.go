package analyze

import "testing"

// TestQuotesCourtesyTitle: a courtesy title ("Miss", «госпожа») before a
// surname is no part of the speaker's name, so the speaker is the person
// the article named in full, as after "Mr", "Mrs" and "Ms".
func TestQuotesCourtesyTitle(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en Miss before the surname", "en",
			"Hospital chief Maggie Boyle spoke on Wednesday.\nMiss Boyle told reporters: “We have not met the waiting time standard this year at all.”",
			[]wantQuote{{"We have not met the waiting time standard", "Maggie Boyle"}}},
		{"en Ms as before", "en",
			"Hospital chief Maggie Boyle spoke on Wednesday.\nMs Boyle told reporters: “We have not met the waiting time standard this year at all.”",
			[]wantQuote{{"We have not met the waiting time standard", "Maggie Boyle"}}},
		{"ru Госпожа перед фамилией", "ru",
			"Глава больницы Мария Бойл выступила в среду.\nГоспожа Бойл заявила журналистам: «Мы не выполнили норму по срокам ожидания в этом году».",
			[]wantQuote{{"Мы не выполнили норму по срокам ожидания", "Мария Бойл"}}},
	})
}
