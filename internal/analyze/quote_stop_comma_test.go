package analyze

import "testing"

// TestQuotesStopBeforeComma: a quotation the page closes with a stop and
// a comma ("…before the winter.,” he said") keeps its one stop; one
// closed by a comma alone gets a stop in its place.
func TestQuotesStopBeforeComma(t *testing.T) {
	a := shared()
	for _, tt := range []struct{ name, lang, body, want string }{
		{"en a stop and a comma", "en",
			"Transport Minister Marat Karabayev visited the valley on Monday. “We will rebuild every bridge in the valley before the winter.,” he said.",
			"We will rebuild every bridge in the valley before the winter."},
		{"en a comma alone", "en",
			"Transport Minister Marat Karabayev visited the valley on Monday. “We will rebuild every bridge in the valley before the winter,” he said.",
			"We will rebuild every bridge in the valley before the winter."},
		{"ru an exclamation and a comma", "ru",
			"Министр транспорта Марат Карабаев посетил долину в понедельник. «Мы восстановим каждый мост в долине до наступления зимы!,» — сказал он.",
			"Мы восстановим каждый мост в долине до наступления зимы!"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Body: tt.body, Lang: tt.lang}).Quotes
			if len(got) != 1 || got[0].Text != tt.want {
				t.Fatalf("got %+v, want one quotation %q", got, tt.want)
			}
		})
	}
}
