package analyze

import "testing"

// TestCountriesIntlNames: country names of the languages beyond the nine
// (intlNames, from CLDR) count in text of those languages, declared or
// told by their function words or letters, in the case forms their
// grammar gives them; they never count in text of the nine, where the
// nine's own names keep working as before.
func TestCountriesIntlNames(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"fi: Ranska in the genitive", "fi", "Ranskan presidentti vieraili Helsingissä",
			"Ranskan presidentti tapasi pääministerin ja puhui Ranskan ja Suomen kaupasta.", []string{"FR"}, []string{"FI"}},
		{"fi: Turkki in the inessive, weak grade", "fi", "Turkissa järjestettiin vaalit", "Äänestysaktiivisuus oli korkea kaikkialla Turkissa.", []string{"TR"}, nil},
		{"pl: Rosja in the locative", "pl", "Wybory w Rosji", "Głosowanie w Rosji trwało trzy dni, jak podała komisja.", []string{"RU"}, nil},
		{"pl: Niemcy", "pl", "Niemcy zamykają granicę", "Rząd w Berlinie ogłosił nowe kontrole.", []string{"DE"}, nil},
		{"nl: Oezbekistan", "nl", "Regering van Oezbekistan kondigt hervormingen aan", "De president maakte de plannen dinsdag bekend.", []string{"UZ"}, nil},
		{"bg: Унгария", "bg", "Президентът на Унгария пристигна на посещение", "Той ще се срещне с премиера утре.", []string{"HU"}, nil},
		{"sr: Србије and Мађарске", "sr", "Председник Србије разговарао са премијером Мађарске", "Разговор је трајао два сата.", []string{"RS", "HU"}, nil},
		{"sr: Srbije in Latin script", "sr", "Predsednik Srbije otputovao u Brisel", "Sastanak je zakazan za sredu.", []string{"RS"}, []string{"BE"}},
		{"sl: Rusiji in the locative", "sl", "Novinar v Rusiji obsojen na zapor", "Sodišče je izreklo sodbo v torek.", []string{"RU"}, nil},
		{"hr: Hrvatske and Njemačku", "hr", "Premijer Hrvatske otputovao u Njemačku", "Razgovarat će o energetici.", []string{"HR", "DE"}, nil},
		{"lt: Prancūzijos in the genitive", "lt", "Prancūzijos prezidentas lankosi Vilniuje", "Jis susitiks su ministrais.", []string{"FR"}, []string{"LT"}},
		{"el: Τουρκία and Ελλάδας", "el", "Συνάντηση Ελλάδας και Τουρκίας", "Οι υπουργοί συναντήθηκαν την Τρίτη.", []string{"GR", "TR"}, nil},
		{"el: a headline in capitals without accents", "el", "ΕΚΛΟΓΕΣ ΣΤΗΝ ΤΟΥΡΚΙΑ", "Οι ψηφοφόροι προσήλθαν στις κάλπες την Κυριακή.", []string{"TR"}, nil},
		{"da: Frankrigs in the genitive", "da", "Frankrigs præsident besøger København", "Han mødes med statsministeren tirsdag.", []string{"FR"}, []string{"DK"}},
		{"sk: Maďarska in the genitive", "sk", "Prezident Maďarska navštívil Bratislavu", "Rozprávali sa o energetike.", []string{"HU"}, []string{"SK"}},
		{"kk: Ресей in the locative", "kk", "Ресейде сайлау өтті", "Сайлау үш күнге созылды.", []string{"RU"}, nil},
		{"kk: Қазақстан in the genitive", "kk", "Қазақстанның президенті сапармен барды", "Келіссөздер сейсенбіде өтеді.", []string{"KZ"}, nil},
		{"uz: Oʻzbekiston, official spelling", "uz", "Oʻzbekistonda saylov boʻlib oʻtdi", "Saylovchilar faol qatnashdi.", []string{"UZ"}, nil},
		{"uz: O'zbekiston with a plain apostrophe", "uz", "O'zbekistonda saylov bo'lib o'tdi", "Saylovchilar faol qatnashdi.", []string{"UZ"}, nil},
		{"uz: Ўзбекистон in Cyrillic", "uz", "Ўзбекистонда сайлов бўлиб ўтди", "Сайловчилар фаол қатнашди.", []string{"UZ"}, nil},
		{"tg: Тоҷикистон", "tg", "Президенти Тоҷикистон ба Қазоқистон сафар кард", "Музокирот рӯзи сешанбе баргузор мешавад.", []string{"TJ", "KZ"}, nil},
		{"ur: پاکستان and افغانستان", "ur", "پاکستان اور افغانستان کے درمیان مذاکرات", "وزرا نے منگل کو ملاقات کی۔", []string{"PK", "AF"}, nil},
		// Text that declares no language: its function words or letters tell.
		{"undeclared Polish text reads as another language, not Portuguese", "", "Wybory w Rosji",
			"Głosowanie w Rosji trwało trzy dni, jak podała komisja, która jest odpowiedzialna za liczenie głosów; wynik się nie zmienił i został ogłoszony przez komisję.", []string{"RU"}, nil},
		{"undeclared Kazakh text by its letters", "", "Ресейде сайлау өтті", "Сайлау үш күнге созылды, деп хабарлады комиссия.", []string{"RU"}, nil},
		// Precision: none of these names counts in text of the nine.
		{"en: a Finnish name is no name in English", "en", "Ranska signs for the club", "The midfielder Ranska joined on a free transfer.", nil, nil},
		{"de: a Polish form is no name in German", "de", "Der Chor singt Niemcy", "Das Lied heißt Niemcy und ist neu.", nil, nil},
		{"ru: a Bulgarian name is no name in Russian", "ru", "Унгария — новый сорт винограда", "Виноделы представили сорт Унгария.", nil, nil},
		{"undeclared Russian text keeps Bulgarian names out", "", "Унгария — новый сорт винограда", "Виноделы объявили, что представят сорт Унгария на выставке в подъезде.", nil, nil},
		{"undeclared Bulgarian text by its vowel ъ", "", "Президентът на Унгария пристигна в България", "Той ще се срещне с премиера във вторник.", []string{"HU"}, []string{"BG"}},
		{"ur: a short name, also a word, is left out", "ur", "مالی امداد", "حکومت نے مالی امداد کا اعلان کیا۔", nil, nil},
		// Hindi names are read whole, vowel signs and virama in them, with
		// or without a nukta.
		{"hi: फ्रांस and जर्मनी", "hi", "फ्रांस और जर्मनी ने समझौते पर हस्ताक्षर किए", "दोनों देशों के विदेश मंत्रियों ने मंगलवार को बैठक की।", []string{"FR", "DE"}, nil},
		{"hi: फ़्रांस with its nukta written whole", "hi", "\u095e्रांस के राष्ट्रपति जापान पहुंचे", "वे प्रधानमंत्री से मिलेंगे और व्यापार पर बात करेंगे।", []string{"FR", "JP"}, nil},
		{"hi: नेपाल and बांग्लादेश", "hi", "नेपाल और बांग्लादेश के बीच बिजली समझौता", "समझौते पर काठमांडू में हस्ताक्षर हुए।", []string{"NP", "BD"}, nil},
		{"hi: माल (goods) is neither Malta nor the Maldives", "hi", "बाज़ार में माल की कमी", "व्यापारियों ने कहा कि माल की ढुलाई महंगी हो गई है।", nil, nil},
	})
}

