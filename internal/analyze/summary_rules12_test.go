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

// TestSummaryColonDatelines: a dateline closed by a colon ("NEW DELHI:",
// "Imphal, Aug 29:", "Shillong, August 29 2017:", «Москва, 29 августа:»,
// "Lagos, 3. März 2024:") is cut from the summary's start; a source of
// four capitals ("NATO:"), a label in lower case ("Analysis:") and a
// place without a date in mixed case stay.
func TestSummaryColonDatelines(t *testing.T) {
	runSummaryPrefixCases(t, []summaryPrefixCase{
		{"en: a place in capitals", "en",
			"NEW DELHI: The government on Monday raised the minimum support price for wheat by seven per cent.",
			"The government on Monday raised", []string{"NEW DELHI"}},
		{"en: a place and an abbreviated date", "en",
			"Imphal, Aug 29: Heavy rain cut the highway to the state capital for the third day running.",
			"Heavy rain cut the highway", []string{"Imphal"}},
		{"en: a place and a date with its year", "en",
			"Shillong, August 29 2017: The state cabinet approved a new policy for tourism in the hill districts.",
			"The state cabinet approved", []string{"Shillong", "2017"}},
		{"ru: a place and a date", "ru",
			"Москва, 29 августа: Правительство утвердило новые правила въезда для иностранных студентов.",
			"Правительство утвердило", []string{"Москва, 29"}},
		{"de: a place and a date", "de",
			"Lagos, 3. März 2024: Die Regierung hat den Preis für Benzin erneut deutlich erhöht.",
			"Die Regierung hat", []string{"Lagos"}},
		{"en: a place with its region in brackets", "en",
			"Bhopal (Madhya Pradesh): The state cabinet approved a new policy for tourism in the hill districts.",
			"The state cabinet approved", []string{"Bhopal"}},
		{"en: a wire's dateline closed by its code", "en",
			"Raipur (Chhattisgarh) [India] July 22 (ANI): The chief minister opened a new wing of the district hospital on Tuesday.",
			"The chief minister opened", []string{"Raipur", "ANI"}},
		{"ru: a place with its region in brackets and a date", "ru",
			"Бийск (Алтайский край), 3 марта: Власти города открыли новый мост через реку Бия.",
			"Власти города открыли", []string{"Бийск"}},
		{"en: a source of four capitals stays", "en",
			"NATO: Russia must withdraw its troops from the border before any talks can begin.",
			"NATO: Russia must withdraw", nil},
		{"en: a label in lower case stays", "en",
			"Analysis: The central bank has run out of easy options to stop the currency's fall.",
			"Analysis: The central bank", nil},
		{"ru: a place in mixed case without a date stays", "ru",
			"Москва: Правительство утвердило новые правила въезда для иностранных студентов.",
			"Москва: Правительство", nil},
	})
}

// TestSummaryAkismetNotice: the comment form's spam notice under the story
// ("This site uses Akismet to reduce spam.") is no part of the summary in
// any language.
func TestSummaryAkismetNotice(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en", lang: "en",
			body: "Five people were hurt when a bus left the road near the bridge on Sunday.\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.",
			want: "Five people were hurt when a bus left the road near the bridge on Sunday.", exact: true},
		{name: "es", lang: "es",
			body: "Cinco personas resultaron heridas cuando un autobús se salió de la vía el domingo.\n\nEste sitio usa Akismet para reducir el spam. Aprende cómo se procesan los datos de tus comentarios.",
			want: "Cinco personas resultaron heridas cuando un autobús se salió de la vía el domingo.", exact: true},
		{name: "ru", lang: "ru",
			body: "Пять человек пострадали, когда автобус съехал с дороги у моста в воскресенье.\n\nЭтот сайт использует Akismet для борьбы со спамом. Узнайте, как обрабатываются ваши данные комментариев.",
			want: "Пять человек пострадали, когда автобус съехал с дороги у моста в воскресенье.", exact: true},
	})
}

