package analyze

import "testing"

// TestSummaryCaptionOverCredit: a paragraph right above a picture's credit
// whose first sentence shows a scene in the present and ends on the date
// the picture was taken is a caption, not the lead; a lead in the past
// above a credit, and a dated sentence in the present with no credit under
// it, stay.
func TestSummaryCaptionOverCredit(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a dated caption over a name and an agency", lang: "en",
			body: "World\n\nFirefighters battle a blaze at a warehouse in Lyon, France, Tuesday, March 4, 2025. The fire broke out overnight.\nJean Dupont / AP\n\nA fire destroyed a warehouse in Lyon on Tuesday, officials said.",
			want: "A fire destroyed", bad: []string{"Firefighters battle", "Dupont"}},
		{name: "en: a dated caption over a credit line", lang: "en",
			body: "Asia\n\nVolunteers hand out rice to flood victims in Dhaka, Bangladesh, on 12 August 2024.\nPhoto: Reuters\n\nFloods have displaced more than a million people in Bangladesh, the government said.",
			want: "Floods have displaced", bad: []string{"Volunteers hand out"}},
		{name: "en: a lead in the past above a credit stays", lang: "en",
			body: "Europe\n\nPolice arrested three men in Lyon on Tuesday, March 4, 2025.\nJean Dupont / AP\n\nThe men were charged with arson.",
			want: "Police arrested three men"},
		{name: "en: a dated sentence in the present without a credit stays", lang: "en",
			body: "Culture\n\nThe film festival opens in Cannes on Tuesday, May 13, 2025.\n\nThe jury is chaired by a French actress.",
			want: "The film festival opens"},
		{name: "ru: подпись с датой над кредитом", lang: "ru",
			body: "Происшествия\n\nСпасатели разбирают завалы после обрушения дома в Самаре, 12 марта 2025 года.\nИван Петров / ТАСС\n\nВ Самаре обрушился подъезд жилого дома, погибли два человека.",
			want: "В Самаре обрушился", bad: []string{"разбирают завалы", "ТАСС"}},
		{name: "ru: лид в прошедшем над кредитом остаётся", lang: "ru",
			body: "Происшествия\n\nВласти Самары эвакуировали жителей аварийного дома 12 марта 2025 года.\nИван Петров / ТАСС\n\nДом признан аварийным ещё в прошлом году.",
			want: "Власти Самары эвакуировали"},
		{name: "ru: лид с глаголом в начале над кредитом остаётся", lang: "ru",
			body: "Политика\n\nСостоялся телефонный разговор президентов двух стран 12 марта 2025 года.\nИван Петров / ТАСС\n\nСтороны обсудили торговлю.",
			want: "Состоялся телефонный разговор"},
		{name: "uk: підпис з датою над кредитом", lang: "uk",
			body: "Новини\n\nРятувальники працюють на місці обвалу у Дніпрі, 3 квітня 2025 р.\nФото: ДСНС\n\nУ Дніпрі рятувальники завершили пошукову операцію на місці обвалу.",
			want: "У Дніпрі рятувальники завершили", bad: []string{"працюють на місці"}},
	})
}