// TestCountriesIntlNamesLeaveTheNine: English and Russian names, and the
// other seven languages', find what they found before the languages beyond
// the nine came in.
func TestCountriesIntlNamesLeaveTheNine(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Finland and Turkey", "en", "Finland and Turkey sign a deal", "The ministers met in Ankara on Tuesday.", []string{"FI", "TR"}, nil},
		{"en: undeclared English", "", "Poland and Hungary sign a deal", "The ministers met in Warsaw and said that the deal was the first of its kind for the region.", []string{"PL", "HU"}, nil},
		{"ru: Казахстан и Узбекистан", "ru", "Казахстан и Узбекистан подписали соглашение", "Министры встретились в Ташкенте во вторник.", []string{"KZ", "UZ"}, nil},
		{"ru: undeclared Russian", "", "Сербия и Венгрия подписали соглашение", "Министры встретились в Белграде во вторник и заявили, что соглашение первое такого рода.", []string{"RS", "HU"}, nil},
		{"de: Ungarn", "de", "Ungarn und Polen unterzeichnen ein Abkommen", "Die Minister trafen sich am Dienstag.", []string{"HU", "PL"}, nil},
		{"uk: Угорщина", "uk", "Угорщина і Польща підписали угоду", "Міністри зустрілися у вівторок.", []string{"HU", "PL"}, nil},
	})
}

