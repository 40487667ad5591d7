package news

// abbreviations are the words (lower case, without their full stop) after
// which a full stop does not end a sentence: titles, months, units,
// streets and numbers in the feeds' languages. Single letters (initials,
// т.е., т.д.) are read apart by each user. The analyzer splits a text's
// sentences with them and render cuts a summary after a whole sentence
// with them, so the sentence a summary was built from is the one a list
// shows ("… said police spokesman Lt. Jane Doe." is not cut after "Lt.").
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "hon": true, "pres": true, "inc": true,
	"ltd": true, "co": true, "corp": true, "vs": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "no": true, "fig": true, "approx": true, "dept": true, "est": true,
	"mt": true, "ft": true, "ave": true, "blvd": true, "messrs": true, "gov't": true, "op": true,
	"гг": true, "им": true, "ул": true, "руб": true, "млн": true, "млрд": true, "тыс": true,
	"др": true, "проф": true, "акад": true, "ст": true, "пр": true, "обл": true, "рис": true,
	"см": true, "стр": true, "тел": true, "корп": true, "кв": true, "пер": true, "пл": true,
	"просп": true, "пос": true, "ген": true, "св": true, "ок": true, "вв": true, "чел": true,
	"коп": true, "долл": true, "р-на": true, "мин": true, "сек": true, "зам": true, "нач": true,
	"дер": true, "каб": true, "напр": true, "прим": true, "ред": true, "пгт": true, "гр": true,
	// Streets, money and titles before a name in the other languages
	// of the corpus: «вул. Порт Елеватор», «200 тис. гривень», "Doç. Dr.
	// Ayşe", "Nr. 12", "dott. Rossi", "Sra. García", "avda. Constitución",
	// "Mme. Dupont" (German streets, "Hauptstr.", are read in
	// isAbbrevBefore).
	"вул": true, "пров": true, "тис": true, "ім": true,
	"doç": true, "yrd": true, "str": true, "nr": true, "bzw": true,
	"dott": true, "avv": true, "sig": true, "sra": true, "srta": true, "avda": true, "dña": true,
	"dra": true, "mme": true, "mlle": true,
	// Polish numbers, hours and units of the country ("18 tys. 280
	// odbiorców", "o godz. 12", "woj. śląskie").
	"tys": true, "mld": true, "godz": true, "woj": true, "tzw": true,
	// Polish ranks of the police and the fire service before a name
	// ("ogn. Michał Nowak", "asp. Anna Kowalska", "mł. bryg. Jan Lis").
	"ogn": true, "asp": true, "bryg": true, "kpt": true, "mjr": true, "płk": true, "mł": true, "sierż": true, "podinsp": true, "nadkom": true,
}

// IsAbbreviation reports whether a lower-cased word, before a full stop,
// is an abbreviation that does not end a sentence.
func IsAbbreviation(lower string) bool { return abbreviations[lower] }