func TestNameAgencyCredit(t *testing.T) {
	for line, want := range map[string]bool{
		"Efrem Lukatsky / AP":      true,
		"Андрей Никольский / ТАСС": true,
		"Anna Maria Rossi/ANSA":    true,
		"World / Europe":           false,
		"Middle East / Africa":     false,
		"Politics / News / World":  false,
		"Jean Dupont / Le Monde":   false,
		"Sales rose 5% / year":     false,
	} {
		if got := isNameAgencyCredit(line); got != want {
			t.Errorf("isNameAgencyCredit(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestSummaryStampsWithWords: a page's stamp whose label a weekday or a
// month follows ("Last Published: Tue, Mar 4 2025"), a time with AM/PM and
// a time zone, and a date with an English ordinal are no summary; a
// sentence that opens with the same label and goes on with news stays.
func TestSummaryStampsWithWords(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: Last Published with a weekday and a time", lang: "en",
			body: "The cabinet met for six hours to agree the budget.\n\nLast Published: Tue, Mar 4 2025. 09 15 AM GMT\n\nThe finance minister said the deficit would fall.",
			want: "The cabinet met for six hours to agree the budget. The finance minister said the deficit would fall.", exact: true},
		{name: "en: Last published, then news, stays", lang: "en",
			body: "Last published in March, the survey found that most voters want early elections.\n\nThe government has not commented.",
			want: "Last published in March, the survey found"},
		{name: "ru: последнее обновление с днём недели", lang: "ru",
			body: "Центробанк сохранил ключевую ставку на прежнем уровне.\n\nПоследнее обновление: понедельник, 3 марта 2025, 14:05.\n\nАналитики ожидали такого решения.",
			want: "Центробанк сохранил ключевую ставку на прежнем уровне. Аналитики ожидали такого решения.", exact: true},
		{name: "uk: останнє оновлення з днем тижня", lang: "uk",
			body: "Уряд затвердив нову програму підтримки фермерів.\n\nОстаннє оновлення: понеділок, 3 березня 2025.\n\nПрограма діятиме три роки.",
			want: "Уряд затвердив нову програму підтримки фермерів. Програма діятиме три роки.", exact: true},
	})
	for s, want := range map[string]bool{
		"Thursday October 6th, 2025 12:11AM": true,
		"07 58 AM IST":                       true,
		"Posted on October 2nd, 2025.":       true,
		"2nd Infantry Division":              false,
		"The 3rd round starts at 9 PM":       false,
	} {
		if got := isStampRun(s); got != want {
			t.Errorf("isStampRun(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSummaryTailMarkerAboveStory: a "Related Articles" marker above the
// story heads a few links, and the story below them is still read; under
// the story the marker still ends the page.
func TestSummaryTailMarkerAboveStory(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: Related Articles above the story", lang: "en",
			body: "By Staff Writers\nRelated Articles\nContact Editor\n\nLISBON — The Portuguese parliament approved a new housing law on Friday after a night of debate.\n\nThe law caps rents in large cities.",
			want: "The Portuguese parliament approved", bad: []string{"Contact Editor"}},
		{name: "en: Related Articles under the story ends it", lang: "en",
			body: "The Portuguese parliament approved a new housing law on Friday.\n\nRelated Articles\n\nSpain's government announced new train subsidies for commuters on Monday.",
			want: "The Portuguese parliament approved a new housing law on Friday.", exact: true},
		{name: "ru: «Новости по теме» над текстом", lang: "ru",
			body: "Новости по теме\nВ Казани открылся новый парк\n\nВ Самаре депутаты городской думы утвердили бюджет на следующий год.\n\nРасходы на транспорт выросли.",
			want: "В Самаре депутаты", bad: []string{"Казани"}},
		{name: "ru: «Новости по теме» под текстом", lang: "ru",
			body: "В Самаре депутаты городской думы утвердили бюджет на следующий год.\n\nНовости по теме\n\nВ Казани власти объявили о строительстве нового моста через Волгу.",
			want: "В Самаре депутаты городской думы утвердили бюджет на следующий год.", exact: true},
	})
}

// TestSummaryCorrespondentAndRepeats: a sentence that only says the
// outlet's reporter was there is no summary sentence, while one that names
// whose claim the news is stays; a sentence that says again what the
// summary already says (a paragraph printed twice, a date left out) is
// passed over.
func TestSummaryCorrespondentAndRepeats(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "ru: корреспондент издания", lang: "ru",
			body: "В Омске прошёл марафон памяти. В нём участвовали две тысячи человек.\nОб этом сообщает корреспондент «Омск Онлайн».\nПобедитель пробежал дистанцию за два часа.",
			want: "В Омске прошёл марафон памяти. В нём участвовали две тысячи человек. Победитель пробежал дистанцию за два часа.", exact: true},
		{name: "ru: кто заявил — остаётся", lang: "ru",
			body: "Цены на бензин в регионе не вырастут до конца года.\nОб этом заявил губернатор области Иван Петров.",
			want: "Цены на бензин в регионе не вырастут до конца года. Об этом заявил губернатор области Иван Петров.", exact: true},
		{name: "uk: кореспондент видання", lang: "uk",
			body: "У Полтаві відкрили новий міст через Ворсклу.\nПро це повідомляє кореспондент «Полтавщини».\nМіст будували три роки.",
			want: "У Полтаві відкрили новий міст через Ворсклу. Міст будували три роки.", exact: true},
		{name: "en: our correspondent", lang: "en",
			body: "Thousands marched through Lima on Saturday against the new mining law.\nThis was reported by our correspondent.\nPolice said the march was peaceful.",
			want: "Thousands marched through Lima on Saturday against the new mining law. Police said the march was peaceful.", exact: true},
		{name: "en: a lead printed again without its day", lang: "en",
			body: "Thousands marched through Lima on Saturday against the new mining law.\nPhotos from the march\nThousands marched through Lima against the new mining law.\nPolice said the march was peaceful.",
			want: "Thousands marched through Lima on Saturday against the new mining law. Police said the march was peaceful.", exact: true},
		{name: "ru: лид повторён без даты", lang: "ru",
			body: "В Омске 12 мая прошёл марафон памяти погибших спасателей.\nВ Омске прошёл марафон памяти погибших спасателей.\nПобедитель пробежал дистанцию за два часа.",
			want: "В Омске 12 мая прошёл марафон памяти погибших спасателей. Победитель пробежал дистанцию за два часа.", exact: true},
		{name: "en: a sentence sharing many words but telling more stays", lang: "en",
			body: "The central bank raised its main interest rate on Thursday.\nThe central bank raised its main interest rate to 5 percent, the highest level since 2008.",
			want: "The central bank raised its main interest rate on Thursday. The central bank raised its main interest rate to 5 percent, the highest level since 2008.", exact: true},
	})
}

