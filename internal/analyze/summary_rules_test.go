package analyze

import (
	"strings"
	"testing"
)

// TestSummaryNeverJunk: a summary is never a caption, a credit, a byline, an
// agency dateline or page boilerplate; it starts with the news.
func TestSummaryNeverJunk(t *testing.T) {
	tests := []summaryPrefixCase{
		{"en: a caption placing people (left)", "en",
			"President Tokayev (left) and President Putin in Moscow on Monday.\nKazakhstan and Russia signed an agreement on gas supplies on Monday, the Kremlin said.",
			"Kazakhstan and Russia signed", []string{"(left)"}},
		{"ru: a caption placing people (слева)", "ru",
			"Касым-Жомарт Токаев (слева) и Владимир Путин в Москве.\nКазахстан и Россия подписали соглашение о поставках газа, сообщили в Кремле.",
			"Казахстан и Россия подписали", []string{"(слева)"}},
		{"en: Photo: credit line", "en",
			"Photo: Akorda press service\nKazakhstan will hold a referendum on a nuclear power plant, the president said on Monday.",
			"Kazakhstan will hold", []string{"Akorda press service"}},
		{"ru: Фото: credit line", "ru",
			"Фото: пресс-служба Акорды\nКазахстан проведет референдум о строительстве АЭС, заявил президент в понедельник.",
			"Казахстан проведет", []string{"пресс-служба Акорды"}},
		{"ru: Кадр из видео", "ru",
			"Кадр из видео Минобороны России\nМинобороны сообщило о новых ударах по позициям противника в ночь на вторник.",
			"Минобороны сообщило", []string{"Кадр из видео"}},
		{"en: a picture described and credited", "en",
			"Residents queue for water in Bishkek on Tuesday. REUTERS/Vladimir Pirogov\nKyrgyzstan declared an emergency after a heatwave cut water supplies to the capital, officials said.",
			"Kyrgyzstan declared", []string{"REUTERS/"}},
		{"ru: описание снимка с подписью", "ru",
			"Жители Бишкека стоят в очереди за водой во вторник. Фото: Владимир Пирогов\nКыргызстан ввел режим ЧС из-за жары, которая оставила столицу без воды, сообщили власти.",
			"Кыргызстан ввел", []string{"Пирогов"}},
		{"pt: a caption with a pipe credit", "pt",
			"Lula e Trump durante discursos na Assembleia Geral da ONU | Ricardo Stuckert/Planalto\nO presidente Lula chegou a Nova York para discursar na abertura da Assembleia Geral da ONU.",
			"O presidente Lula", []string{"Stuckert"}},
		{"en: By X – Trend:", "en",
			"By Umid Niayesh – Trend: Iranian deputy foreign minister Hossein Amir Abdollahian threatened Saudi Arabia on Monday over aid deliveries to Yemen.",
			"Iranian deputy foreign minister", []string{"Trend:", "Niayesh"}},
		{"en: dateline glued to By X - Trend:", "en",
			"Baku, Azerbaijan, Apr. 27By Umid Niayesh - Trend:Iranian deputy foreign minister Hossein Amir Abdollahian threatened Saudi Arabia on Monday over aid deliveries to Yemen.",
			"Iranian deputy foreign minister", []string{"Trend:", "Niayesh", "Baku, Azerbaijan"}},
		{"pt: Por X e Y", "pt",
			"Por Ana Silva e João Costa\nO governo anunciou um novo pacote de medidas para a economia nesta segunda-feira.",
			"O governo anunciou", []string{"Por Ana"}},
		{"ru: Автор byline", "ru",
			"Автор Анна Петрова\nПравительство объявило новый пакет мер поддержки экономики в понедельник.",
			"Правительство объявило", []string{"Петрова"}},
		{"es: EFE dateline glued to its dash", "es",
			"Moscú, 12 nov (EFE).- El presidente de Rusia recibió hoy a su homólogo kazajo en el Gran Palacio del Kremlin.",
			"El presidente de Rusia", []string{"EFE", "Moscú, 12"}},
		{"en: Reuters dateline in ordinary case", "en",
			"Moscow, Nov 12 (Reuters) - Russia's president received his Kazakh counterpart at the Grand Kremlin Palace on Wednesday.",
			"Russia's president received", []string{"Reuters", "Moscow, Nov"}},
		{"ru: ТАСС dateline in brackets", "ru",
			"Москва, 12 ноября (ТАСС).— Президент России принял казахстанского коллегу в Большом Кремлевском дворце.",
			"Президент России принял", []string{"ТАСС", "Москва, 12"}},
		{"it: ANSA agency before the dateline", "it",
			"(ANSA) - ROMA, 12 MAR - Il governo ha approvato il decreto sulle pensioni nel consiglio dei ministri.",
			"Il governo ha approvato", []string{"ANSA", "ROMA"}},
		{"en: an agency in brackets opens the text", "en",
			"(Reuters) - The Senate approved a new farm bill on Tuesday after months of talks between the parties.",
			"The Senate approved", []string{"Reuters"}},
		{"ru: агентство в скобках в начале текста", "ru",
			"(Интерфакс) — Правительство утвердило новую программу поддержки фермеров на три года.",
			"Правительство утвердило", []string{"Интерфакс"}},
		{"ru: a date line of its own", "ru",
			"12 января 2022 г.\n\nВ Алматы проводится активное восстановление всех сфер жизнедеятельности города, передает агентство.",
			"В Алматы проводится", []string{"12 января"}},
		{"en: a date line of its own", "en",
			"5 March 2024\n\nAlmaty's mayor said the city would rebuild its damaged markets by the summer.",
			"Almaty's mayor said", []string{"5 March"}},
		{"uk: Джерело: source line", "uk",
			"Президент Казахстану заявив, що його країна готова надати майданчик для переговорів.\n\nДжерело: кореспондент Tengrinews.kz з посиланням на слова президента.",
			"Президент Казахстану заявив", []string{"Джерело"}},
		{"ru: Источник: source line", "ru",
			"Президент Казахстана заявил, что страна готова предоставить площадку для переговоров.\n\nИсточник: корреспондент Tengrinews.kz со ссылкой на слова президента.",
			"Президент Казахстана заявил", []string{"Источник"}},
		{"en: Source: line", "en",
			"Kazakhstan's president said the country was ready to host talks between the two leaders.\n\nSource: a Tengrinews.kz correspondent quoting the president.",
			"Kazakhstan's president said", []string{"Source:"}},
		{"en: TASS dateline", "en",
			"MOSCOW, November 12. /TASS/. Russia and Kazakhstan will extend their oil supply agreement, Kremlin aide Yuri Ushakov told reporters on Tuesday.",
			"Russia and Kazakhstan will", []string{"TASS", "MOSCOW"}},
		{"ru: ТАСС dateline", "ru",
			"МОСКВА, 12 ноября. /ТАСС/. Россия и Казахстан продлят соглашение о поставках нефти, сообщил помощник президента Юрий Ушаков.",
			"Россия и Казахстан продлят", []string{"ТАСС", "МОСКВА"}},
		{"en: Guardian live-blog furniture", "en",
			"Get our free news app; get our morning email briefing\nThis blog is now closed.\nUkraine's president said on Sunday that talks with the US would continue in Geneva next week.",
			"Ukraine's president said", []string{"news app", "blog is now closed"}},
		{"de: Von byline and [mehr]", "de",
			"Schwedens Regierung hält Atomkraft für unverzichtbar, um den Energiebedarf des Landes klimaschonend zu decken. Doch gegen die Pläne gibt es auch Widerstand. Von Jana Sinram.[mehr]",
			"Schwedens Regierung", []string{"Sinram", "[mehr]"}},
		{"en: wire dateline without a dash (ALMATY Oct 3)", "en",
			"ALMATY Oct 3 The head of the journalists' union was sentenced to six years in prison on Monday after a trial for embezzlement.",
			"The head of the journalists'", []string{"ALMATY", "Oct 3"}},
		{"en: a dateline sentence of its own (ASTANA, Kazakhstan, June 16.)", "en",
			"ASTANA, Kazakhstan, June 16. More than 80% of overland freight from China to Europe now transits through Kazakhstan, the first deputy prime minister said.",
			"More than 80%", []string{"ASTANA", "June 16"}},
		{"en: a long caption before the dateline paragraph", "en",
			"An Almaty-based journalist and vlogger, Vadim Boreiko, said two cars belonging to his cameraman Roman Yegorov were burned in an arson attack in February of this year in the city.\nALMATY, Kazakhstan -- A court in Almaty has handed suspended prison terms to five people over attacks on journalists.",
			"A court in Almaty", []string{"Boreiko"}},
		{"ru: дата отдельным предложением", "ru",
			"МОСКВА, 12 ноября. Россия и Казахстан продлят соглашение о поставках нефти, сообщил помощник президента.",
			"Россия и Казахстан продлят", []string{"МОСКВА"}},
		{"ru: дата цифрами и агентство с автором между косыми", "ru",
			"Ташкент, 27.11.23. /Толонбай Курбанов – Кабар/. С начала года в Наманганской области зарегистрировано 735 случаев кори.",
			"С начала года", []string{"Кабар", "Ташкент"}},
		{"en: an outlet with its edition before a dash", "en",
			"CentralAsia (UZ) - The presidents of Uzbekistan and Russia met in Beijing on Wednesday to discuss trade.",
			"The presidents of Uzbekistan", []string{"CentralAsia"}},
		{"ru: издание с пометкой в скобках перед тире", "ru",
			"CentralAsia (UZ) - В Пекине прошла встреча президента Узбекистана и лидера России.",
			"В Пекине прошла", []string{"CentralAsia"}},
		{"de: Ort und Agentur in Klammern", "de",
			"Istanbul (dpa) - Rettungskräfte haben nach dem Erdbeben im Osten der Türkei bisher 239 Tote gefunden.",
			"Rettungskräfte haben", []string{"dpa"}},
		{"it: a dated parenthesis before the lead", "it",
			"(Di sabato 23 marzo 2019) Il 19 marzo scorso il presidente ha annunciato la decisione di dimettersi.",
			"Il 19 marzo", []string{"Di sabato"}},
		{"en: a caption before the dateline paragraph", "en",
			"Kenes Rakishev celebrates the victory with the team\nASTANA, Kazakhstan, November 15, 2022 /EINPresswire.com/ -- Kazakhstan won the Asian Boxing Championship with six gold medals on Sunday.",
			"Kazakhstan won the Asian", []string{"celebrates", "EINPresswire"}},
		{"ru: подпись перед абзацем с датой и агентством", "ru",
			"Шавкат Мирзиёев и Касым-Жомарт Токаев\nТАШКЕНТ, 31 декабря. /УЗИНФОРМ/. Президенты Узбекистана и Казахстана провели телефонный разговор.",
			"Президенты Узбекистана", []string{"УЗИНФОРМ", "Токаев"}},
		{"ru: штамп даты и времени перед текстом", "ru",
			"03.10.2022 | 15:58 |Туркменистан работает над увеличением поставок газа в Китай, заявил Гурбангулы Бердымухамедов.",
			"Туркменистан работает", []string{"15:58"}},
		{"en: a time and date stamp paragraph", "en",
			"07:28 Feb. 22, 2022\nKazakhstan does not plan to recognise the breakaway regions, the foreign minister said.",
			"Kazakhstan does not plan", []string{"07:28"}},
		{"ru: штамп времени отдельным абзацем", "ru",
			"07:28 Фев. 22, 2022\nКазахстан не планирует признавать независимость ДНР и ЛНР, заявил министр.",
			"Казахстан не планирует", []string{"07:28"}},
		{"en: a caption ending in a glued copyright credit", "en",
			"\"Am I not respected?\" Lavrov joked with a reporter© Pool\nRussia's foreign minister held his annual press conference in Moscow on Thursday, answering questions for three hours.",
			"Russia's foreign minister", []string{"© Pool"}},
		{"ru: подпись к снимку с приклеенным ©", "ru",
			"\"А я не уважаемый?\" – Лавров пошутил над журналисткой© Пул\nМинистр иностранных дел России провел ежегодную пресс-конференцию в Москве в четверг.",
			"Министр иностранных дел", []string{"© Пул"}},
		{"en: a place and a numeric date before the news", "en",
			"Brussels 21.11.2022 The European Union takes note of the preliminary results of the presidential election in Kazakhstan, its spokesperson said.",
			"The European Union takes note", []string{"21.11.2022"}},
		{"ru: город и числовая дата перед новостью", "ru",
			"Алматы, 05.03.2024. Национальный банк Казахстана сохранил базовую ставку на уровне 14,75 процента годовых.",
			"Национальный банк Казахстана", []string{"05.03.2024"}},
		{"en: a two-word place and a numeric date", "en",
			"Nur-Sultan, Kazakhstan 21.11.2022 The European Union takes note of the preliminary results of the presidential election, its spokesperson said.",
			"The European Union takes note", []string{"21.11.2022", "Kazakhstan"}},
		{"ru: город, страна и числовая дата", "ru",
			"Алматы, Казахстан 05.03.2024. Национальный банк Казахстана сохранил базовую ставку на уровне 14,75 процента годовых.",
			"Национальный банк Казахстана", []string{"05.03.2024"}},
		{"en: a Kazinform dateline glued to its place", "en",
			"NUR-SULTAN.KAZINFORM On December 3-7 Almaty held the regular sitting of the governmental delegations of Kazakhstan and Uzbekistan.",
			"On December 3-7 Almaty held", []string{"KAZINFORM"}},
		{"ru: датировка Казинформа", "ru",
			"АСТАНА.КАЗИНФОРМ Правительство одобрило новую программу развития сельских дорог во вторник.",
			"Правительство одобрило", []string{"КАЗИНФОРМ", "АСТАНА"}},
		{"de: an updated stamp and a reading time", "de",
			"Aktualisiert am 05.05.2025 - 12:36 Uhr Lesedauer: 2 Min.\n\nZehn Wochen nach der Bundestagswahl ist die neue Koalition besiegelt, die Spitzen der Parteien haben unterschrieben.",
			"Zehn Wochen nach", []string{"Aktualisiert", "Lesedauer"}},
		{"en: an updated stamp", "en",
			"Updated: 12 March 2024, 10:15\n\nThe parliament approved the budget for next year after a long debate, officials said.",
			"The parliament approved", []string{"Updated"}},
		{"ru: отметка об обновлении и время чтения", "ru",
			"Обновлено 12.03.2024 10:15. Время чтения: 3 мин.\n\nПарламент одобрил бюджет на следующий год после долгих дебатов, сообщили чиновники.",
			"Парламент одобрил", []string{"Обновлено", "Время чтения"}},
		{"en: a section label with a date and a view count", "en",
			"In focus 3 April 2024 1237\n\nThe city council approved Shavkat Umurzakov as the mayor of Tashkent at an extraordinary session.",
			"The city council approved", []string{"In focus"}},
		{"ru: рубрика с датой", "ru",
			"Главное 12 марта 2024 15:40\n\nГородской совет утвердил нового хокима Ташкента на внеочередной сессии.",
			"Городской совет утвердил", []string{"Главное"}},
		{"en: a published stamp glued to the text", "en",
			"Published 09.12.2022 Today, President Serdar Berdimuhamedov held an enlarged session of the Cabinet of Ministers.",
			"Today, President", []string{"Published"}},
		{"en: a Google News prompt after the news", "en",
			"Kremlin spokesman Dmitry Peskov said on Friday that he cannot yet confirm when a new round of talks will take place.\nFor all latest news, follow The Financial Express Google News channel.",
			"Kremlin spokesman", []string{"Google News", "For all latest news"}},
		{"uk: читати новину на сайті", "uk",
			"Мер Києва Віталій Кличко заявив про політичний тиск на столичну владу. Читати новину на сайті \"Delo.ua\"",
			"Мер Києва", []string{"Читати новину"}},
		{"ru: читать новость на сайте", "ru",
			"Мэр Киева Виталий Кличко заявил о политическом давлении на столичную власть. Читать новость на сайте \"Дело\"",
			"Мэр Киева", []string{"Читать новость"}},
		{"en: read the full story at", "en",
			"The mayor of Kyiv said the central government was putting pressure on the city. Read the full story at Delo.ua",
			"The mayor of Kyiv", []string{"Read the full story"}},
		{"pt: a caption with a Crédito credit", "pt",
			"CÂMARA aprova em dois turnos a PEC da Blindagem, que muda regras de imunidade parlamentar / Crédito: Lula Marques/Agência Brasil\n\nA Câmara dos Deputados aprovou a urgência do projeto de lei na quarta-feira.",
			"A Câmara dos Deputados", []string{"Crédito"}},
		{"ru: партнерский материал", "ru",
			"Мы пообщались с тремя белорусами, которые выиграли деньги в лотерею, и узнали, на что они их потратили. *Партнерский материал",
			"Мы пообщались", []string{"Партнерский"}},
	}
	runSummaryPrefixCases(t, tests)
}

