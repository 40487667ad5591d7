package bot

//go:generate go run gen_zonenames.go

import (
	"sort"
	"strings"
	"time"

	"github.com/newsbot/newsbot/internal/fuzzy"
	"github.com/newsbot/newsbot/internal/news"
)

// cityNames are names people type for a zone's city that are not the IANA
// city part: Russian names of the region's cities and capitals whose zone
// is named after another city. Keys are lower case, words joined by spaces.
var cityNames = map[string]string{
	// Kazakhstan
	"алматы": "Asia/Almaty", "алма-ата": "Asia/Almaty", "астана": "Asia/Almaty", "astana": "Asia/Almaty",
	"нур-султан": "Asia/Almaty", "nur-sultan": "Asia/Almaty", "шымкент": "Asia/Almaty", "shymkent": "Asia/Almaty",
	"караганда": "Asia/Almaty", "karaganda": "Asia/Almaty", "актобе": "Asia/Aqtobe", "актау": "Asia/Aqtau",
	"атырау": "Asia/Atyrau", "уральск": "Asia/Oral", "орал": "Asia/Oral", "костанай": "Asia/Qostanay",
	"кызылорда": "Asia/Qyzylorda",
	// Central Asia and neighbours
	"ташкент": "Asia/Tashkent", "самарканд": "Asia/Samarkand", "бишкек": "Asia/Bishkek",
	"душанбе": "Asia/Dushanbe", "ашхабад": "Asia/Ashgabat", "ashkhabad": "Asia/Ashgabat",
	"кабул": "Asia/Kabul", "баку": "Asia/Baku", "ереван": "Asia/Yerevan", "тбилиси": "Asia/Tbilisi",
	"улан-батор": "Asia/Ulaanbaatar", "ulan bator": "Asia/Ulaanbaatar", "карачи": "Asia/Karachi",
	"исламабад": "Asia/Karachi", "islamabad": "Asia/Karachi", "тегеран": "Asia/Tehran",
	"пекин": "Asia/Shanghai", "beijing": "Asia/Shanghai", "шанхай": "Asia/Shanghai", "урумчи": "Asia/Urumqi",
	"стамбул": "Europe/Istanbul", "анкара": "Europe/Istanbul", "ankara": "Europe/Istanbul",
	"киев": "Europe/Kyiv", "kiev": "Europe/Kyiv", "минск": "Europe/Minsk", "дубай": "Asia/Dubai",
	"дели": "Asia/Kolkata", "нью-дели": "Asia/Kolkata", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata",
	// Russia
	"москва": "Europe/Moscow", "санкт-петербург": "Europe/Moscow", "петербург": "Europe/Moscow",
	"st petersburg": "Europe/Moscow", "saint petersburg": "Europe/Moscow", "калининград": "Europe/Kaliningrad",
	"самара": "Europe/Samara", "волгоград": "Europe/Volgograd", "екатеринбург": "Asia/Yekaterinburg",
	"омск": "Asia/Omsk", "новосибирск": "Asia/Novosibirsk", "красноярск": "Asia/Krasnoyarsk",
	"иркутск": "Asia/Irkutsk", "якутск": "Asia/Yakutsk", "владивосток": "Asia/Vladivostok",
	"магадан": "Asia/Magadan", "камчатка": "Asia/Kamchatka", "петропавловск-камчатский": "Asia/Kamchatka",
	// Elsewhere
	"лондон": "Europe/London", "париж": "Europe/Paris", "берлин": "Europe/Berlin", "нью-йорк": "America/New_York",
	"washington": "America/New_York", "вашингтон": "America/New_York", "токио": "Asia/Tokyo", "сеул": "Asia/Seoul",
}

// zoneByCity maps a zone's city part, lower case with spaces for
// underscores ("new york"), to the zone; also the city part of every
// country's capital zone in internal/news.
var zoneByCity = func() map[string]string {
	m := make(map[string]string, len(ianaZones)+64)
	add := func(zone string) {
		if i := strings.LastIndexByte(zone, '/'); i >= 0 {
			m[cityKey(zone[i+1:])] = zone
		}
	}
	for _, c := range news.Countries() {
		if c.Timezone != "" {
			add(c.Timezone)
		}
	}
	for _, z := range ianaZones {
		add(z)
	}
	return m
}()

// cityKey is how cities are compared: lower case, "_" and runs of spaces as one space.
func cityKey(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), "_", " ")), " ")
}

// zoneOfCity returns the zone of a bare city ("Moscow", "москва", "new york").
func zoneOfCity(s string) (string, bool) {
	k := cityKey(s)
	if z, ok := zoneByCity[k]; ok {
		return z, true
	}
	if z, ok := cityNames[k]; ok {
		return z, true
	}
	// "Ust Nera" for "Ust-Nera", "алма ата" for "алма-ата".
	if z, ok := zoneByCity[strings.ReplaceAll(k, " ", "-")]; ok {
		return z, true
	}
	z, ok := cityNames[strings.ReplaceAll(k, " ", "-")]
	return z, ok
}

// nearZones suggests up to three zones whose city is spelt like the input's
// city part ("Moskow", "Tashkend", "asia/almata"): within a small edit
// distance, or starting with it.
func nearZones(s string) []string {
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	k := []rune(cityKey(s))
	if len(k) < 3 {
		return nil
	}
	maxDist := max(1, len(k)/4)
	type cand struct {
		zone string
		dist int
	}
	best := map[string]int{}
	consider := func(city, zone string) {
		c := []rune(city)
		d := fuzzy.Distance(k, c)
		if len(k) >= 4 && len(c) > len(k) && string(c[:len(k)]) == string(k) {
			d = min(d, 1) // a prefix: "almat", "ташк"
		}
		if d > maxDist {
			return
		}
		if old, ok := best[zone]; !ok || d < old {
			best[zone] = d
		}
	}
	for city, zone := range zoneByCity {
		consider(city, zone)
	}
	for city, zone := range cityNames {
		consider(city, zone)
	}
	var out []cand
	for z, d := range best {
		out = append(out, cand{z, d})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].dist != out[j].dist {
			return out[i].dist < out[j].dist
		}
		return out[i].zone < out[j].zone
	})
	var names []string
	for i := 0; i < len(out) && i < 3; i++ {
		names = append(names, out[i].zone)
	}
	return names
}

// validZone reports whether Go knows the zone.
func validZone(name string) bool {
	_, err := time.LoadLocation(name)
	return err == nil
}