// TestSummaryLinkCard: another story's link card inside the text — its
// headline printed twice above its button ("İçeriği Görüntüle", "Read
// more", «Подробнее») — is no part of the summary.
func TestSummaryLinkCard(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "tr: a card with İçeriği Görüntüle", lang: "tr",
			body: "Kent merkezinde bir iş yerinde çıkan yangın itfaiyenin müdahalesiyle söndürüldü. Yangında yaralanan olmadı.\n\nBaşkan açıkladı: “Yeni park yazın açılacak!”\nBaşkan açıkladı: “Yeni park yazın açılacak!”\nİçeriği Görüntüle\n\nYangının çıkış nedeni araştırılıyor.",
			want: "Kent merkezinde bir iş yerinde çıkan yangın", bad: []string{"Başkan", "park"}},
		{name: "en: a card with Read more", lang: "en",
			body: "A fire at a warehouse in the town centre was put out by firefighters. Nobody was hurt.\n\nMayor promises new park by summer!\nMayor promises new park by summer!\nRead more\n\nThe cause of the fire is being investigated.",
			want: "A fire at a warehouse", bad: []string{"Mayor", "park"}},
		{name: "ru: a card with Подробнее", lang: "ru",
			body: "Пожар на складе в центре города потушили пожарные. Никто не пострадал.\n\nМэр пообещал новый парк к лету!\nМэр пообещал новый парк к лету!\nПодробнее\n\nПричину пожара выясняют.",
			want: "Пожар на складе", bad: []string{"Мэр", "парк"}},
	})
}

// TestSummaryNamesAreNoVerbs: a Russian or Ukrainian name inside a clause
// that ends like a verb in the past («Ярослава Тракала», «Михаила») does
// not make a caption read as a sentence: the verbless line above the text
// is passed over; a short paragraph opening with its verb («Состоялась
// встреча …») stays the lead.
func TestSummaryNamesAreNoVerbs(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "uk: a video's caption with a name", lang: "uk", title: "Затримання на мосту",
			body: "Відео\n\nВідео затримання від речника поліції Ярослава Тракала.\n\nНа відео видно, як спецпризначенці оточують автомобіль. Затриманий чоловік самостійно вийшов з машини.",
			want: "На відео видно", bad: []string{"Тракала"}},
		{name: "ru: a caption with names", lang: "ru", title: "Встреча с жителями",
			body: "Репортаж\n\nВыступление главы района Михаила Петрова на встрече в Доме культуры.\n\nГлава района рассказал жителям о ремонте дорог и новой школе.",
			want: "Глава района рассказал", bad: []string{"Михаила"}},
		{name: "ru: a paragraph opening with its verb stays", lang: "ru", title: "Встреча с жителями",
			body: "Репортаж\n\nСостоялась встреча главы района Михаила Петрова с жителями.\n\nГлава района рассказал жителям о ремонте дорог и новой школе.",
			want: "Состоялась встреча", bad: nil},
	})
}

// TestSummaryLabelledStamps: a live page's stamp behind its label and a
// colon ("Update: 24. März, 11.38 Uhr.", "Updated: March 24, 11:38") is
// no sentence of the summary; a sentence after such a label stays.
func TestSummaryLabelledStamps(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "de: Update and a stamp under the lead", lang: "de",
			body: "Die Regierung hat die Regeln für Ostern verschärft. Geschäfte bleiben geschlossen.\n\nUpdate: 24. März, 11.38 Uhr.\n\nDie Kanzlerin hat die Oster-Ruhe zurückgenommen.",
			want: "Die Regierung hat die Regeln", bad: []string{"Update", "11.38"}},
		{name: "en: Updated and a stamp above the lead", lang: "en",
			body: "Updated: March 24, 11:38\n\nThe government tightened the rules for the Easter holiday on Tuesday.",
			want: "The government tightened", bad: []string{"Updated"}},
		{name: "ru: Обновлено and a stamp above the lead", lang: "ru",
			body: "Обновлено: 24 марта, 11:38\n\nПравительство ужесточило правила на праздники.",
			want: "Правительство ужесточило", bad: []string{"Обновлено"}},
	})
}

// TestSummaryOutletCodeOpening: an outlet's code in capitals in brackets
// before the first word ("(RP) Nach …", "(KSL) Police …", «(НГ) Власти
// …») is cut like a known agency's; a bracket of mixed case stays.
func TestSummaryOutletCodeOpening(t *testing.T) {
	runSummaryPrefixCases(t, []summaryPrefixCase{
		{"de: (RP)", "de",
			"(RP) Nach zweijährigen Bauarbeiten ist die Kita an der Metzer Straße wiedereröffnet worden.",
			"Nach zweijährigen Bauarbeiten", []string{"(RP)"}},
		{"en: (KSL)", "en",
			"(KSL) Police closed the highway near the canyon after a rock slide on Sunday morning.",
			"Police closed the highway", []string{"(KSL)"}},
		{"ru: (НГ)", "ru",
			"(НГ) Власти города открыли движение по новому мосту через реку в субботу.",
			"Власти города открыли", []string{"(НГ)"}},
		{"en: a bracket of mixed case stays", "en",
			"(Ed) Police closed the highway near the canyon after a rock slide on Sunday morning.",
			"(Ed) Police closed", nil},
	})
}
