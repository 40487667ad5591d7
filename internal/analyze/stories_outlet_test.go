package analyze

import (
	"testing"
	"time"
)

// TestSameOutletStoryRules: one outlet's items of one day share its names
// and the words of its beat; two of them are one story only where their
// titles say so. The same two texts from two outlets are judged as before
// (crossSame), so the outlet is what keeps them apart.
func TestSameOutletStoryRules(t *testing.T) {
	a := shared()
	tests := []struct {
		name      string
		x, y      storyArt
		same      bool // from one outlet
		crossSame bool // from two outlets
	}{
		{"en: an election night's reactions that share only names in their texts",
			storyArt{"Republicans reel after defeat in the governor's race",
				"Ralph Northam beat Ed Gillespie in Virginia on Tuesday. Speaker Paul Ryan said Republicans would stick with Donald Trump. " +
					"Phil Murphy won in New Jersey, and Danica Roem won a seat in the Virginia House of Delegates.", "en"},
			storyArt{"Cable host defends network's coverage of the night",
				"Sean Hannity said his network covered the night fairly as Ralph Northam beat Ed Gillespie in Virginia. " +
					"Paul Ryan, Donald Trump, Phil Murphy and Danica Roem were its subjects through the evening.", "en"}, false, true},
		{"en: one outlet's follow-up of a trial, the name in both titles",
			storyArt{"Jury in the Menendez trial ends second day without a verdict",
				"Jurors in the corruption trial of Senator Bob Menendez ended a second full day of deliberations in Newark without a verdict. " +
					"Menendez and the eye doctor Salomon Melgen deny the charges.", "en"},
			storyArt{"Senator Menendez says he is convinced he will be exonerated",
				"Senator Bob Menendez said on Wednesday he was convinced the jury in Newark would exonerate him, after a second day of deliberations. " +
					"Salomon Melgen, his co-defendant, denies the charges too.", "en"}, true, true},
		{"ru: a day's items of one agency that share only names in their texts",
			storyArt{"Президент подписал закон о республиканском бюджете",
				"Касым-Жомарт Токаев подписал закон о бюджете на три года, сообщил Руслан Желдибай. " +
					"Олжас Бектенов и Ерлан Кошанов доложили о доходах. Документ вступает в силу с 1 января.", "ru"},
			storyArt{"Новый мост через Ишим открыли в столице",
				"Олжас Бектенов открыл мост через Ишим в Астане, сообщил Руслан Желдибай. На церемонии был Ерлан Кошанов, " +
					"Касым-Жомарт Токаев поздравил строителей.", "ru"}, false, true},
		{"en and ru: two outlets' stories whose texts share only names, their titles nothing",
			storyArt{"Parliament passes three-year budget",
				"Kassym-Jomart Tokayev signed the three-year budget law, Ruslan Zheldibay said. " +
					"Olzhas Bektenov and Yerlan Koshanov reported on revenues of 2500 billion tenge.", "en"},
			storyArt{"Новый мост через Ишим открыли в столице",
				"Олжас Бектенов открыл мост через Ишим, сообщил Руслан Желдибай. На церемонии был Ерлан Кошанов, " +
					"Касым-Жомарт Токаев поздравил строителей, мост обошелся в 2500 миллиардов тенге.", "ru"}, false, false},
		{"en: one outlet's two stories whose titles share a word and the year",
			storyArt{"Budget 2025: parliament approves spending on roads",
				"Speaker Yerlan Koshanov said deputies approved the road spending. Prime Minister Olzhas Bektenov thanked them, " +
					"and Ruslan Zheldibay said the president would sign the law.", "en"},
			storyArt{"Elections 2025: parliament sets the date of the vote",
				"Speaker Yerlan Koshanov said the vote would be held in March. Prime Minister Olzhas Bektenov attended, " +
					"and Ruslan Zheldibay said the president would sign the decree.", "en"}, false, true},
		{"ru: one agency's two stories whose titles share a word and the year",
			storyArt{"Бюджет 2025: парламент одобрил расходы на дороги",
				"Спикер Ерлан Кошанов сообщил, что депутаты одобрили расходы на дороги. Премьер-министр Олжас Бектенов поблагодарил их, " +
					"а Руслан Желдибай сообщил, что президент подпишет закон.", "ru"},
			storyArt{"Выборы 2025: парламент назначил дату голосования",
				"Спикер Ерлан Кошанов сообщил, что голосование пройдет в марте. На заседании был премьер-министр Олжас Бектенов, " +
					"а Руслан Желдибай сообщил, что президент подпишет указ.", "ru"}, false, true},
		{"ru: one agency's follow-up of a fire, the place and the event in both titles",
			storyArt{"Пожар на рынке в Алматы: пострадали пять человек",
				"Пожар на вещевом рынке «Барахолка» в Алматы охватил 2000 квадратных метров, пострадали пять человек, сообщили в ДЧС. " +
					"На месте работают 40 пожарных расчетов.", "ru"},
			storyArt{"Пожар на рынке «Барахолка» в Алматы потушен",
				"Пожар на рынке «Барахолка» в Алматы ликвидирован, площадь составила 2000 квадратных метров, сообщили в ДЧС. " +
					"Пятеро пострадавших госпитализированы.", "ru"}, true, true},
	}
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, outlets := range [][2]string{{"Daily Wire Service", "Daily Wire Service"}, {"Daily Wire Service", "Evening Courier"}} {
				ix := NewIndex(96 * time.Hour)
				ix.Assign(1, t0, a.Analyze(Input{Title: tt.x.title, Body: tt.x.body, Lang: tt.x.lang, Source: outlets[0]}), tt.x.title)
				ix.Assign(2, t0.Add(3*time.Hour), a.Analyze(Input{Title: tt.y.title, Body: tt.y.body, Lang: tt.y.lang, Source: outlets[1]}), tt.y.title)
				want := tt.same
				if outlets[0] != outlets[1] {
					want = tt.crossSame
				}
				if got := ix.ClusterOf(1) == ix.ClusterOf(2); got != want {
					t.Errorf("sources %q and %q: same story = %v, want %v:\n  %s\n  %s", outlets[0], outlets[1], got, want, tt.x.title, tt.y.title)
				}
			}
		})
	}
}

