package analyze

import (
	"slices"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestTopicFalseFriends: words that share a stem or a spelling with a topic
// term but mean something else must not file a story under that topic.
func TestTopicFalseFriends(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		not                     news.Topic
	}{
		{"прибыл is arrived, not profit", "ru", "Токаев прибыл в Ташкент с официальным визитом",
			"Президент Казахстана Касым-Жомарт Токаев прибыл в Ташкент с официальным визитом. Делегации прибыли в аэропорт утром, гостя встретила прибывшая делегация.", news.TopicEconomy},
		{"долгий is long, not debt", "ru", "Долгие переговоры в Душанбе",
			"После долгих переговоров стороны так и не договорились. Долгая встреча закончилась поздно.", news.TopicEconomy},
		{"судя is judging by, not court", "ru", "Погода испортилась",
			"Судя по прогнозу, дождь продлится неделю. Судя по всему, урожай пострадает.", news.TopicJustice},
		{"семь is seven, not family", "ru", "Семь новых маршрутов",
			"В городе откроют семь новых маршрутов. Еще семь появятся весной.", news.TopicSociety},
		{"Грузия is Georgia, not cargo", "ru", "Армения и Грузия обсудили сотрудничество",
			"Армения и Грузия обсудили граничные вопросы. Делегация Грузии прибыла в Ереван.", news.TopicTransport},
		{"дорогой is expensive, not road", "ru", "Дорогие квартиры",
			"Дорогие квартиры в Алматы подорожали. Самые дорогие стоят миллионы.", news.TopicTransport},
		{"сектор Газа is Gaza, not gas", "ru", "Перемирие в секторе Газа",
			"Стороны обсудили перемирие в секторе Газа. Гуманитарная помощь сектору Газа задерживается, жители сектора Газа ждут помощь.", news.TopicEnergy},
		{"gas chamber", "en", "Arizona refurbishes its gas chamber",
			"Arizona has refurbished its gas chamber to prepare for executions, documents reveal. The state bought ingredients to make hydrogen cyanide gas, which was used in Nazi gas chambers.", news.TopicEnergy},
		{"tear gas", "en", "Police fire tear gas at protesters",
			"Police fired tear gas and rubber bullets at protesters in the capital. Clouds of gas filled the square.", news.TopicEnergy},
		{"oil spill", "en", "Sri Lanka: Burning ship coats beaches in oil and debris",
			"A burning container ship has coated beaches with oil and plastic debris. Navy crews fought the fire for days.", news.TopicEnergy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := topicsOf(a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}))
			if slices.Contains(got, tt.not) {
				t.Errorf("topics = %v, want no %s", got, tt.not)
			}
		})
	}
}

// TestTopicEnergyKept: the context rule for weak energy words keeps real
// energy stories.
func TestTopicEnergyKept(t *testing.T) {
	a := shared()
	tests := []struct{ name, lang, title, body string }{
		{"oil prices", "en", "Oil prices climb", "Oil prices rose on Monday as traders weighed supply risks."},
		{"gas with pipeline", "en", "Turkmenistan to send more gas to China", "Turkmenistan will send more gas to China through a new pipeline."},
		{"oil drilling", "en", "Biden backs Alaska oil drilling project", "The administration defended the oil drilling project in court."},
		{"gas field", "en", "Uzbekistan opens gas field", "Uzbekistan opened a new gas field in the Ustyurt region; gas output will grow."},
		{"газ", "ru", "Узбекистан увеличит добычу газа", "Узбекистан увеличит добычу газа на новых месторождениях, сообщило министерство энергетики."},
		{"прибыль stays economy-neutral", "ru", "Нефть дорожает", "Цены на нефть растут третий день подряд."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := topicsOf(a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}))
			if !slices.Contains(got, news.TopicEnergy) {
				t.Errorf("topics = %v, want energy", got)
			}
		})
	}
	// Profit itself is still economy.
	got := topicsOf(a.Analyze(Input{Title: "Прибыль Халык банка выросла", Body: "Чистая прибыль банка за девять месяцев выросла на 12%. Прибыли компании хватит на дивиденды.", Lang: "ru"}))
	if !slices.Contains(got, news.TopicEconomy) {
		t.Errorf("profit story topics = %v, want economy", got)
	}
}

func TestCountriesRegionDemonyms(t *testing.T) {
	a := shared()
	tests := []struct {
		title string
		want  []string
	}{
		{"Fed-up voters put Latin American leaders on thin ice", nil},
		{"South American nations meet in Brasilia", []string{"BR"}},
		{"Populism rises across Latin America", nil},
		{"American voters head to the polls", []string{"US"}},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			an := a.Analyze(Input{Title: tt.title, Lang: "en"})
			if got := an.PrimaryCountries(); !primaryOK(got, tt.want, nil) {
				t.Errorf("primary = %v, want %v", got, tt.want)
			}
			if tt.want == nil {
				for _, c := range an.Countries {
					if c.Code == "US" {
						t.Errorf("US found (%v) in a title about a region", an.Countries)
					}
				}
			}
		})
	}
}
