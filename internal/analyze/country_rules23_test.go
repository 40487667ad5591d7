package analyze

import "testing"

// TestCountriesOtherLanguagePlaces: Polish, Finnish, Kazakh and Uzbek text
// names a country by its capital, its leader or its currency written and
// declined as the language does (Тоқаевтың, Астанада, Toshkentda,
// złotych, Warszawie, Helsingissä); the English and Russian forms keep
// counting as before.
func TestCountriesOtherLanguagePlaces(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Tokayev", "en", "", "President Tokayev met farmers on Monday and promised cheaper credit.", []string{"KZ"}, nil},
		{"ru: Токаев", "ru", "", "Президент Токаев в понедельник встретился с фермерами и пообещал дешёвые кредиты.", []string{"KZ"}, nil},
		{"kk: Тоқаевтың", "kk", "", "Мемлекет басшысы Тоқаевтың жарлығымен жаңа министр тағайындалды.", []string{"KZ"}, nil},
		{"kk: Астанада", "kk", "", "Кеше Астанада жаңа мектеп ашылды, оған мыңнан астам оқушы барады.", []string{"KZ"}, nil},
		{"kk: ҚР", "kk", "", "ҚР Үкіметі жаңа бағдарламаны бекітті, деп хабарлады министрлік.", []string{"KZ"}, nil},
		{"kk: теңге", "kk", "", "Жаңа ауруханаға бюджеттен екі миллиард теңге бөлінді.", []string{"KZ"}, nil},
		{"uz: Toshkentda", "uz", "", "Kecha Toshkentda yangi maktab ochildi, unda ming nafar o'quvchi o'qiydi.", []string{"UZ"}, nil},
		{"uz: Тошкентда", "uz", "", "Кеча Тошкентда янги мактаб очилди, унда минг нафар ўқувчи ўқийди.", []string{"UZ"}, nil},
		{"uz: Мирзиёевнинг", "uz", "", "Президент Мирзиёевнинг фармони билан янги вазир тайинланди.", []string{"UZ"}, nil},
		{"pl: złotych", "pl", "", "Radni przeznaczyli dodatkowe cztery miliony złotych na remonty dróg i chodników.", []string{"PL"}, nil},
		{"pl: Warszawie", "pl", "", "W Warszawie otwarto nową szkołę podstawową dla tysiąca uczniów.", []string{"PL"}, nil},
		{"fi: Helsingissä", "fi", "", "Helsingissä avattiin uusi koulu, jossa opiskelee tuhat oppilasta.", []string{"FI"}, nil},
		{"en: zloty in English", "en", "", "The council set aside four million zlotys for road repairs.", []string{"PL"}, nil},
		{"ru: злотых", "ru", "", "Совет выделил четыре миллиона злотых на ремонт дорог.", []string{"PL"}, nil},
		{"de: a Polish form counts in no other text", "de", "", "Der Rat hat vier Millionen Euro für Straßen ausgegeben, sagte Bürgermeister Tuska am Montag.", nil, nil},
	})
}

// TestCountriesListJoinedByOr: a list of three or more countries whose
// last item follows the language's "or" (ou, o, oder, veya, або, lub, of,
// tai, yoki) is a list all the same: each item weighs as a listed one, and
// the country the story is about stays the only primary one. English and
// Russian, whose "or" was read before, are unchanged.
func TestCountriesListJoinedByOr(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: or", "en", "", "Britain hosts the short film festival this week. The films come from Hungary, Belgium, Switzerland or Spain.", []string{"GB"}, nil},
		{"ru: или", "ru", "", "Россия принимает фестиваль короткого метра. Фильмы прислали из Венгрии, Бельгии, Швейцарии или Испании.", []string{"RU"}, nil},
		{"fr: ou", "fr", "", "La France accueille cette semaine le festival du court-métrage. Les films viennent de Hongrie, Belgique, Suisse ou Espagne.", []string{"FR"}, nil},
		{"es: o", "es", "", "España acoge esta semana el festival de cortometrajes. Las películas llegan de Hungría, Bélgica, Suiza o Portugal.", []string{"ES"}, nil},
		{"pt: ou", "pt", "", "Portugal recebe esta semana o festival de curtas-metragens. Os filmes chegam da Hungria, Bélgica, Suíça ou Espanha.", []string{"PT"}, nil},
		{"it: o", "it", "", "L'Italia ospita questa settimana il festival dei cortometraggi. I film arrivano da Ungheria, Belgio, Svizzera o Spagna.", []string{"IT"}, nil},
		{"de: oder", "de", "", "Deutschland richtet in dieser Woche das Kurzfilmfestival aus. Die Filme kommen aus Ungarn, Belgien, Schweden oder Spanien.", []string{"DE"}, nil},
		{"tr: veya", "tr", "", "Türkiye bu hafta kısa film festivaline ev sahipliği yapıyor. Filmler Macaristan, Belçika, İsviçre veya İspanya yapımı.", []string{"TR"}, nil},
		{"uk: або", "uk", "", "Україна цього тижня приймає фестиваль короткого метру. Фільми надіслали з Угорщини, Бельгії, Швейцарії або Іспанії.", []string{"UA"}, nil},
		{"nl: of", "nl", "", "Nederland organiseert deze week het korte filmfestival. De films komen uit Hongarije, België, Zwitserland of Spanje.", []string{"NL"}, nil},
		{"en: two countries joined by or are no list", "en", "", "The festival will be held in Spain or Portugal next year, the organisers said on Monday.", []string{"ES", "PT"}, nil},
	})
}

// TestCountriesOnlyUnlistedCountry: when every other country a story names
// is an item of a list of countries (named in passing), the one country it
// names outside the list is primary even named once, below primaryMin: a
// festival in a French city showing films from a list of countries. A
// second country named outside the list keeps the rule off.
func TestCountriesOnlyUnlistedCountry(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: a city beside a list", "en", "", "The short film festival opens on Friday.\n\nIt shows seventy films this year.\n\nScreenings are held in Lyon; the films come from Hungary, Belgium, Switzerland or Spain.", []string{"FR"}, nil},
		{"ru: a city beside a list", "ru", "", "Фестиваль короткометражного кино открывается в пятницу.\n\nВ этом году покажут семьдесят фильмов.\n\nПоказы пройдут в Лионе, фильмы прислали из Венгрии, Бельгии, Швейцарии или Испании.", []string{"FR"}, nil},
		{"fr: a city beside a list", "fr", "", "Le festival du court-métrage ouvre vendredi.\n\nIl présente soixante-dix films cette année.\n\nLes projections ont lieu à Lyon ; les films viennent de Hongrie, Belgique, Suisse ou Espagne.", []string{"FR"}, nil},
		{"en: two countries outside the list", "en", "", "The short film festival opens on Friday.\n\nIt shows seventy films this year.\n\nScreenings are held in Lyon and in Portugal; the films come from Hungary, Belgium, Switzerland or Spain.", nil, []string{"FR", "PT"}},
	})
}
