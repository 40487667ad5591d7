package analyze

import (
	"testing"
)

// TestSummaryAgencyDatelines: the Spanish, Portuguese and Italian wires'
// datelines (a place, a date and an agency in brackets before ".-", "-",
// "–" or "—"), an agency of two words opening the text, and a place with
// its region in brackets before the agency are cut from the summary's
// start; an agency in brackets inside a lede stays.
func TestSummaryAgencyDatelines(t *testing.T) {
	tests := []summaryPrefixCase{
		{"es: MADRID, 12 dic (EFE).-", "es",
			"MADRID, 12 dic (EFE).- El Consejo de Ministros aprobó este martes la reforma de las pensiones tras meses de negociación.",
			"El Consejo de Ministros aprobó", []string{"(EFE)"}},
		{"pt: LISBOA, 3 jan (Lusa) –", "pt",
			"LISBOA, 3 jan (Lusa) – O Governo aprovou hoje em Conselho de Ministros o novo regime de arrendamento urbano.",
			"O Governo aprovou", []string{"(Lusa)"}},
		{"it: ROMA, 5 feb (ANSA) -", "it",
			"ROMA, 5 feb (ANSA) - Il Consiglio dei ministri ha approvato in serata il decreto sulle bollette energetiche.",
			"Il Consiglio dei ministri", []string{"(ANSA)"}},
		{"es: (Europa Press) - opening the text", "es",
			"(Europa Press) - El Tribunal Supremo ha rechazado el recurso presentado por la defensa del exalcalde.",
			"El Tribunal Supremo", []string{"Europa Press"}},
		{"es: (Notimex).- opening the text", "es",
			"(Notimex).- La Secretaría de Salud informó que los casos de dengue aumentaron durante la última semana.",
			"La Secretaría de Salud", []string{"Notimex"}},
		{"pt: (Agência Brasil) - opening the text", "pt",
			"(Agência Brasil) - O Ministério da Saúde anunciou nesta segunda-feira a compra de novas vacinas.",
			"O Ministério da Saúde", []string{"Agência Brasil"}},
		{"es: a place with its region in brackets", "es",
			"San Carlos de Bariloche (Argentina), (EFE).- Los bomberos controlaron este domingo el incendio forestal que afectó a tres barrios.",
			"Los bomberos controlaron", []string{"(EFE)", "(Argentina)"}},
		{"ru: a place with its region in brackets", "ru",
			"Бишкек (Киргизия), (ТАСС).— Парламент Киргизии одобрил в первом чтении поправки к закону о выборах.",
			"Парламент Киргизии одобрил", []string{"(ТАСС)"}},
		{"es: a date written out before a two-word agency", "es",
			"Ciudad de México, 12 de diciembre (Europa Press).- La Cámara de Diputados aprobó la reforma judicial por amplia mayoría.",
			"La Cámara de Diputados aprobó", []string{"Europa Press", "diciembre"}},
		{"es: a date with its year", "es",
			"Bogotá, 5 de marzo de 2024 (EFE).- El Gobierno colombiano anunció un alto el fuego con la guerrilla.",
			"El Gobierno colombiano anunció", []string{"(EFE)"}},
		{"ru: a two-word agency after a place and date", "ru",
			"Москва, 12 дек (РИА Новости) — Правительство утвердило программу поддержки малого бизнеса на три года.",
			"Правительство утвердило", []string{"РИА Новости"}},
		{"es: a long opening with a date in brackets and a dash stays", "es",
			"El ministro de Economía dijo el 5 de marzo (EFE) - en su comparecencia - que la inflación bajará este año.",
			"El ministro de Economía dijo", nil},
		{"en: MOSCOW, Nov 12 (Reuters) - still cut", "en",
			"MOSCOW, Nov 12 (Reuters) - Russia's central bank raised its key interest rate on Friday for the third time this year.",
			"Russia's central bank raised", []string{"Reuters"}},
		{"es: an agency in brackets inside the lede stays", "es",
			"El presidente dijo a la agencia (EFE) - en una entrevista - que no se presentará a la reelección el próximo año.",
			"El presidente dijo a la agencia (EFE)", nil},
		{"en: two capitalised words in brackets inside the lede stay", "en",
			"The ministry (Foreign Affairs) said on Tuesday that the embassy would reopen next month after repairs.",
			"The ministry (Foreign Affairs) said", nil},
		{"ru: an agency named inside the lede stays", "ru",
			"Глава МИД сообщил агентству (ТАСС), что переговоры продолжатся на следующей неделе в Женеве.",
			"Глава МИД сообщил агентству (ТАСС)", nil},
	}
	runSummaryPrefixCases(t, tests)
}

