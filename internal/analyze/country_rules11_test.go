package analyze

import "testing"

// TestCountriesHolySee: the Holy See and the Pope name the Vatican in every
// language of the corpus; "papa", "pape" and «папа» alone (a father, a
// potato, a first name) do not.
func TestCountriesHolySee(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Pope Francis", "en", "Pope Francis calls for a ceasefire", "The pontiff spoke from the balcony on Sunday.", []string{"VA"}, nil},
		{"en: Pope Leo", "en", "", "Pope Leo met refugees in the afternoon and later prayed with them.", []string{"VA"}, nil},
		{"en: the Holy See", "en", "", "The Holy See has asked both sides to return to the talks, a spokesman said.", []string{"VA"}, nil},
		{"ru: Папа Римский", "ru", "Папа Римский призвал к перемирию", "Понтифик выступил с балкона в воскресенье.", []string{"VA"}, nil},
		{"ru: Папы Римского", "ru", "", "Обращение Папы Римского зачитали на площади в воскресенье.", []string{"VA"}, nil},
		{"ru: Папе Римскому", "ru", "", "Президент вручил Папе Римскому икону, сообщили журналистам.", []string{"VA"}, nil},
		{"ru: с Папой Римским", "ru", "", "Премьер встретился с Папой Римским и обсудил гуманитарные вопросы.", []string{"VA"}, nil},
		{"ru: Святой престол", "ru", "", "Святой престол предложил стать площадкой для переговоров.", []string{"VA"}, nil},
		{"ru: Святого престола", "ru", "", "Представитель Святого престола выступил на конференции в понедельник.", []string{"VA"}, nil},
		{"ru: при Святом престоле", "ru", "", "Посол при Святом престоле вручил верительные грамоты в понедельник.", []string{"VA"}, nil},
		{"uk: Святий Престол", "uk", "", "Святий Престол закликав до перемир'я, повідомили у неділю.", []string{"VA"}, nil},
		{"uk: Папа Римський", "uk", "", "Папа Римський закликав до миру, повідомили у неділю.", []string{"VA"}, nil},
		{"de: Papst and Heiliger Stuhl", "de", "Papst ruft zu Waffenruhe auf", "Der Heilige Stuhl veröffentlichte die Rede am Sonntag.", []string{"VA"}, nil},
		{"de: Papst Leo", "de", "", "Papst Leo hat am Sonntag zum Frieden aufgerufen, teilte ein Sprecher mit.", []string{"VA"}, nil},
		{"fr: Saint-Siège", "fr", "", "Le Saint-Siège a appelé dimanche à un cessez-le-feu.", []string{"VA"}, nil},
		{"fr: le pape François", "fr", "", "Le pape François a appelé dimanche à la paix, a indiqué un porte-parole.", []string{"VA"}, nil},
		{"it: Santa Sede and papa Leone", "it", "Papa Leone chiede una tregua", "La Santa Sede ha diffuso il discorso domenica.", []string{"VA"}, nil},
		{"es: papa León", "es", "El papa León pide una tregua", "El pontífice habló desde el balcón.", []string{"VA"}, nil},
		{"es: Santa Sede", "es", "", "La Santa Sede pidió el domingo un alto el fuego, informó un portavoz.", []string{"VA"}, nil},
		{"pt: Santa Sé", "pt", "", "A Santa Sé pediu um cessar-fogo no domingo.", []string{"VA"}, nil},
		{"pt: papa Leão", "pt", "", "O papa Leão pediu a paz no domingo, disse um porta-voz.", []string{"VA"}, nil},
		{"tr: Papa Leo", "tr", "Papa Leo ateşkes çağrısı yaptı", "Açıklama pazar günü yapıldı.", []string{"VA"}, nil},
		{"it: the Pope visiting Italy's president", "it", "", "Papa Leone ha fatto visita al presidente della Repubblica Sergio Mattarella al Quirinale.", []string{"VA", "IT"}, nil},
		{"fr: Pape as a first name", "fr", "Pape Thiaw nommé sélectionneur", "L'entraîneur a présenté sa liste.", nil, nil},
		{"ru: папа is a father", "ru", "Мой папа работает водителем", "Он возит детей в школу.", nil, nil},
		{"ru: Папа at a sentence start is a father", "ru", "", "Папа забрал детей из школы и отвёз их домой.", nil, nil},
		{"uk: тато and папа are a father", "uk", "", "Мій папа працює водієм і возить дітей до школи.", nil, nil},
		{"es: papa is a potato", "es", "El precio de la papa sube", "Los agricultores esperan una buena cosecha.", nil, nil},
		{"it: papà is a father", "it", "", "Il papà ha accompagnato i figli a scuola in bicicletta.", nil, nil},
		{"pt: papa is a father", "pt", "", "O papa chegou tarde do trabalho e jantou com os filhos.", nil, nil},
		{"de: Papa is a father", "de", "", "Mein Papa arbeitet als Busfahrer und fährt jeden Morgen früh los.", nil, nil},
		{"en: Papa is a nickname", "en", "", "Papa John's opened a new restaurant downtown on Friday.", nil, nil},
	})
}

