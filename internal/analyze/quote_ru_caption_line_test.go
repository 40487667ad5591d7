package analyze

import "testing"

// TestQuotesCaptionSpeakerLine: a speaker line over a dash turn, as
// television transcripts print it, names whose words the turn is, first
// person or not, with or without the comma between the name and a
// lower-case title («Иван Петров директор МУП «Горсеть»:», "John Peters
// head of the utility company:"). A question under the line, or a line
// listing several people with no title, quotes no one.
func TestQuotesCaptionSpeakerLine(t *testing.T) {
	const ru = "Без тепла остались сорок домов на окраине города.\n"
	const ruTurn = "\n— Сейчас на месте работают три бригады, к вечеру подачу тепла восстановят во всех домах."
	const en = "Forty homes were left without heating on the edge of town.\n"
	const enTurn = "\n— Three crews are working at the site now and heating will be back in every home by evening."
	runQuoteCases(t, []quoteCase{
		{"ru a caption line without a comma", "ru", ru + "Иван Петров директор МУП «Горсеть»:" + ruTurn,
			[]wantQuote{{"Сейчас на месте работают три бригады", "Иван Петров"}}},
		{"ru a speaker line with a comma", "ru", ru + "Иван Петров, директор МУП «Горсеть»:" + ruTurn,
			[]wantQuote{{"Сейчас на месте работают три бригады", "Иван Петров"}}},
		{"ru two lines, two turns", "ru", ru + "Иван Петров директор МУП «Горсеть»:" + ruTurn + "\nТакже мы связались с главой города.\nСергей Орлов глава администрации города:\n— Мы держим ситуацию на контроле и поможем каждой семье, если работы затянутся.",
			[]wantQuote{{"Сейчас на месте работают три бригады", "Иван Петров"}, {"Мы держим ситуацию на контроле", "Сергей Орлов"}}},
		{"en a caption line without a comma", "en", en + "John Peters head of the utility company:" + enTurn,
			[]wantQuote{{"Three crews are working at the site", "John Peters"}}},
		{"en a speaker line with a comma over a hyphen turn", "en", en + "\nJohn Peters, head of the utility company:\n\n- Three crews are working at the site now and heating will be back in every home by evening.",
			[]wantQuote{{"Three crews are working at the site", "John Peters"}}},
		// Refused.
		{"ru a question under the line", "ru", ru + "Иван Петров директор МУП «Горсеть»:\n— Когда же наконец дадут тепло во все дома на этой улице?",
			nil},
		{"ru several people, no title", "ru", ru + "Иван Петров, Сергей Орлов и Анна Смирнова:" + ruTurn,
			nil},
		{"en a question under the line", "en", en + "John Peters head of the utility company:\n— When will the heating be back in every home on this street?",
			nil},
	})
}
