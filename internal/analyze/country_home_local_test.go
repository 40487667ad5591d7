package analyze

import (
	"slices"
	"testing"
)

// TestCountriesHomeLocalBody: a story that names a body of local
// government and no country is its outlet's home news whatever its topic
// (a school year, a sports ground, a parking scheme); where the address
// names no country, a body only one country has names it, else the
// language's country when one country writes nearly all its news
// (langHomes: Ukrainian, Turkish, Italian, not Russian, German or
// Portuguese); a story that names another country keeps it.
func TestCountriesHomeLocalBody(t *testing.T) {
	a := shared()
	for _, tt := range []struct {
		name, lang, url, title, body string
		want                         []string
	}{
		// The outlet's address names its country: home news whatever the topic.
		{"ru: a .ru school year", "ru", "https://example-gorod.ru/news/1", "Новый учебный год",
			"В этом году в школы города и района пришли почти полторы тысячи детей. Первоклассников стало на сорок больше, чем год назад.", []string{"RU"}},
		{"ru: a .ru sports ground of the town's head", "ru", "https://example-gorod.ru/news/2", "Новое поле",
			"Глава района открыл футбольное поле с искусственным покрытием. На церемонии юные футболисты сыграли первый матч.", []string{"RU"}},
		{"ru: a .ru sports ground, Minsk named", "ru", "https://example-gorod.ru/news/2", "Новое поле",
			"Глава района открыл в Минске футбольное поле с искусственным покрытием. На церемонии юные футболисты сыграли первый матч.", []string{"BY"}},
		{"en: a .co.uk council's sports pitch", "en", "https://www.example-gazette.co.uk/sport/pitch", "New pitch opens",
			"The town council has opened a new all-weather football pitch behind the leisure centre. Junior teams played the first matches on Saturday morning.", []string{"GB"}},
		{"en: a .co.uk pitch in Madrid", "en", "https://www.example-gazette.co.uk/sport/pitch", "New pitch opens",
			"The town council of Madrid has opened a new all-weather football pitch behind the leisure centre. Junior teams played the first matches on Saturday morning.", []string{"ES"}},
		{"de: a .de Gemeinderat's kindergarten", "de", "https://www.example-gemeinde.de/aktuelles/kita", "Kita wird erweitert",
			"Der Gemeinderat hat in seiner Sitzung am Dienstag der Erweiterung des Kindergartens zugestimmt. Die neue Gruppe soll im Herbst öffnen.", []string{"DE"}},
		{"fr: a .fr conseil municipal's school canteen", "fr", "https://www.example-ville.fr/actu/cantine", "La cantine rénovée",
			"Le conseil municipal a voté mardi la rénovation de la cantine de l'école primaire. Les enfants mangeront dans la salle des fêtes pendant les travaux.", []string{"FR"}},
		// No country in the address: a body only one country has.
		{"en: .com city councilors", "en", "https://www.example-daily.com/news/budget", "",
			"City councilors voted 7-2 on Monday to approve the school budget. The superintendent said the money would pay for two new teachers.", []string{"US"}},
		{"en: .com board of supervisors", "en", "https://www.example-daily.com/news/roads", "",
			"The Board of Supervisors agreed to repave three rural roads this summer. Work begins after the school year ends.", []string{"US"}},
		{"en: .com mayor, shared by many countries", "en", "https://www.example-daily.com/news/park", "",
			"The mayor opened the new park on Saturday. Children tried the playground while their parents listened to a brass band.", nil},
		{"es: .com concejalía", "es", "https://www.example-noticias.com/local/parque", "",
			"La concejalía de Medio Ambiente plantará doscientos árboles en el parque del barrio. Los trabajos empezarán la próxima semana.", []string{"ES"}},
		{"es: .com presidente municipal", "es", "https://www.example-noticias.com/local/calles", "",
			"El presidente municipal anunció la pavimentación de diez calles de la colonia. Las obras durarán tres meses.", []string{"MX"}},
		{"es: .com concejo deliberante", "es", "https://www.example-noticias.com/local/tasas", "",
			"El Concejo Deliberante aprobó el aumento de la tasa de alumbrado. La oposición votó en contra.", []string{"AR"}},
		{"es: .com ayuntamiento, shared by several countries", "es", "https://www.example-noticias.com/local/plaza", "",
			"El Ayuntamiento remodelará la plaza mayor el próximo año. Los vecinos podrán opinar sobre el proyecto.", nil},
		{"pt: .com prefeitura", "pt", "https://www.example-noticias.com/cidade/obras", "",
			"A prefeitura iniciou nesta segunda-feira as obras de recapeamento da avenida principal. O trânsito será desviado por duas semanas.", []string{"BR"}},
		{"pt: .com junta de freguesia", "pt", "https://www.example-noticias.com/local/jardim", "",
			"A junta de freguesia vai requalificar o jardim junto à igreja. As obras começam em março.", []string{"PT"}},
		{"pt: .com câmara municipal, two countries'", "pt", "https://www.example-noticias.com/cidade/sessao", "",
			"A Câmara Municipal adiou a votação dos projetos para a próxima sessão. O vereador relator pediu mais tempo.", nil},
		{"ru: .com горисполком", "ru", "https://example-gorod.com/news/3", "",
			"Горисполком утвердил график ремонта дворов на лето. Первыми отремонтируют дворы на окраине.", []string{"BY"}},
		{"ru: .com акимат", "ru", "https://example-gorod.com/news/4", "",
			"Акимат города выделил средства на ремонт двух школ. Работы завершат к первому сентября.", []string{"KZ"}},
		{"ru: .com мэрия, several countries'", "ru", "https://example-gorod.com/news/5", "",
			"Мэрия объявила конкурс на благоустройство набережной. Заявки принимают до конца месяца.", nil},
		{"ru: .com сельское поселение", "ru", "https://example-gorod.com/news/5", "",
			"Администрация сельского поселения объявила конкурс на благоустройство набережной. Заявки принимают до конца месяца.", []string{"RU"}},
		{"uk: .live міська рада", "uk", "https://example-misto.live/news/6", "",
			"Міська рада на сесії ухвалила бюджет громади на наступний рік. Депутати розглянули сорок питань.", []string{"UA"}},
		{"de: .com Bezirkshauptmannschaft", "de", "https://www.example-zeitung.com/lokal/bau", "",
			"Die Bezirkshauptmannschaft hat den Bau der neuen Lagerhalle genehmigt. Die Anrainer hatten Einspruch erhoben.", []string{"AT"}},
		{"de: .com Gemeinderat, three countries'", "de", "https://www.example-zeitung.com/lokal/kita", "",
			"Der Gemeinderat hat der Erweiterung des Kindergartens zugestimmt. Die neue Gruppe soll im Herbst öffnen.", nil},
		{"de: .com Kreistag", "de", "https://www.example-zeitung.com/lokal/kita", "",
			"Der Kreistag hat der Erweiterung der Berufsschule zugestimmt. Die Bauarbeiten sollen im Herbst beginnen.", []string{"DE"}},
		{"ru: .com Аким the first name is no акимат", "ru", "https://example-gorod.com/news/5", "",
			"Аким Петрович, глава района, вышел на пенсию после сорока лет работы.", nil},
		{"it: .com consiglio comunale", "it", "https://www.example-notizie.com/cronaca/bilancio", "",
			"Il consiglio comunale ha approvato il bilancio di previsione con dieci voti favorevoli. L'opposizione ha votato contro.", []string{"IT"}},
		{"tr: .com belediye", "tr", "https://www.example-haber.com/yerel/park", "",
			"Belediye, mahalledeki parkı yeniden düzenleyecek. Çalışmaların iki ay sürmesi bekleniyor.", []string{"TR"}},
		{"tr: .com muhtar", "tr", "https://www.example-haber.com/yerel/yol", "",
			"Mahalle muhtarı, bozuk yolun bu yaz onarılacağını söyledi. Vatandaşlar yıllardır bu işi bekliyordu.", []string{"TR"}},
		{"tr: .com muhtariyet is autonomy, no body", "tr", "https://www.example-haber.com/analiz/muhtariyet", "",
			"Muhtariyet tartışması yeniden gündeme geldi. Uzmanlar konunun uzun süreceğini söylüyor.", nil},
		{"fr: .com conseil municipal, several countries'", "fr", "https://www.example-info.com/local/cantine", "",
			"Le conseil municipal a voté la rénovation de la cantine de l'école. Les travaux dureront tout l'été.", nil},
		{"fr: .com communauté de communes", "fr", "https://www.example-info.com/local/dechets", "",
			"La communauté de communes change les jours de collecte des déchets. Les bacs jaunes seront ramassés le mardi.", []string{"FR"}},
		// Two bodies of different countries name neither.
		{"es: .com concejalía and presidente municipal", "es", "https://www.example-noticias.com/local/mix", "",
			"La concejalía de Cultura y el presidente municipal presentaron la feria del libro.", nil},
		// No body of local government: the language names no country.
		{"uk: .live health tip", "uk", "https://example-misto.live/zdorovya/7", "",
			"Лікарі радять пити більше води взимку. Сухе повітря в опалюваних приміщеннях зневоднює організм.", nil},
		{"ru: .com health tip", "ru", "https://example-gorod.com/health/8", "",
			"Врачи советуют пить больше воды зимой. Сухой воздух в отапливаемых помещениях обезвоживает организм.", nil},
		// A story whose only place is a home town named once, deep in it.
		{"de: a .de café, a home town once", "de", "https://www.example-zeitung.de/freizeit/cafe", "Neues Café am Markt",
			"Am Samstag hat am Markt ein neues Café eröffnet. Die Inhaberin backt die Kuchen selbst.\n\nDie Gäste lobten die große Terrasse.\n\nEine zweite Filiale soll im kommenden Jahr in Überlingen folgen.", []string{"DE"}},
		{"de: a .com café, a German town once", "de", "https://www.example-zeitung.com/freizeit/cafe", "Neues Café am Markt",
			"Am Samstag hat am Markt ein neues Café eröffnet. Die Inhaberin backt die Kuchen selbst.\n\nDie Gäste lobten die große Terrasse.\n\nEine zweite Filiale soll im kommenden Jahr in Überlingen folgen.", nil},
		{"ru: a .ru café, a home town once", "ru", "https://example-gorod.ru/news/cafe", "Новое кафе",
			"В субботу на рыночной площади открылось новое кафе. Хозяйка сама печёт пироги.\n\nГости хвалили большую веранду.\n\nВторое кафе в следующем году откроется в Таганроге.", []string{"RU"}},
		// A country named keeps it.
		{"uk: .live міська рада of Warsaw", "uk", "https://example-misto.live/news/9", "",
			"Міська рада Варшави ухвалила бюджет на наступний рік. Депутати розглянули сорок питань.", []string{"PL"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := Input{Title: tt.title, Body: tt.body, Lang: tt.lang, URL: tt.url}
			got := a.Analyze(in).PrimaryCountries()
			if !slices.Equal(got, tt.want) {
				an, ex := a.Explain(in)
				t.Errorf("primary = %v, want %v (topics %v, countries %+v)", got, tt.want, an.Topics, ex.Countries)
			}
		})
	}
}

