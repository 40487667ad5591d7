package analyze

import "testing"

// TestQuotesAfterExpressedStance: a sentence in which one named person
// expresses confidence, hope or concern («выразил надежду», "expressed
// confidence") introduces the quotation that follows it, in the next
// paragraph or the next sentence, as a speech verb does. Without a
// person, with two people, or before a title or slogan it introduces no
// one.
func TestQuotesAfterExpressedStance(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en paragraph after \"X expressed confidence.\"", "en",
			"Outside the court building, Senator Ruslan Temirov expressed confidence.\n\n“I fully expect that the judges will follow the law and the evidence presented here.”",
			[]wantQuote{{"I fully expect that the judges", "Ruslan Temirov"}}},
		{"en sentence after \"X expressed his hope\"", "en",
			"Mayor Aigul Nurlanova expressed her hope for a quick repair of the bridge. “We count on the contractor to finish all the work before the end of September.”",
			[]wantQuote{{"We count on the contractor", "Aigul Nurlanova"}}},
		{"ru абзац после «X выразил надежду»", "ru",
			"Аким города Ерлан Аймагамбетов выразил надежду на скорое завершение ремонта.\n\n«Мы рассчитываем, что подрядчик закончит все работы до конца сентября».",
			[]wantQuote{{"Мы рассчитываем, что подрядчик", "Ерлан Аймагамбетов"}}},
		{"ru предложение после «X выразила обеспокоенность»", "ru",
			"Омбудсмен Динара Закиева выразила обеспокоенность положением мигрантов. «Люди неделями ждут документов и не могут устроиться на работу».",
			[]wantQuote{{"Люди неделями ждут документов", "Динара Закиева"}}},
		{"en no person expresses", "en",
			"The ministry expressed concern.\n\n“All schools will remain closed until the end of the month in the northern regions.”",
			nil},
		{"en two people in the sentence", "en",
			"Ruslan Temirov expressed regret over the remarks of Aigul Nurlanova.\n\n“All schools will remain closed until the end of the month in the northern regions.”",
			nil},
		{"ru без человека", "ru",
			"В министерстве выразили уверенность в успехе реформы.\n\n«Все школы будут закрыты до конца месяца в северных регионах страны».",
			nil},
		{"ru название после выражения", "ru",
			"Министр Канат Абдыкадыров выразил надежду на успех проекта.\n\nПроект «Чистая вода для каждого села нашей страны» стартует весной.",
			nil},
		{"en an emotion that is no stance", "en",
			"Senator Ruslan Temirov expressed anger.\n\n“All schools will remain closed until the end of the month in the northern regions.”",
			nil},
	})
}

