package analyze

import (
	"testing"
)

// TestSummaryWireCaptionDate: a sentence closing on a picture's place and
// day with no preposition before the date ("… in Lyon, France, March 3,
// 2024.") is a wire caption, passed over inside or above the lede; a date
// in a sentence of news ("on January 1, 2025", "since May 5, 2021") stays,
// and so do Russian dates, which are not written so.
func TestSummaryWireCaptionDate(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a caption above the lede", lang: "en",
			body: "Firefighters battle a blaze at a grain warehouse in Lyon, France, March 3, 2024.\nA fire destroyed a grain warehouse on the edge of Lyon overnight, and the police have opened an inquiry into its cause.",
			want: "A fire destroyed", bad: []string{"March 3, 2024"}},
		{name: "en: a caption glued before the lede in one paragraph", lang: "en",
			body: "A voter casts her ballot at a polling station in Tbilisi, Georgia October 26, 2024. Georgians voted on Saturday in a parliamentary election that the opposition called a choice between Europe and Russia.",
			want: "Georgians voted on Saturday", bad: []string{"casts her ballot"}},
		{name: "en: a caption with the month abbreviated", lang: "en",
			body: "Rescuers search the rubble of a collapsed school in Herat, Afghanistan, Oct. 8, 2023.\nThe death toll from the earthquakes in western Afghanistan rose to more than two thousand, officials said on Monday.",
			want: "The death toll", bad: []string{"Rescuers search"}},
		{name: "en: a date after 'on' is news", lang: "en",
			body: "The new speed limits in the city centre take effect on January 1, 2025. Drivers caught above them will pay a higher fine.",
			want: "The new speed limits", bad: nil},
		{name: "en: a date after 'since' is news", lang: "en",
			body: "The border crossing has been closed to trucks since May 5, 2021. Hauliers say the closure has cost them millions.",
			want: "The border crossing", bad: nil},
		{name: "en: a quoted date stays", lang: "en",
			body: "\"We will be ready in Warsaw, Poland, June 3, 2026,\" the organisers told the council at its last meeting.",
			want: "\"We will be ready", bad: nil},
		{name: "ru: a date closing a Russian sentence stays", lang: "ru",
			body: "Новые правила парковки в центре города вступят в силу 1 января 2025. Штрафы для нарушителей вырастут вдвое.",
			want: "Новые правила парковки", bad: nil},
	})
}

// TestSummaryGalleryWithoutProse: a page whose text is only pictures'
// captions with credits and wire dates, under a line of chrome ("Edition:",
// a country, a stamp), gets no summary rather than one picture's caption;
// a page of credited paragraphs of prose keeps its first one, and a short
// teaser under chrome is still found.
func TestSummaryGalleryWithoutProse(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a gallery of wire captions", lang: "en", title: "The year in pictures: floods",
			body: "Edition:\nUnited Kingdom\nPictures | Mon Dec 16, 2024 | 9:00am GMT\n\nAP / Monday, December 16, 2024\nA man wades through a flooded street in Valencia, Spain, October 30, 2024. REUTERS/Jane Doe\n\nResidents are rescued by boat in Porto Alegre, Brazil, May 6, 2024. REUTERS/John Roe\n\nA car lies in mud after flash floods in Derna, Libya, September 12, 2024. REUTERS/Ann Poe",
			want: "", exact: true},
		{name: "en: a short teaser under chrome is found", lang: "en", title: "Floods hit the coast",
			body: "Edition:\nUnited Kingdom\nThousands leave their homes as rivers burst their banks along the coast",
			want: "Thousands leave their homes", bad: []string{"Edition", "United Kingdom"}},
		{name: "ru: a teaser under a label is found", lang: "ru", title: "Паводок в Оренбурге",
			body: "Фото:\nЖители Орска покидают дома из-за прорыва дамбы на реке Урал",
			want: "Жители Орска покидают дома", bad: []string{"Фото:"}},
		{name: "pt: credited paragraphs of prose keep the first", lang: "pt", title: "Governo anuncia obras",
			body: "O governo estadual anunciou nesta terça-feira um pacote de obras nas estradas do interior. (Foto: Agência Estadual)\nAs obras devem começar no próximo mês e custar cerca de 200 milhões de reais. (Foto: Agência Estadual)",
			want: "O governo estadual anunciou", bad: []string{"Foto:"}},
	})
}

// TestSummaryViaCredits: a caption credited "Name/Handout via REUTERS" or
// "… via Reuters" is passed over like "REUTERS/Name"; a lede that tells
// of a statement sent via an agency stays.
func TestSummaryViaCredits(t *testing.T) {
	runSummaryPrefixCases(t, []summaryPrefixCase{
		{"en: a handout picture via Reuters", "en",
			"Smoke rises over the port after the strike, in a picture released by the army. Army Press Office/Handout via REUTERS\nThe port of the city was hit by missiles overnight, the regional governor said on Tuesday.",
			"The port of the city", []string{"Handout"}},
		{"de: a German caption credited via Reuters", "de",
			"Rauch steigt nach dem Angriff über dem Hafen auf. Pressestelle der Armee via REUTERS\nDer Hafen der Stadt wurde in der Nacht von Raketen getroffen, teilte der Gouverneur am Dienstag mit.",
			"Der Hafen der Stadt", []string{"via REUTERS"}},
		{"ru: a Russian caption credited via Reuters", "ru",
			"Дым над портом после удара. Пресс-служба армии via REUTERS\nПорт города ночью был поражён ракетами, сообщил во вторник губернатор области.",
			"Порт города ночью", []string{"via REUTERS"}},
		{"en: news of a statement sent via an agency stays", "en",
			"The ministry sent a statement to the press via Reuters on Monday, denying that talks had collapsed over the weekend.",
			"The ministry sent a statement", nil},
	})
}

