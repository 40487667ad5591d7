package analyze

import (
	"strings"
	"testing"
)

// summaryCase is one table test of a summary: the body, what the summary
// must start with (or be, when exact) and fragments it must not hold.
type summaryCase struct {
	name, lang, title, body string
	want                    string
	exact                   bool
	bad                     []string
}

func runSummaryCases(t *testing.T, tests []summaryCase) {
	t.Helper()
	a := shared()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := tt.title
			if title == "" {
				title = "Headline"
			}
			got := a.Analyze(Input{Title: title, Body: tt.body, Lang: tt.lang}).Summary
			if tt.exact && got != tt.want || !tt.exact && !strings.HasPrefix(got, tt.want) {
				t.Errorf("summary %q, want %q (exact: %v)", got, tt.want, tt.exact)
			}
			for _, b := range tt.bad {
				if strings.Contains(got, b) {
					t.Errorf("summary %q holds %q", got, b)
				}
			}
		})
	}
}

// TestSummaryStampRuns: a page's date or time stamp written with month
// names, weekdays, clock words or labels is no summary, alone or opening a
// live page's entry before a colon, in every corpus language; dates inside
// news stay.
func TestSummaryStampRuns(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: Updated and a date in words", lang: "en",
			body: "Updated 12 March 2024\nThe central bank of Kazakhstan kept its base rate unchanged on Friday.",
			want: "The central bank", bad: []string{"Updated", "March"}},
		{name: "de: an update stamp opens a ticker's entry", lang: "de",
			body: "Update vom Dienstag, 5. März, 09.15 Uhr: Die Regierung in Berlin hat das Heizungsgesetz um ein Jahr verschoben.",
			want: "Die Regierung in Berlin", bad: []string{"Uhr", "Update"}},
		{name: "de: a ticker's clock before a colon", lang: "de",
			body: "+++ 18.40 Uhr: Der Bundestag hat den Haushalt nach langer Debatte verabschiedet.",
			want: "Der Bundestag hat", bad: []string{"+++", "Uhr"}},
		{name: "ru: Обновлено and a date in words", lang: "ru",
			body: "Обновлено 12 марта 2024, 15:40\nЦентробанк сохранил ключевую ставку на уровне 16%.",
			want: "Центробанк сохранил", bad: []string{"Обновлено", "15:40"}},
		{name: "ru: время перед двоеточием в онлайн-ленте", lang: "ru",
			body: "+++ 15:40: Правительство утвердило новый бюджет на три года.",
			want: "Правительство утвердило", bad: []string{"15:40"}},
		{name: "uk: a time ago", lang: "uk",
			body: "2 год тому\nУряд затвердив нову програму підтримки аграріїв на наступний рік.",
			want: "Уряд затвердив", bad: []string{"тому"}},
		{name: "fr: an hour of a live page", lang: "fr",
			body: "19h33. Le gouvernement a annoncé un nouveau plan pour les hôpitaux du pays.",
			want: "Le gouvernement a annoncé", bad: []string{"19h33"}},
		{name: "es: a time and a date in words", lang: "es",
			body: "21:06 h, 28 de abril de 2022\nEl Gobierno aprobó el decreto anticrisis en el Congreso.",
			want: "El Gobierno aprobó", bad: []string{"21:06", "abril"}},
		{name: "it: aggiornato and a date", lang: "it",
			body: "Aggiornato il 12 marzo 2024 alle 14:05\nIl governo ha approvato il decreto sulle pensioni.",
			want: "Il governo ha approvato", bad: []string{"Aggiornato", "marzo"}},
		{name: "pt: atualizado and a date", lang: "pt",
			body: "Atualizado em 12 de março de 2024 às 14h05\nO governo anunciou novas medidas para a economia.",
			want: "O governo anunciou", bad: []string{"Atualizado", "março"}},
		{name: "tr: a date with a weekday", lang: "tr",
			body: "12 Mart 2024, Salı 14:05\nMerkez Bankası politika faizini sabit tuttu ve yeni adımlar açıkladı.",
			want: "Merkez Bankası", bad: []string{"Mart", "14:05"}},
		// News that opens with a date or a number stays whole.
		{name: "en: a month opens news", lang: "en",
			body: "March 2024 was the warmest month on record, forecasters said on Monday.",
			want: "March 2024 was the warmest month on record, forecasters said on Monday.", exact: true},
		{name: "en: hours open news", lang: "en",
			body: "2 hours later, police arrived at the scene, officials said.",
			want: "2 hours later, police arrived at the scene, officials said.", exact: true},
		{name: "ru: дата открывает новость", lang: "ru",
			body: "12 марта 2024 года парламент назначил выборы нового созыва.",
			want: "12 марта 2024 года парламент назначил выборы нового созыва.", exact: true},
		{name: "en: hours and a colon before lower case", lang: "en",
			body: "3 hours: that is how long the talks lasted, the minister said.",
			want: "3 hours: that is how long the talks lasted, the minister said.", exact: true},
	})
}

