package analyze

import (
	"slices"
	"testing"
)

// TestSplitGermanOrdinalsAndSums: a German ordinal written as a number
// after an article or a contracted preposition ("den 35. Geburtstag",
// "zum 3. Mal") and a short sum after a number ("1,5 Mrd. Euro") end no
// sentence; a number closing a sentence after other words still ends it,
// in English and Russian as in German, and "Bio" without a number before
// it is a word.
func TestSplitGermanOrdinalsAndSums(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"de: an ordinal after an article", "de",
			"Der Verein feierte am Samstag den 50. Geburtstag seines Stadions. Tausende Fans kamen.",
			[]string{"Der Verein feierte am Samstag den 50. Geburtstag seines Stadions.", "Tausende Fans kamen."}},
		{"de: an ordinal after a contracted preposition", "de",
			"Die Stürmerin traf zum 3. Mal in dieser Saison. Ihr Team gewann klar.",
			[]string{"Die Stürmerin traf zum 3. Mal in dieser Saison.", "Ihr Team gewann klar."}},
		{"de: a short sum after a number", "de",
			"Der Konzern verbuchte einen Verlust von 1,2 Mrd. Euro. Im Vorjahr waren es 3 Mio. Euro Gewinn.",
			[]string{"Der Konzern verbuchte einen Verlust von 1,2 Mrd. Euro.", "Im Vorjahr waren es 3 Mio. Euro Gewinn."}},
		{"de: Bio without a number is a word", "de",
			"Das Gemüse auf dem Markt ist Bio. Die Preise sind gestiegen.",
			[]string{"Das Gemüse auf dem Markt ist Bio.", "Die Preise sind gestiegen."}},
		{"de: a score closing a sentence still ends it", "de",
			"Die Gäste gewannen das Spiel mit 2:1. Der Trainer war zufrieden.",
			[]string{"Die Gäste gewannen das Spiel mit 2:1.", "Der Trainer war zufrieden."}},
		{"en: a number closing a sentence still ends it", "en",
			"The index rose by 35. Then traders went home for the weekend.",
			[]string{"The index rose by 35.", "Then traders went home for the weekend."}},
		{"en: a number after 'die' in English still ends", "en",
			"Doctors warned that many more could die 2. Officials did not comment.",
			[]string{"Doctors warned that many more could die 2.", "Officials did not comment."}},
		{"ru: a number closing a sentence still ends it", "ru",
			"Индекс вырос на 35. Затем торги закрылись.",
			[]string{"Индекс вырос на 35.", "Затем торги закрылись."}},
		{"ru: млрд. inside a sum as before", "ru",
			"Компания потеряла 2 млрд. рублей за год. Акции упали.",
			[]string{"Компания потеряла 2 млрд. рублей за год.", "Акции упали."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentencesOf(a, tt.body, tt.lang)
			if !slices.Equal(got, tt.want) {
				t.Errorf("sentences %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSummarySignInAndReportNotes: a site's sign-in and consent notes, a
// widget's label and a pointer to the full report on another page are
// passed over; a news sentence about accounts or a report stays.
func TestSummarySignInAndReportNotes(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: consent notes above the review", lang: "en", title: "A quiet drama about two brothers",
			body: "By signing up, you agree to our Terms of Use and our Privacy Policy. This site is protected by reCAPTCHA and the Google Terms of Service apply.\n\nThe new film follows two brothers who reopen their late father's bakery in a small coastal town.",
			want: "The new film follows two brothers", bad: []string{"Terms", "reCAPTCHA"}},
		{name: "en: a font widget's label over an agency line", lang: "en", title: "Shares fall in Tokyo",
			body: "Agency, May 3, 2024 Adjust font size:\n\nShares in Tokyo fell on Friday as exporters slipped on a stronger yen.",
			want: "Shares in Tokyo fell on Friday", bad: []string{"font size"}},
		{name: "en: a pointer to the match report", lang: "en", title: "City edge past Rovers",
			body: "City beat Rovers 2-1 on Saturday with a late header. Read the match report on our website.",
			want: "City beat Rovers 2-1 on Saturday with a late header.", bad: []string{"match report"}},
		{name: "en: a news sentence about accounts stays", lang: "en", title: "Bank to close dormant accounts",
			body: "The bank will close accounts left unused for ten years, it said on Monday. Customers who don't use online banking will get a letter.",
			want: "The bank will close accounts left unused for ten years, it said on Monday. Customers who don't use online banking will get a letter.", exact: true},
		{name: "ru: sign-in notes above the match report", lang: "ru", title: "Победа под дождем",
			body: "Для авторизации на портале нажмите на иконку соцсети.\n\nУ вас нет аккаунта в соцсетях? Авторизуйтесь на портале при помощи формы.\n\nВ матче 5-го тура «Металлург» обыграл гостей со счетом 2:0.",
			want: "В матче 5-го тура «Металлург» обыграл гостей", bad: []string{"авторизации", "аккаунта"}},
		{name: "ru: a pointer to the report on the site", lang: "ru", title: "«Торпедо» обыграло «Зенит-2»",
			body: "«Торпедо» обыграло «Зенит-2» в 8-м туре первой лиги. Отчет о матче читайте на сайте клуба.",
			want: "«Торпедо» обыграло «Зенит-2» в 8-м туре первой лиги.", bad: []string{"читайте"}},
		{name: "ru: a news sentence about a portal stays", lang: "ru", title: "Портал госуслуг обновили",
			body: "Портал госуслуг перешел на новую систему входа, сообщили в министерстве. Пользователи смогут войти через банк.",
			want: "Портал госуслуг перешел на новую систему входа, сообщили в министерстве. Пользователи смогут войти через банк.", exact: true},
	})
}

// TestSummaryGluedHeading: a short heading glued without a space to the
// first word of the text below it is cut; names in mixed case and a lede
// without glue stay.
func TestSummaryGluedHeading(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a live entry's heading glued to its text", lang: "en", title: "Election day: follow the latest",
			body: "'We counted every vote twice,' returning officer saysJane Roe, who ran the count in the city hall, said turnout had risen by a fifth since the last election.",
			want: "Jane Roe, who ran the count", bad: []string{"saysJane"}},
		{name: "en: names in mixed case stay", lang: "en", title: "Retailer opens store",
			body: "The new McDonald's and an iPhone repair shop opened on the high street on Monday, bringing forty jobs to the town centre.",
			want: "The new McDonald's and an iPhone repair shop opened", exact: false},
		{name: "ru: a heading glued to the lede", lang: "ru", title: "Новости города",
			body: "Мэр пообещал построить новый мостВ понедельник мэр города Иван Петров заявил, что строительство моста через реку начнется весной.",
			want: "В понедельник мэр города Иван Петров заявил", bad: []string{"мостВ"}},
		{name: "ru: a lede without glue stays", lang: "ru", title: "В Казани открыли школу",
			body: "В Казани открыли новую школу на тысячу учеников, сообщили в мэрии города в понедельник.",
			want: "В Казани открыли новую школу на тысячу учеников, сообщили в мэрии города в понедельник.", exact: true},
	})
}