// TestQuotesMarkShapes: a quotation is found whatever marks the page
// prints it in — guillemets with „…“ or «…» nested in them, straight
// double marks in Russian text (with a name in guillemets or straight
// marks inside), „…“ and “…” in Russian, single marks with a nested
// phrase in English, a quotation hard-wrapped over a line break or run
// over two paragraphs after a colon — and the same marks around a scare
// phrase, a work's title, a slogan or a caption make no quotation.
func TestQuotesMarkShapes(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru «…„…“…»", "ru",
			"«Мы говорим „нет“ любым попыткам давления на наших партнеров в регионе», — заявил министр иностранных дел Жээнбек Кулубаев.",
			[]wantQuote{{"Мы говорим „нет“", "Жээнбек Кулубаев"}}},
		{"ru «…«…»…»", "ru",
			"«Мы называем это «Большой Евразией», и этот проект открыт для всех соседей», — заявил министр Сергей Лавров.",
			[]wantQuote{{"Мы называем это", "Сергей Лавров"}}},
		{"ru straight marks", "ru",
			"\"Мы не допустим повторения этих событий в нашей стране\", - заявил президент Садыр Жапаров.",
			[]wantQuote{{"Мы не допустим", "Садыр Жапаров"}}},
		{"ru straight marks around «name»", "ru",
			"\"Проект «Кош-Тегирмен» мы завершим в следующем году, как и обещали\", - сказал президент Садыр Жапаров.",
			[]wantQuote{{"Проект «Кош-Тегирмен»", "Садыр Жапаров"}}},
		{"ru straight marks around \"name\"", "ru",
			"\"Проект \"Кош-Тегирмен\" мы завершим в следующем году, как и обещали\", - сказал президент Садыр Жапаров.",
			[]wantQuote{{"Проект", "Садыр Жапаров"}}},
		{"ru „…“ outer", "ru",
			"„Мы никогда не примем эти обвинения против нашего народа“, - заявил президент Садыр Жапаров.",
			[]wantQuote{{"Мы никогда не примем", "Садыр Жапаров"}}},
		{"ru “…” outer", "ru",
			"“Мы никогда не примем эти обвинения против нашего народа”, - заявил президент Садыр Жапаров.",
			[]wantQuote{{"Мы никогда не примем", "Садыр Жапаров"}}},
		{"ru hard-wrapped after a colon", "ru",
			"Президент Садыр Жапаров заявил: «Мы завершим проект Кош-Тегирмен в следующем\nгоду, как и обещали жителям региона».",
			[]wantQuote{{"Мы завершим проект", "Садыр Жапаров"}}},
		{"ru two paragraphs after a colon paragraph", "ru",
			"Президент Садыр Жапаров заявил:\n\n«Мы завершим проект Кош-Тегирмен в следующем году.\n\nКак и обещали жителям региона, работы начнутся весной».",
			[]wantQuote{{"Мы завершим проект", "Садыр Жапаров"}}},
		{"en hard-wrapped after a colon", "en",
			"President Sadyr Japarov said: “We will finish the Kosh-Tegirmen project next\nyear, as we promised to the people of the region.”",
			[]wantQuote{{"We will finish the", "Sadyr Japarov"}}},
		{"en single marks", "en",
			"'We will never accept these charges against our people,' said President Sadyr Japarov.",
			[]wantQuote{{"We will never accept", "Sadyr Japarov"}}},
		{"en “…‘…’…”", "en",
			"“We call it the ‘Greater Eurasia’ and this project is open to all neighbours,” said minister Sergei Lavrov.",
			[]wantQuote{{"We call it the", "Sergei Lavrov"}}},
		{"en \"…'…'…\"", "en",
			"\"We call it the 'Greater Eurasia' and this project is open to all neighbours,\" said minister Sergei Lavrov.",
			[]wantQuote{{"We call it the", "Sergei Lavrov"}}},
		{"en guillemets", "en",
			"«We will finish the Kosh-Tegirmen project next year, as promised», said President Sadyr Japarov.",
			[]wantQuote{{"We will finish the", "Sadyr Japarov"}}},
		{"en colon after a clause", "en",
			"President Sadyr Japarov said the project was important: “We will finish the Kosh-Tegirmen project next year, as promised.”",
			[]wantQuote{{"We will finish the", "Sadyr Japarov"}}},
		{"en scare phrase in marks", "en",
			"President Sadyr Japarov dismissed what he called “a campaign of lies against our country and our people” at the rally.",
			nil},
		{"ru scare phrase in marks", "ru",
			"Президент Садыр Жапаров назвал происходящее «кампанией лжи против нашей страны и нашего народа» на митинге.",
			nil},
		{"en a film's title", "en",
			"President Sadyr Japarov attended the premiere of the film “The Long Road Home to the Mountains of Naryn” on Friday.",
			nil},
		{"ru a slogan", "ru",
			"Участники акции вышли под лозунгом «Мы против строительства нового завода в нашем районе» в субботу.",
			nil},
		{"en a caption", "en",
			"President Sadyr Japarov: “We will finish the Kosh-Tegirmen project next year, as promised.” Photo: Kabar",
			nil},
	})
}

// TestQuotesTitledNameOfCueWords: a title with a portfolio («министр
// иностранных дел») before a name whose words are also gazetteer words —
// a leader's surname (Kulubaev), the first word of a longer place name
// that does not follow (Улан without -Батор) — reads that name; the place
// itself, where its other words follow, stays no name.
func TestQuotesTitledNameOfCueWords(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru leader's surname after «министр иностранных дел»", "ru",
			"«Мы говорим нет любым попыткам давления на наших партнеров в регионе», — заявил министр иностранных дел Жээнбек Кулубаев.",
			[]wantQuote{{"Мы говорим нет", "Жээнбек Кулубаев"}}},
		{"ru with the country between", "ru",
			"«Мы говорим нет любым попыткам давления на наших партнеров в регионе», — заявил министр иностранных дел Кыргызстана Жээнбек Кулубаев.",
			[]wantQuote{{"Мы говорим нет", "Жээнбек Кулубаев"}}},
		{"ru a cue word opening a known person's name", "ru",
			"«Мы открыты для переговоров, но не под давлением санкций», — заявил министр иностранных дел Ирана Аббас Аракчи.",
			[]wantQuote{{"Мы открыты для переговоров", "Аббас Аракчи"}}},
		{"ru a country before the name stays a country", "ru",
			"«Мы открыты для переговоров, но не под давлением санкций», — заявил министр иностранных дел Палестины Риад Малки.",
			[]wantQuote{{"Мы открыты для переговоров", "Риад Малки"}}},
		{"ru «Улан» without «-Батор» is a first name", "ru",
			"«Мы усилим охрану границы уже в ближайшие недели», — заявил министр внутренних дел Улан Ниязбеков.",
			[]wantQuote{{"Мы усилим охрану", "Улан Ниязбеков"}}},
		{"ru the place itself is no name", "ru",
			"«Мы усилим охрану границы уже в ближайшие недели», — сообщили в министерстве внутренних дел Улан-Батора.",
			nil},
		{"en leader's surname after a title", "en",
			"“We say no to any pressure on our partners in the region,” said Minister of Foreign Affairs Jeenbek Kulubaev.",
			[]wantQuote{{"We say no to any", "Jeenbek Kulubaev"}}},
		{"en a cue word opening a known person's name", "en",
			"“We are open to negotiations, but not under the pressure of sanctions,” said Iran's Foreign Minister Abbas Araghchi.",
			[]wantQuote{{"We are open to negotiations", "Abbas Araghchi"}}},
		{"en Ulan without Bator is a first name", "en",
			"“We will strengthen the border guard in the coming weeks,” said Interior Minister Ulan Niyazbekov.",
			[]wantQuote{{"We will strengthen", "Ulan Niyazbekov"}}},
		{"en the place itself is no name", "en",
			"“We will strengthen the border guard in the coming weeks,” the interior ministry in Ulan Bator said.",
			nil},
	})
}