// TestSummaryDeskCredits: a caption signed by the picture desk ("/
// source, бильд-редактор: Name", "Photo: Name / photo editor",
// "Bildredaktion: Name") is passed over; a lede that tells of a photo
// editor stays.
func TestSummaryDeskCredits(t *testing.T) {
	tests := []summaryPrefixCase{
		{"ru: бильд-редактор after the source", "ru",
			"Министр выступает на форуме в Алматы / пресс-служба, бильд-редактор: Ольга Смирнова\nМинистр энергетики объявил о повышении тарифов на электричество с первого января.",
			"Министр энергетики объявил", []string{"бильд-редактор"}},
		{"ru: Фото: Name / бильд-редактор", "ru",
			"Участники саммита на совместной фотографии. Фото: Иван Петров / бильд-редактор\nЛидеры стран СНГ подписали в пятницу соглашение о свободной торговле услугами.",
			"Лидеры стран СНГ подписали", []string{"бильд-редактор"}},
		{"en: photo editor after a slash", "en",
			"Protesters march through the city centre on Saturday afternoon / Jane Roe, photo editor\nThousands of people marched through the capital on Saturday to demand early elections.",
			"Thousands of people marched", []string{"photo editor"}},
		{"de: Bildredaktion:", "de",
			"Der Kanzler beim Besuch im Werk in Wolfsburg. Bildredaktion: Max Muster\nDer Bundeskanzler hat am Montag ein Förderprogramm für die Autoindustrie angekündigt.",
			"Der Bundeskanzler hat", []string{"Bildredaktion"}},
		{"fr: photo : X / rédaction photo", "fr",
			"Le président lors de sa visite à Lyon. Photo : Jean Dupont / rédaction photo\nLe président a annoncé mardi un plan d'investissement de dix milliards d'euros.",
			"Le président a annoncé", []string{"rédaction photo"}},
		{"en: a photo editor quoted after a colon stays", "en",
			"Readers told the photo editor: the flood picture was a year old.",
			"Readers told the photo editor", nil},
		{"en: a lede about a photo editor stays", "en",
			"The newspaper's photo editor resigned on Monday after the front-page picture drew complaints from readers.",
			"The newspaper's photo editor resigned", nil},
		{"ru: a lede about a бильд-редактор stays", "ru",
			"Бильд-редактор газеты уволилась после публикации снимка, вызвавшего жалобы читателей.",
			"Бильд-редактор газеты уволилась", nil},
	}
	runSummaryPrefixCases(t, tests)
}

// TestSummaryContactLines: a line that only gives the writer's address
// (e-mail, phone or handle) is passed over at the summary's start or end;
// a story's "can be reached" stays.
func TestSummaryContactLines(t *testing.T) {
	tests := []summaryPrefixCase{
		{"en: can be reached at, opening", "en",
			"Jane Roe can be reached at jroe@dailypaper.com.\nThe city council approved the new budget on Tuesday after a six-hour debate.",
			"The city council approved", []string{"jroe@"}},
		{"en: Reach X at a phone, closing", "en",
			"The city council approved the new budget on Tuesday after a six-hour debate.\nReach John Smith at 555-201-3344.",
			"The city council approved", []string{"555-201"}},
		{"en: Follow X on Twitter", "en",
			"The city council approved the new budget on Tuesday after a six-hour debate.\nFollow Jane Roe on Twitter @janeroe.",
			"The city council approved", []string{"@janeroe"}},
		{"en: Contact X at", "en",
			"Contact Jane Roe at jroe@dailypaper.com or 555-201-3344.\nThe city council approved the new budget on Tuesday after a six-hour debate.",
			"The city council approved", []string{"jroe@"}},
		{"ru: Связаться с автором", "ru",
			"Связаться с автором материала можно по адресу ivan.petrov@gazeta.ru или по телефону +7 495 123-45-67.\nГородская дума утвердила бюджет на следующий год после шестичасового обсуждения.",
			"Городская дума утвердила", []string{"gazeta.ru"}},
		{"ru: closing contact line", "ru",
			"Городская дума утвердила бюджет на следующий год после шестичасового обсуждения.\nНапишите автору материала на почту ivan.petrov@gazeta.ru, если знаете подробности.",
			"Городская дума утвердила", []string{"gazeta.ru"}},
		{"de: erreichen Sie", "de",
			"Den Autor erreichen Sie unter max.muster@zeitung.de.\nDer Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
			"Der Stadtrat hat", []string{"zeitung.de"}},
		{"es: puede contactar", "es",
			"Puede contactar al autor en juan.perez@diario.es o en el teléfono 91 555 12 34.\nEl ayuntamiento aprobó el martes el presupuesto del próximo año tras un largo debate.",
			"El ayuntamiento aprobó", []string{"diario.es"}},
		{"en: Email: and Phone: labels", "en",
			"The city council approved the new budget on Tuesday after a six-hour debate.\nEmail: jroe@dailypaper.com, phone: 555-201-3344, for tips on city hall.",
			"The city council approved", []string{"jroe@"}},
		{"ru: Почта: and Телефон: labels", "ru",
			"Почта: ivan.petrov@gazeta.ru, телефон редакции 8 800 555 35 35, пишите в любое время.\nГородская дума утвердила бюджет на следующий год после шестичасового обсуждения.",
			"Городская дума утвердила", []string{"gazeta.ru"}},
		{"en: a place that can be reached only by boat stays", "en",
			"The village can be reached only by boat, and its 300 residents have been cut off since the storm.",
			"The village can be reached only by boat", nil},
		{"en: a hotline in the news stays", "en",
			"Police urged anyone with information about the robbery to call the hotline at 555-201-3344 on Monday.",
			"Police urged anyone", nil},
		{"ru: a story's связаться stays", "ru",
			"Спасатели не смогли связаться с экипажем судна, которое пропало в Охотском море в понедельник.",
			"Спасатели не смогли связаться", nil},
	}
	runSummaryPrefixCases(t, tests)
}
