package analyze

import "testing"

// TestSummaryGluedImageName: a picture's file name or slug glued to the
// first word of a paragraph is cut; hyphenated words in prose stay.
func TestSummaryGluedImageName(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a slug glued to a capital", lang: "en",
			body: "harbour-fire-tugboatFirefighters fought a blaze on a tugboat in the harbour overnight, the port authority said.",
			want: "Firefighters fought a blaze", exact: false, bad: []string{"tugboatFire"}},
		{name: "en: a slug glued to a year", lang: "en",
			body: "city-council-vote-night2024 brought the city council its longest budget vote in a decade, members said on Monday.",
			want: "2024 brought the city council"},
		{name: "en: a file name before the text", lang: "en",
			body: "4471203.jpg The mayor opened a new bridge over the river on Friday, city officials said.",
			want: "The mayor opened a new bridge"},
		{name: "ru: имя файла картинки перед текстом", lang: "ru",
			body: "90311.jpegСборная области выиграла турнир по волейболу в Казани, сообщили в федерации.",
			want: "Сборная области выиграла турнир"},
		{name: "ru: слаг латиницей перед текстом", lang: "ru",
			body: "volejbol-kazan-finalСборная области выиграла турнир по волейболу в Казани, сообщили в федерации.",
			want: "Сборная области выиграла турнир"},
		{name: "it: slug incollato alla maiuscola", lang: "it",
			body: "polizia-stradaleTre persone sono rimaste ferite in un incidente sulla statale ieri sera.",
			want: "Tre persone sono rimaste ferite"},
		{name: "en: a hyphenated word in prose stays", lang: "en",
			body: "well-known author Jane Smith opened the book fair in the town hall on Saturday morning.",
			want: "well-known author Jane Smith"},
	})
	for in, want := range map[string]string{
		"e-mail Addresses were leaked":                      "e-mail Addresses were leaked", // one word joined once, too short a rest
		"covid-19 cases rose again in the region this week": "covid-19 cases rose again in the region this week",
		"photo.jpeg and more":                               "photo.jpeg and more",
	} {
		if got := cutGluedImageName(in); got != want {
			t.Errorf("cutGluedImageName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSummaryPlaceDash: a dateline of one capitalised place before a
// spaced hyphen or en dash is cut at the head of any paragraph; the em
// dash of a Russian predicate and a place inside a sentence stay.
func TestSummaryPlaceDash(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "de: Ort und Strich vor dem Text", lang: "de",
			body: "Lindenfels - Ein Lastwagen ist auf der Landstraße umgekippt und hat die Strecke für Stunden blockiert.",
			want: "Ein Lastwagen ist auf der Landstraße umgekippt"},
		{name: "de: Ort am Kopf des zweiten Absatzes", lang: "de",
			body: "Ein Lastwagen ist umgekippt. Der Fahrer blieb unverletzt.\n\nLindenfels – Der Lastwagen war am Morgen auf der Landstraße ins Rutschen geraten, teilte die Polizei mit.",
			want: "Ein Lastwagen ist umgekippt. Der Fahrer blieb unverletzt. Der Lastwagen war", bad: []string{"Lindenfels –"}},
		{name: "en: a place and a dash", lang: "en",
			body: "Millbrook - A storm brought down power lines across the county on Sunday, the utility said.",
			want: "A storm brought down power lines"},
		{name: "en: two places joined by a slash", lang: "en",
			body: "Leeds/Bradford - Two trains collided at low speed near the station on Monday, the operator said.",
			want: "Two trains collided"},
		{name: "ru: тире сказуемого остаётся", lang: "ru",
			body: "Казань — Столица Татарстана, где в субботу прошёл марафон, собравший десять тысяч бегунов.",
			want: "Казань — Столица"},
		{name: "ru: город и дефис латиницей не режутся в кириллице", lang: "ru",
			body: "Тверь - Власти города открыли новый мост через Волгу, сообщили в мэрии.",
			want: "Тверь - Власти"},
		{name: "en: a lower-case word after the dash stays", lang: "en",
			body: "Millbrook - a town of two thousand people - lost power on Sunday after a storm, the utility said.",
			want: "Millbrook - a town"},
	})
}