// TestQuotesPortfolioWithModifier: a ministry's portfolio with a modifier
// ("of Internal Affairs", "of Natural Resources", «природных ресурсов»)
// between the title and the name still leaves the name to read.
func TestQuotesPortfolioWithModifier(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en of Internal Affairs", "en",
			"“We will strengthen the border guard in the coming weeks,” said Minister of Internal Affairs Ulan Niyazbekov.",
			[]wantQuote{{"We will strengthen", "Ulan Niyazbekov"}}},
		{"en of Emergency Situations", "en",
			"“The rescuers reached the village cut off by the mudflow,” said Minister of Emergency Situations Boobek Ajikeev.",
			[]wantQuote{{"The rescuers reached", "Boobek Ajikeev"}}},
		{"en of Natural Resources", "en",
			"“The new landfill will be built far away from the villages,” said Minister of Natural Resources Meder Mashiev.",
			[]wantQuote{{"The new landfill", "Meder Mashiev"}}},
		{"en of Energy of Kyrgyzstan", "en",
			"“The new power plant will start working before the winter,” said Minister of Energy of Kyrgyzstan Taalaibek Ibraev.",
			[]wantQuote{{"The new power plant", "Taalaibek Ibraev"}}},
		{"ru энергетики Кыргызстана", "ru",
			"«Новая электростанция заработает еще до начала зимы», — сказал министр энергетики Кыргызстана Таалайбек Ибраев.",
			[]wantQuote{{"Новая электростанция", "Таалайбек Ибраев"}}},
		{"en of Energy of a body that is no country, no name read", "en",
			"“The new power plant will start working before the winter,” said the Minister of Energy of the Cabinet.",
			nil},
		{"ru природных ресурсов", "ru",
			"«Новый полигон построят далеко от сел и рек», — сказал министр природных ресурсов Мелис Турганбаев.",
			[]wantQuote{{"Новый полигон", "Мелис Турганбаев"}}},
		{"ru внутренних дел", "ru",
			"«Мы усилим охрану границы уже в ближайшие недели», — заявил министр внутренних дел Улан Ниязбеков.",
			[]wantQuote{{"Мы усилим охрану", "Улан Ниязбеков"}}},
		{"en the ministry, no name", "en",
			"“We will strengthen the border guard in the coming weeks,” said the Ministry of Internal Affairs.",
			nil},
		{"ru министерство, без имени", "ru",
			"«Мы усилим охрану границы уже в ближайшие недели», — сообщили в министерстве внутренних дел.",
			nil},
	})
}