// TestCountriesIntlDemonyms: the demonyms of Finnish and Dutch (the two
// languages beyond the nine the nationality tables have), in their
// forms, place text of those languages; a demonym weighs less than a
// name, so a country named beside it stays first, and neither language's
// demonyms count in text of the nine.
func TestCountriesIntlDemonyms(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"fi: ranskalaisella in the adessive", "fi", "Ranskalaisella yhtiöllä on uusi johtaja",
			"Yhtiön mukaan ranskalaiset sijoittajat hyväksyivät nimityksen tiistaina.", []string{"FR"}, nil},
		{"fi: venäläisten in the genitive plural", "fi", "Venäläisten turistien määrä kasvoi",
			"Venäläisten matkailijoiden määrä kasvoi kesällä, kertoi tilastokeskus.", []string{"RU"}, nil},
		{"fi: a name outweighs a demonym", "fi", "Saksalainen yhtiö rakentaa tehtaan Puolaan",
			"Tehdas valmistuu Puolaan ensi vuonna, ja Puolan hallitus tukee hanketta.", []string{"PL"}, []string{"DE"}},
		{"nl: Oezbeekse", "nl", "Oezbeekse regering kondigt hervormingen aan",
			"De Oezbeekse president maakte de plannen dinsdag bekend.", []string{"UZ"}, nil},
		{"nl: Franse and Fransen", "nl", "Franse president bezoekt Den Haag",
			"Het bezoek van de Franse president duurt twee dagen, en veel Fransen volgen het nieuws.", []string{"FR"}, []string{"NL"}},
		{"nl: Belgen, a plural noun", "nl", "Belgen stemmen zondag",
			"Miljoenen Belgen brengen zondag hun stem uit voor het parlement.", []string{"BE"}, nil},
		// The language's name, bare, is no demonym: "in het Frans".
		{"nl: the bare adjective is the language", "nl", "Het boek verschijnt in het Frans",
			"De schrijver werkt al jaren aan de vertaling in het Frans en het Engels.", nil, nil},
	})
}

// TestCountriesIntlDemonymsLeaveTheNine: English, Russian and German text
// finds what it found before: a Finnish or Dutch demonym is no word of it.
func TestCountriesIntlDemonymsLeaveTheNine(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: a Dutch form in English", "en", "Franse opens a bakery", "The baker Franse opened her shop on Tuesday in the high street.", nil, nil},
		{"en: French officials", "en", "French officials visit Berlin", "The French delegation met German ministers.", []string{"FR", "DE"}, nil},
		{"ru: французский министр", "ru", "Французский министр прибыл в Берлин", "Министр встретился с коллегами во вторник.", []string{"FR", "DE"}, nil},
		{"de: a Dutch form in German", "de", "Restaurant Belgen eröffnet", "Das Lokal Belgen eröffnet am Dienstag in der Altstadt.", nil, nil},
		{"de: französische Regierung", "de", "Die französische Regierung tritt zurück", "Der Präsident nahm den Rücktritt am Dienstag an.", []string{"FR"}, nil},
	})
}