// TestSummaryTitleUnderBarredRubric: the headline printed again under a
// rubric's trail split by bars, longer than a breadcrumb, is passed over;
// a bar after the headline is no rubric before it.
func TestSummaryTitleUnderBarredRubric(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a barred rubric over the headline", lang: "en", title: "Copper slides to its lowest close since March",
			body: "Metals and commodities in the news today | Base Metals: Copper slides to its lowest close since March.\n\nCopper futures fell on Tuesday as a stronger dollar and weak factory data from China cut demand hopes.",
			want: "Copper futures fell on Tuesday", bad: []string{"Base Metals"}},
		{name: "ru: a barred rubric over the headline", lang: "ru", title: "Нефть подешевела до минимума с марта",
			body: "Новости рынков и компаний за день | Сырье: Нефть подешевела до минимума с марта.\n\nЦены на нефть снизились во вторник на фоне укрепления доллара и слабых данных из Китая.",
			want: "Цены на нефть снизились во вторник", bad: []string{"Сырье"}},
		{name: "en: a sentence with a bar and a verb stays", lang: "en", title: "Council approves new budget for schools",
			body: "Mayor says: council approves new budget for schools | a plan debated for months. Teachers welcomed the plan on Monday, the union said.",
			want: "Mayor says: council approves new budget for schools", exact: false},
	})
}

// TestSummaryBylineGluedToDateline: a wire's byline glued to its dateline
// in front of the lede, with no colon, is cut with it; a lede opening with
// "By" and a Russian lede with an agency in brackets stay.
func TestSummaryBylineGluedToDateline(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: byline and dateline glued before the lede", lang: "en", title: "Wheat jumps on drought worries",
			body: "By Anna Field and Tom Baker , Farmwire CHICAGO (Farmwire) — Wheat futures jumped on Monday as a drought in the plains threatened the harvest.",
			want: "Wheat futures jumped on Monday", bad: []string{"Anna Field", "CHICAGO"}},
		{name: "en: a lede opening with By stays", lang: "en", title: "River rises after storms",
			body: "By Monday evening the river had risen two metres (Environment Agency) - and roads near the bridge were closed.",
			want: "By Monday evening the river had risen", exact: false},
		{name: "ru: a lede with an agency in brackets stays", lang: "ru", title: "Пшеница подорожала из-за засухи",
			body: "Пшеница подорожала на бирже в Чикаго (США) — засуха в южных районах угрожает урожаю, сообщили аналитики.",
			want: "Пшеница подорожала на бирже в Чикаго", exact: false},
	})
}