// TestSummaryGalleryHead: a gallery's count of pictures glued to its title
// and the title glued to the text are cut; a sentence opening with a
// number of photos as news stays.
func TestSummaryGalleryHead(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "es: count and title glued", lang: "es", title: "Feria del libro en Sevilla",
			body: "15 fotosFeria del libro en SevillaMiles de lectores recorrieron el jueves las casetas de la feria del libro de Sevilla.",
			want: "Miles de lectores recorrieron", bad: []string{"15 fotos", "Feria del libro en Sevilla"}},
		{name: "en: count glued to the text", lang: "en", title: "Storm damage",
			body: "20 photosThe storm tore roofs off hundreds of houses along the coast on Monday night.",
			want: "The storm tore roofs"},
		{name: "ru: счёт снимков склеен с заголовком", lang: "ru", title: "Паводок в Оренбурге",
			body: "12 фотоПаводок в ОренбургеВода затопила больше тысячи домов в Оренбурге за ночь.",
			want: "Вода затопила больше", bad: []string{"12 фото"}},
		{name: "en: photos as news stay", lang: "en",
			body: "20 photos taken by the rover were published by the space agency on Friday.",
			want: "20 photos taken by the rover"},
	})
}

// TestSummaryPlacesPeople: a sentence that places a named person in a
// picture between commas ("X, second from left, shows …") is a caption;
// sides named in prose stay.
func TestSummaryPlacesPeople(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: second from left", lang: "en",
			body: "Anna Keller, second from left, shows the flooded cellar of her house in Dresden on Monday, June 3, 2024.\n\nFloods forced thousands of people from their homes in eastern Germany, officials said.",
			want: "Floods forced thousands", bad: []string{"second from left"}},
		{name: "en: left and right of a handshake", lang: "en",
			body: "Prime Minister Ito, left, shakes hands with President Moon before their talks in Seoul.\nThe two leaders agreed to resume talks on fishing rights.",
			want: "The two leaders agreed"},
		{name: "en: sides in prose stay", lang: "en",
			body: "In Berlin, left, right and centre parties agreed on a new budget on Friday.\nThe vote ended months of talks.",
			want: "In Berlin, left, right and centre parties agreed"},
		{name: "ru: второй слева", lang: "ru",
			body: "Иван Соколов, второй слева, осматривает разрушенный дом в Белгороде.\n\nВ Белгороде после обстрела повреждены двенадцать жилых домов, сообщили власти.",
			want: "В Белгороде после обстрела", bad: []string{"второй слева"}},
		{name: "de: links im Bild", lang: "de",
			body: "Maria Huber, links, spricht mit Anwohnern in Passau.\n\nDas Hochwasser hat in Passau am Montag seinen Höchststand erreicht.",
			want: "Das Hochwasser hat", bad: []string{"links,"}},
	})
}

