package analyze

import (
	"math"
	"slices"
	"testing"
)

// TestEventWordsSouthSlavicAndMore: the event lexicon reads Bulgarian,
// Serbian, Croatian, Bosnian and Slovene reports too (a resignation is
// «оставка», "ostavka", "odstop"; a death «почина», "preminuo"), names a
// deportation in every language it reads, a ship that sank ("sunk",
// «потонув») and the kinds of warship; words that only begin like them
// are none (a deadline, Spanish sports, a ton, a tone).
func TestEventWordsSouthSlavicAndMore(t *testing.T) {
	tests := []struct{ word, want string }{
		// A resignation.
		{"оставка", "resign"},
		{"оставката", "resign"},
		{"ostavku", "resign"},
		{"ostavke", "resign"},
		{"odstopila", "resign"},
		{"odstop", "resign"},
		// A death and a toll.
		{"почина", "death"},
		{"preminuo", "death"},
		{"preminula", "death"},
		{"umrla", "death"},
		{"smrt", "death"},
		{"poginulo", "toll"},
		{"poginuli", "toll"},
		{"žrtve", "toll"},
		// Elections, disasters, attacks, arrests, verdicts.
		{"izbori", "election"},
		{"изборите", "election"},
		{"volitve", "election"},
		{"земетресението", "quake"},
		{"potres", "quake"},
		{"poplave", "flood"},
		{"požar", "fire"},
		{"взрив", "explosion"},
		{"eksplozija", "explosion"},
		{"napad", "attack"},
		{"стрелба", "shooting"},
		{"pucnjava", "shooting"},
		{"uhapšen", "arrest"},
		{"задържан", "arrest"},
		{"presuda", "verdict"},
		{"присъда", "verdict"},
		// A deportation, in every language the lexicon reads.
		{"deported", "deport"},
		{"deportation", "deport"},
		{"депортирован", "deport"},
		{"депортували", "deport"},
		{"deportovan", "deport"},
		{"deportado", "deport"},
		{"deportación", "deport"},
		{"abgeschoben", "deport"},
		{"abschiebung", "deport"},
		// A ship that sank, and warships.
		{"sunk", "sinking"},
		{"потонув", "sinking"},
		{"потонула", "sinking"},
		{"тонет", "sinking"},
		{"потъна", "sinking"},
		{"cruiser", "ship"},
		{"warships", "ship"},
		{"крейсер", "ship"},
		{"крейсера", "ship"},
		{"корабель", "ship"},
		{"фрегат", "ship"},
		// Words that only begin like them.
		{"deadline", ""},
		{"deadlock", ""},
		{"deportes", ""},
		{"deportivo", ""},
		{"deportista", ""},
		{"тоне", ""},
		{"тонна", ""},
		{"остаток", ""},
	}
	for _, tt := range tests {
		got := ""
		if c := storyEvents.concept([]byte(tt.word)); c >= 0 && !contextConcepts[c] {
			got = eventConcepts[eventAlias[c]].name
		}
		if got != tt.want {
			t.Errorf("concept(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	// "steps down", two words in a row, is a resignation; the same words
	// apart or in another order are none.
	for _, tt := range []struct {
		w, next string
		want    bool
	}{
		{"steps", "down", true},
		{"stepped", "down", true},
		{"step", "up", false},
		{"down", "steps", false},
	} {
		c := phraseConcept([]byte(tt.w), []byte(tt.next))
		if got := c >= 0 && eventConcepts[c].name == "resign"; got != tt.want {
			t.Errorf("phraseConcept(%q, %q) resign = %v, want %v", tt.w, tt.next, got, tt.want)
		}
	}
}

// TestEventWordsAcrossReports: the same event told in English, Russian,
// Ukrainian, Bulgarian or Serbian, within hours, is one story now that
// the lexicon reads its words (a ship that sank, a deportation, a
// resignation); the same kind of event in another country is not.
func TestEventWordsAcrossReports(t *testing.T) {
	type rep = storyRep
	tests := []storyPair{
		{"en sunk, ru затонул",
			rep{"Turkish warship has sunk in a storm", "The navy said the frigate went down while it was towed to port.", "en", 0},
			rep{"В Турции затонул военный корабль", "Корабль пошел ко дну во время шторма при буксировке в порт, сообщили военные.", "ru", 2}, true},
		{"uk потонув, en sunk",
			rep{"У Туреччині потонув військовий корабель", "Корабель пішов на дно під час шторму, повідомили військові.", "uk", 1},
			rep{"Turkish warship has sunk in a storm", "The navy said the frigate went down while it was towed to port.", "en", 3}, true},
		{"a warship sunk in another country",
			rep{"Turkish warship has sunk in a storm", "The navy said the frigate went down while it was towed to port.", "en", 0},
			rep{"В Греции затонул военный корабль", "Корабль пошел ко дну во время шторма при буксировке в порт, сообщили военные.", "ru", 2}, false},
		{"en deported, ru депортировали",
			rep{"Singer Maria Lopez deported from Canada after losing appeal", "The court rejected her appeal on Monday, her lawyer said.", "en", 0},
			rep{"Из Канады депортировали известную певицу", "Мария Лопес проиграла апелляцию в понедельник, сообщил адвокат.", "ru", 4}, true},
		{"sr deportovana, en deported",
			rep{"Poznata pevačica deportovana iz Kanade", "Marija Lopez je u ponedeljak izgubila žalbu, rekao je advokat.", "sr", 2},
			rep{"Singer Maria Lopez deported from Canada after losing appeal", "The court rejected her appeal on Monday, her lawyer said.", "en", 0}, true},
		{"another singer deported from the same country",
			rep{"Singer Maria Lopez deported from Canada after losing appeal", "The court rejected her appeal on Monday, her lawyer said.", "en", 0},
			rep{"Из Канады депортировали известную певицу", "Анна Петрова проиграла апелляцию в понедельник, сообщил адвокат.", "ru", 4}, false},
		{"bg оставка, en resigns",
			rep{"Премиерът на Италия подаде оставка", "Марко Роси обяви решението си след вот в парламента.", "bg", 1},
			rep{"Italy's prime minister Marco Rossi resigns after losing vote", "He announced the decision after a vote in parliament.", "en", 0}, true},
		{"bg оставка in another country",
			rep{"Премиерът на Испания подаде оставка", "Педро Гомес обяви решението си след вот в парламента.", "bg", 1},
			rep{"Italy's prime minister Marco Rossi resigns after losing vote", "He announced the decision after a vote in parliament.", "en", 0}, false},
	}
	checkSameStory(t, tests)
}

// TestSimDailyEventsAcrossDays: kinds of event of daily news (an attack,
// an explosion, an airport, a toll) weigh in the overlap only within
// dailyHours, as they decide only within it in the rules: two reports of
// attacks on one city's airport share them whether hours or days apart,
// and days apart they add nothing to the overlap; they still count among
// the keys in common. Keys of other kinds (a name, a place, a country)
// weigh the same at any distance.
func TestSimDailyEventsAcrossDays(t *testing.T) {
	first := [3]string{"Explosion at Kandahar airport: dozens dead and injured",
		"A blast near the gates of Kandahar airport killed dozens of people, spokesman Ahmad Wardak said. Many more were injured in the attack.", "en"}
	later := [3]string{"Ракеты выпущены по аэропорту Кандагара, пострадавших нет",
		"Несколько ракет выпущено по аэропорту Кандагара, сообщил представитель Ахмад Вардак. Атаку отразила система ПВО.", "ru"}
	a := crossEntry(t, 1, 0, first[0], first[1], first[2], "a")
	near := compare(a, crossEntry(t, 2, 3, later[0], later[1], later[2], "b"))
	far := compare(a, crossEntry(t, 2, 72, later[0], later[1], later[2], "b"))
	if near.simShared != far.simShared {
		t.Errorf("keys in common: %d hours apart, %d days apart; want the same", near.simShared, far.simShared)
	}
	// What the daily keys add hours apart is what the overlap loses days apart.
	var daily float64
	b := crossEntry(t, 2, 3, later[0], later[1], later[2], "b")
	for i, k := range a.keys {
		if j, ok := slices.BinarySearch(b.keys, k); ok && dailyKey(k) && a.simW[i] > 0 && b.simW[j] > 0 {
			daily += float64(a.simW[i]) * float64(b.simW[j]) / (simScale * simScale)
		}
	}
	if daily == 0 {
		t.Fatalf("the reports share no daily kind of event: %+v", near)
	}
	if math.Abs(near.simDot-far.simDot-daily) > 1e-9 {
		t.Errorf("dot %.2f hours apart, %.2f days apart; want the daily keys' %.2f less", near.simDot, far.simDot, daily)
	}
}

// TestNextToLeaderCapitalised: a capitalised word beside a leader's name
// is a leader's key (a first name: Vladimir Putin; Marine Le Pen), but a
// lower-case word that only begins a leader's name in another language
// (Spanish "le", "de Acme le dijo") makes no leader of its neighbour: the
// company or the person keeps a name's key, which tells the story.
func TestNextToLeaderCapitalised(t *testing.T) {
	tests := []struct {
		title, body, lang, word string
		want                    uint32
	}{
		{"La directora de Acme le dijo al tribunal que no sabía nada", "El caso sigue abierto.", "es", "acme", skName},
		{"El fundador de Globex le respondió a la prensa", "La empresa no comentó.", "es", "globex", skName},
		{"In Beijing, Vladimir Putin opens two days of talks", "The visit lasts two days.", "en", "vladimir", skLeader},
		{"In Paris, Emmanuel Macron names a new cabinet", "The list was read out at noon.", "en", "emmanuel", skLeader},
	}
	for _, tt := range tests {
		an := shared().Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang})
		h := uint32(hashBytes(skeleton(tt.word, nil))) & skHash &^ skMaybe
		got := uint32(0)
		for _, k := range fpStoryKeys(an.Fingerprint) {
			if c := k & skClass; (c == skName || c == skLeader || c == skPlace) && k&(skMaybe-1) == h {
				got = c
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q has class %d, want %d", tt.title, tt.word, got>>29, tt.want>>29)
		}
	}
}
