package analyze

import "testing"

// TestQuotesCorrespondentDateline: the correspondent of a dateline
// sentence ("From Kano, Musa Bello reports that …", «Из Бишкека сообщает
// наш корреспондент Иван Петров») is no one the story quotes, so a role
// after it never means the reporter.
func TestQuotesCorrespondentDateline(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the reporter and a doctor governor", "en",
			"Kano\nFrom Kano, Musa Bello reports that Dr. Ganduje came to office with a promise to fix the roads.\nThe governor told the people: “I have four years and I will not rush to impress anyone after a hundred days.”",
			nil},
		{"en the governor named in full", "en",
			"Kano\nFrom Kano, Musa Bello reports that Governor Abdullahi Ganduje opened the new road on Monday.\nThe governor told the crowd: “This road will carry traffic from three states and cut travel time in half.”",
			[]wantQuote{{"This road will carry traffic", "Abdullahi Ganduje"}}},
		{"ru корреспондент и губернатор-доктор", "ru",
			"Из Бишкека сообщает наш корреспондент Иван Петров: доктор Жапаров пришел на должность с обещанием отремонтировать дороги.\nГубернатор сказал жителям: «У меня четыре года, и я не буду спешить, чтобы кого-то впечатлить через сто дней».",
			nil},
	})
}
