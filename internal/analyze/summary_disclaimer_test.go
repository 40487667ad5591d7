package analyze

import "testing"

// TestIsDisclaimer (with the cues of every language): a page's disclaimer about its own content names the
// page or its content and denies something of it; news of someone
// denying responsibility, a quoted denial and ordinary sentences are no
// disclaimer.
func TestIsDisclaimer(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The views expressed in this column are the author's own and do not necessarily reflect the position of the newspaper.", true},
		{"Opinions expressed here are those of the author.", true},
		{"This site accepts no liability for the accuracy of the prices listed on this page.", true},
		{"Мнение редакции может не совпадать с мнением автора.", true},
		{"Редакция не несёт ответственности за содержание рекламных объявлений.", true},
		{"Материалы на сайте носят ознакомительный характер и не являются рекомендацией.", true},
		{"Всё сказанное в этой статье лишь субъективное мнение автора.", true},
		{"Nothing on this site constitutes advice, and this article does not constitute an offer to buy shares.", true},
		{"Думка редакції може не збігатися з думкою автора публікації.", true},
		{"Die hier veröffentlichten Angaben erfolgen ohne Gewähr.", true},
		{"Für die Inhalte dieses Beitrags übernimmt die Redaktion keine Haftung.", true},
		{"Les informations publiées sur ce site n'engagent que leurs auteurs.", true},
		{"Las opiniones expresadas no reflejan necesariamente la línea editorial de este sitio.", true},
		{"As opiniões expressas neste espaço não refletem necessariamente a posição do jornal.", true},
		{"Le opinioni espresse non riflettono necessariamente la linea della redazione.", true},
		{"Yazıdaki görüşler yazara aittir ve yayın politikamızı bağlamaz.", true},

		{"The company said it was not responsible for the leak of customer data.", false},
		{"A small post about the author's own description of what a senior engineer is.", false},
		{"The ministry said it accepts no responsibility for the \"unauthorised\" strike, according to this article's sources.", false},
		{"Компания заявила, что не несёт ответственности за утечку данных клиентов.", false},
		{"Мнения сторон на переговорах не совпадают, сообщили в МИД.", false},
		{"Суд признал, что статья не является призывом к насилию, и оправдал блогера.", false},
		{"Nach Angaben der Polizei wurde niemand verletzt.", false},
		{"Le ministre a rejeté toute responsabilité dans l'accident de mardi.", false},
		{"Şirket, veri sızıntısından sorumlu olmadığını açıkladı.", false},
	} {
		if got := isDisclaimer(tc.text, vlNone, &lowerer{}); got != tc.want {
			t.Errorf("isDisclaimer(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestSummaryDisclaimer: a disclaimer under the story does not end the
// summary, and one above it does not open it.
func TestSummaryDisclaimer(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: closing disclaimer", lang: "en", title: "Council delays vote on bus lanes",
			body: "The city council postponed its vote on new bus lanes until March after residents filed more than two hundred objections.\nThe views expressed in this article are the author's own and do not necessarily reflect the editorial policy of this site.",
			want: "The city council postponed its vote on new bus lanes until March after residents filed more than two hundred objections.", exact: true},
		{name: "ru: closing disclaimer", lang: "ru", title: "Голосование о выделенных полосах отложили",
			body: "Городская дума перенесла голосование о выделенных полосах для автобусов на март после двухсот жалоб жителей.\nМнение редакции может не совпадать с мнением автора.",
			want: "Городская дума перенесла голосование о выделенных полосах для автобусов на март после двухсот жалоб жителей.", exact: true},
		{name: "de: closing disclaimer", lang: "de", title: "Stadtrat vertagt Abstimmung",
			body: "Der Stadtrat hat die Abstimmung über neue Busspuren auf März vertagt, nachdem Anwohner mehr als zweihundert Einwände erhoben hatten.\nDie hier veröffentlichten Angaben erfolgen ohne Gewähr.",
			want: "Der Stadtrat hat die Abstimmung über neue Busspuren auf März vertagt, nachdem Anwohner mehr als zweihundert Einwände erhoben hatten.", exact: true},
		{name: "fr: opening disclaimer", lang: "fr", title: "Le conseil reporte le vote",
			body: "Les informations publiées sur ce site n'engagent que leurs auteurs.\nLe conseil municipal a reporté à mars son vote sur les nouvelles voies de bus après plus de deux cents objections des riverains.",
			want: "Le conseil municipal a reporté à mars", bad: []string{"n'engagent"}},
	})
}
