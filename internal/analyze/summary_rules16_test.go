package analyze

import "testing"

// TestSummaryPageNotes: the page's other words to its reader (an audio
// player's label, a note that the story will be updated, a line linking
// to the outlet's other reports, a pointer to the pictures) are passed
// over wherever they stand in the lead; a news sentence that only shares
// some of their words stays.
func TestSummaryPageNotes(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: an update promise closes the lead", lang: "en", title: "Man charged over shop break-ins",
			body: "A 31-year-old man has been charged over a string of break-ins at shops on the high street, police said on Friday.\n\nOfficers recovered cash and cigarettes at his flat. We will provide more information as it becomes available.",
			want: "A 31-year-old man has been charged", bad: []string{"as it becomes available"}},
		{name: "en: a news sentence with the same words stays", lang: "en", title: "Clinics to offer new flu vaccine",
			body: "Clinics across the county will start offering the new flu vaccine next week.\n\nThe health board said the vaccine would be given to older residents first and to others as it becomes available.",
			want: "Clinics across the county will start offering the new flu vaccine next week. The health board said the vaccine would be given to older residents first and to others as it becomes available.", exact: true},
		{name: "en: an audio player's label above the lede", lang: "en", title: "Bridge to close for repairs",
			body: "Listen to this article\n\nThe old river bridge will close to traffic for six weeks from Monday while engineers replace its joints, the council said.",
			want: "The old river bridge will close", bad: []string{"Listen"}},
		{name: "ru: a note that the story grows", lang: "ru", title: "В Твери загорелся склад",
			body: "В Твери загорелся склад стройматериалов на улице Коминтерна, сообщили в МЧС. Пострадавших нет. Новость дополняется.",
			want: "В Твери загорелся склад", bad: []string{"дополняется"}},
		{name: "ru: an audio player's label above the lede", lang: "ru", title: "В Самаре закроют мост",
			body: "Прослушать статью\n\nМост через реку Самару закроют на ремонт с понедельника, сообщили в мэрии.",
			want: "Мост через реку Самару", bad: []string{"Прослушать"}},
		{name: "pl: an audio player and its paywall", lang: "pl", title: "Pożar magazynu w Łodzi",
			body: "Posłuchaj artykułu Wykup subskrypcję, aby posłuchać artykułu.\n\nMasz subskrypcję? Zaloguj się. Udostępnij Facebook Kopiuj link\n\nStrażacy gasili w nocy pożar magazynu przy ulicy Przemysłowej w Łodzi.",
			want: "Strażacy gasili w nocy", bad: []string{"Posłuchaj", "Udostępnij"}},
		{name: "de: a line linking to other reports", lang: "de", title: "Radfahrer bei Sturz verletzt",
			body: "Ein 60 Jahre alter Radfahrer ist am Sonntag bei einem Sturz auf dem Radweg an der Weser schwer verletzt worden, teilte die Polizei mit.\n\nHier geht es zu allen Meldungen der Polizei.",
			want: "Ein 60 Jahre alter Radfahrer", bad: []string{"Hier geht es"}},
		{name: "tr: a pointer to the pictures, opening with a dotted capital", lang: "tr", title: "Ankara'da fabrika yangını",
			body: "Ankara'da bir fabrikada yangın çıktı. İşte olay yerinden ilk görüntüler...\n\nİtfaiye ekipleri yangını iki saatte söndürdü.",
			want: "Ankara'da bir fabrikada yangın çıktı.", bad: []string{"İşte"}},
	})
}

// TestPagePhrasesDottedCapital: a phrase found by the page's phrase set
// may open with a capital wider than its lower case (the Turkish İ).
func TestPagePhrasesDottedCapital(t *testing.T) {
	for _, s := range []string{"İşte detaylar...", "işte detaylar", "Смотрите видео", "Watch the video"} {
		if !isPagePrompt(s) {
			t.Errorf("isPagePrompt(%q) = false", s)
		}
	}
	for _, s := range []string{"İstanbul'da yangın çıktı ve itfaiye geldi.", "The council watched the video of the meeting again."} {
		if isPagePrompt(s) {
			t.Errorf("isPagePrompt(%q) = true", s)
		}
	}
}