// TestSummaryEndsOnColon: a sentence after the first that ends on a colon
// (a promo's or a list's introduction) ends the summary before it.
func TestSummaryEndsOnColon(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a promo's introduction", lang: "en",
			body: "The council approved the new budget on Tuesday. Spending on schools rises by five percent. Follow our coverage on the platforms you use:\nTelegram – https://t.me/example",
			want: "The council approved the new budget on Tuesday. Spending on schools rises by five percent.", exact: true},
		{name: "ru: введение к списку", lang: "ru",
			body: "Городская дума утвердила бюджет на следующий год. Расходы на школы вырастут на пять процентов. Читайте наши новости на удобных площадках:\nТелеграм – https://t.me/example",
			want: "Городская дума утвердила бюджет на следующий год. Расходы на школы вырастут на пять процентов.", exact: true},
		{name: "uk: вступ до списку", lang: "uk",
			body: "Міська рада ухвалила бюджет на наступний рік. Видатки на школи зростуть на п'ять відсотків. Детальніше про зміни у бюджеті:\nТелеграм – https://t.me/example",
			want: "Міська рада ухвалила бюджет на наступний рік. Видатки на школи зростуть на п'ять відсотків.", exact: true},
		{name: "en: a colon inside a sentence stays", lang: "en",
			body: "The council approved the budget: spending on schools rises by five percent. The mayor welcomed the vote.",
			want: "The council approved the budget: spending on schools rises by five percent. The mayor welcomed the vote.", exact: true},
	})
}

// TestSummaryShoutedLineAndStampByline: a line in capitals (a rubric or a
// headline set in capitals) and a stamp followed by the author are no
// summary sentences; a sentence with one acronym stays.
func TestSummaryShoutedLineAndStampByline(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "fr: rubrique et titre en capitales, date et auteur", lang: "fr",
			body: "[ FAITS DIVERS ] UN INCENDIE DÉTRUIT UN ENTREPÔT\n\n3 mars 2024 à 10h15 par Louise Martin\n\nUn incendie a détruit un entrepôt dans la nuit de lundi à Nîmes, selon les pompiers.",
			want: "Un incendie a détruit un entrepôt", bad: []string{"FAITS DIVERS", "Louise Martin"}},
		{name: "en: a headline in capitals", lang: "en",
			body: "FIRE DESTROYS WAREHOUSE IN HARBOUR DISTRICT\n\nA fire destroyed a warehouse in the harbour district overnight, firefighters said.",
			want: "A fire destroyed a warehouse", bad: []string{"FIRE DESTROYS"}},
		{name: "en: a stamp and a byline", lang: "en",
			body: "March 3, 2024 by Jane Smith\n\nA fire destroyed a warehouse in the harbour district overnight, firefighters said.",
			want: "A fire destroyed a warehouse", bad: []string{"Jane Smith"}},
		{name: "ru: заголовок капслоком", lang: "ru",
			body: "ПОЖАР УНИЧТОЖИЛ СКЛАД В ПОРТУ\n\nПожар уничтожил склад в портовом районе ночью, сообщили спасатели.",
			want: "Пожар уничтожил склад", bad: []string{"ПОЖАР УНИЧТОЖИЛ"}},
		{name: "ru: сокращения в предложении остаются", lang: "ru",
			body: "МЧС РФ и ГИБДД провели совместные учения в Самаре, сообщили в ведомстве.",
			want: "МЧС РФ и ГИБДД провели"},
	})
}

