package analyze

import "testing"

// TestQuotesFirstPersonHeadline: a headline in the first person with no
// speaker set apart ("X is the best pupil of my life") names the person
// spoken about, so "he said" in a body that names no one is not that
// person; a headline that names its speaker with a colon keeps him.
func TestQuotesFirstPersonHeadline(t *testing.T) {
	a := shared()
	for _, tt := range []struct {
		name, lang, title, body string
		want                    []wantQuote
	}{
		{"en X is … my …: X is not he", "en", "Marat Karabayev is the best pupil of my life",
			"The village school where the wrestler first trained opened forty years ago.\n“He came to training every day, even in the worst snow of the winter,” he said.",
			nil},
		{"ru X стал … моей …: X is not он", "ru", "Марат Карабаев стал лучшим учеником в моей жизни",
			"Сельская школа, где борец начинал тренироваться, открылась сорок лет назад.\n«Он приходил на тренировки каждый день, даже в самый сильный снегопад», — сказал он.",
			nil},
		{"en X: … my …: X is he", "en", "Marat Karabayev: the final was the hardest fight of my life",
			"The final in Astana lasted the full six minutes on Sunday.\n“I could hardly stand after the second period, but the crowd carried me,” he said.",
			[]wantQuote{{"I could hardly stand", "Marat Karabayev"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assertQuotesInOrder(t, a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Quotes, tt.want)
		})
	}
}
