package render

import (
	"strings"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// seedStory is the article newsbot was created from (../shared/seeds).
func seedStory() news.Story {
	return news.Story{
		Article: news.Article{
			ID:          1,
			Source:      "The Times of Central Asia",
			URL:         "https://news.example/tajikistan/putin-and-rahmon-reaffirm-steady-partnership",
			Title:       "Putin and Rahmon Reaffirm Steady Partnership Amid Past Frictions",
			Lang:        "en",
			PublishedAt: time.Date(2026, 11, 26, 9, 30, 0, 0, time.UTC),
			Analysis: news.Analysis{
				Summary: "Relations between Tajikistan and Russia have faced some bumps in recent years, " +
					"including President Emomali Rahmon’s sharp remarks about Moscow’s attitude toward Central Asia " +
					"and the terrorist attack at Crocus City Hall. Still, with Vladimir Putin’s visit to Tajikistan, " +
					"Dushanbe and Moscow have seemingly reaffirmed their partnership.",
				Quotes: []news.Quote{
					{Text: "We had a friendly, calm conversation over a cup of tea about everything on our minds.", Speaker: "Vladimir Putin", Score: 0.6},
					{Text: "We are not outsiders to you", Speaker: "Emomali Rahmon", Score: 0.9},
				},
				Countries: []news.CountryScore{
					{Code: "TJ", Score: 0.9, Primary: true},
					{Code: "RU", Score: 0.8, Primary: true},
					{Code: "KZ", Score: 0.1},
				},
				Topics: []news.TopicScore{{Topic: news.TopicDiplomacy, Score: 0.9}, {Topic: news.TopicMigration, Score: 0.4}},
			},
		},
		Also: []news.Outlet{
			{Name: "Asia-Plus", URL: "https://asiaplus.example/news/putin-visit"},
			{Name: "Kun.uz", URL: "https://kun.example/putin-dushanbe"},
		},
	}
}

// seedHeadlines is the seed article's "Latest news" list, with the country
// each headline is about.
var seedHeadlines = []struct{ title, country string }{
	{"Mother Questions Official Account of National Guard Conscript’s Death in Oral", "KZ"},
	{"KazTransOil to Boost Oil Supplies to Kyrgyzstan, Resume Transit to Uzbekistan", "KZ"},
	{"Russian Teen Who Fled to Kazakhstan to Escape War Faces Deportation", "KZ"},
	{"Lawyer Comments on Gulnara Bazhkenova's House Arrest Conditions, Appeals to International Organizations", "KZ"},
	{"Kazakhstan Marks Independence Day, Remembering the Tragic December Events of 1986", "KZ"},
	{"Kremlin Spokesperson Says Ukraine’s Non-NATO Status Is Central to Peace Talks", "RU"},
	{"Kcell Receives Certification for Information Security", "KZ"},
	{"Uzbekistan Aims to Halt Gas Production Decline by 2026 With New Fields", "UZ"},
	{"Kyrgyzstan: Culture Ministry Denies Reports of Ban on Valery Meladze Concert", "KG"},
	{"Kazakh Ophthalmologist Wins International Honors at Hong Kong ICT Awards 2025", "KZ"},
	{"Kazakhstan: Construction Industry Urges for Return to Previous Time Zone", "KZ"},
	{"KTZ Spends 79 Million Tenge on New Workwear After Complaints From Mangystau Employees", "KZ"},
	{"Armenian Defense Minister Says Situation Calm Along Border With Azerbaijan", "AM"},
	{"Zelenskyy Signals Ukraine Could Forego NATO Membership in Exchange for Security Guarantees", "UA"},
	{"Kazakhstan Says Damage From Drone Attack on CPC Facility Still Being Assessed", "KZ"},
	{"Kazakhstan May Build Planned Thermal Power Plants Independently Amid Delays in Russian Financing", "KZ"},
	{"Expert Warns Sale of Transtelecom Stake Overlooks Kazakhstan’s National Security Risks", "KZ"},
	{"Kazakhstan Says Alternative Oil Export Routes Are Available Amid CPC Infrastructure Issues", "KZ"},
	{"Former Foreign Ministry Spokesman Aibek Smadiyarov Appointed Head of Domestic Policy Department", "KZ"},
	{"Kadyrov Says He Is Ready to Run Again as Chechnya’s Head in 2026", "RU"},
}

// headlineStories turns the seed's headlines into stories; a few carry a
// summary, as a real list would.
func headlineStories() []news.Story {
	summaries := map[int]string{
		1: "KazTransOil plans to raise oil supplies to Kyrgyzstan and resume transit to Uzbekistan. Details of the volumes were not disclosed.",
		7: "Uzbekistan expects new fields to halt the decline in gas production by 2026, officials said on Monday.",
		8: "The Culture Ministry of Kyrgyzstan said reports that a concert by Valery Meladze had been banned were untrue.",
	}
	var out []news.Story
	for i, h := range seedHeadlines {
		out = append(out, news.Story{Article: news.Article{
			ID:     int64(100 + i),
			Source: "The Times of Central Asia",
			URL:    "https://news.example/latest/" + slug(h.title),
			Title:  h.title,
			Analysis: news.Analysis{
				Summary:   summaries[i],
				Countries: []news.CountryScore{{Code: h.country, Score: 1, Primary: true}},
			},
		}})
	}
	return out
}

func slug(title string) string {
	return strings.ToLower(strings.Join(strings.FieldsFunc(title, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}), "-"))
}

