package analyze

import (
	"testing"
)

// TestSummarySubscribePromptsAndLowerCaseAgencies: a call to subscribe or
// to log in to read on is no summary in any language, and an agency that
// writes its name in lower case ("(askanews) -", "(dpa) -") is cut from the
// summary's start as one in capitals is.
func TestSummarySubscribePromptsAndLowerCaseAgencies(t *testing.T) {
	tests := []summaryPrefixCase{
		{"es: suscribite", "es",
			"El Gobierno anunció un nuevo ministro de Economía este jueves.\nPara continuar, suscribite a nuestro diario. Si ya sos un usuario suscripto, iniciá sesión.\nEl nombramiento se conocerá el lunes, según fuentes oficiales.",
			"El Gobierno anunció", []string{"suscribite", "iniciá sesión"}},
		{"en: already a subscriber", "en",
			"The government named a new finance minister on Thursday.\nTo continue reading, subscribe. Already a subscriber? Log in.\nThe appointment takes effect on Monday, officials said.",
			"The government named", []string{"Already a subscriber"}},
		{"ru: уже подписчик", "ru",
			"Правительство назначило нового министра финансов в четверг.\nЧтобы читать дальше, оформите подписку. Уже подписчик? Войдите.\nНазначение вступит в силу в понедельник, сообщили в аппарате.",
			"Правительство назначило", []string{"подписчик"}},
		{"it: (askanews) after a dateline", "it",
			"Roma, 14 ott. (askanews) - Il governo ha approvato la manovra nella notte, ha detto il ministro dell'Economia.",
			"Il governo ha approvato", []string{"askanews"}},
		{"de: (dpa) opening the story", "de",
			"(dpa) - Die Bundesregierung hat den Haushalt für das kommende Jahr beschlossen, teilte ein Sprecher mit.",
			"Die Bundesregierung hat", []string{"(dpa)"}},
		{"en: a lower-case word in brackets is news when no dash follows", "en",
			"(sic) The minister said the plan was final and would be put to parliament next week.",
			"(sic) The minister", nil},
	}
	runSummaryPrefixCases(t, tests)
}
