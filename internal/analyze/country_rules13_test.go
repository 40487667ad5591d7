package analyze

import "testing"

// TestCountriesPublicServices: a local story that names a town hall, a
// district officer, an emergency service or a police force only one country
// calls so, and no country, is about that country; a service in a story
// about another country names no country (Turkish calls London's town hall
// a belediye), and the shared words (mayor, sheriff alone, the French préfet)
// name none.
func TestCountriesPublicServices(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: County Sheriff", "en", "Two men held after a chase", "The Lake County Sheriff's Office said deputies stopped the car on a rural road after midnight.", []string{"US"}, nil},
		{"en: County Jail", "en", "", "The driver was booked into the Marion County Jail on Tuesday and released on bond.", []string{"US"}, nil},
		{"en: a sheriff alone", "en", "The sheriff rides again", "The old film was shown at the festival on Saturday night.", nil, nil},
		{"en: a service beside the story's country", "en", "Italian firefighters fly to Greece", "Greek officials thanked the carabinieri and the firefighters who arrived in Athens on Monday to fight the fires.", []string{"GR"}, []string{"IT"}},
		{"ru: акимат", "ru", "", "В акимате области пообещали отремонтировать дорогу до конца лета.", []string{"KZ"}, nil},
		{"ru: хокимият", "ru", "Жители района пожаловались на перебои с газом", "В хокимияте района пообещали решить проблему до морозов.", []string{"UZ"}, nil},
		{"ru: Аким the first name", "ru", "", "Аким Петрович вышел на пенсию после сорока лет работы на заводе.", nil, nil},
		{"pt: a prefeitura", "pt", "Chuva alaga bairros da zona norte", "A prefeitura informou que a Defesa Civil retirou dez famílias de áreas de risco durante a madrugada.", []string{"BR"}, nil},
		{"pt: Câmara Municipal names none", "pt", "", "A Câmara Municipal aprovou o orçamento para o próximo ano na reunião de terça-feira.", nil, []string{"PT", "BR"}},
		{"it: i vigili del fuoco", "it", "Incendio in un capannone nella notte", "I vigili del fuoco sono intervenuti con quattro squadre, mentre i carabinieri hanno chiuso la strada.", []string{"IT"}, nil},
		{"tr: belediye başkanı", "tr", "", "Belediye Başkanı, yeni parkın yaz sonuna kadar açılacağını söyledi.", []string{"TR"}, nil},
		{"tr: another country's town hall", "tr", "Londra Belediye Başkanı yeniden seçildi", "Londra Belediye Başkanı, üçüncü kez göreve seçildiğini açıkladı ve seçmenlere teşekkür etti.", []string{"GB"}, nil},
		{"pt: another country's prefeitura", "pt", "Prefeitura de Nova York anuncia plano contra ratos", "O prefeito de Nova York disse que a prefeitura vai contratar mais funcionários.", []string{"US"}, nil},
		{"it: firefighters abroad", "it", "Incendio in un palazzo di Parigi", "I vigili del fuoco francesi hanno evacuato trenta persone nella notte.", []string{"FR"}, nil},
		{"ru: акимат beside another country", "ru", "", "Делегация акимата области посетила Китай и подписала соглашение о поставках зерна в Китай.", []string{"CN"}, []string{"KZ"}},
		{"fr: le préfet names none", "fr", "", "Le préfet a annoncé mardi la fermeture des écoles en raison des fortes pluies.", nil, []string{"FR"}},
	})
}

// TestCountriesNationalLeagues: a match report that names a football league
// only one country's league is called, and its clubs, is about that
// country; in a story about another country it names none, and a league
// several countries share names none.
func TestCountriesNationalLeagues(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Serie A", "en", "Late penalty settles the derby", "Bologna climbed to fourth in Serie A after beating Torino with a penalty in stoppage time.", []string{"IT"}, nil},
		{"en: La Liga", "en", "", "Sevilla sacked their coach on Sunday after a fifth straight La Liga defeat.", []string{"ES"}, nil},
		{"en: Premier League names none", "en", "", "The striker signed for a Premier League club on Friday after a medical.", nil, []string{"GB"}},
		{"ru: Серии А", "ru", "Нападающий забил в третьем матче подряд", "Форвард «Болоньи» стал лучшим бомбардиром Серии А по итогам тура.", []string{"IT"}, nil},
		{"ru: Ла Лиги", "ru", "", "Защитник пропустит три матча Ла Лиги из-за травмы колена.", []string{"ES"}, nil},
		{"it: Serie A", "it", "Gol e highlights della giornata", "Il Lecce batte la Fiorentina e sale in classifica in Serie A.", []string{"IT"}, nil},
		{"it: cittadini di serie A", "it", "", "Non esistono cittadini di serie A e di serie B, ha detto il vescovo.", nil, nil},
		{"en: a former Serie A striker abroad", "en", "Striker joins Saudi club", "The former Serie A striker signed a two-year deal with a Saudi club on Monday.", []string{"SA"}, nil},
		{"ru: бывший игрок Серии А abroad", "ru", "Нападающий перешёл в саудовский клуб", "Бывший форвард Серии А подписал двухлетний контракт с саудовским клубом.", []string{"SA"}, nil},
		{"pt: Série A is Brazil's", "pt", "", "O Palmeiras venceu o Santos e assumiu a liderança da Série A do Brasileirão.", []string{"BR"}, nil},
	})
}

// TestCountriesDemonymOfOrigin: a demonym that tells where a person's
// family came from ("of Serbian origin", «сербского происхождения», "di
// origine serba", "serbischer Herkunft", "Sırp asıllı") does not place the
// story in that country; the story's own place does, and the demonym
// alone names none.
func TestCountriesDemonymOfOrigin(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: of Serbian origin", "en", "Student hit by fire engine", "The student, of Serbian origin, was crossing the road in Lake County when the truck passed, the County Sheriff's Office said.", []string{"US"}, nil},
		{"en: origin alone names none", "en", "", "The singer, of Armenian descent, released a new album on Friday.", nil, nil},
		{"en: a Serbian minister still counts", "en", "", "The Serbian minister said on Monday that the talks would resume.", []string{"RS"}, nil},
		{"ru: сербского происхождения", "ru", "", "Студентка сербского происхождения получила травмы на пешеходном переходе, сообщили в акимате города.", []string{"KZ"}, nil},
		{"ru: происхождения alone names none", "ru", "", "Певец армянского происхождения представил новый альбом в пятницу.", nil, nil},
		{"it: di origine serba", "it", "Investita dai vigili del fuoco", "La studentessa, di origine serba, attraversava la strada quando è passata l'autopompa.", []string{"IT"}, nil},
		{"de: serbischer Herkunft", "de", "", "Die Studentin serbischer Herkunft wurde auf dem Zebrastreifen in Hamburg verletzt.", []string{"DE"}, nil},
		{"tr: Sırp asıllı", "tr", "", "Sırp asıllı öğrenci, Tarsus Belediyesi önünde yaralandı.", []string{"TR"}, nil},
	})
}
