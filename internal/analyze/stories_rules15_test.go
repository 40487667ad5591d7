package analyze

import "testing"

// TestOneCompanyTwoStories: two titles that share one name alone, a
// company's, and no kind of event or country, are two stories of that
// company (an outage, then a hearing on its conduct), though their texts
// name its products; the name counts once in the score, as a name. The
// same outage told in other words is still one story.
func TestOneCompanyTwoStories(t *testing.T) {
	outageEn := storyRep{"Globex apps go dark for millions of users",
		"Globex, Zintra and Pexa stopped working for millions of users on Monday. Engineers were still looking for the cause in the evening.", "en", 0}
	outageRu := storyRep{"Globex, Zintra и Pexa не работают по всему миру",
		"В понедельник у миллионов пользователей перестали работать Globex, Zintra и Pexa. Инженеры весь вечер искали причину сбоя.", "ru", 3}
	hearingEn := storyRep{"Former Globex manager Dana Whitlow to testify before senators",
		"Dana Whitlow, who left Globex in May, will tell senators on Tuesday that the company put profit before the safety of children on Zintra.", "en", 9}
	hearingRu := storyRep{"Бывшая сотрудница Globex Дана Уитлоу выступит в Сенате",
		"Дана Уитлоу, ушедшая из Globex в мае, во вторник расскажет сенаторам, что компания ставила прибыль выше безопасности детей в Zintra.", "ru", 9}
	checkSameStory(t, []storyPair{
		{"outage vs hearing, English", outageEn, hearingEn, false},
		{"outage vs hearing, Russian", outageRu, hearingRu, false},
		{"outage vs hearing, across languages", outageRu, hearingEn, false},
		{"outage told twice", outageEn, outageRu, true},
		{"hearing told twice", hearingEn, hearingRu, true},
	})
}

// TestUntitledTextsNeedThreeNames: two reports whose titles share
// nothing (no word, name, country or kind of event) are one story only
// when their texts share three names or numbers: two are one conflict's
// sides, named in every report of it (a strike on one commander, a day
// later the killing of another group's leader).
func TestUntitledTextsNeedThreeNames(t *testing.T) {
	checkSameStory(t, []storyPair{
		{"two killings of one conflict, English",
			storyRep{"Militia mourns its senior commander after overnight raid",
				"The Northern Front said on Tuesday that its senior commander had been killed in a raid by Valdorian forces near the border. The Northern Front vowed revenge against Valdoria.", "en", 0},
			storyRep{"Rebel chief shot dead in his hotel, movement says",
				"The Southern Movement said its chief was killed overnight in his hotel room. The Northern Front blamed Valdoria, which did not comment on the killing.", "en", 10}, false},
		{"two killings of one conflict, Russian",
			storyRep{"Ополченцы простились со своим командиром после ночного рейда",
				"Во вторник Северный фронт сообщил, что его старший командир погиб ночью при рейде у границы. Власти Валдории не комментируют рейд, а Северный фронт пообещал ответить. Посредник Ян Ларсен призвал стороны к сдержанности.", "ru", 0},
			storyRep{"Лидер повстанцев застрелен в отеле, сообщает движение",
				"Лидер Южного движения был убит ночью в номере отеля. Власти Валдории не комментируют убийство, а Северный фронт пообещал ответить. Посредник Ян Ларсен призвал стороны к сдержанности.", "ru", 10}, false},
	})
}
