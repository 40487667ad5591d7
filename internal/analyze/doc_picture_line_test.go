package analyze

import "testing"

// TestPictureFileLine: a line that is only a picture's file name is no
// paragraph; a word with a dot or a sentence naming a file stays one.
func TestPictureFileLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"_BP17416.jpg", true},
		{"IMG_2041.JPEG", true},
		{"harbour-view-2024.webp", true},
		{"фото_1.jpg", false}, // not Latin: left alone
		{"See photo.jpg", false},
		{"Company.png", true},
		{"Google.com", false},
		{"He said so.", false},
	} {
		if got := pictureFileLine(c.s); got != c.want {
			t.Errorf("pictureFileLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestQuotesRunOnOverPictureFile: a quotation of several paragraphs
// interrupted by a picture's file name runs on over it, every paragraph
// the speaker's.
func TestQuotesRunOnOverPictureFile(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en run-on quotation over a file name", "en",
			"Harbour master Tom Reilly spoke after the storm.\n\n“The boats were well tied,” he told local radio. “We had warned every owner on Friday that the wind would turn.\n\n“Most of them listened and moved their boats into the inner basin before dark.\n\nDSC_0192.jpg\n\n“Two yachts broke loose all the same and one of them sank near the pier.”",
			[]wantQuote{{"We had warned every owner", "Tom Reilly"}, {"Most of them listened", "Tom Reilly"}, {"Two yachts broke loose", "Tom Reilly"}}},
		{"ru run-on quotation over a file name", "ru",
			"Начальник порта Олег Смирнов рассказал о последствиях шторма.\n\n«Лодки были хорошо привязаны, — сказал он. — Мы предупредили всех владельцев еще в пятницу.\n\n«Большинство послушались и увели лодки во внутреннюю гавань до темноты.\n\nIMG_4471.jpg\n\n«Две яхты все же сорвались, одна из них затонула у причала».",
			[]wantQuote{{"Лодки были хорошо привязаны", "Олег Смирнов"}, {"Большинство послушались", "Олег Смирнов"}, {"Две яхты все же сорвались", "Олег Смирнов"}}},
	})
}
