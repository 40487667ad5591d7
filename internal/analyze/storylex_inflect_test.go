package analyze

import (
	"slices"
	"testing"
)

// titleEvents returns the names of the event concepts whose keys an
// analysed title and lead carry.
func titleEvents(title, body, lang string) []string {
	an := shared().Analyze(Input{Title: title, Body: body, Lang: lang})
	var out []string
	for i := range eventConcepts {
		want := skEvent | eventHash(i)
		for _, k := range fpStoryKeys(an.Fingerprint) {
			if k&^skInTitle == want {
				out = append(out, eventConcepts[i].name)
				break
			}
		}
	}
	return out
}

// TestEventWordsInflected: the injured, the dead and the detained are
// found in every case and as participles, in Russian and Ukrainian as in
// English, and a delay is no detention.
func TestEventWordsInflected(t *testing.T) {
	tests := []struct {
		name, title, lang, want string
		has                     bool
	}{
		{"en injured", "Five people injured as a bus overturns near the capital", "en", "injured", true},
		{"ru the injured, genitive plural", "Среди пострадавших при обрушении моста есть дети", "ru", "injured", true},
		{"ru the injured, dative plural", "Пострадавшим в аварии выплатят компенсации", "ru", "injured", true},
		{"ru injured, past plural", "Трое рабочих пострадали при взрыве на складе", "ru", "injured", true},
		{"ru wounded, past of ранить", "Неизвестный ранил двух прохожих у вокзала", "ru", "injured", true},
		{"ru the wounded, genitive", "Число раненых в городе выросло до двенадцати", "ru", "injured", true},
		{"uk the injured, genitive plural", "Кількість постраждалих від обстрілу зросла", "uk", "injured", true},
		{"uk injured, past", "Під час вибуху постраждав водій вантажівки", "uk", "injured", true},
		{"uk wounded, past", "Уламки поранили трьох мешканців селища", "uk", "injured", true},
		{"en killed", "Two killed as storm hits the coast", "en", "toll", true},
		{"ru died, participle", "Родственники умерших от отравления требуют суда", "ru", "death", true},
		{"ru died, plural", "Двое пациентов умерли в больнице после пожара", "ru", "death", true},
		{"uk died, plural", "Двоє пацієнтів померли в лікарні після пожежі", "uk", "death", true},
		{"uk the dead, participle", "Рідним померлих виплатять допомогу", "uk", "death", true},
		{"ru killed, participle", "Имена убитых в перестрелке пока не названы", "ru", "murder", true},
		{"ru detained, participle", "Адвокат задержанного журналиста подал жалобу", "ru", "arrest", true},
		{"ru detained, plural participle", "Задержанных активистов отпустили под подписку", "ru", "arrest", true},
		{"ru detention, noun", "Суд признал законным задержание оппозиционера", "ru", "arrest", true},
		{"ru detained, past", "Полиция задержала подозреваемого в поджоге", "ru", "arrest", true},
		{"uk detained, participle", "Затриманого посадовця відправили під варту", "uk", "arrest", true},
		{"en detained", "Police detain a suspect after the fire", "en", "arrest", true},
		{"ru a delay is no detention", "Задержка рейсов в аэропорту продлится до вечера", "ru", "arrest", false},
		{"ru a delayed payment is no detention", "Пенсии задерживаются из-за сбоя в банке", "ru", "arrest", false},
		{"ru left the country, participle", "Покинувший страну министр дал интервью", "ru", "flee", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := titleEvents(tt.title, "", tt.lang)
			if slices.Contains(got, tt.want) != tt.has {
				t.Errorf("%q: events %v; want %s: %v", tt.title, got, tt.want, tt.has)
			}
		})
	}
}

// TestCrashNeedsVehicle: a crash word names a crash where a vehicle is
// named in the title or the lead; the fall of a city, falling prices, a
// market crash or a humanitarian catastrophe are none.
func TestCrashNeedsVehicle(t *testing.T) {
	tests := []struct {
		name, title, body, lang string
		crash                   bool
	}{
		{"en plane crash", "Cargo plane crashes on take-off", "", "en", true},
		{"en crash, vehicle in the lead", "Four dead in crash on mountain road", "A bus carrying pilgrims left the road at night.", "en", true},
		{"en market crash", "Stock market crash wipes out a year of gains", "Shares fell sharply on Monday.", "en", false},
		{"en derailment names its vehicle", "Freight derails near the border", "", "en", true},
		{"ru plane fell", "В горах упал легкомоторный самолет", "", "ru", true},
		{"ru helicopter crash", "Крушение вертолета в тайге: экипаж ищут", "", "ru", true},
		{"ru air crash in one word", "Авиакатастрофа под Актау: что известно", "", "ru", true},
		{"ru road accident in three letters", "В ДТП на трассе погибли трое", "", "ru", true},
		{"ru the fall of a capital", "Аналитики обсуждают падение столицы", "Повстанцы вошли в город без боя.", "ru", false},
		{"ru falling prices", "Падение цен на нефть ускорилось", "", "ru", false},
		{"ru humanitarian catastrophe", "В ООН предупредили о гуманитарной катастрофе", "", "ru", false},
		{"ru the car fell", "Автомобиль упал с моста в реку", "", "ru", true},
		{"uk plane crash", "Літак розбився під час посадки", "", "uk", true},
		{"uk the fall of the hryvnia", "Падіння гривні зупинилося", "", "uk", false},
		{"de plane crash", "Absturz eines Kleinflugzeugs in den Alpen", "Das Flugzeug war auf dem Weg nach Innsbruck.", "de", true},
		{"de market crash", "Absturz an der Börse", "Die Kurse fielen am Montag stark.", "de", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := titleEvents(tt.title, tt.body, tt.lang)
			if slices.Contains(got, "crash") != tt.crash {
				t.Errorf("%q / %q: events %v; want crash %v", tt.title, tt.body, got, tt.crash)
			}
		})
	}
}