// TestSummaryLivePageNotes: a short sentence that names the live page
// itself ("Die aktuelle Lage im Liveblog.", "Dieser News-Ticker ist
// geschlossen.") is no summary; news about stock tickers stays.
func TestSummaryLivePageNotes(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "de: a standfirst closed by the live blog", lang: "de",
			body: "Die Koalition in Berlin ist am Mittwochabend zerbrochen: Der Kanzler hat den Finanzminister entlassen, die Minister seiner Partei treten zurück. Alle Entwicklungen im Liveblog.",
			want: "Die Koalition in Berlin ist am Mittwochabend zerbrochen: Der Kanzler hat den Finanzminister entlassen, die Minister seiner Partei treten zurück.", exact: true},
		{name: "de: a closed ticker", lang: "de",
			body: "Der Außenminister reist nach Kiew.\nDieser Newsticker ist beendet. Weitere Meldungen finden Sie in unserem neuen Ukraine-Ticker.",
			want: "Der Außenminister reist nach Kiew.", exact: true},
		{name: "de: the ticker ends here", lang: "de",
			body: "Unser Ticker für heute endet hier.\nDie Regierung hat neue Hilfen für Landwirte beschlossen.",
			want: "Die Regierung hat", bad: []string{"Ticker"}},
		{name: "en: follow our live coverage", lang: "en",
			body: "Parliament voted to delay the budget. Follow our live coverage for the latest.",
			want: "Parliament voted to delay the budget.", exact: true},
		{name: "ru: онлайн-трансляция", lang: "ru",
			body: "Парламент отложил голосование по бюджету. Онлайн-трансляция событий продолжается.",
			want: "Парламент отложил голосование по бюджету.", exact: true},
		{name: "en: a stock ticker is news", lang: "en",
			body: "The stock ticker of the company changed after the merger, analysts said.",
			want: "The stock ticker of the company changed after the merger, analysts said.", exact: true},
		{name: "de: the stock exchange ticker is news", lang: "de",
			body: "Der Börsenticker zeigte am Montag einen Rückgang von drei Prozent.",
			want: "Der Börsenticker zeigte am Montag einen Rückgang von drei Prozent.", exact: true},
	})
}

// TestSummaryListIntro: a line that only introduces bullets ("Here are
// the main points:") gives way to them; a line above dialogue stays.
func TestSummaryListIntro(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a roundup over bullets", lang: "en",
			body: "Here are the main points of the day:\n• The parliament passed the budget after a long debate.\n• The opposition walked out in protest.",
			want: "The parliament passed the budget", bad: []string{"main points"}},
		{name: "ru: главное к этому часу", lang: "ru",
			body: "Главное к этому часу:\n• Парламент принял бюджет после долгих дебатов.\n• Оппозиция покинула зал в знак протеста.",
			want: "Парламент принял бюджет", bad: []string{"Главное"}},
		{name: "ru: строка над диалогом остается", lang: "ru",
			body: "Если бы врачи были программистами:\n- Доктор, у меня болит голова.\n- Перезагрузитесь и приходите завтра.",
			want: "Если бы врачи были программистами:"},
	})
}