// TestCountriesLearnedHome: the country the running bot learned a feed's
// stories to be mostly about is the outlet's country for home news that
// names none, only when neither the feed's hint nor the address gives one,
// and never on a page of the world section.
func TestCountriesLearnedHome(t *testing.T) {
	a := shared()
	const (
		enLocal = "Councillors voted on Tuesday to approve the budget for road repairs. The mayor said the money would cover the main street."
		ruLocal = "Депутаты во вторник утвердили бюджет на ремонт дорог. Мэр сказал, что деньги пойдут на главную улицу."
		enParis = "Councillors in Paris voted on Tuesday to approve the budget for road repairs. The mayor said the money would cover the main street."
		enTip   = "Drinking water before meals may help you eat less, a nutritionist says. Try a glass half an hour before lunch."
	)
	for _, tt := range []struct {
		name, lang, url, hint, learned, body string
		want                                 []string
	}{
		{"en: a .com feed learned US", "en", "https://www.example-daily.com/news/roads", "", "US", enLocal, []string{"US"}},
		{"en: a .co.uk address ranks above what was learned", "en", "https://www.example-gazette.co.uk/news/roads", "", "US", enLocal, []string{"GB"}},
		{"en: the feed's hint ranks above what was learned", "en", "https://www.example-daily.com/news/roads", "CA", "US", enLocal, []string{"CA"}},
		{"en: a page of the world section", "en", "https://www.example-daily.com/world/roads", "", "US", enLocal, nil},
		{"en: a country named keeps it", "en", "https://www.example-daily.com/news/roads", "", "US", enParis, []string{"FR"}},
		{"en: a health tip stays placeless", "en", "https://www.example-daily.com/health/water", "", "US", enTip, nil},
		{"en: an unknown code is none", "en", "https://www.example-daily.com/news/roads", "", "ZZ", enLocal, nil},
		{"ru: a .com feed learned KZ", "ru", "https://example-gorod.com/news/roads", "", "KZ", ruLocal, []string{"KZ"}},
		{"ru: a .ru address ranks above what was learned", "ru", "https://example-gorod.ru/news/roads", "", "KZ", ruLocal, []string{"RU"}},
		{"ru: nothing learned", "ru", "https://example-gorod.com/news/roads", "", "", ruLocal, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := Input{Body: tt.body, Lang: tt.lang, URL: tt.url, HomeCountry: tt.hint, LearnedCountry: tt.learned}
			got := a.Analyze(in).PrimaryCountries()
			if !slices.Equal(got, tt.want) {
				an, ex := a.Explain(in)
				t.Errorf("primary = %v, want %v (topics %v, countries %+v)", got, tt.want, an.Topics, ex.Countries)
			}
		})
	}
}
