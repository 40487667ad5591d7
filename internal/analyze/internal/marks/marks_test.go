package marks

import "testing"

func TestStripKeepsCaseAndLetters(t *testing.T) {
	for in, want := range map[string]string{
		"Haryāna":     "Haryana",
		"Mossoró":     "Mossoro",
		"São Tomé":    "Sao Tome",
		"Zürich":      "Zurich",
		"Şanlıurfa":   "Sanlıurfa", // a dotless ı is a letter of its own, no mark
		"Москва":      "Москва",
		"Йошкар-Ола":  "Иошкар-Ола", // й is и with a breve
		"plain ASCII": "plain ASCII",
		"":            "",
	} {
		if got := Strip(in); got != want {
			t.Errorf("Strip(%q) = %q, want %q", in, got, want)
		}
	}
}