// TestSummarySiteVoice: a paragraph opened by the outlet speaking to its
// users ("Our goal is … for users", «Мы просим читателей …», "Wir bitten
// unsere Leser …") is a notice of the page: under the story it ends the
// summary, above it it is passed over; a writer's "our users" inside
// prose and a quoted company statement stay.
func TestSummarySiteVoice(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a comments notice under the story", lang: "en",
			body: "Heavy rain flooded dozens of streets in the city centre on Monday evening.\n\nWe want this to be a friendly place for our readers to talk about the news. We have closed comments on this article for now.",
			want: "Heavy rain flooded dozens of streets in the city centre on Monday evening.", exact: true},
		{name: "ru: a notice to readers under the story", lang: "ru",
			body: "Ливень затопил десятки улиц в центре города в понедельник вечером.\n\nМы просим читателей соблюдать правила при обсуждении материалов. Комментарии к этой статье временно закрыты.",
			want: "Ливень затопил десятки улиц в центре города в понедельник вечером.", exact: true},
		{name: "de: a notice to readers above the story", lang: "de",
			body: "Wir bitten unsere Leser um Verständnis, dass die Kommentarfunktion derzeit abgeschaltet ist.\n\nStarkregen hat am Montagabend Dutzende Straßen in der Innenstadt überflutet.",
			want: "Starkregen hat am Montagabend", bad: []string{"Leser"}},
		{name: "fr: a notice to readers under the story", lang: "fr",
			body: "De fortes pluies ont inondé des dizaines de rues du centre-ville lundi soir.\n\nNous remercions nos lecteurs de leur fidélité. Les commentaires sont fermés sur cet article.",
			want: "De fortes pluies ont inondé des dizaines de rues du centre-ville lundi soir.", exact: true},
		{name: "en: a writer's 'our users' inside prose stays", lang: "en",
			body: "I never liked the phrase. As a developer, I think it treats our users as pets rather than people. It also says our software is something nobody would choose.",
			want: "I never liked the phrase. As a developer, I think it treats our users as pets", bad: nil},
		{name: "en: a quoted company statement stays", lang: "en",
			body: "The company apologised for the outage on Tuesday.\n\n\"We are sorry to our users for the disruption and are working on a fix,\" a spokesperson said.",
			want: "The company apologised for the outage on Tuesday. \"We are sorry to our users", bad: nil},
	})
}

// TestSummaryCaptionClosingTheLede: the picture's caption glued after the
// lede's sentence, above a credit or agency code that closes the paragraph
// ("… (PTI)", "Photo: …", «Фото: …»), is no part of the summary when the
// story goes on below; a brief whose only paragraph closes with its
// agency's code, and a sentence told in the past before the code, stay.
func TestSummaryCaptionClosingTheLede(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a caption before (PTI)", lang: "en",
			body: "The state health minister on Friday inspected the new district hospital in Nagpur. The minister talks to nurses in the children's ward of the hospital on Friday. (PTI)\n\nThe hospital has 300 beds and will open to patients next month.",
			want: "The state health minister on Friday inspected the new district hospital in Nagpur.", exact: true},
		{name: "en: a caption before 'Photo:' closing a long lede paragraph", lang: "en",
			body: "The city opened its new tram line to passengers on Saturday morning, two years after building work began and six months later than the council had promised when it approved the project, with free rides offered to everyone until the end of the month and extra trams added at the weekend to carry the crowds expected on the first days. Passengers board the first tram at the central station. Photo: City Transport Office\n\nThe line links the station with the university campus.",
			want: "The city opened its new tram line to passengers on Saturday morning", bad: []string{"Passengers board", "Photo:"}},
		{name: "ru: a caption before «Фото:» closing a long lede paragraph", lang: "ru",
			body: "Губернатор открыл движение по новому мосту через реку в субботу утром, спустя два года после начала работ и на полгода позже обещанного срока, а жители окрестных сёл наконец смогут ездить в районный центр без объезда. Губернатор на открытии моста через реку. Фото: пресс-служба правительства области\n\nСтарый мост находился в аварийном состоянии.",
			want: "Губернатор открыл движение по новому мосту через реку в субботу утром", bad: []string{"на открытии моста", "Фото:"}},
		{name: "en: a short paragraph of a sentence and 'Photo:' is read as a caption whole", lang: "en",
			body: "The city opened its new tram line on Saturday. Passengers board the first tram. Photo: City Transport Office\n\nThe line links the station with the university campus.",
			want: "The line links the station", bad: []string{"Passengers board", "Photo:"}},
		{name: "en: a brief of one paragraph closing with its code stays", lang: "en",
			body: "The state government on Monday announced a new scheme for farmers. The scheme covers seeds and fertiliser for small holdings. (PTI)",
			want: "The state government on Monday announced a new scheme for farmers. The scheme covers seeds"},
		{name: "en: a sentence in the past before the code stays", lang: "en",
			body: "The state government on Monday announced a new scheme for farmers. Officials said it would cover seeds and fertiliser. (PTI)\n\nThe opposition called the scheme too small.",
			want: "The state government on Monday announced a new scheme for farmers. Officials said it would cover"},
		{name: "en: an AP caption with a weekday after the place", lang: "en",
			body: "The candidate addresses supporters at an election night party in Fairfax, Va., Tuesday, Nov. 7, 2017.\n\nDemocrats won the race for governor of Virginia by a wide margin on Tuesday.",
			want: "Democrats won the race", bad: []string{"addresses supporters"}},
	})
}