// TestSummaryNotOtherStories: a link to another story printed above the
// article (a headline without a full stop that shares nothing with the
// article's own), the headline again as an image's alt text, and bylines
// and credits that open with a colon or a bracket are no summary; a
// standfirst that restates the headline without a full stop still is.
func TestSummaryNotOtherStories(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		wantPrefix              string
		bad                     []string
	}{
		{"ru: ссылка на другую новость над статьей", "ru", "Узбекистан усилил профилактические меры из-за кори",
			"Узбекистанцы могут получить онлайн туристическую визу в Саудовскую Аравию\nВ Узбекистане усилили меры против кори в приграничных районах, сообщили в санитарной службе.",
			"В Узбекистане усилили", []string{"Саудовскую"}},
		{"en: a link to another story above the article", "en", "Uzbekistan steps up measures against measles",
			"Uzbeks can now get an online tourist visa to Saudi Arabia\nUzbekistan has stepped up measures against measles in its border regions, the health service said.",
			"Uzbekistan has stepped up", []string{"Saudi"}},
		{"en: a standfirst restating the headline stays", "en", "Uzbekistan steps up measures against measles",
			"Uzbekistan steps up its measures against measles near the borders\nThe health service said on Monday there were no new cases in the country.",
			"Uzbekistan steps up its measures", nil},
		{"ru: подзаголовок без точки, повторяющий заголовок, остается", "ru", "Узбекистан усилил профилактические меры из-за кори",
			"Узбекистан усилил меры из-за кори в соседних странах\nВ санитарной службе сообщили, что новых случаев в стране нет.",
			"Узбекистан усилил меры", nil},
		{"ru: заголовок в подписи к изображению", "ru", "В Узбекистане назвали количество случаев кори",
			"Изображение 'В Узбекистане назвали количество случаев кори'\nС начала года в Узбекистане зарегистрировано 164 случая кори.",
			"С начала года", []string{"Изображение"}},
		{"ru: заголовок с рубрикой из двух слов, в буквах, не байтах", "ru", "В Самаре открыли новую поликлинику на 500 посещений",
			"Здравоохранение фоторепортаж В Самаре открыли новую поликлинику на 500 посещений\nВ Самаре после двух лет строительства открылась поликлиника в Кировском районе.",
			"В Самаре после двух лет", []string{"фоторепортаж"}},
		{"en: the headline with a two-word rubric", "en", "Riverton opens a new clinic for 500 visits a day",
			"Health gallery Riverton opens a new clinic for 500 visits a day\nAfter two years of building, a clinic opened in the north of Riverton on Monday.",
			"After two years", []string{"gallery"}},
		{"en: the headline as an image's alt text", "en", "Uzbekistan reports 164 measles cases this year",
			"Image: 'Uzbekistan reports 164 measles cases this year'\nSince January, 164 cases of measles have been confirmed in Uzbekistan.",
			"Since January", []string{"Image"}},
		{"de: Von: byline with a colon", "de", "Erdbeben in der Türkei: Zahl der Toten steigt",
			"Von: Helena Gries, Karolin Schäfer\nDie Zahl der Toten nach dem Erdbeben in der Türkei ist auf über 7000 gestiegen.",
			"Die Zahl der Toten", []string{"Gries"}},
		{"en: (Reporting by …) credit", "en", "Kazakh journalists' union head jailed",
			"(Reporting by Olzhas Auyezov; Editing by Mark Trevelyan)\nThe head of Kazakhstan's journalists' union was sentenced to six years in prison on Monday.",
			"The head of Kazakhstan's", []string{"Reporting by"}},
		{"uk: ілюстративний фотоколаж", "uk", "Україна і Казахстан перезавантажили відносини",
			"Ілюстративний фотоколаж із відкритих джерел\nУкраїна і Казахстан призначили нових послів, повідомив народний депутат.",
			"Україна і Казахстан призначили", []string{"фотоколаж"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Summary
			if !strings.HasPrefix(got, tt.wantPrefix) {
				t.Errorf("summary %q, want it to start %q", got, tt.wantPrefix)
			}
			for _, b := range tt.bad {
				if strings.Contains(got, b) {
					t.Errorf("summary %q holds %q", got, b)
				}
			}
		})
	}
}

