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
