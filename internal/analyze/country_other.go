package analyze

// placesOther are capitals, leaders and currencies as the languages the bot
// reads beyond the nine write them (Polish, Finnish, Kazakh, Uzbek), for
// the countries those languages' news is most about: their own and their
// neighbours'. The gazetteer's English and Russian forms miss them: a
// Kazakh text writes Тоқаев, not Токаев, and declines it (Тоқаевтың,
// Астанада); a Polish one pays in złotych and goes to Warszawie; a Finnish
// one meets in Helsingissä. Items follow placesIntl's marks; a final "~"
// makes a stem that takes the language's endings (otherEndings). Each item
// counts only in text of a language beyond the nine (lOther), where the
// country names of intlNames count too.
var placesOther = [...]placeIntl{
	{"PL", kCapital, "pl", "Warszaw~|Kraków|Krakowa|Krakowie|Gdańsk~|Tusk~|Nawrock~|Sikorsk~"},
	{"PL", kCurrency, "pl", "@złot~|@zł"},
	{"RU", kCapital, "pl", "Moskw~|Kreml~|Putin~"},
	{"UA", kCapital, "pl", "Kijów|Kijowa|Kijowie|Zełensk~"},
	{"US", kCapital, "pl", "Waszyngton~"},
	{"FI", kCapital, "fi", "Helsingissä|Helsingin|Helsinkiin|Helsingistä|Stubb~|Orpo~"},
	{"RU", kCapital, "fi", "Moskova~|Kreml~|Putin~"},
	{"KZ", kCapital, "kk", "Астана~|Алматы~|Ақорда~|Тоқаев~|!ҚР"},
	{"KZ", kCurrency, "kk", "@теңге~"},
	{"RU", kCapital, "kk", "Мәскеу~|Кремль~|Путин~"},
	{"UZ", kCapital, "kk", "Ташкент~|Мирзиёев~"},
	{"KG", kCapital, "kk", "Бішкек~|Жапаров~"},
	{"UZ", kCapital, "uz-Cyrl", "Тошкент~|Мирзиёев~"},
	{"UZ", kCurrency, "uz-Cyrl", "@сўм~"},
	{"RU", kCapital, "uz-Cyrl", "Москва~|Кремль~|Путин~"},
	{"KZ", kCapital, "uz-Cyrl", "Остона~|Тоқаев~"},
	{"UZ", kCapital, "uz", "Toshkent~|Mirziyoyev~"},
	{"RU", kCapital, "uz", "Moskva~|Kreml~|Putin~"},
	{"KZ", kCapital, "uz", "Ostona~|Toqayev~|Tokayev~"},
}

// otherEndings are the case endings placesOther's stems take, per language
// (uz-Cyrl is Uzbek written in Cyrillic letters).
var otherEndings = map[string][]string{
	"pl":      {"", "a", "y", "ie", "ę", "ą", "u", "em", "owi", "i", "iego", "iemu", "im", "ych", "e", "ego", "ym", "ymi"},
	"nl":      {"", "en", "s", "e", "n"},
	"fi":      {"", "n", "in", "a", "ä", "an", "än", "ssa", "ssä", "sta", "stä", "lla", "llä", "lle", "lta", "ltä", "ksi", "kin"},
	"kk":      {"", "тың", "тің", "ның", "нің", "дың", "дің", "қа", "ке", "ға", "ге", "на", "не", "ты", "ті", "ны", "ні", "ды", "ді", "та", "те", "да", "де", "нда", "нде", "тан", "тен", "дан", "ден", "нан", "нен", "пен", "бен", "мен", "тағы", "дағы", "тегі", "дегі", "сы", "сі", "ы", "і"},
	"uz-Cyrl": {"", "нинг", "га", "ка", "қа", "ни", "да", "дан", "даги", "лик"},
	"uz":      {"", "ning", "ga", "ka", "qa", "ni", "da", "dan", "dagi", "lik"},
}

// addOtherPlaces adds placesOther to the gazetteer.
func addOtherPlaces(l *lexicon, v *vocab) {
	for _, p := range placesOther {
		for _, it := range splitItems(p.text) {
			e := intlEntry(p, it)
			e.langs = lOther
			intlForms(it.text, otherEndings[p.lang], func(phrase string) {
				l.add(v, plainWords(phrase), e)
			})
		}
	}
}
