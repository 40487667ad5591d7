package analyze

import (
	"testing"
	"time"
)

func TestSkeleton(t *testing.T) {
	pairs := [][2]string{
		{"rahmon", "рахмоном"}, {"rahmon", "рахмон"}, {"tokayev", "токаев"}, {"tokayev", "токаевым"},
		{"mirziyoyev", "мирзиёев"}, {"japarov", "жапаров"}, {"kaztransoil", "казтрансойл"},
		{"emomali", "эмомали"}, {"putin", "путина"}, {"lukashenko", "лукашенко"}, {"shavkat", "шавкат"},
	}
	for _, p := range pairs {
		if a, b := string(skeleton(p[0], nil)), string(skeleton(p[1], nil)); a != b {
			t.Errorf("skeleton(%s) = %q, skeleton(%s) = %q, want equal", p[0], a, p[1], b)
		}
	}
	if a, b := string(skeleton("putin", nil)), string(skeleton("рахмон", nil)); a == b {
		t.Errorf("skeleton(putin) = skeleton(рахмон) = %q", a)
	}
}

func TestIndexCrossLanguage(t *testing.T) {
	a := shared()
	t0 := time.Date(2025, 12, 12, 8, 0, 0, 0, time.UTC)
	type art struct{ title, body, lang string }
	enMeet := art{"Putin holds talks with Rahmon in Dushanbe",
		"Russian President Vladimir Putin held talks with Tajik President Emomali Rahmon in Dushanbe on Wednesday. " +
			"Putin and Rahmon discussed labour migration, security on the Afghan border and the 201st military base. " +
			"Rahmon said trade between the two countries reached 1.5 billion dollars, and Putin thanked Rahmon for the warm welcome.", "en"}
	ruMeet := art{"Путин провел переговоры с Рахмоном в Душанбе",
		"Президент России Владимир Путин провел переговоры с президентом Таджикистана Эмомали Рахмоном в Душанбе в среду. " +
			"Путин и Рахмон обсудили трудовую миграцию, безопасность на афганской границе и 201-ю военную базу. " +
			"По словам Рахмона, товарооборот двух стран достиг 1,5 млрд долларов, Путин поблагодарил Рахмона за теплый прием.", "ru"}
	ruOther := art{"Рахмон и Путин обсудили по телефону паводки",
		"Президент Таджикистана Эмомали Рахмон провел телефонный разговор с Владимиром Путиным. " +
			"Стороны обсудили ликвидацию последствий паводков в Хатлонской области, где пострадали 300 домов. " +
			"Рахмон поблагодарил МЧС России за помощь спасателей.", "ru"}
	enKTO := art{"KazTransOil to boost oil supplies to Kyrgyzstan",
		"KazTransOil will raise oil supplies to Kyrgyzstan to 250 thousand tonnes next year, the company said. " +
			"KazTransOil chief executive Dimash Dosanov said deliveries via the Shymkent terminal start in March.", "en"}
	ruKTO := art{"КазТрансОйл увеличит поставки нефти в Кыргызстан",
		"КазТрансОйл в следующем году увеличит поставки нефти в Кыргызстан до 250 тысяч тонн, сообщили в компании. " +
			"Генеральный директор КазТрансОйл Димаш Досанов сказал, что поставки через терминал в Шымкенте начнутся в марте.", "ru"}
	ruKTOOther := art{"КазТрансОйл подвел итоги года",
		"АО КазТрансОйл отчиталось о транспортировке 45 млн тонн нефти по Казахстану. " +
			"Чистая прибыль компании составила 60 млрд тенге, сообщил финансовый директор Асет Магауов.", "ru"}

	ix := NewIndex(48 * time.Hour)
	assign := func(id int64, h int, x art) string {
		return ix.Assign(id, t0.Add(time.Duration(h)*time.Hour), a.Analyze(Input{Title: x.title, Body: x.body, Lang: x.lang}), x.title)
	}
	c1 := assign(1, 0, enMeet)
	c2 := assign(2, 2, ruMeet)
	c3 := assign(3, 3, ruOther)
	c4 := assign(4, 4, enKTO)
	c5 := assign(5, 5, ruKTO)
	c6 := assign(6, 6, ruKTOOther)
	if c2 != c1 {
		t.Errorf("Russian report of the Putin–Rahmon talks: cluster %q, want %q", c2, c1)
	}
	if c3 == c1 {
		t.Errorf("a different Putin–Rahmon story joined the talks' cluster %q", c1)
	}
	if c5 != c4 {
		t.Errorf("Russian report of the KazTransOil story: cluster %q, want %q", c5, c4)
	}
	if c6 == c4 {
		t.Errorf("another KazTransOil story joined cluster %q", c4)
	}
	late := assign(7, 60, ruMeet)
	if late == c1 {
		t.Errorf("report 60 h later joined cluster %q", c1)
	}
}

func TestFingerprintV1StillRead(t *testing.T) {
	fp := shared().Analyze(Input{Title: "T", Body: "Kazakhstan raised oil output by 5 percent in March, KazTransOil said."}).Fingerprint
	v1 := append([]byte{1}, fp[1:fpLenV1]...)
	sh, ent, xl, ok := fpParts(v1)
	if !ok || len(sh) != 2*shingleBins || len(ent) != 2*entityBins || len(xl) != 0 {
		t.Errorf("v1 fingerprint: ok=%v sh=%d ent=%d xl=%d", ok, len(sh), len(ent), len(xl))
	}
	if _, _, xl, ok := fpParts(fp); !ok || len(xl) != 1+2*xlKeys {
		t.Errorf("v2 fingerprint: ok=%v xl=%d", ok, len(xl))
	}
}
