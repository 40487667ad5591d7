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
