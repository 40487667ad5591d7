package analyze

import "testing"

// TestCountriesPersonNames: a country's or capital's name that is also a
// first name or surname names no country where it stands beside another
// capitalised name word as part of a person's name; the same name as a
// place still does. Russian reads only the nominative as a first name.
func TestCountriesPersonNames(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"es: Salvador as a first name", "es", "", "El alcalde Salvador Moreno presentó el plan de limpieza de las playas.", nil, nil},
		{"es: El Salvador is the country", "es", "", "El Salvador celebrará elecciones municipales el próximo año.", []string{"SV"}, nil},
		{"en: Israel as a first name", "en", "", "The boxer Israel Okafor won his third fight on points.", nil, nil},
		{"en: Israel alone is the country", "en", "", "Israel reopened the crossing on Monday after two days.", []string{"IL"}, nil},
		{"en: Georgia as a woman's name", "en", "", "The nurse Georgia Fletcher was thanked by the family after the rescue.", nil, nil},
		{"it: Colombo as a surname", "it", "", "L'assessore Luca Colombo ha presentato il nuovo piano dei parcheggi.", nil, nil},
		{"it: Colombo as a place name's part", "it", "", "Nella frazione di Monte Colombo è stata chiusa la strada provinciale per una frana.", nil, nil},
		{"en: Colombo as the capital", "en", "", "Heavy rain flooded several roads in Colombo on Tuesday.", []string{"LK"}, nil},
		{"en: Santiago as a first name", "en", "", "The striker Santiago Ruiz scored twice in the second half.", nil, nil},
		{"ru: Израиль as a first name", "ru", "", "Скрипач Израиль Бродович дал концерт в филармонии.", nil, nil},
		{"ru: Израиль alone is the country", "ru", "", "Израиль закрыл воздушное пространство на несколько часов.", []string{"IL"}, nil},
		{"ru: the genitive before a name is the country", "ru", "", "Посол Израиля Давид Коэн встретился с министром.", []string{"IL"}, nil},
		{"ru: Сальвадор as a first name", "ru", "", "Тенор Сальвадор Ортега спел в новой постановке театра.", nil, nil},
		{"ru: Сальвадор alone is the country", "ru", "", "Сальвадор ввёл режим чрезвычайного положения в столице.", []string{"SV"}, nil},
		{"ru: София as a first name", "ru", "", "Певица София Ларина выступила на городском празднике.", nil, nil},
		// A first name that begins a longer place's name elsewhere (João
		// of João Pessoa) is still a first name before a capital's name.
		{"pt: Lima as a surname after a first name", "pt", "", "O vereador João Lima apresentou ontem um projeto sobre o transporte escolar.", nil, nil},
		{"en: Lima as a surname after a first name", "en", "", "Councillor João Lima presented a plan for school buses on Monday.", nil, nil},
		{"pt: Lima alone is the capital", "pt", "", "O presidente visitou Lima ontem para uma reunião de ministros.", []string{"PE"}, nil},
		{"ru: Лима alone is the capital", "ru", "", "Делегация прибыла в Лиму на переговоры.", []string{"PE"}, nil},
	})
}

// TestCountriesCityNames: a country's name that one language uses first
// for a big city of another country names that city there (Portuguese
// "Salvador", Bahia's capital), still a person's beside another name; in
// the other languages it stays the country, and "El Salvador" is the
// country everywhere.
func TestCountriesCityNames(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"pt: Salvador is Bahia's capital", "pt", "", "A prefeitura de Salvador anunciou obras no bairro da Barra, na capital baiana.", []string{"BR"}, nil},
		{"pt: Salvador under rain", "pt", "", "Chuvas fortes atingem Salvador e a Defesa Civil emitiu um alerta.", []string{"BR"}, nil},
		{"pt: El Salvador is the country", "pt", "", "O presidente de El Salvador anunciou novas medidas de segurança.", []string{"SV"}, nil},
		{"pt: Salvador Dalí is a person", "pt", "", "Uma exposição de Salvador Dalí abre hoje no museu da cidade.", nil, nil},
		{"fr: Salvador is the country in French", "fr", "", "Le Salvador a adopté une nouvelle loi sur la sécurité.", []string{"SV"}, nil},
		{"en: Salvador stays the country in English", "en", "", "Salvador declared a state of emergency after the floods.", []string{"SV"}, nil},
		{"ru: Сальвадор is the country", "ru", "", "Сальвадор ввёл режим чрезвычайного положения после наводнений.", []string{"SV"}, nil},
	})
}

// TestCountriesOrdinaryWordNames: a country's name that is an ordinary
// word of the text's language (Turkish "mali", financial; "mısır", maize) names no country
// in that language where a title-case phrase uses the word; capitalised
// and apart, or with Turkish's apostrophe before a suffix, it is the
// country, and in other languages it stays the country.
func TestCountriesOrdinaryWordNames(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"tr: Mali Yılı", "tr", "", "Belediye meclisi 2026 Mali Yılı bütçesini oy çokluğuyla kabul etti.", nil, []string{"TR"}},
		{"tr: Mali Müşavirler Odası", "tr", "", "Mali Müşavirler Odası başkanı yeni vergi düzenlemesini eleştirdi.", nil, []string{"TR"}},
		{"tr: mali in lower case", "tr", "", "Şirketin mali durumu hakkında bir rapor hazırlandı.", nil, []string{"TR"}},
		{"tr: Mali'de is the country", "tr", "", "Mali'de askeri yönetim seçimleri bir kez daha erteledi.", []string{"ML"}, nil},
		{"tr: Mali alone is the country", "tr", "", "Mali ordusu kuzeyde yeni bir operasyon başlattı.", []string{"ML"}, nil},
		{"tr: Mısır Hasadı (maize)", "tr", "", "Köylüler bu hafta sonu Mısır Hasadı Şenliği için meydanda toplandı.", nil, []string{"TR"}},
		{"tr: Mısır'da is the country", "tr", "", "Mısır'da parlamento yeni anayasa değişikliğini onayladı.", []string{"EG"}, nil},
		{"tr: Mısır Dışişleri Bakanı", "tr", "", "Mısır Dışişleri Bakanı Kahire'de bir basın toplantısı düzenledi.", []string{"EG"}, nil},
		{"en: Mali stays the country", "en", "", "Mali Defence Minister met his counterparts in Bamako on Friday.", []string{"ML"}, nil},
		{"ru: Мали stays the country", "ru", "", "Власти Мали продлили режим чрезвычайного положения.", []string{"ML"}, nil},
	})
}