// TestSummaryAfterPromo: the short lines of an app or subscription prompt
// are part of it.
func TestSummaryAfterPromo(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: an app prompt's lines", lang: "en",
			body: "Get all your news in one place.\nThousands of great stories.\nOne app.\nThe central bank kept rates on hold on Thursday, citing inflation.",
			want: "The central bank kept rates", bad: []string{"great stories", "One app"}},
		{name: "ru: строки призыва скачать приложение", lang: "ru",
			body: "Скачайте приложение, чтобы читать новости первыми.\nВсе новости в одном месте.\nЦентробанк сохранил ключевую ставку на уровне 16%.",
			want: "Центробанк сохранил", bad: []string{"одном месте"}},
	})
}

// TestSummaryKickerCaption: a caption printed twice, once under a kicker
// ("Nach der Wahl: …") and once opening the next paragraph, is no summary.
func TestSummaryKickerCaption(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "de: a kicker caption and its copy", lang: "de",
			body: "Die Koalition verliert die Mehrheit. Der Kanzler will Neuwahlen.\nNach der Wahl: Der Kanzler steht nach der Niederlage seiner Partei unter Druck.\nDer Kanzler steht nach der Niederlage seiner Partei unter Druck. Die Opposition fordert eine Vertrauensfrage.",
			want: "Die Koalition verliert die Mehrheit. Der Kanzler will Neuwahlen. Die Opposition fordert eine Vertrauensfrage.", exact: true},
		{name: "en: a kicker caption and its copy", lang: "en",
			body: "The coalition lost its majority. The chancellor wants new elections.\nAfter the vote: The chancellor is under pressure after his party's defeat.\nThe chancellor is under pressure after his party's defeat. The opposition demands a confidence vote.",
			want: "The coalition lost its majority. The chancellor wants new elections. The opposition demands a confidence vote.", exact: true},
		{name: "ru: подпись с рубрикой и ее копия", lang: "ru",
			body: "Коалиция в парламенте потеряла большинство. Канцлер хочет новых выборов.\nПосле выборов: Канцлер оказался под давлением после поражения своей партии.\nКанцлер оказался под давлением после поражения своей партии. Оппозиция требует вотума доверия.",
			want: "Коалиция в парламенте потеряла большинство. Канцлер хочет новых выборов. Оппозиция требует вотума доверия.", exact: true},
		{name: "en: a label and a colon in news stay", lang: "en",
			body: "Kazakhstan: The government approved a new budget on Monday.\nThe budget raises spending on schools and hospitals.",
			want: "Kazakhstan: The government approved a new budget on Monday."},
	})
}

// TestSummaryCaptionFallback: when every paragraph carries a picture's
// credit, the text before the first credit is the summary rather than
// nothing; a credit alone still gives none.
func TestSummaryCaptionFallback(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "pt: every paragraph credited", lang: "pt",
			body: "O presidente cancelou as viagens programadas para a próxima semana por orientação médica. (Foto: Agência Brasil)\nOs eventos seriam realizados em dois estados governados pela oposição. (Foto: Agência Brasil)",
			want: "O presidente cancelou as viagens programadas para a próxima semana por orientação médica.", exact: true},
		{name: "ru: каждый абзац с подписью фото", lang: "ru",
			body: "Правительство утвердило программу поддержки фермеров на ближайшие три года. Фото: пресс-служба правительства\nПрограмма предусматривает льготные кредиты для небольших хозяйств. Фото: пресс-служба правительства",
			want: "Правительство утвердило программу поддержки фермеров на ближайшие три года.", exact: true},
		{name: "en: a credit alone gives no summary", lang: "en",
			body: "Photo: Reuters/John Smith",
			want: "", exact: true},
	})
}