// TestSummaryKeepsNews: the junk rules leave news sentences alone, also
// ones that mention photos, sides or reporting.
func TestSummaryKeepsNews(t *testing.T) {
	a := shared()
	tests := []struct{ name, lang, body string }{
		{"en: a photo in the news", "en", "Police published a photo of the suspect on Monday and asked residents for help."},
		{"ru: фото в новости", "ru", "Полиция опубликовала фото подозреваемого и попросила жителей помочь в поиске."},
		{"en: by in a sentence", "en", "By Friday the government had approved the budget, the finance minister said."},
		{"ru: автор в предложении", "ru", "Автор законопроекта депутат Иванов заявил, что документ примут до конца года."},
		{"en: the left in politics", "en", "The left won the election in Chile, official results showed on Sunday."},
		{"en: a party after a senator's name", "en", "Senator John Smith (R) said the bill would pass the chamber next week."},
		{"en: a month-like word after a capitalised subject", "en", "NATO May 5 meeting was postponed after the ministers failed to agree on the agenda."},
		{"ru: предложение со скобками и годом", "ru", "(По данным за 2023 год) Экспорт зерна из Казахстана вырос на треть, сообщил министр."},
		{"en: a sentence opening with a year", "en", "2022 was the year Kazakhstan changed its constitution, the president said on Monday."},
		{"ru: предложение с числа", "ru", "12 человек пострадали при пожаре на рынке в Алматы, сообщили спасатели."},
		{"en: a short dated sentence with a verb", "en", "Parliament will hold elections for the new assembly on 3 April 2024"},
		{"ru: короткое предложение с датой", "ru", "Парламент назначил выборы нового созыва на 12 марта 2024 года"},
		{"en: U.S. opening a sentence", "en", "U.S. officials said the talks with Kazakhstan would resume next week in Astana."},
		{"en: an update in the news", "en", "Updated rules for migrants take effect on Monday, the interior ministry said in a statement."},
		{"ru: обновленные правила", "ru", "Обновленные правила для мигрантов вступят в силу в понедельник, сообщило министерство."},
		{"en: please share in a quotation", "en", "\"Please share your views with us,\" the mayor told residents at the meeting on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: "Headline", Body: tt.body, Lang: tt.lang}).Summary
			if got != tt.body {
				t.Errorf("summary %q, want the sentence %q", got, tt.body)
			}
		})
	}
}

