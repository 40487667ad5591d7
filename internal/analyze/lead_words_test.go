package analyze

import (
	"strings"
	"testing"
)

// TestLeadWordBudget: the lead is the first two text paragraphs, three
// sentences long or leadWords words, whichever reaches further, so a
// paragraph cut into short sentences keeps as long a lead as one read as a
// single long sentence.
func TestLeadWordBudget(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, body, inLead, pastLead string
	}{
		{"de: short sentences reach the word budget", "de",
			"Der Rat tagte am Montag. Es ging um Geld. Die Sitzung war lang. " +
				"Am Ende beschloss der Rat nach einer langen und zähen Debatte über Schulen, Straßen, Bäder und Kindergärten den Haushalt für das kommende Jahr mit großer Mehrheit. " +
				"Die Opposition stimmte dagegen, weil sie die Schulden der Stadt für zu hoch hält und weitere Kürzungen bei freiwilligen Leistungen erwartet. Die Verwaltung widersprach.",
			"Haushalt", "Verwaltung"},
		{"en: short sentences reach the word budget", "en",
			"The council met on Monday. Money was the issue. The meeting ran late. " +
				"In the end, after a long and difficult debate about schools, roads, pools and nurseries, the council passed the budget for next year by a large majority. " +
				"The opposition voted against it because it thinks the town's debt is too high and expects further cuts to voluntary services. The administration disagreed.",
			"budget", "administration"},
		{"ru: three long sentences stay the lead", "ru",
			"Городской совет в понедельник после долгого обсуждения утвердил бюджет на следующий год, в котором больше всего денег получат школы, дороги и детские сады. " +
				"Оппозиция голосовала против, потому что считает долг города слишком большим и ожидает новых сокращений в социальных программах и в расходах на культуру. " +
				"Мэр пообещал, что новые кредиты город брать не будет и что ремонт центральной площади начнётся уже весной, как и было обещано жителям. " +
				"Администрация подготовит отчёт.",
			"площади", "Администрация"},
		{"en: the lead stays within two paragraphs", "en",
			"The council met.\nMoney was the issue.\nThe administration disagreed.",
			"Money", "administration"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := a.newDoc(Input{Body: tt.body, Lang: tt.lang})
			in, past := strings.Index(d.body, tt.inLead), strings.Index(d.body, tt.pastLead)
			if in < 0 || past < 0 {
				t.Fatalf("words not in the body %q", d.body)
			}
			if lead := d.body[:d.leadEnd]; in >= int(d.leadEnd) || past < int(d.leadEnd) {
				t.Errorf("lead %q: want %q in it and %q past it", lead, tt.inLead, tt.pastLead)
			}
		})
	}
}
