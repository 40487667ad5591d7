package ingest

// Month and weekday names for the fallback date parser (date.go), in the
// languages newsbot's feeds are written in: en, ru, uk, de, fr, es, pt, it
// and tr.
//
// Source: Unicode CLDR, gregorian calendar (ca-gregorian), for each language
// the wide and abbreviated months in both the "format" context (the genitive
// in Russian and Ukrainian: "января", "березня") and the "stand-alone"
// context (the nominative: "январь", "березень"), and the wide and
// abbreviated weekdays. A few forms that feeds use but CLDR does not list
// ("Sept", "Jänner", "Mrz", "Thurs", Russian "сен", "ноя") are added and
// marked. Names are written here in lower case; the parser folds Latin
// accents (é, ä, ş, ı …) before looking them up, so "Août", "aout",
// "Ağustos" and "agustos" all match.

// monthNames lists, for months 1 to 12, every full name and abbreviation.
// Abbreviations need not be listed when they are a prefix of a full name:
// the parser accepts any prefix of three letters or more that names one
// month only.
var monthNames = [12][]string{
	{ // 1
		"january", "jan", // en
		"январь", "января", "янв", // ru
		"січень", "січня", "січ", // uk
		"januar", "jänner", // de ("Jänner": Austria)
		"janvier", "janv", // fr
		"enero", "ene", // es
		"janeiro",        // pt
		"gennaio", "gen", // it
		"ocak", "oca", // tr
	},
	{ // 2
		"february", "feb",
		"февраль", "февраля", "февр", "фев", // "фев": feeds, not CLDR
		"лютий", "лютого", "лют",
		"februar",
		"février", "févr",
		"febrero",
		"fevereiro", "fev",
		"febbraio",
		"şubat", "şub",
	},
	{ // 3
		"march", "mar",
		"март", "марта", "мар",
		"березень", "березня", "бер",
		"märz", "mrz", // "Mrz": German feeds, not CLDR
		"mars",
		"marzo",
		"março",
		"mart",
	},
	{ // 4
		"april", "apr",
		"апрель", "апреля", "апр",
		"квітень", "квітня", "квіт",
		"avril", "avr",
		"abril", "abr",
		"aprile",
		"nisan", "nis",
	},
	{ // 5
		"may",
		"май", "мая",
		"травень", "травня", "трав",
		"mai",
		"mayo",
		"maio",
		"maggio", "mag",
		"mayıs",
	},
	{ // 6
		"june", "jun",
		"июнь", "июня", "июн",
		"червень", "червня", "черв",
		"juni",
		"juin",
		"junio",
		"junho",
		"giugno", "giu",
		"haziran", "haz",
	},
	{ // 7
		"july", "jul",
		"июль", "июля", "июл",
		"липень", "липня", "лип",
		"juli",
		"juillet", "juil",
		"julio",
		"julho",
		"luglio", "lug",
		"temmuz", "tem",
	},
	{ // 8
		"august", "aug",
		"август", "августа", "авг",
		"серпень", "серпня", "серп",
		"août",
		"agosto", "ago",
		"ağustos", "ağu",
	},
	{ // 9
		"september", "sep", "sept", // "Sept": en-GB
		"сентябрь", "сентября", "сент", "сен", // "сен": feeds, not CLDR
		"вересень", "вересня", "вер",
		"septembre",
		"septiembre",
		"setembro", "set",
		"settembre",
		"eylül", "eyl",
	},
	{ // 10
		"october", "oct",
		"октябрь", "октября", "окт",
		"жовтень", "жовтня", "жовт",
		"oktober", "okt",
		"octobre",
		"octubre",
		"outubro", "out",
		"ottobre", "ott",
		"ekim", "eki",
	},
	{ // 11
		"november", "nov",
		"ноябрь", "ноября", "нояб", "ноя", // "ноя": feeds, not CLDR
		"листопад", "листопада", "лист",
		"novembre",
		"noviembre",
		"novembro",
		"kasım", "kas",
	},
	{ // 12
		"december", "dec",
		"декабрь", "декабря", "дек",
		"грудень", "грудня", "груд",
		"dezember", "dez",
		"décembre", "déc",
		"diciembre", "dic",
		"dezembro",
		"dicembre",
		"aralık", "ara",
	},
}

// weekdayNames lists weekday names and abbreviations; the parser skips
// them (many feeds name the wrong weekday, and the date alone decides).
// Prefixes of two letters or more of these also count as weekdays
// ("Thurs", "Tues", "Mi").
var weekdayNames = []string{
	// en
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	// ru
	"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
	"вс", "пн", "вт", "ср", "чт", "пт", "сб",
	// uk
	"неділя", "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота",
	"нд",
	// de
	"sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
	// fr
	"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
	// es
	"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
	// pt
	"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
	// it
	"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
	// tr
	"pazar", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi",
	"pzt", "çar", "cmt",
}

// dateFillers are words that date texts put between their parts, ordinal
// endings included ("December 16th", "le 1er août"): "24 de
// setembro de 2018", "16 ноября 2022 г. в 14:33", "16. November 2022 um
// 14:33 Uhr", "le 16 novembre 2022 à 14h33", "16 novembre 2022 alle ore
// 14:33", "16 Kasım 2022 saat 14:33".
var dateFillers = []string{
	"at", "on", "of", "the", "t", // en; "t" of ISO 8601
	"st", "nd", "rd", "th", "er", "º", // ordinal days: "16th", "1er", "1º"
	"г", "года", "год", "в", "во", // ru
	"р", "року", "о", "об", // uk
	"um", "uhr", "den", // de; "am" (German "am 16. November" or the 12-hour AM) is the parser's
	"le", "à", "h", // fr ("14h33")
	"de", "del", "a", "las", "la", "hrs", "hs", // es, pt
	"às", "as",
	"alle", "ore", "di", "il", // it
	"saat", // tr
}

// zoneNames maps the zone abbreviations that feeds write to their offset
// from UTC in minutes. RFC 822 names the North American ones; the rest are
// common in European and Asian feeds. "IST" is read as India's: that is
// what news feeds mean by it.
var zoneNames = map[string]int{
	"ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0,
	"est": -5 * 60, "edt": -4 * 60, "cst": -6 * 60, "cdt": -5 * 60,
	"mst": -7 * 60, "mdt": -6 * 60, "pst": -8 * 60, "pdt": -7 * 60,
	"akst": -9 * 60, "akdt": -8 * 60, "hst": -10 * 60,
	"brt": -3 * 60,
	"bst": 60, "west": 60, "cet": 60, "mez": 60,
	"cest": 2 * 60, "mesz": 2 * 60, "eet": 2 * 60,
	"eest": 3 * 60, "msk": 3 * 60, "trt": 3 * 60,
	"ist": 5*60 + 30, "uzt": 5 * 60,
	"jst": 9 * 60, "kst": 9 * 60, "aest": 10 * 60, "aedt": 11 * 60,
}