// TestSummaryLabelledHeadline: a label in capitals with a colon before a
// headline that runs on past a dash in lower case is no dateline: nothing
// is cut from it; an agency dateline in capitals is still cut.
func TestSummaryLabelledHeadline(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a columnist's label", lang: "en", title: "Other headline",
			body: "JANE SMITH: Why the new bypass – with its six lanes – is a mistake for the town",
			want: "JANE SMITH: Why the new bypass"},
		{name: "ru: рубрика с двоеточием", lang: "ru", title: "Другой заголовок",
			body: "МНЕНИЕ: Почему новая дорога – с шестью полосами – ошибка для города",
			want: "МНЕНИЕ: Почему новая дорога"},
		{name: "en: an agency dateline is still cut", lang: "en",
			body: "LONDON (Reuters) - Police arrested two men after a break-in at a museum on Monday, officials said.",
			want: "Police arrested two men"},
		{name: "ru: датлайн агентства режется", lang: "ru",
			body: "МОСКВА – Власти города открыли новый мост через реку, сообщили в мэрии.",
			want: "Власти города открыли"},
	})
	if isLabelledHeadline("MOSCOW, Dec 5 (Reuters)", "The Kremlin said") {
		t.Error("a dateline read as a labelled headline")
	}
}

// TestSummaryPromptBox: the text of a prompt box around a button ("Find
// out more", «Подробнее») and a link written out in a sentence ("head
// here") are no summary; a story that says "more" in prose stays.
func TestSummaryPromptBox(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a licence prompt above its button", lang: "en",
			body: "Need a permit?\n\nYou need one to park in the city centre on any weekday, and on market days.\n\nFind out more\nI don't have a permit.\n\nThe city council voted on Tuesday to double parking fees in the centre, officials said.",
			want: "The city council voted", bad: []string{"You need one", "have a permit"}},
		{name: "ru: блок с кнопкой «Подробнее»", lang: "ru",
			body: "Нужна карта жителя?\n\nОна нужна для бесплатного проезда в автобусах по будним дням и в праздники.\n\nПодробнее\n\nГородская дума в среду проголосовала за повышение платы за проезд, сообщили в мэрии.",
			want: "Городская дума в среду", bad: []string{"Она нужна"}},
		{name: "de: Kasten mit Knopf", lang: "de",
			body: "Sie brauchen einen Ausweis, um das Museum an allen Wochentagen kostenlos zu besuchen.\n\nMehr erfahren\n\nDer Stadtrat hat am Dienstag die Eintrittspreise der Museen verdoppelt, teilte die Stadt mit.",
			want: "Der Stadtrat hat am Dienstag"},
		{name: "en: a link written out in a sentence", lang: "en",
			body: "The council voted on Tuesday to double parking fees in the centre. For our full story on the vote, head here. The mayor said the money would go to buses.",
			want: "The council voted on Tuesday to double parking fees in the centre.", bad: []string{"head here"}},
		{name: "en: 'more' in prose stays", lang: "en",
			body: "Residents want to find out more about the plan before the vote, the council said on Tuesday.\n\nThe vote is due next month.",
			want: "Residents want to find out more"},
	})
}

// TestSummaryRoleByline: a name and a writer's post before a dash, glued
// to the text (also printed twice), are cut; a name and a dash before a
// sentence that gives no post stay.
func TestSummaryRoleByline(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a byline with a post printed twice", lang: "en",
			body: "Opinion\n\nAnna Berg — Staff Writer Anna Berg — Staff Writer The town's new bypass will cut through the last meadow by the river, and nobody asked us.",
			want: "The town's new bypass", bad: []string{"Staff Writer"}},
		{name: "en: a byline with a hyphen", lang: "en",
			body: "Tom Reed - Columnist Every spring the council promises to fix the roads, and every spring the potholes come back.",
			want: "Every spring the council"},
		{name: "ru: автор и должность перед текстом", lang: "ru",
			body: "Мнение\n\nИван Петров — обозреватель Новая объездная дорога пройдёт через последний луг у реки, и нас никто не спросил.",
			want: "Новая объездная дорога", bad: []string{"обозреватель"}},
		{name: "en: a name and a dash in a sentence stay", lang: "en",
			body: "Anna Berg — the editor of the town paper — resigned on Monday after twenty years, the owners said.",
			want: "Anna Berg — the editor"},
		{name: "ru: имя и тире в предложении остаются", lang: "ru",
			body: "Иван Петров — редактор городской газеты — ушёл в отставку в понедельник, сообщили владельцы.",
			want: "Иван Петров — редактор городской газеты"},
	})
}