// TestFingerprintSource: a fingerprint carries its source's hash after the
// story keys; a version 4 one (stored before) reads with the same keys and
// no source, so stored articles still group as before.
func TestFingerprintSource(t *testing.T) {
	a := shared()
	in := Input{Title: "KazTransOil raises oil supplies", Body: "KazTransOil will raise oil supplies to Kyrgyzstan, the company said.", Lang: "en", Source: "Kazinform"}
	fp := a.Analyze(in).Fingerprint
	if got, want := fpSource(fp), sourceHash("Kazinform"); got != want || got == 0 {
		t.Errorf("source hash %x, want %x and not 0", got, want)
	}
	in.Source = ""
	if got := fpSource(a.Analyze(in).Fingerprint); got != 0 {
		t.Errorf("source hash %x without a source, want 0", got)
	}
	keys := fpStoryKeys(fp)
	if len(keys) == 0 {
		t.Fatal("no story keys")
	}
	v4 := append([]byte{4}, fp[1:len(fp)-4]...)
	if got := fpStoryKeys(v4); len(got) != len(keys) {
		t.Errorf("version 4: %d story keys, want %d", len(got), len(keys))
	}
	if got := fpSource(v4); got != 0 {
		t.Errorf("version 4: source hash %x, want 0", got)
	}
	if _, _, _, ok := fpParts(v4); !ok {
		t.Error("version 4 fingerprint not read")
	}
	if got := fpStoryKeys(fp[:len(fp)-2]); got != nil {
		t.Errorf("truncated fingerprint read as %d keys", len(got))
	}
}