// TestQuotesTitleWithBodyName: a title may name its body before the name
// — a body noun with a lower-case complement («председатель Кабинета
// министров», "Chairman of the Cabinet of Ministers") or a body's two-word
// name («депутат Жогорку Кенеша») — and the speaker is the name after it,
// never the body's words. A body with no name after it is no speaker.
func TestQuotesTitleWithBodyName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru председатель Кабинета министров", "ru",
			"«Мы завершим строительство новых школ уже в этом году», — заявил председатель Кабинета министров Адылбек Касымалиев.",
			[]wantQuote{{"Мы завершим строительство", "Адылбек Касымалиев"}}},
		{"ru первый заместитель председателя Кабинета министров", "ru",
			"«Мы завершим строительство новых школ уже в этом году», — сказал первый заместитель председателя Кабинета министров Данияр Амангельдиев.",
			[]wantQuote{{"Мы завершим строительство", "Данияр Амангельдиев"}}},
		{"ru депутат Жогорку Кенеша", "ru",
			"«Этот закон ударит по малому бизнесу в регионах», — заявил депутат Жогорку Кенеша Дастан Бекешев.",
			[]wantQuote{{"Этот закон ударит", "Дастан Бекешев"}}},
		{"ru the body alone is no speaker", "ru",
			"«Этот закон ударит по малому бизнесу в регионах», — говорится в заявлении Кабинета министров.",
			nil},
		{"en Chairman of the Cabinet of Ministers", "en",
			"“We will finish building the new schools this year,” said Chairman of the Cabinet of Ministers Adylbek Kasymaliev.",
			[]wantQuote{{"We will finish building", "Adylbek Kasymaliev"}}},
		{"en Jogorku Kenesh deputy", "en",
			"“This law will hurt small businesses in the regions,” said Jogorku Kenesh deputy Dastan Bekeshev.",
			[]wantQuote{{"This law will hurt", "Dastan Bekeshev"}}},
		{"en the body alone is no speaker", "en",
			"“This law will hurt small businesses in the regions,” the Cabinet of Ministers said in a statement.",
			nil},
	})
}

// TestQuotesEnvoyWhereServing: a title may say where its holder serves
// before the name («посол Казахстана в Кыргызстане», "Ambassador to
// Kyrgyzstan"); the speaker is the name after it. Without a name the
// title alone is no speaker.
func TestQuotesEnvoyWhereServing(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru посол … в Кыргызстане", "ru",
			"«Товарооборот между нашими странами вырастет уже в этом году», — заявил посол Казахстана в Кыргызстане Рапиль Жошыбаев.",
			[]wantQuote{{"Товарооборот между", "Рапиль Жошыбаев"}}},
		{"ru посол … в Кыргызстане, без имени", "ru",
			"«Товарооборот между нашими странами вырастет уже в этом году», — заявил посол Казахстана в Кыргызстане.",
			nil},
		{"en Ambassador to Kyrgyzstan", "en",
			"“Trade between our countries will grow already this year,” said Kazakh Ambassador to Kyrgyzstan Rapil Zhoshybayev.",
			[]wantQuote{{"Trade between", "Rapil Zhoshybayev"}}},
		{"en Ambassador to Kyrgyzstan, no name", "en",
			"“Trade between our countries will grow already this year,” said the Kazakh Ambassador to Kyrgyzstan.",
			nil},
	})
}

// TestQuotesPhrasalAndOpinionVerbs: after a quotation, an English phrasal
// speech verb ("pointed out", "summed up", "shot back") or a verb of
// opinion ("believes", "reckons") attributes it like "said", the name
// before or after it; Russian says the same with single verbs
// («подчеркнул», «подытожил», «считает»). "Went on to" is no speech, and
// a verb of opinion without a quotation before it attributes nothing.
func TestQuotesPhrasalAndOpinionVerbs(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en X pointed out", "en",
			"“Fuel prices will rise as early as next month,” Nurlan Amanov pointed out.",
			[]wantQuote{{"Fuel prices will rise", "Nurlan Amanov"}}},
		{"en summed up X", "en",
			"“Fuel prices will rise as early as next month,” summed up Nurlan Amanov.",
			[]wantQuote{{"Fuel prices will rise", "Nurlan Amanov"}}},
		{"en X reckons", "en",
			"“Fuel prices will rise as early as next month,” Nurlan Amanov reckons.",
			[]wantQuote{{"Fuel prices will rise", "Nurlan Amanov"}}},
		{"ru X подытожил", "ru",
			"«Цены на топливо вырастут уже в следующем месяце», — подытожил эксперт Нурлан Аманов.",
			[]wantQuote{{"Цены на топливо", "Нурлан Аманов"}}},
		{"ru считает X", "ru",
			"«Цены на топливо вырастут уже в следующем месяце», — считает эксперт Нурлан Аманов.",
			[]wantQuote{{"Цены на топливо", "Нурлан Аманов"}}},
		{"en went on to is no speech", "en",
			"The band recorded “Songs from the mountains of the Tien Shan range” and Nurlan Amanov went on to produce two more albums.",
			nil},
		{"en an opinion with no quotation before it", "en",
			"Nurlan Amanov reckons fuel prices will rise as early as next month, after the “new tax on imported fuel from abroad” starts.",
			nil},
		{"ru мнение без цитаты перед ним", "ru",
			"Нурлан Аманов считает, что цены вырастут после введения «нового налога на ввозимое из-за рубежа топливо».",
			nil},
	})
}