// TestCountWordsUpTo: counting up to a limit answers every "fewer than n
// words" question as the full count does, in both languages.
func TestCountWordsUpTo(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"empty", "", 0},
		{"en words", "The minister's deputy said it was well-known.", 7},
		{"ru words", "Заместитель министра заявил — это давно известно.", 6},
		{"numbers and dashes", "In 2024 — 3,5 млн — a record", 7}, // 3,5 is two
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countWords(tt.text); got != tt.want {
				t.Errorf("countWords(%q) = %d, want %d", tt.text, got, tt.want)
			}
			for limit := 0; limit <= tt.want+2; limit++ {
				got := countWordsUpTo(tt.text, limit)
				if got != min(tt.want, limit) {
					t.Errorf("countWordsUpTo(%q, %d) = %d, want %d", tt.text, limit, got, min(tt.want, limit))
				}
			}
		})
	}
}

// TestSummaryPageFurniture: what pages print around a story — live-blog
// links and openers, interview labels, tag rows, breadcrumbs, pictures'
// kinds and closing credits, paywalls, date labels, outlet lines, closing
// agency codes, feed-cut teasers and links between paragraphs — is never
// a summary, in every language where the pattern exists.
func TestSummaryPageFurniture(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		want                    string // the whole summary when wantExact, else its start
		wantExact               bool
		bad                     []string
	}{
		{"en: a live blog's opener", "en", "Labour would keep the basic rate, says Starmer – UK politics live",
			"Latest updates: all the developments from UK politics as the Labour party conference starts in Liverpool\nMiliband says that cutting the 45% rate is the wrong thing to do.",
			"Miliband says", false, []string{"Latest updates"}},
		{"ru: онлайн-трансляция в начале", "ru", "Путин и Токаев провели переговоры",
			"Онлайн-трансляция: все события дня\nПрезиденты России и Казахстана провели переговоры в Кремле.",
			"Президенты России", false, []string{"Онлайн"}},
		{"en: links to live pages above a live blog", "en", "Tottenham v Manchester United: Premier League – live!",
			"Clockwatch: keep up with all tonight's other matches – live!\nTransfer deadline day – live!\nKane traps a ball in the centre circle and sends it down the right for Son, who earns a throw.",
			"Kane traps", false, []string{"live!"}},
		{"ru: ссылка на онлайн-страницу", "ru", "Удары по Киеву",
			"Война в Украине — онлайн\nВ Киеве ночью прогремели взрывы, сообщили городские власти.",
			"В Киеве ночью", false, []string{"онлайн"}},
		{"en: an interview's question label", "en", "Labour and the top rate of tax",
			"Q: Does Labour support cutting the 45% top rate of income tax?\nMiliband says that cutting the 45% rate is the wrong thing to do.",
			"Miliband says", false, []string{"Q:"}},
		{"ru: вопрос интервью", "ru", "Министр о налогах",
			"Вопрос: Поддерживает ли правительство снижение налогов?\nМинистр заявил, что снижать ставку сейчас было бы ошибкой.",
			"Министр заявил", false, []string{"Вопрос"}},
		{"ru: строка тегов", "ru", "Путин поблагодарил Назарбаева",
			"Владимир Путин Дмитрий Песков Нурсултан Назарбаев Россия Казахстан\nРоссийский президент прокомментировал смену руководства в Казахстане.",
			"Российский президент", false, []string{"Песков"}},
		{"en: a row of tags", "en", "Putin thanks Nazarbayev",
			"Vladimir Putin Dmitry Peskov Nursultan Nazarbayev Russia Kazakhstan\nRussia's president commented on the change of leadership in Kazakhstan on Tuesday.",
			"Russia's president", false, []string{"Peskov"}},
		{"uk: навігаційний ланцюжок", "uk", "Токаєв відреагував на пропозицію Зеленського",
			"Головна Новини Суспільство Війна з Росією Зеленський пропонував Путіну зустрітися у Казахстані\nПрезидент Казахстану заявив, що він за прямі переговори.",
			"Президент Казахстану", false, []string{"Головна"}},
		{"ru: навигационная цепочка", "ru", "Токаев ответил на предложение",
			"Главная › Новости › Политика › Токаев ответил на предложение о встрече\nПрезидент Казахстана заявил, что готов принять переговоры.",
			"Президент Казахстана", false, []string{"Главная"}},
		{"en: a breadcrumb trail", "en", "Tokayev answers Zelensky",
			"Home News World Tokayev answers Zelensky on talks in Kazakhstan\nKazakhstan's president said he was ready to host direct talks.",
			"Kazakhstan's president", false, []string{"Home News"}},
		{"de: Titelbild caption", "de", "Tokajew besucht Moskau",
			"Titelbild: Kasachstans Präsident Tokajew bei seiner Vereidigung vor zwei Tagen.\nDer kasachische Präsident wird am 28. November Moskau besuchen.",
			"Der kasachische Präsident", false, []string{"Titelbild"}},
		{"ru: архивное фото в начале подписи", "ru", "Жапаров подписал указ",
			"Архивное фото: президент Садыр Жапаров подписывает документы.\nАкылбек Жапаров освобожден от должности председателя кабмина.",
			"Акылбек Жапаров", false, []string{"Архивное"}},
		{"ru: подпись, закрытая «Архивное фото»", "ru", "Жапаров подписал указ",
			"Президент Садыр Жапаров во время подписи документов. Архивное фото\nАкылбек Жапаров освобожден от должности председателя кабмина.",
			"Акылбек Жапаров", false, []string{"подписи документов"}},
		{"en: a caption closed by File photo", "en", "Japarov signs decree",
			"President Sadyr Japarov signs documents in Bishkek. File photo\nAkylbek Japarov was dismissed as chairman of the cabinet on Monday.",
			"Akylbek Japarov", false, []string{"signs documents"}},
		{"pt: a bracketed illustrative-image credit", "pt", "Comitê completa 150 dias",
			"Comitê completa 150 dias de atuação na prevenção contra o novo Coronavírus. (Imagem meramente ilustrativa/Imprensa TJRS). Criado para sanar as dúvidas de magistrados e servidores, o comitê se reúne toda semana.",
			"Comitê completa", false, []string{"Imagem"}},
		{"pt: a bracketed agency credit", "pt", "Presidente cazaque propõe eleições",
			"O presidente do Cazaquistão propôs nesta quinta-feira antecipar as eleições. (EFE/Presidência). Tokayev anunciou a intenção de voltar a concorrer ao cargo nas eleições presidenciais antecipadas deste ano.",
			"O presidente do Cazaquistão", false, []string{"EFE"}},
		{"fr: a paywall after a cut teaser", "fr", "Au Kazakhstan, un dimanche d'élection",
			"Les sondages donnaient plus de 80 % des voix pour le président sortant, 69 ans. Ce n'est pas une surprise dans cette…\nCet article est réservé aux abonnés\nProfitez de notre offre du moment et accédez à tous nos articles en illimité",
			"Les sondages donnaient plus de 80 % des voix pour le président sortant, 69 ans.", true, nil},
		{"en: a paywall", "en", "Kazakhstan votes",
			"Exit polls gave the incumbent more than 80 per cent of the vote on Sunday. The result surprised no one in the…\nThis article is for subscribers only",
			"Exit polls gave the incumbent more than 80 per cent of the vote on Sunday.", true, nil},
		{"ru: обрезанный анонс", "ru", "Похороны Каримова",
			"В аэропорту Самарканда собрались тысячи людей. Самарканд готовится к прощанию с президентом. Похороны президента Ислама Каримова,...\nподробнее ›",
			"В аэропорту Самарканда собрались тысячи людей. Самарканд готовится к прощанию с президентом.", true, nil},
		{"tr: a date label line", "tr", "Caparov'dan SİHA açıklaması",
			"Tarih: 23.10.2021 20:13\nKırgızistan Cumhurbaşkanı Sadır Caparov basın toplantısı düzenledi.",
			"Kırgızistan Cumhurbaşkanı", false, []string{"Tarih"}},
		{"ru: строка с датой публикации", "ru", "Жапаров взял отпуск",
			"Опубликовано: 10.01.2022 11:35\nСадыр Жапаров взял краткосрочный отпуск, сообщила пресс-служба.",
			"Садыр Жапаров", false, []string{"Опубликовано"}},
		{"en: an updated line", "en", "Japarov takes leave",
			"Updated: 10.01.2022 11:35\nSadyr Japarov has taken a short leave, his press service said.",
			"Sadyr Japarov", false, []string{"Updated"}},
		{"ru: время, город, сайт и автор", "ru", "Жапаров взял отпуск",
			"11:35, 10 января 2022, Бишкек - 24.kg , Жазгуль МАСАЛИЕВА\nСадыр Жапаров взял краткосрочный отпуск. Об этом сообщила пресс-служба главы государства.",
			"Садыр Жапаров", false, []string{"24.kg", "МАСАЛИЕВА"}},
		{"en: a place and an outlet's address", "en", "Berdimuhamedov steps aside",
			"Uzbekistan, Tashkent – Podrobno.uz.\nTurkmenistan's president made a statement nobody expected on Friday.",
			"Turkmenistan's president", false, []string{"Podrobno"}},
		{"fr: a closing agency code", "fr", "Tokaïev candidat",
			"Kassym-Jomart Tokaïev a reçu le soutien des 600 délégués du parti réunis en congrès extraordinaire. (Belga)",
			"Kassym-Jomart Tokaïev a reçu le soutien des 600 délégués du parti réunis en congrès extraordinaire.", true, nil},
		{"it: closing desk codes", "it", "Kirghizistan, nuovo governo",
			"Il Consiglio supremo del Kirghizistan ha approvato oggi la nomina di Sadyr Japarov come nuovo premier. (segue) (Res)",
			"Il Consiglio supremo del Kirghizistan ha approvato oggi la nomina di Sadyr Japarov come nuovo premier.", true, nil},
		{"ru: закрывающий код агентства", "ru", "Новый премьер",
			"Парламент Киргизии утвердил Садыра Жапарова премьер-министром. (ТАСС)",
			"Парламент Киргизии утвердил Садыра Жапарова премьер-министром.", true, nil},
		{"ru: заголовок со штампом времени", "ru", "Посольство Казахстана опровергло участие в установке юрты",
			"Посольство Казахстана опровергло участие в установке юрты (11.01.2023 07:24)\nПосольство не участвует в установке юрты в Киевской области, сообщил спикер МИД.",
			"Посольство не участвует", false, []string{"07:24"}},
		{"en: the headline with its time stamp", "en", "Kazakh embassy denies role in yurt project",
			"Kazakh embassy denies role in yurt project (11.01.2023 07:24)\nThe embassy is not involved in the yurt near Kyiv, a foreign ministry spokesman said.",
			"The embassy is not", false, []string{"07:24"}},
		{"ru: ссылка на другую новость между абзацами", "ru", "Путин переговорил с лидерами",
			"После парада президент России кратко пообщался с гостями.\nПутин призвал беречь и отстаивать правду о войне\nС Токаевым и Мирзиеевым российский лидер пообщался у Могилы Неизвестного Солдата.",
			"После парада президент России кратко пообщался с гостями.", true, nil},
		{"en: a link to another story between paragraphs", "en", "Putin talks to leaders",
			"After the parade, Russia's president spoke briefly with his guests.\nPutin urges defence of the truth about the war\nHe spoke with Tokayev and Mirziyoyev at the Tomb of the Unknown Soldier.",
			"After the parade, Russia's president spoke briefly with his guests.", true, nil},
		{"en: a caption placing people (from left)", "en", "Leaders meet in Astana",
			"Kassym-Jomart Tokayev and Vladimir Putin (from left) at the Akorda on Wednesday.\nThe two presidents signed a declaration on strategic partnership.",
			"The two presidents", false, []string{"from left"}},
		{"ru: подпись (слева направо)", "ru", "Встреча в Астане",
			"Касым-Жомарт Токаев и Владимир Путин (слева направо) в Акорде в среду.\nПрезиденты подписали декларацию о стратегическом партнерстве.",
			"Президенты подписали", false, []string{"слева направо"}},
		{"en: a caption closed by an agency in square brackets", "en", "Kazakhstan's president can stay on",
			"Nursultan Nazarbayev's current term expires in 2012.\nNazarbayev, a 66-year-old former steelworker,\nhas been in power since 1989 [AP]\nA parliamentarian said the commission adopted the decision.",
			"Nursultan Nazarbayev's current term expires in 2012.", true, nil},
		{"uk: підпис над рядком «фото:»", "uk", "Зеленський поговорив з Токаєвим",
			"Україна готова працювати з усіма партнерами заради реального миру\nфото: Офіс президента\nПрезидент України поговорив із президентом Казахстану.",
			"Президент України", false, []string{"Україна готова"}},
		{"ru: подпись над строкой «Фото:»", "ru", "Зеленский поговорил с Токаевым",
			"Украина готова работать со всеми партнерами ради настоящего мира\nФото: Офис президента\nПрезидент Украины поговорил с президентом Казахстана.",
			"Президент Украины", false, []string{"Украина готова"}},
		{"en: a caption above its Photo: line", "en", "Zelensky talks to Tokayev",
			"Ukraine is ready to work with all partners for a real peace\nPhoto: Office of the President\nUkraine's president spoke with the president of Kazakhstan on Sunday.",
			"Ukraine's president", false, []string{"ready to work"}},
		{"ru: заголовок страницы с названием сайта", "ru", "",
			"Узбекистан все еще не дал официальных комментариев по поводу в | ХУК! — СМИ для Нового Узбекистана\nУзбекистан не дал официальных комментариев по поводу конфликта.",
			"Узбекистан не дал", false, []string{"ХУК"}},
		{"en: a page title with the site's name", "en", "",
			"Uzbekistan has still not commented on the war in | HOOK — Media for the New Uzbekistan\nUzbekistan has given no official comment on the conflict so far.",
			"Uzbekistan has given", false, []string{"HOOK"}},
		{"ru: призыв зарегистрироваться", "ru", "",
			"Получи бонус за регистрацию!\nУзбекистан не дал официальных комментариев по поводу конфликта.",
			"Узбекистан не дал", false, []string{"регистрацию"}},
		{"en: a call to stay up to date", "en", "US leader congratulates Uzbekistan",
			"Stay up to date with the latest news.\nThe US president congratulated the Uzbek people on Independence Day.",
			"The US president", false, []string{"Stay up"}},
		{"de: a bracketed list of tags closes a teaser", "de", "Elon Musk: Model 3 für 35.000 US-Dollar derzeit unmöglich",
			"Tesla-Chef Elon Musk hat eingeräumt, das Basismodell des Model 3 noch nicht liefern zu können. (Tesla Model 3, Technologie)",
			"Tesla-Chef Elon Musk hat eingeräumt, das Basismodell des Model 3 noch nicht liefern zu können.", true, nil},
		{"en: an Exclusive label", "en", "Prince Charles: family farms must be at heart of farming",
			"Exclusive: ‘Rapid transition to regenerative farming’ needed, says prince.\nThe Prince of Wales has called for small farmers to come together.",
			"‘Rapid transition", false, []string{"Exclusive"}},
		{"fr: a paywall label glued to the standfirst", "fr", "Une élection gagnée d'avance au Kazakhstan",
			"AbonnéKassym-Jomart Tokaïev cherche l'onction populaire dimanche. Les opposants dénoncent une farce électorale.",
			"Kassym-Jomart Tokaïev cherche", false, []string{"Abonné"}},
		{"ru: метка «Эксклюзив»", "ru", "Министр о газе",
			"Эксклюзив: министр энергетики рассказал о поставках газа в Китай.\nПоставки вырастут в два раза, сообщил он.",
			"министр энергетики рассказал", false, []string{"Эксклюзив"}},
		{"tr: the page's address as a line", "tr", "Putin’in Kırgızistan’a resmi ziyareti başladı",
			"https://anlatilaninotesi.com.tr/20251125/putinin-kirgizistana-resmi-ziyareti-basladi-1101284768.html\nRusya Devlet Başkanı Vladimir Putin, Kırgızistan’a resmi ziyaret için Bişkek’e gitti.",
			"Rusya Devlet Başkanı", false, []string{"https://"}},
		{"en: an image's alt text and caption, the same line twice", "en", "Nazarbaev thanks Trump for backing Kazakh integrity",
			"Donald Trump meets Kazakh President Nazarbaev in the Oval Office on January 16, 2018\nDonald Trump meets Kazakh President Nazarbaev in the Oval Office on January 16, 2018\nWASHINGTON -- Kazakhstan's president thanked Trump for supporting his country's territorial integrity.",
			"Kazakhstan's president thanked", false, []string{"Oval Office"}},
		{"ru: подпись к снимку дважды", "ru", "Назарбаев поблагодарил Трампа за поддержку Казахстана",
			"Дональд Трамп и Нурсултан Назарбаев в Овальном кабинете 16 января 2018 года\nДональд Трамп и Нурсултан Назарбаев в Овальном кабинете 16 января 2018 года\nПрезидент Казахстана поблагодарил Трампа за поддержку территориальной целостности страны.",
			"Президент Казахстана поблагодарил", false, []string{"Овальном"}},
		{"tr: a closing place after a dash", "tr", "Caparov'dan destek mesajı",
			"Kırgızistan Cumhurbaşkanı Sadır Caparov, Orta Doğu'daki gelişmelere değindi. - BİŞKEK",
			"Kırgızistan Cumhurbaşkanı Sadır Caparov, Orta Doğu'daki gelişmelere değindi.", true, nil},
		{"ru: список ссылок под «Читайте также»", "ru", "Токаев встретился с жителями области Абай",
			"Читайте также:\nСоглашения о присоединении территорий подписали в Кремле\nПрямые авиарейсы запустят между Казахстаном и Сейшелами\nТокаев рассказал жителям области Абай о реформах прошлых лет\nГлава государства провел встречу с общественностью области Абай.",
			"Глава государства провел", false, []string{"Кремле", "Сейшелами", "реформах"}},
		{"en: a list of links under Read also", "en", "Tokayev meets residents of Abai region",
			"Read also:\nAgreements on annexing territories signed in the Kremlin\nDirect flights to link Kazakhstan and the Seychelles\nTokayev tells residents of Abai region about past reforms\nThe head of state met the public of the Abai region on Wednesday.",
			"The head of state met", false, []string{"Kremlin", "Seychelles", "reforms"}},
		{"de: a byline closed by a list of tags", "de", "EU-Parlament fordert schärfere Kontrolle",
			"Die EU-Abgeordneten wollen Profiling zu politischen Zwecken verbieten. Von Stefan Krempl (Facebook, Soziales Netz)",
			"Die EU-Abgeordneten wollen Profiling zu politischen Zwecken verbieten.", true, nil},
		{"de: a kind of piece and its author", "de", "Open Source bei Microsoft",
			"Der Microsoft-Angestellte beschreibt den Wandel hin zu Open Source. Ein Bericht von Sebastian Grüner (Microsoft, Softwarepatent)",
			"Der Microsoft-Angestellte beschreibt den Wandel hin zu Open Source.", true, nil},
		{"en: an analysis and its author", "en", "Kazakhstan's budget",
			"Kazakhstan's budget deficit will widen next year as oil revenue falls. An analysis by Jane Smith",
			"Kazakhstan's budget deficit will widen next year as oil revenue falls.", true, nil},
		{"en: a transcript's cue and speaker label", "en", "Kazakhstan votes",
			"(SOUNDBITE OF ARCHIVED BROADCAST)\nSTEVE INSKEEP, HOST: Voters in Kazakhstan went to the polls on Sunday in an early election.",
			"Voters in Kazakhstan went", false, []string{"SOUNDBITE", "INSKEEP"}},
		{"ru: реплика ведущего в расшифровке", "ru", "Казахстан голосует",
			"(АПЛОДИСМЕНТЫ)\nВЕДУЩИЙ: Избиратели Казахстана пришли на участки в воскресенье на досрочных выборах.",
			"Избиратели Казахстана", false, []string{"АПЛОДИСМЕНТЫ", "ВЕДУЩИЙ"}},
		{"en: a row of sharing buttons", "en", "Kazakhstan votes",
			"Facebook Twitter WhatsApp Telegram Copy link.\nVoters in Kazakhstan went to the polls on Sunday in an early election.",
			"Voters in Kazakhstan", false, []string{"WhatsApp"}},
		{"ru: кнопки «поделиться»", "ru", "Казахстан голосует",
			"Поделиться ВКонтакте Одноклассники Telegram WhatsApp.\nИзбиратели Казахстана пришли на участки в воскресенье.",
			"Избиратели Казахстана", false, []string{"ВКонтакте"}},
		{"en: an editor's note", "en", "Kazakhstan votes",
			"Editor's note: this story has been corrected to show the turnout.\nVoters in Kazakhstan went to the polls on Sunday in an early election.",
			"Voters in Kazakhstan", false, []string{"Editor"}},
		{"ru: примечание редакции", "ru", "Казахстан голосует",
			"Примечание редакции: материал исправлен, уточнена явка.\nИзбиратели Казахстана пришли на участки в воскресенье.",
			"Избиратели Казахстана", false, []string{"редакции"}},
		{"ru: страна, город и сайт перед тире", "ru", "Бердымухамедов уходит",
			"Узбекистан, Ташкент – АН Podrobno.uz. Президент Туркменистана сделал сенсационное заявление в пятницу.",
			"Президент Туркменистана сделал сенсационное заявление в пятницу.", true, nil},
		{"en: a country, a city and a site before a dash", "en", "Berdimuhamedov steps aside",
			"Uzbekistan, Tashkent – Podrobno.uz. Turkmenistan's president made a surprising statement on Friday.",
			"Turkmenistan's president made a surprising statement on Friday.", true, nil},
		{"en: where the article first appeared", "en", "Kazakhstan keeps its rate",
			"This article was originally published by Eurasianet.\nKazakhstan's central bank kept its base rate at 14.75 percent.",
			"Kazakhstan's central bank", false, []string{"Eurasianet"}},
		{"ru: материал при поддержке фонда", "ru", "Нацбанк сохранил ставку",
			"Материал подготовлен при поддержке фонда.\nНацбанк Казахстана сохранил базовую ставку на уровне 14,75%.",
			"Нацбанк Казахстана", false, []string{"фонда"}},
		{"en: a call to download the app", "en", "Kazakhstan keeps its rate",
			"Download the app to read more stories like this one.\nKazakhstan's central bank kept its base rate at 14.75 percent.",
			"Kazakhstan's central bank", false, []string{"app"}},
		{"ru: призыв скачать приложение", "ru", "Нацбанк сохранил ставку",
			"Скачайте приложение, чтобы читать новости первыми.\nНацбанк Казахстана сохранил базовую ставку на уровне 14,75%.",
			"Нацбанк Казахстана", false, []string{"приложение"}},
		{"en: an author's bio", "en", "Kazakhstan keeps its rate",
			"Jane Smith is a senior correspondent based in Almaty who covers Central Asia.\nKazakhstan's central bank kept its base rate at 14.75 percent.",
			"Kazakhstan's central bank", false, []string{"Jane Smith"}},
		{"ru: справка об авторе", "ru", "Нацбанк сохранил ставку",
			"Анна Иванова — корреспондент в Алматы, специализируется на экономике Центральной Азии.\nНацбанк Казахстана сохранил базовую ставку на уровне 14,75%.",
			"Нацбанк Казахстана", false, []string{"Иванова"}},
		{"it: paragraphs opened by a dash", "it", "Japarov in Russia",
			"© Agenzia Nova - Riproduzione riservata\n\n- Il presidente ad interim del Kirghizistan, Sadyr Japarov, si recherà in Russia per la prima visita ufficiale.",
			"Il presidente ad interim", false, []string{"Agenzia Nova", "- Il"}},
		{"ru: абзацы с тире в начале", "ru", "Жапаров поедет в Россию",
			"© Агентство - Все права защищены\n\n- Исполняющий обязанности президента Киргизии Садыр Жапаров совершит первый официальный визит в Россию.",
			"Исполняющий обязанности", false, []string{"Агентство", "- Исп"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Summary
			if tt.wantExact && got != tt.want || !tt.wantExact && !strings.HasPrefix(got, tt.want) {
				t.Errorf("summary %q, want %q (whole: %v)", got, tt.want, tt.wantExact)
			}
			for _, b := range tt.bad {
				if strings.Contains(got, b) {
					t.Errorf("summary %q holds %q", got, b)
				}
			}
		})
	}
}