// TestSummaryShortSentenceRepeated: a sentence of the standfirst printed
// again word for word at the top of the story is taken once.
func TestSummaryShortSentenceRepeated(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en", lang: "en", title: "Fire at the harbour",
			body: "A fishing boat burned at the harbour. Nobody on board was hurt in the blaze.\nA fishing boat burned at the harbour. Firefighters needed an hour to put it out.",
			want: "A fishing boat burned at the harbour. Nobody on board was hurt in the blaze. Firefighters needed an hour to put it out.", exact: true},
		{name: "ru", lang: "ru", title: "Пожар в порту",
			body: "В порту сгорел рыболовный катер. Никто из экипажа при пожаре не пострадал.\nВ порту сгорел рыболовный катер. Пожарные тушили его около часа.",
			want: "В порту сгорел рыболовный катер. Никто из экипажа при пожаре не пострадал. Пожарные тушили его около часа.", exact: true},
		{name: "tr", lang: "tr", title: "Limanda yangın",
			body: "Limanda bir balıkçı teknesi yandı. Teknedeki balıkçılardan yaralanan olmadı.\nLimanda bir balıkçı teknesi yandı. İtfaiye yangını bir saatte söndürdü.",
			want: "Limanda bir balıkçı teknesi yandı. Teknedeki balıkçılardan yaralanan olmadı. İtfaiye yangını bir saatte söndürdü.", exact: true},
	})
}

// TestSpacedYearDate: a numeric date whose year follows the month's dot
// after a space does not end the sentence; a decimal before a sentence
// that opens with a year does.
func TestSpacedYearDate(t *testing.T) {
	for _, c := range []struct {
		text, next string
		want       bool
	}{
		{"W nocy z czwartku na piątek (20/21.02", "2025) policjanci", true},
		{"Ремонт продлится с 03.11", "2024 г. до весны", true},
		{"Die Sperrung gilt ab 12.05", "2024 um sechs Uhr", true},
		{"Inflation fell to 2.4", "2025 will be calmer", false},
		{"The index closed at 12.05", "2025 Ford models sold", false},
		{"Version 3.10", "2024, said the vendor", true},
	} {
		if got := isSpacedYearDate(c.text, c.next); got != c.want {
			t.Errorf("isSpacedYearDate(%q, %q) = %v, want %v", c.text, c.next, got, c.want)
		}
	}
	runSummaryCases(t, []summaryCase{
		{name: "pl: a date in brackets", lang: "pl", title: "Patrol ugasił pożar",
			body: "W nocy z czwartku na piątek (20/21.02. 2025) policjanci z Oświęcimia ugasili płonący kontener. Nikt nie został ranny.",
			want: "W nocy z czwartku na piątek (20/21.02. 2025) policjanci z Oświęcimia ugasili płonący kontener.", exact: false},
		{name: "ru: a date in brackets", lang: "ru", title: "Патруль потушил пожар",
			body: "В ночь на пятницу (21.02. 2025) полицейские потушили горящий мусорный бак во дворе. Никто не пострадал.",
			want: "В ночь на пятницу (21.02. 2025) полицейские потушили горящий мусорный бак во дворе.", exact: false},
		{name: "en: a date in brackets", lang: "en", title: "Patrol puts out bin fire",
			body: "Overnight on Friday (21.02. 2025) two officers put out a burning bin with their car's extinguisher. Nobody was hurt.",
			want: "Overnight on Friday (21.02. 2025) two officers put out a burning bin", exact: false},
	})
}