// TestCountriesKazakhParliament: the Mazhilis, the Senate of Kazakhstan and
// Akorda, the presidency, are Kazakhstan's institutions, as Russian writes
// them (capitalised or, «в мажилис», not), as English and as Kazakh in the
// Latin alphabet; a chord («аккорд») and a senate of no country are not.
func TestCountriesKazakhParliament(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"ru: Мажилис", "ru", "Мажилис одобрил поправки в Налоговый кодекс", "Документ направлен на рассмотрение сенаторов.", []string{"KZ"}, nil},
		{"ru: в мажилис in lower case", "ru", "", "Правительство внесло в мажилис законопроект о цифровых активах, сообщила пресс-служба.", []string{"KZ"}, nil},
		{"ru: депутаты мажилиса", "ru", "", "Депутаты мажилиса обсудили бюджет на следующий год на пленарном заседании.", []string{"KZ"}, nil},
		{"ru: Сенат Казахстана", "ru", "", "Сенат Казахстана принял закон о медиации в четверг.", []string{"KZ"}, nil},
		{"ru: Акорда", "ru", "Акорда опубликовала указ о назначении", "Указ вступает в силу со дня подписания.", []string{"KZ"}, nil},
		{"ru: в Акорде", "ru", "", "Встреча прошла в Акорде, сообщили в пресс-службе главы государства.", []string{"KZ"}, nil},
		{"en: Mazhilis", "en", "Mazhilis passes amendments to the tax code", "The bill now goes to the upper house.", []string{"KZ"}, nil},
		{"en: Majilis", "en", "", "The Majilis approved the bill on Wednesday, the speaker's office said.", []string{"KZ"}, nil},
		{"en: Senate of Kazakhstan", "en", "", "The Senate of Kazakhstan approved the treaty on Thursday.", []string{"KZ"}, nil},
		{"en: Akorda", "en", "", "The decree was published by Akorda on Monday, the press office said.", []string{"KZ"}, nil},
		{"kk-Latn: Májilis", "en", "", "Májilis deputies approved the bill on Wednesday, the speaker's office said.", []string{"KZ"}, nil},
		{"kk-Latn: Aqorda", "en", "", "The decree was published by Aqorda on Monday.", []string{"KZ"}, nil},
		{"ru: аккорд is a chord", "ru", "", "Гитарист взял первый аккорд, и зал затих.", nil, nil},
		{"ru: a senate of no country", "ru", "", "Сенат одобрил законопроект большинством голосов в четверг.", nil, nil},
		{"en: a senate of no country", "en", "", "The Senate approved the bill by a wide margin on Thursday.", nil, nil},
	})
}