// TestSummarySceneCaption: a one-sentence scene in the present with its
// place ("… outside the parliament", «… у здания парламента») or over a
// credit, above a story told in the past, is a caption, also when it opens
// the body; a standfirst that reports, a present sentence without a place
// of a scene and a present scene above text in the present stay.
func TestSummarySceneCaption(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a scene opening the body", lang: "en",
			body: "Protesters hold placards outside the parliament in Bishkek.\n\nKyrgyz lawmakers voted on Tuesday to extend the president's term.",
			want: "Kyrgyz lawmakers voted", bad: []string{"placards"}},
		{name: "en: a scene without a full stop", lang: "en",
			body: "A woman walks past a burnt-out car in Kharkiv\n\nRussian missiles struck Kharkiv overnight, killing three people, officials said.",
			want: "Russian missiles struck", bad: []string{"burnt-out car"}},
		{name: "en: a present sentence over a credit line", lang: "en",
			body: "World\n\nRescue workers search the rubble of a school in Herat.\nPhoto: AFP\n\nAn earthquake killed at least forty people in western Afghanistan on Saturday.",
			want: "An earthquake killed", bad: []string{"Rescue workers search"}},
		{name: "en: a standfirst that reports stays", lang: "en",
			body: "Hundreds gather outside the court as the verdict nears, police say.\n\nThe trial lasted nine months.",
			want: "Hundreds gather outside the court"},
		{name: "en: a standfirst restating the headline stays", lang: "en", title: "Kenya steps up checks at border crossings",
			body: "Kenya steps up its checks at border crossings near the Somali frontier\n\nThe interior ministry said on Friday that smuggling had doubled.",
			want: "Kenya steps up its checks"},
		{name: "en: a present lead without a scene's place stays", lang: "en",
			body: "The prime minister holds talks with the Turkish president in Ankara.\n\nThe two leaders discussed grain shipments.",
			want: "The prime minister holds talks"},
		{name: "en: a scene above text in the present stays", lang: "en",
			body: "Fans queue outside the stadium in Madrid.\n\nThe final starts at nine and tickets are still on sale.",
			want: "Fans queue outside the stadium"},
		{name: "ru: сцена у здания над текстом в прошедшем", lang: "ru",
			body: "Участники акции держат плакаты у здания парламента в Бишкеке.\n\nДепутаты Жогорку Кенеша во вторник проголосовали за продление срока президента.",
			want: "Депутаты Жогорку Кенеша", bad: []string{"плакаты"}},
		{name: "ru: сообщение с «по словам» остаётся", lang: "ru",
			body: "Жители собираются возле мэрии, по словам полиции, их около сотни.\n\nВласти отменили решение о сносе рынка.",
			want: "Жители собираются возле мэрии"},
		{name: "uk: сцена біля будівлі", lang: "uk",
			body: "Люди стоять у черзі біля пункту незламності у Харкові.\n\nУ Харкові після атаки дронів зникло світло, повідомили в міській раді.",
			want: "У Харкові після атаки", bad: []string{"у черзі"}},
	})
}