// russianStories are hand-made Russian-language stories.
func russianStories() []news.Story {
	return []news.Story{
		{
			Article: news.Article{
				ID:     201,
				Source: "Азаттык",
				URL:    "https://ru.example/kg/2026/11/26/energetika",
				Title:  "Киргизия и Казахстан договорились о перетоках электроэнергии на зиму",
				Lang:   "ru",
				Analysis: news.Analysis{
					Summary: "Энергетики двух стран подписали соглашение о взаимных поставках электроэнергии на осенне-зимний период. " +
						"Объёмы будут уточняться ежемесячно.",
					Quotes: []news.Quote{{Text: "Мы не допустим веерных отключений этой зимой", Speaker: "Таалайбек Ибраев", Score: 0.8}},
					Countries: []news.CountryScore{
						{Code: "KG", Score: 0.9, Primary: true},
						{Code: "KZ", Score: 0.7, Primary: true},
					},
					Topics: []news.TopicScore{{Topic: news.TopicEnergy, Score: 0.9}},
				},
			},
			Also: []news.Outlet{{Name: "24.kg", URL: "https://24kg.example/energy"}, {Name: "Tengrinews", URL: "https://tengri.example/news/1"}},
		},
		{
			Article: news.Article{
				ID:     202,
				Source: "Газета.uz",
				URL:    "https://gazeta.example/uz/2026/11/26/gaz",
				Title:  "Узбекистан рассчитывает остановить падение добычи газа к 2026 году",
				Lang:   "ru",
				Analysis: news.Analysis{
					Summary:   "Министерство энергетики Узбекистана сообщило о вводе новых месторождений. По оценке ведомства, это позволит стабилизировать добычу.",
					Countries: []news.CountryScore{{Code: "UZ", Score: 1, Primary: true}},
					Topics:    []news.TopicScore{{Topic: news.TopicEnergy, Score: 0.8}, {Topic: news.TopicEconomy, Score: 0.5}},
				},
			},
		},
		{
			Article: news.Article{
				ID:     203,
				Source: "Азия-Плюс",
				URL:    "https://asiaplus.example/ru/news/tajikistan/migration",
				Title:  "В Таджикистане обсудили новые правила медосвидетельствования мигрантов",
				Lang:   "ru",
				Analysis: news.Analysis{
					Summary: "Стороны одобрили пакет соглашений, включая статус представительств МВД и новые правила медицинского освидетельствования для граждан Таджикистана, работающих в России.",
					Quotes:  []news.Quote{{Text: "Мы вам не чужие", Speaker: "Эмомали Рахмон", Score: 0.9}},
					Countries: []news.CountryScore{
						{Code: "TJ", Score: 0.9, Primary: true},
						{Code: "RU", Score: 0.6, Primary: true},
					},
					Topics: []news.TopicScore{{Topic: news.TopicMigration, Score: 0.9}},
				},
			},
			Also: []news.Outlet{{Name: "ТАСС", URL: "https://tass.example/1"}},
		},
	}
}

// hostileStory carries feed junk in every field a message shows.
func hostileStory() news.Story {
	return news.Story{
		Article: news.Article{
			ID:     666,
			Source: `<b>Evil & "Co"`,
			URL:    "javascript:alert(document.cookie)",
			Title:  `<script>alert("x")</script> Tom &amp; Jerry <b>unclosed <a href="x">`,
			Analysis: news.Analysis{
				Summary: "Prices rose 5% & more <i>sharply</i> than 3 < 4 > 2. &lt;tag&gt; stays &nbsp; visible.",
				Quotes:  []news.Quote{{Text: `"</blockquote><b>injected` + "\x00", Speaker: "<i>Mr. X</i> & \"friends\"", Score: 1}},
				Countries: []news.CountryScore{
					{Code: "KZ", Primary: true},
					{Code: "<>", Primary: true},
				},
			},
		},
		Also: []news.Outlet{
			{Name: "Quote\"Site", URL: `https://q.example/?a=1&b="2"<x>`},
			{Name: "Data", URL: "data:text/html,<script>alert(1)</script>"},
			{Name: "", URL: "https://www.host-only.example/a"},
		},
	}
}

// digestUntil is digest time: Friday 27 November 2026, 08:00 in Almaty.
var digestUntil = time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)

func countryDigest(lang string) news.Digest {
	seed := seedStory()
	ru := russianStories()
	hs := headlineStories()
	return news.Digest{
		ChatID:  42,
		Lang:    lang,
		GroupBy: news.GroupByCountry,
		Since:   digestUntil.Add(-24 * time.Hour),
		Until:   digestUntil,
		Sections: []news.DigestSection{
			{Country: "TJ", Stories: []news.Story{seed, ru[2]}},
			{Country: "KZ", Stories: []news.Story{hs[1], hs[14]}},
			{Country: "UZ", Stories: []news.Story{ru[1]}},
			{Country: "XX"},
			{Country: "", Stories: []news.Story{hs[13]}},
		},
	}
}

func topicDigest(lang string) news.Digest {
	seed := seedStory()
	ru := russianStories()
	hs := headlineStories()
	return news.Digest{
		ChatID:  42,
		Lang:    lang,
		GroupBy: news.GroupByTopic,
		Since:   digestUntil.Add(-24 * time.Hour),
		Until:   digestUntil,
		Sections: []news.DigestSection{
			{Topic: news.TopicDiplomacy, Stories: []news.Story{seed}},
			{Topic: news.TopicEnergy, Stories: []news.Story{ru[0], ru[1], hs[7]}},
			{Topic: "", Stories: []news.Story{hs[8]}},
		},
	}
}
