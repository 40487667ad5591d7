package analyze

import "testing"

// TestCountriesEnglishDemonymInForeignName: in text of another language an
// English demonym that opens a capitalised English name (a restaurant, a
// bar, a festival, a shop) is part of that name and names no country; the
// same demonym alone, a country's name in English (USA, China) and the
// German noun "der Chinese" still count, and English and Russian text is
// unchanged.
func TestCountriesEnglishDemonymInForeignName(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"de: Chinese Restaurant", "de", "", "Das Chinese Restaurant Goldener Lotus hat nach dem Umbau wieder geöffnet, die Gäste standen Schlange.", nil, nil},
		{"de: American Diner", "de", "Neues Lokal eröffnet", "Das American Diner Route 66 serviert ab Montag Burger und Milchshakes.", nil, nil},
		{"de: in the headline", "de", "Aus für das Chinese Restaurant Zum Drachen", "Das Lokal schließt Ende des Monats.", nil, nil},
		{"de: der Chinese still counts", "de", "", "Im Finale am Sonntag: Der Chinese Wang Lei gewann das Turnier.", []string{"CN"}, nil},
		{"de: ein junger Chinese still counts", "de", "", "Im Finale besiegte ein junger Chinese Spieler aus drei Ländern.", []string{"CN"}, nil},
		{"de: opening the sentence still counts", "de", "Chinese Wang Lei gewinnt das Turnier", "", []string{"CN"}, nil},
		{"it: senegalese opening the sentence still counts", "it", "", "Senegalese Ousmane Diallo, 24 anni, è stato arrestato ieri.", []string{"SN"}, nil},
		{"de: in den USA still counts", "de", "", "Der Konzern will in den USA und in China neue Werke bauen, teilte er am Montag mit.", []string{"US", "CN"}, nil},
		{"fr: Indian Summer Festival", "fr", "", "Le Indian Summer Festival accueille cette année quarante groupes et des milliers de spectateurs.", nil, nil},
		{"fr: English Pub", "fr", "", "Le English Pub du centre-ville a fermé ses portes après trente ans d'activité.", nil, nil},
		{"it: American Bar", "it", "", "L'American Bar Stella ha ospitato una serata di beneficenza per l'ospedale.", nil, nil},
		{"it: Swiss Cottage", "it", "", "Il ristorante Swiss Cottage ha vinto un premio nazionale.", nil, nil},
		{"tr: Irish Pub", "tr", "", "Irish Pub Corner yeni sezonu bir konserle açtı.", nil, nil},
		{"en: Chinese Restaurant unchanged", "en", "", "The Chinese Restaurant Association said Chinese chefs in Beijing had joined the strike.", []string{"CN"}, nil},
		{"fr: alone still counts", "fr", "", "Le ministre a reçu des investisseurs Chinese, selon la presse.", []string{"CN"}, nil},
		{"en: Irish Pub unchanged", "en", "", "The Irish Pub Association warned that rising duty would close pubs.", []string{"IE"}, nil},
		{"ru: китайский ресторан unchanged", "ru", "", "Китайский ресторан в Пекине закрылся после проверки, сообщили китайские власти.", []string{"CN"}, nil},
	})
}