// TestSummaryCaptionThreeTimes: a picture's text printed twice in one
// paragraph (its alt text and title) and a third time below it (its
// caption) is passed over in each copy, apostrophes typed either way.
func TestSummaryCaptionThreeTimes(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "fr", lang: "fr", title: "Deux gendarmes blessés sur l'autoroute",
			body: "La voiture de patrouille, dont l'arrière a été enfoncé, est hors d'usage. - La voiture de patrouille, dont l'arrière a été enfoncé, est hors d'usage.\n\nLa voiture de patrouille, dont l’arrière a été enfoncé, est hors d’usage.\n\nUn automobiliste a percuté mardi soir la voiture de deux gendarmes arrêtés sur la bande d'arrêt d'urgence.",
			want: "Un automobiliste a percuté", bad: []string{"hors d"}},
		{name: "en", lang: "en", title: "Two officers hurt on the motorway",
			body: "The patrol car's rear was crushed in the crash on the hard shoulder. - The patrol car's rear was crushed in the crash on the hard shoulder.\n\nThe patrol car’s rear was crushed in the crash on the hard shoulder.\n\nA driver ploughed into a parked police car on the motorway on Tuesday night, injuring two officers.",
			want: "A driver ploughed into", bad: []string{"rear was crushed"}},
		{name: "ru", lang: "ru", title: "Два полицейских пострадали на трассе",
			body: "Патрульная машина после столкновения на обочине трассы. - Патрульная машина после столкновения на обочине трассы.\n\nПатрульная машина после столкновения на обочине трассы.\n\nВо вторник вечером легковой автомобиль врезался в стоявшую на обочине патрульную машину, пострадали двое полицейских.",
			want: "Во вторник вечером", bad: []string{"Патрульная машина после"}},
		{name: "en: a lede below a doubled caption of about its length stays", lang: "en", title: "Council approves budget",
			body: "The town hall seen from the market square at dusk. - The town hall seen from the market square at dusk.\n\nThe council approved the budget on Tuesday after a debate.\n\nThe vote was 21 to 9.",
			want: "The council approved the budget on Tuesday", bad: []string{"dusk"}},
	})
}

// TestSummaryTwoSentenceTitleGlued: a headline of two sentences printed
// in front of the lede, with an outlet's code and a stamp after it, is cut
// like a headline of one; a lede that only opens with the headline's last
// sentence and runs on stays.
func TestSummaryTwoSentenceTitleGlued(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: with an outlet's code and a stamp", lang: "en", title: "Crash on the bypass. Three people taken to hospital",
			body: "Crash on the bypass. Three people taken to hospital KTV 14.03.2025 18:20 Police closed the bypass for two hours after a van hit a car near the retail park on Friday evening.",
			want: "Police closed the bypass", bad: []string{"KTV", "18:20"}},
		{name: "en: with a stamp alone", lang: "en", title: "Crash on the bypass. Three people taken to hospital",
			body: "Crash on the bypass. Three people taken to hospital 14.03.2025 18:20 Police closed the bypass for two hours after a van hit a car near the retail park on Friday evening.",
			want: "Police closed the bypass", bad: []string{"18:20"}},
		{name: "ru: with an outlet's code and a stamp", lang: "ru", title: "Авария в Перми. Три человека попали в больницу",
			body: "Авария в Перми. Три человека попали в больницу ТВ2 14.03.2025 18:20 Полиция на два часа перекрыла объездную дорогу после столкновения фургона и легковушки в пятницу вечером.",
			want: "Полиция на два часа перекрыла", bad: []string{"18:20"}},
		{name: "ru: a lede that runs on from the headline's words stays", lang: "ru", title: "Авария в Перми. Три человека попали в больницу",
			body: "Три человека попали в больницу после аварии на объездной дороге в Перми в пятницу вечером.",
			want: "Три человека попали в больницу после аварии", bad: nil},
	})
}

// TestSummaryGluedGalleryCounter: a gallery's picture number glued to the
// caption's full stop is cut; an abbreviation with a number stays.
func TestSummaryGluedGalleryCounter(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Firefighters worked through the night on the roof.2.", "Firefighters worked through the night on the roof."},
		{"Пожарные работали всю ночь на крыше.12.", "Пожарные работали всю ночь на крыше."},
		{"Les pompiers sont intervenus sur un immeuble en flammes.2.", "Les pompiers sont intervenus sur un immeuble en flammes."},
		{"The striker finished the season ranked No.2.", "The striker finished the season ranked No.2."},
		{"Inflation stood at 2.5.", "Inflation stood at 2.5."},
	} {
		if got := cutGluedCounter(c.in); got != c.want {
			t.Errorf("cutGluedCounter(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	runSummaryCases(t, []summaryCase{
		{name: "en: a gallery's captions", lang: "en", title: "Blaze destroys old mill",
			body: "1/6\nFire crews fought the blaze at the old mill through the night.2. By morning only the walls of the building were left standing.",
			want: "Fire crews fought the blaze at the old mill through the night. By morning", bad: []string{"night.2"}},
		{name: "ru: a gallery's captions", lang: "ru", title: "Пожар на старой мельнице",
			body: "1/6\nПожарные всю ночь тушили огонь на старой мельнице.2. К утру от здания остались только стены.",
			want: "Пожарные всю ночь тушили огонь на старой мельнице. К утру", bad: []string{"мельнице.2"}},
	})
}