// TestSummaryKeepsLeads: the furniture rules leave news alone — a lead
// that opens with a place and a date, sentences about photos and archive
// pictures, a home word that opens news, a source credited in lower case,
// a writer's ellipsis, hard-wrapped text and a colon before a list.
func TestSummaryKeepsLeads(t *testing.T) {
	a := shared()
	tests := []struct{ name, lang, body, want string }{
		{"en: a place and a date open the lead", "en",
			"In Almaty on December 4, police detained 12 protesters, the interior ministry said.", ""},
		{"ru: место и дата в начале новости", "ru",
			"В Алматы 4 декабря задержали 12 участников акции, сообщили в МВД.", ""},
		{"en: Almaty, December 4 as the subject", "en",
			"Almaty, December 4 and the days after it saw the heaviest snow in a decade, forecasters said.", ""},
		{"en: police released photos", "en",
			"Police released photos of the suspect and asked residents for help.", ""},
		{"en: an archive photo in the news", "en",
			"Police released an archive photo of the suspect on Monday and asked residents for help.", ""},
		{"ru: архивное фото в новости", "ru",
			"Полиция опубликовала архивное фото подозреваемого и попросила жителей о помощи.", ""},
		{"ru: «Главная задача» opens news", "ru",
			"Главная задача правительства — снизить инфляцию, заявил министр финансов.", ""},
		{"en: Home Secretary opens news", "en",
			"Home Secretary Priti Patel said the rules would change next month.", ""},
		{"ru: источник строчными словами", "ru",
			"Токаев подписал закон о выборах, сообщает Tengrinews.kz.", ""},
		{"en: a source credited in lower case", "en",
			"The president signed the election law on Monday, Tengrinews.kz reported.", ""},
		{"ru: многоточие автора", "ru",
			"Я начинаю получать удовольствие от работы с линуксом... Поставил программы, и всё заработало.", ""},
		{"en: a writer's ellipsis", "en",
			"The talks went on and on... In the end the ministers agreed on a text.", ""},
		{"en: a colon before a list line", "en",
			"In 2023 the fund gave, amongst other things:\n$5000 to the Red Cross for flood relief\n$1000 to a school in Osh.",
			"In 2023 the fund gave, amongst other things: $5000 to the Red Cross for flood relief. $1000 to a school in Osh."},
		{"en: hard-wrapped lines run on", "en",
			"There are currently some issues with OpenSSL and Alpine Linux on.\nProxmox, tracked since January, with some patches sent by\nemail to fix the issue still waiting to land.",
			"There are currently some issues with OpenSSL and Alpine Linux on. Proxmox, tracked since January, with some patches sent by. email to fix the issue still waiting to land."},
		{"en: a senator's party stays", "en",
			"Senator John Smith (R) and Senator Jane Doe (D) said the bill would pass next week.", ""},
		{"ru: подпись без точки перед текстом, без строки фото, остается", "ru",
			"Президент Узбекистана провел переговоры с лидером Казахстана в Ташкенте\nСтороны подписали соглашение о водных ресурсах.",
			"Президент Узбекистана провел переговоры с лидером Казахстана в Ташкенте. Стороны подписали соглашение о водных ресурсах."},
		{"en: a report by an agency in the news stays", "en",
			"A report by the World Bank said growth in Kazakhstan would slow to 3 percent next year.", ""},
		{"de: Ein Bericht von Bürgerrechtlern stays", "de",
			"Ein Bericht von Bürgerrechtlern wirft Amazon und Palantir vor, an der Überwachung von Migranten zu verdienen.", ""},
		{"en: an acronym and a colon open a headline-like lead", "en",
			"NATO: Russia is massing troops near the border, the alliance said on Monday.", ""},
		{"en: social networks in the news", "en",
			"Facebook and Twitter were fined by a Russian court on Tuesday for failing to delete posts.", ""},
		{"ru: соцсети в новости", "ru",
			"Суд в Москве оштрафовал Telegram и WhatsApp за отказ удалить публикации.", ""},
		{"en: news about a journalist stays", "en",
			"Evan Gershkovich is a Wall Street Journal reporter who was detained in Russia in March.", ""},
		{"ru: новость о журналисте", "ru",
			"Алексей Петров — журналист, задержанный в Минске в марте, вышел на свободу.", ""},
		{"en: originally published in the news stays", "en",
			"The report, originally published in 2019, was withdrawn by the ministry on Monday.", ""},
		{"en: downloads in the news stay", "en",
			"Downloads of the government's app rose to two million in the first week, officials said.", ""},
		{"en: a dash and a lower-case ending stay", "en",
			"Kazakhstan and the US signed a nuclear fuel deal on Monday - a first for the region.", ""},
		{"en: a bracketed aside with commas stays", "en",
			"The ministers agreed on quotas (water, gas and power) for the summer season, officials said.", ""},
		{"ru: слово «Эксклюзивный» в новости", "ru",
			"Эксклюзивный контракт с китайской компанией подписали в Астане, сообщил министр.", ""},
		{"ru: вопрос в тексте новости", "ru",
			"Вопросы безопасности обсудили министры на встрече в Астане, сообщили в МИД.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.body
			}
			got := a.Analyze(Input{Title: "Headline", Body: tt.body, Lang: tt.lang}).Summary
			if got != want {
				t.Errorf("summary %q, want %q", got, want)
			}
		})
	}
}

