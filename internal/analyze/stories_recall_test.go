package analyze

import (
	"testing"
	"time"
)

// TestStoryRecalledEvent: a report of a new event often recalls, in its
// text, the event days before it ("four days after Israeli strikes killed
// Hassan Nasrallah"): it shares that event's names, but its title tells
// its own story, a kind of event with no name of a story (Iran attacks
// Israel). Days apart, what the texts share does not join such a report
// to the one it recalls (recalls); a follow-up whose title names the
// story's town, and whose text gives the toll the first title gave, still
// joins. In English and in Russian, and across them.
func TestStoryRecalledEvent(t *testing.T) {
	a := shared()
	type rep struct {
		title, body, lang, source string
		hours                     float64
	}
	leaderEN := rep{"Hezbollah confirms its leader Hassan Nasrallah was killed in Beirut",
		"Hezbollah said on Saturday that its leader Hassan Nasrallah was killed in an Israeli strike on its headquarters in the southern suburbs of Beirut. " +
			"The group said Nasrallah had led it for 32 years.", "en", "Wire A", 0}
	missilesEN := rep{"Iran attacks Israel with missiles for the second time this year",
		"Iran launched missiles at Israel on Tuesday, four days after Israeli strikes in Beirut killed Hezbollah leader Hassan Nasrallah. " +
			"The Israeli military said most were intercepted.", "en", "Evening Courier", 78}
	leaderRU := rep{"«Хезболла» подтвердила гибель своего лидера Хасана Насраллы в Бейруте",
		"Движение «Хезболла» в субботу подтвердило, что его лидер Хасан Насралла погиб при израильском ударе по штабу в южном пригороде Бейрута. " +
			"Насралла руководил движением 32 года.", "ru", "Агентство А", 0}
	missilesRU := rep{"Иран нанес по Израилю второй за год ракетный удар",
		"Иран во вторник выпустил ракеты по Израилю — через четыре дня после того, как израильский удар по Бейруту убил лидера «Хезболлы» Хасана Насраллу. " +
			"Армия Израиля сообщила, что большинство ракет перехвачено.", "ru", "Вечерние вести", 78}
	floodEN := rep{"Floods hit Kulob, 12 dead",
		"Floods swept through Kulob in Khatlon region on Sunday, killing 12 people and destroying 40 homes, the emergencies committee said.", "en", "Wire A", 0}
	floodLaterEN := rep{"Kulob counts the damage as floodwaters recede",
		"Residents of Kulob began clearing mud on Wednesday as the water receded, three days after the floods that killed 12 people and destroyed 40 homes.", "en", "Evening Courier", 60}
	floodRU := rep{"Наводнение в Кулябе: погибли 12 человек",
		"Наводнение в воскресенье затопило Куляб в Хатлонской области, погибли 12 человек, разрушены 40 домов, сообщил комитет по ЧС.", "ru", "Агентство А", 0}
	floodLaterRU := rep{"В Кулябе подсчитывают ущерб после наводнения",
		"Жители Куляба в среду начали расчищать улицы от грязи: три дня назад наводнение унесло жизни 12 человек и разрушило 40 домов.", "ru", "Вечерние вести", 60}
	const yes, no = true, false
	tests := []struct {
		name string
		x, y rep
		same bool
	}{
		{"en: a leader's death and, days later, a missile attack that recalls it", leaderEN, missilesEN, no},
		{"ru: a leader's death and, days later, a missile attack that recalls it", leaderRU, missilesRU, no},
		{"ru and en: a leader's death and the attack that recalls it", leaderRU, missilesEN, no},
		{"en: floods and the clean-up days later, the town in both titles", floodEN, floodLaterEN, yes},
		{"ru: floods and the clean-up days later, the town in both titles", floodRU, floodLaterRU, yes},
		{"en and ru: floods and the clean-up days later", floodEN, floodLaterRU, yes},
	}
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	entry := func(id int64, x rep) *storyEntry {
		an := a.Analyze(Input{Title: x.title, Body: x.body, Lang: x.lang, Source: x.source})
		return newStoryEntry(id, t0.Add(time.Duration(x.hours*float64(time.Hour))), an.Fingerprint, x.title)
	}
	const window = 96 * time.Hour
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, ey := entry(1, tt.x), entry(2, tt.y)
			_, got := sameStory(ex, ey, window)
			if _, back := sameStory(ey, ex, window); back != got {
				t.Fatalf("sameStory is not symmetric: %v one way, %v the other", got, back)
			}
			if got != tt.same {
				t.Errorf("same story = %v, want %v:\n  %s\n  %s\n  %+v", got, tt.same, tt.x.title, tt.y.title, compare(ex, ey))
			}
		})
	}
}