// TestSummaryCapsPlaceGlued: a place in capitals glued to the lede with no
// mark is cut when an article or a preposition opens the lede after it; an
// acronym that is the sentence's subject stays.
func TestSummaryCapsPlaceGlued(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "es", lang: "es", title: "Detenido un ladrón en Cala Millor",
			body: "CALA MILLOR Un agente de la Guardia Civil detuvo el lunes a un hombre que había robado en tres comercios del paseo marítimo.",
			want: "Un agente de la Guardia Civil", bad: []string{"CALA MILLOR"}},
		{name: "en", lang: "en", title: "Man held after shop thefts",
			body: "NORTH BAY The police arrested a man on Monday after thefts at three shops on the seafront.",
			want: "The police arrested a man", bad: []string{"NORTH BAY"}},
		{name: "ru", lang: "ru", title: "В Туапсе задержали вора",
			body: "ТУАПСЕ В понедельник полицейские задержали мужчину, который обокрал три магазина на набережной.",
			want: "В понедельник полицейские задержали", bad: []string{"ТУАПСЕ"}},
		{name: "en: an acronym as the subject stays", lang: "en", title: "NATO chief calls for more spending",
			body: "NATO Secretary General Mark Rutte called on Tuesday for allies to spend more on defence.",
			want: "NATO Secretary General", bad: nil},
		{name: "ru: an acronym as the subject stays", lang: "ru", title: "МЧС предупредило о снегопаде",
			body: "МЧС России предупредило жителей Москвы о сильном снегопаде в выходные.",
			want: "МЧС России предупредило", bad: nil},
		{name: "it", lang: "it", title: "Furti nei negozi, arrestato un uomo",
			body: "PORTO CESAREO Il personale della polizia locale ha arrestato lunedì un uomo che aveva rubato in tre negozi del lungomare.",
			want: "Il personale della polizia locale", bad: []string{"PORTO CESAREO"}},
	})
}

// TestSummaryCaptionOverCreditInLead: a paragraph of one sentence in the
// present over a picture's credit inside the lead is a caption and is
// passed over; one told in the past may be news and stays.
func TestSummaryCaptionOverCreditInLead(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a caption in the present", lang: "en", title: "New ferry enters service",
			body: "The new ferry to the islands made its first crossing on Monday with 300 passengers on board.\nPassengers wave from the deck of the new ferry as it leaves the harbour.\nPhoto: Anna Brown\nThe ship was built in Norway and cost the county forty million pounds.",
			want: "The new ferry to the islands made its first crossing on Monday with 300 passengers on board. The ship was built", bad: []string{"Passengers wave"}},
		{name: "ru: a caption in the present", lang: "ru", title: "Новый паром вышел в рейс",
			body: "Новый паром до островов совершил первый рейс в понедельник, на борту было 300 пассажиров.\nПассажиры машут с палубы нового парома в порту Владивостока.\nФото: Анна Смирнова\nСудно обошлось краю в два миллиарда рублей.",
			want: "Новый паром до островов совершил первый рейс", bad: []string{"Пассажиры машут"}},
		{name: "en: a paragraph told in the past stays", lang: "en", title: "New ferry enters service",
			body: "The new ferry to the islands made its first crossing on Monday with 300 passengers on board.\nThe crossing took forty minutes, ten fewer than on the old boat.\nPhoto: Anna Brown\nThe ship cost the county forty million pounds.",
			want: "The new ferry to the islands made its first crossing on Monday with 300 passengers on board. The crossing took forty minutes", bad: nil},
	})
}
