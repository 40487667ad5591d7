package analyze

import (
	"strings"
	"testing"
)

// TestSummaryNeverJunk: a summary is never a caption, a credit, a byline, an
// agency dateline or page boilerplate; it starts with the news.
func TestSummaryNeverJunk(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, body string
		wantPrefix       string
		bad              []string
	}{
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
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: "Headline", Body: tt.body, Lang: tt.lang}).Summary
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
