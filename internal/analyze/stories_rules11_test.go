package analyze

import (
	"testing"
)

// TestEventWordsMoreLanguages: the event lexicon reads Turkish, French,
// Italian, Spanish and Portuguese words as it reads English and Russian
// ones, and words that only begin like them stay no event.
func TestEventWordsMoreLanguages(t *testing.T) {
	tests := []struct{ name, word, want string }{
		{"en coup", "coup", "coup"},
		{"ru coup", "переворота", "coup"},
		{"tr coup", "darbe", "coup"},
		{"tr coup, inflected", "darbeciler", "coup"},
		{"en bridge", "bridges", "bridge"},
		{"ru bridge", "мосты", "bridge"},
		{"tr bridge, inflected", "köprüsü", "bridge"},
		{"fr bridge", "pont", "bridge"},
		{"tr earthquake", "depremde", "quake"},
		{"fr earthquake", "tremblement", "quake"},
		{"tr attack", "saldırısı", "attack"},
		{"fr attack", "attaque", "attack"},
		{"en terror attack", "terrorist", "attack"},
		{"ru terror attack", "террористы", "attack"},
		{"it terror attack", "terrore", "attack"},
		{"tr election", "seçimi", "election"},
		{"fr election", "élection", "election"},
		{"it elected", "eletto", "election"},
		{"pt elected", "eleito", "election"},
		{"es elected", "elegido", "election"},
		{"en runoff", "runoff", "election"},
		{"fr flood", "inondations", "flood"},
		{"fr the dead (a toll)", "morts", "toll"},
		{"fr victims", "victimes", "toll"},
		{"it killed", "uccisi", "toll"},
		{"tr dead (a toll)", "ölü", "toll"},
		{"fr wounded", "blessés", "injured"},
		{"tr wounded", "yaralı", "injured"},
		{"it dead person", "morto", "death"},
		{"fr shooting", "fusillade", "shooting"},
		{"fr hostages", "otages", "hostage"},
		{"tr hostage", "rehine", "hostage"},
		{"pt fire", "incêndio", "fire"},
		{"tr fire", "yangında", "fire"},
		{"es plane crashed", "estrelló", "crash"},
		{"tr plane", "uçağı", "aircraft"},
		{"tr hospital", "hastaneye", "hospital"},
		{"tr mosque, a whole word", "cami", "worship"},
		{"es path is no mosque", "camino", ""},
		{"it lorry is no mosque", "camion", ""}, // a vehicle: no key of its own
		{"de mixed is no ship", "gemischt", ""},
		{"en morning is no death", "morning", ""},
		{"en point is no bridge", "point", ""},
		{"ru common word", "правительство", ""},
		{"en common word", "government", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if c := storyEvents.concept([]byte(tt.word)); c >= 0 && !contextConcepts[c] {
				got = eventConcepts[c].name
			}
			if got != tt.want {
				t.Errorf("concept(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

// TestGermanCompoundConcept: a German compound names the event its last
// part names, with four letters at least before it; other words, and
// compounds of another sense, name none.
func TestGermanCompoundConcept(t *testing.T) {
	tests := []struct{ word, want string }{
		{"stichwahl", "election"},
		{"präsidentschaftswahl", "election"},
		{"landtagswahlen", "election"},
		{"bombenanschlag", "attack"},
		{"drohnenangriffe", "attack"},
		{"nachbeben", "quake"},
		{"generalstreik", "walkout"},
		{"militärputsch", "coup"},
		{"massenproteste", "protest"},
		{"auswahl", ""},    // a choice: three letters before "wahl"
		{"berggipfel", ""}, // a mountain's peak
		{"weinbrand", ""},  // a brandy
		{"bundesregierung", ""},
		{"wahl", ""}, // the head alone is the lexicon's, not a compound
	}
	for _, tt := range tests {
		got := ""
		if c := germanCompoundConcept([]byte(tt.word)); c >= 0 {
			got = eventConcepts[c].name
		}
		if got != tt.want {
			t.Errorf("germanCompoundConcept(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestGermanCompoundsAcrossLanguages: a German runoff (Stichwahl), an
// English runoff and a Russian second round are one kind of event in the
// same country; the compound counts in German texts only.
func TestGermanCompoundsAcrossLanguages(t *testing.T) {
	de := crossEntry(t, 1, 0, "Stichwahl in Frankreich: Amtsinhaber knapp vorn",
		"Nach Auszählung fast aller Stimmen liegt der Amtsinhaber mit 50,8 Prozent vorn, teilte die Wahlbehörde mit.", "de", "a")
	en := crossEntry(t, 2, 2, "France runoff: incumbent narrowly ahead",
		"With almost all votes counted, the incumbent leads with 50.8 percent, the election authority said.", "en", "b")
	ru := crossEntry(t, 3, 3, "Второй тур выборов во Франции: действующий президент лидирует",
		"После подсчета почти всех голосов действующий президент набирает 50,8 процента, сообщил избирком.", "ru", "c")
	for _, p := range [][2]*storyEntry{{de, en}, {de, ru}} {
		ev := compare(p[0], p[1])
		if ev.titleEvents < 1 || ev.eventsIn < 1 {
			t.Errorf("title events %d, events in a country %d; want the election in France in both: %+v", ev.titleEvents, ev.eventsIn, ev)
		}
	}
	// In an English text the same letters are no compound of German.
	enWord := crossEntry(t, 4, 1, "The Stichwahl bakery opens in Paris", "A bakery called Stichwahl opened on Monday.", "en", "d")
	if ev := compare(enWord, en); ev.titleEvents > 0 {
		t.Errorf("an English name read as a German compound: %+v", ev)
	}
}

// TestRareEventBothTexts: two reports whose texts tell the same rare
// event (a coup) in one country and whose titles name another kind of
// event both (bridges), within hours, are one story, in English, Russian
// and Turkish; not without the rare event, not in two countries, not a
// day later.
func TestRareEventBothTexts(t *testing.T) {
	type rep = storyRep
	coupEN := rep{"Soldiers shut both bridges in Istanbul",
		"Troops closed the bridges over the strait on Friday night as a faction of the army attempted a coup in Turkey, officials said.", "en", 0}
	coupRU := rep{"Военные перекрыли мосты в Стамбуле",
		"В пятницу вечером часть армии Турции предприняла попытку переворота, военные перекрыли оба моста через пролив.", "ru", 3}
	coupTR := rep{"Köprüde askerler teslim oldu",
		"Türkiye'de darbe girişiminde bulunan askerler sabaha karşı köprüde teslim oldu, yetkililer açıkladı.", "tr", 8}
	repairRU := rep{"Мост в Стамбуле закроют на ремонт",
		"В Турции мост через пролив закроют на ремонт на три дня, сообщили власти города.", "ru", 2}
	coupNiger := rep{"Военные перекрыли мосты в Ниамее",
		"В Нигере часть армии предприняла попытку переворота, военные перекрыли мосты через реку.", "ru", 2}
	coupLater := coupRU
	coupLater.hours = 30
	tests := []struct {
		name string
		a, b rep
		want bool
	}{
		{"en and ru, the coup in both texts, bridges in both titles", coupEN, coupRU, true},
		{"en and tr", coupEN, coupTR, true},
		{"ru and tr", coupRU, coupTR, true},
		{"a bridge closed for repairs: no coup", coupEN, repairRU, false},
		{"a coup in another country", coupEN, coupNiger, false},
		{"more than 18 hours apart", coupEN, coupLater, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := crossEntry(t, 1, tt.a.hours, tt.a.title, tt.a.body, tt.a.lang, "a")
			b := crossEntry(t, 2, tt.b.hours, tt.b.title, tt.b.body, tt.b.lang, "b")
			for _, ev := range []evidence{compare(a, b), compare(b, a)} {
				if got := ev.rareEventBoth(); got != tt.want {
					t.Errorf("rareEventBoth = %v, want %v: %+v", got, tt.want, ev)
				}
			}
		})
	}
}

// TestGermanPlaceAdjective: a German adjective made from a town
// (Berliner) is read as the town and its country, so that it meets the
// town as English, Italian and Russian reports name it; a German noun in
// -er is no place, and the rule reads German texts only.
func TestGermanPlaceAdjective(t *testing.T) {
	a := shared()
	langs := uint16(0)
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"berliner", true},
		{"lehrer", false},
		{"berlin", false}, // the town itself has its own key
		{"er", false},
	} {
		if _, _, ok := a.germanPlaceAdjective([]byte(tt.word), langs); ok != tt.want {
			t.Errorf("germanPlaceAdjective(%q) = %v, want %v", tt.word, ok, tt.want)
		}
	}
	de := crossEntry(t, 1, 0, "Tote auf Berliner Markt",
		"Ein Lastwagen ist am Abend in die Menge auf einem Markt gefahren und hat zwölf Menschen getötet.", "de", "a")
	en := crossEntry(t, 2, 2, "Twelve killed as lorry drives into Berlin market",
		"A lorry drove into a crowded market in the German capital on Monday evening, killing twelve people.", "en", "b")
	ru := crossEntry(t, 3, 3, "На рынке в Берлине погибли двенадцать человек",
		"В Германии грузовик въехал в толпу на рынке, погибли двенадцать человек.", "ru", "c")
	for _, o := range []*storyEntry{en, ru} {
		ev := compare(de, o)
		if ev.titleNames < 1 || ev.countries < 1 {
			t.Errorf("title names %d, countries %d; want Berlin in both titles and Germany in both texts: %+v", ev.titleNames, ev.countries, ev)
		}
		if _, ok := ev.decide(96 * 3600 * 1e9); !ok {
			t.Errorf("not one story: %+v", ev)
		}
	}
	// An English text's "Berliner" (a doughnut) is not read as the town.
	bun := crossEntry(t, 4, 1, "Bakery sells a thousand Berliner a day", "The Berliner is a doughnut filled with jam.", "en", "d")
	if ev := compare(bun, en); ev.titleNames > 0 {
		t.Errorf("an English Berliner read as Berlin: %+v", ev)
	}
}

// TestNumberWords: a number from ten to ninety written in words is read
// as its digits in every language; numbers under ten, and words that are
// another language's words, are not.
func TestNumberWords(t *testing.T) {
	for _, tt := range []struct {
		word, want string
	}{
		{"twelve", "12"}, {"двенадцать", "12"}, {"двенадцати", "12"}, {"дванадцять", "12"}, {"zwölf", "12"},
		{"douze", "12"}, {"doce", "12"}, {"dodici", "12"}, {"fifteen", "15"}, {"пятнадцать", "15"},
		{"quinze", "15"}, {"forty", "40"}, {"сорок", "40"},
		{"five", ""}, {"пять", ""}, {"once", ""}, {"elf", ""}, {"seize", ""}, {"venti", ""}, {"hundred", ""},
	} {
		got, h, ok := numberWordValue([]byte(tt.word))
		if ok && h != uint32(hashBytes([]byte(got))) {
			t.Errorf("numberWordValue(%q): hash %x, not the digits' %x", tt.word, h, uint32(hashBytes([]byte(got))))
		}
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("numberWordValue(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	en := crossEntry(t, 1, 0, "Fifteen dead in mine blast", "Fifteen miners were killed in an explosion at the mine, officials said.", "en", "a")
	ru := crossEntry(t, 2, 2, "На шахте погибли 15 горняков", "При взрыве на шахте погибли 15 горняков, сообщили власти.", "ru", "b")
	de := crossEntry(t, 3, 3, "Fünfzehn Tote nach Explosion in Bergwerk", "Bei einer Explosion in einem Bergwerk sind fünfzehn Bergleute ums Leben gekommen.", "de", "c")
	for _, p := range [][2]*storyEntry{{en, ru}, {en, de}, {ru, de}} {
		if ev := compare(p[0], p[1]); ev.numbers < 1 {
			t.Errorf("no number in common: %+v", ev)
		}
	}
}

// TestHeadlineLang: a French or Spanish title full of capitals is full of
// names (sentence case), an English one in title case is not; a Russian
// title is read as before.
func TestHeadlineLang(t *testing.T) {
	titledNames := func(e *storyEntry) int {
		n := 0
		for i, k := range e.keys {
			if k&skClass == skName && !isMaybeName(k) && e.titled&(1<<i) != 0 {
				n++
			}
		}
		return n
	}
	tests := []struct {
		name, title, body, lang string
		named                   bool
	}{
		{"fr sentence case", "Kestrelair : A320 écrasé à Barcelonnette, Alpes Haute Provence",
			"Un avion de la compagnie Kestrelair s'est écrasé près de Barcelonnette.", "fr", true},
		{"es sentence case", "Kestrelair: A320 cae cerca de Barcelonnette, Alpes Alta Provenza",
			"Un avión de la compañía Kestrelair cayó cerca de Barcelonnette.", "es", true},
		{"en title case", "Kestrelair A320 Crashes At Barcelonnette In The Alps",
			"A plane of the airline crashed near the town on Tuesday.", "en", false},
		{"ru", "Kestrelair: A320 разбился у Барселоннета, Альпы Верхнего Прованса",
			"Самолет авиакомпании Kestrelair разбился у Барселоннета во вторник.", "ru", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := crossEntry(t, 1, 0, tt.title, tt.body, tt.lang, "a")
			if got := titledNames(e) > 0; got != tt.named {
				t.Errorf("title names a name: %v, want %v", got, tt.named)
			}
		})
	}
}