// TestSummarySelfTeaser: a short teaser in which the outlet speaks of its
// own piece ("We explain.", «рассказываем в нашем материале», «в нашем
// Telegram-канале») above the story's lead is passed over; a teaser with
// no lead below it, and a quoted speaker who explains, stay.
func TestSummarySelfTeaser(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a question and we explain", lang: "en",
			body: "What changes for drivers from March 1? We explain in our new guide.\n\nParliament passed a law on Tuesday that doubles fines for speeding on motorways.",
			want: "Parliament passed a law", bad: []string{"We explain"}},
		{name: "en: this week's episode", lang: "en",
			body: "In this week's episode, our reporters look at the new media law.\n\nLawmakers approved the media law on Tuesday after a heated debate in parliament.",
			want: "Lawmakers approved the media law"},
		{name: "en: a teaser with no lead below stays", lang: "en",
			body: "What changes for drivers from March 1? We explain in our new guide.",
			want: "What changes for drivers"},
		{name: "en: a quoted minister who explains stays", lang: "en",
			body: "\"We explain every fine to drivers,\" the minister said.\n\nParliament passed a law on Tuesday that doubles fines for speeding on motorways.",
			want: "\"We explain every fine"},
		{name: "ru: рассказываем в нашем материале", lang: "ru",
			body: "Как изменится жизнь водителей с 1 марта — рассказываем в нашем материале.\n\nГосдума во вторник приняла закон, который вдвое повышает штрафы за превышение скорости.",
			want: "Госдума во вторник приняла", bad: []string{"рассказываем"}},
		{name: "ru: в нашем Telegram-канале", lang: "ru",
			body: "Самые важные новости дня — в нашем Telegram-канале.\n\nГосдума во вторник приняла закон, который вдвое повышает штрафы за превышение скорости.",
			want: "Госдума во вторник приняла", bad: []string{"Telegram"}},
		{name: "uk: розповідаємо", lang: "uk",
			body: "Що зміниться для водіїв з 1 березня — розповідаємо.\n\nВерховна Рада у вівторок ухвалила закон, який удвічі підвищує штрафи за перевищення швидкості.",
			want: "Верховна Рада у вівторок", bad: []string{"розповідаємо"}},
		{name: "de: wir erklären", lang: "de",
			body: "Was ändert sich ab März für Autofahrer? Wir erklären es.\n\nDer Bundestag hat am Dienstag ein Gesetz beschlossen, das die Bußgelder für Raser verdoppelt.",
			want: "Der Bundestag hat", bad: []string{"Wir erklären"}},
	})
}

// TestSummaryReadAlsoLabels: a link to another story under a "read also"
// label is no summary sentence in more of the corpus's languages
// ("RELATED: …", «Читайте також: …», "Lesen Sie auch: …").
func TestSummaryReadAlsoLabels(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: RELATED", lang: "en",
			body: "Lawmakers voted on Tuesday to extend the president's term.\n\nRELATED: President signs new media law.\n\nThe vote passed with 70 votes.",
			want: "Lawmakers voted on Tuesday to extend the president's term. The vote passed with 70 votes.", exact: true},
		{name: "uk: Читайте також", lang: "uk",
			body: "Депутати у вівторок проголосували за продовження строку.\n\nЧитайте також: Президент підписав закон про медіа.\n\nЗа закон проголосували 70 депутатів.",
			want: "Депутати у вівторок проголосували за продовження строку. За закон проголосували 70 депутатів.", exact: true},
		{name: "de: Lesen Sie auch", lang: "de",
			body: "Der Landtag hat am Dienstag den Haushalt beschlossen.\n\nLesen Sie auch: Regierung plant neue Schulden.\n\nDie Opposition stimmte dagegen.",
			want: "Der Landtag hat am Dienstag den Haushalt beschlossen. Die Opposition stimmte dagegen.", exact: true},
		{name: "es: Lea también", lang: "es",
			body: "El Congreso aprobó el martes el presupuesto.\n\nLea también: El Gobierno prepara nuevos impuestos.\n\nLa oposición votó en contra.",
			want: "El Congreso aprobó el martes el presupuesto. La oposición votó en contra.", exact: true},
	})
}

// TestDeskStems: every role of deskRoles holds one of deskStems, the gate
// that spares isDeskCredit its search of every role on most paragraphs.
func TestDeskStems(t *testing.T) {
	for _, r := range deskRoles {
		if !hasDeskStem(r) {
			t.Errorf("desk role %q holds none of deskStems", r)
		}
	}
}