// TestSummaryArrowPrompt: a button's label and an arrow glued to the text
// at a paragraph's head are cut; an arrow in prose without a label stays.
func TestSummaryArrowPrompt(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "ru: «Узнайте больше» со стрелкой", lang: "ru",
			body: "Мэр открыл новый мост через реку в субботу.\nУзнайте больше в полной версии ➞«Мост построили за два года», — сказал мэр журналистам.",
			want: "Мэр открыл новый мост через реку в субботу. «Мост построили за два года»", bad: []string{"Узнайте больше"}},
		{name: "en: 'Read more' with an arrow", lang: "en",
			body: "The mayor opened a new bridge over the river on Saturday.\nRead more in the full version → The bridge took two years to build, the mayor told reporters.",
			want: "The mayor opened a new bridge over the river on Saturday. The bridge took two years", bad: []string{"Read more"}},
		{name: "en: an arrow in prose stays", lang: "en",
			body: "Prices rose from 10 → 12 dollars a ticket after the vote on Monday, the operator said.",
			want: "Prices rose from 10 → 12 dollars"},
	})
}

// TestSummaryRepeatApostrophesAndGoneNotice: a paragraph printed twice with its
// apostrophes changed is said once; a notice that the page's content is
// gone is no summary.
func TestSummaryRepeatApostrophesAndGoneNotice(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "tr: apostrofları değişmiş tekrar", lang: "tr",
			body: "Belediye, şehrin 50’nci yılı için Kule’nin yapımına bugün başladı.\n\n10.03.2024 09:50\nBelediye, şehrin 50'nci yılı için Kule'nin yapımına bugün başladı.",
			want: "Belediye, şehrin 50’nci yılı için Kule’nin yapımına bugün başladı.", exact: true},
		{name: "en: a repeat with other apostrophes", lang: "en",
			body: "The city’s council approved the mayor’s budget for the new year on Tuesday evening.\n\n10 March 2024\nThe city's council approved the mayor's budget for the new year on Tuesday evening.",
			want: "The city’s council approved the mayor’s budget for the new year on Tuesday evening.", exact: true},
		{name: "ru: повтор с другими апострофами", lang: "ru",
			body: "Компания «Сигма’Тех» открыла новый завод в Твери во вторник утром, сообщили в мэрии.\n\n10.03.2024\nКомпания «Сигма'Тех» открыла новый завод в Твери во вторник утром, сообщили в мэрии.",
			want: "Компания «Сигма’Тех» открыла новый завод в Твери во вторник утром, сообщили в мэрии.", exact: true},
		{name: "fr: contenu plus disponible", lang: "fr",
			body: "Désolé, ce contenu n'est plus disponible.\n\nLe procureur a annoncé l'ouverture d'une enquête après l'incendie de l'église.",
			want: "Le procureur a annoncé"},
		{name: "en: content no longer available", lang: "en",
			body: "Sorry, this content is no longer available.\n\nThe prosecutor opened an inquiry after the fire at the church, officials said.",
			want: "The prosecutor opened an inquiry"},
		{name: "ru: материал недоступен", lang: "ru",
			body: "К сожалению, этот материал недоступен.\n\nПрокуратура начала проверку после пожара в церкви, сообщили в ведомстве.",
			want: "Прокуратура начала проверку"},
	})
}