// TestSummaryLongSentenceEndsOnClause: a first sentence too long for a
// summary is cut after a clause, not between any two words.
func TestSummaryLongSentenceEndsOnClause(t *testing.T) {
	a := shared()
	tests := []struct{ name, lang, clause, filler string }{
		{"en", "en", "The ministers of the five Central Asian states met in Astana on Monday to discuss water quotas for the summer season, transit corridors across the Caspian Sea and the rules of the common electricity market",
			" and the talks went on with many more points to settle"},
		{"ru", "ru", "Министры пяти государств Центральной Азии встретились в Астане в понедельник, чтобы обсудить квоты на воду на летний сезон, транзитные коридоры через Каспийское море и правила общего рынка электроэнергии",
			" и переговоры продолжились по многим другим вопросам"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := tt.clause + ", " + strings.Repeat(strings.TrimSpace(tt.filler)+", ", 8) + "as officials said."
			got := a.Analyze(Input{Title: "Headline", Body: body, Lang: tt.lang}).Summary
			if !strings.HasSuffix(got, "…") || len([]rune(got)) > summaryChars+1 {
				t.Fatalf("summary %q: want a cut of at most %d characters", got, summaryChars)
			}
			cut := strings.TrimSuffix(got, "…")
			if !strings.HasPrefix(body, cut) || !strings.HasPrefix(body[len(cut):], ", ") {
				t.Errorf("summary %q does not end on a clause", got)
			}
		})
	}
}

// trimSentence passes over a sentence whose last byte ends no marker in any
// case; every marker, in lower, upper or title case, is still cut.
func TestTrimSentenceMarkersAnyCase(t *testing.T) {
	for _, set := range [...][]string{linkMarkers[:], adMarkers[:]} {
		for _, m := range set {
			for _, form := range []string{m, strings.ToUpper(m), strings.ToTitle(m)} {
				if got := trimSentence("Die Regierung hat das Gesetz gebilligt. " + form); got != "Die Regierung hat das Gesetz gebilligt." {
					t.Errorf("trimSentence(… %q) = %q", form, got)
				}
			}
		}
	}
}
