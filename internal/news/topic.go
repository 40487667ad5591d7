package news

import (
	"strings"
)

// Topic is a slug from newsbot's fixed taxonomy, such as "energy".
type Topic string

// The taxonomy. Order is the order menus show.
const (
	TopicPolitics    Topic = "politics"
	TopicDiplomacy   Topic = "diplomacy"
	TopicEconomy     Topic = "economy"
	TopicEnergy      Topic = "energy"
	TopicSecurity    Topic = "security"
	TopicMigration   Topic = "migration"
	TopicJustice     Topic = "justice"
	TopicSociety     Topic = "society"
	TopicHealth      Topic = "health"
	TopicCulture     Topic = "culture"
	TopicSport       Topic = "sport"
	TopicEnvironment Topic = "environment"
	TopicDisasters   Topic = "disasters"
	TopicTechnology  Topic = "technology"
	TopicTransport   Topic = "transport"
)

// TopicInfo describes one topic of the taxonomy.
type TopicInfo struct {
	Slug  Topic
	En    string
	Ru    string
	Emoji string
	// Aliases are extra words users may type for the topic (lower case).
	Aliases []string
}

var topicTable = [...]TopicInfo{
	{TopicPolitics, "Politics", "Политика", "🏛", []string{"политика", "политике", "political", "elections", "выборы"}},
	{TopicDiplomacy, "Diplomacy", "Дипломатия", "🤝", []string{"дипломатия", "foreign policy", "международные отношения", "внешняя политика"}},
	{TopicEconomy, "Economy", "Экономика", "💰", []string{"экономика", "business", "бизнес", "finance", "финансы", "economics"}},
	{TopicEnergy, "Energy", "Энергетика", "⚡", []string{"энергетика", "энергия", "oil", "gas", "нефть", "газ"}},
	{TopicSecurity, "Security", "Безопасность", "🛡", []string{"безопасность", "defence", "defense", "оборона", "military", "армия"}},
	{TopicMigration, "Migration", "Миграция", "🧳", []string{"миграция", "migrants", "мигранты"}},
	{TopicJustice, "Justice", "Правосудие", "⚖", []string{"правосудие", "law", "courts", "суд", "право", "crime", "преступность"}},
	{TopicSociety, "Society", "Общество", "👥", []string{"общество", "social"}},
	{TopicHealth, "Health", "Здоровье", "🩺", []string{"здоровье", "здравоохранение", "medicine", "медицина", "healthcare"}},
	{TopicCulture, "Culture", "Культура", "🎭", []string{"культура", "arts", "искусство"}},
	{TopicSport, "Sport", "Спорт", "🏅", []string{"спорт", "sports"}},
	{TopicEnvironment, "Environment", "Экология", "🌿", []string{"экология", "окружающая среда", "climate", "климат"}},
	{TopicDisasters, "Disasters", "Бедствия", "🌋", []string{"бедствия", "катастрофы", "disaster", "чрезвычайные ситуации", "чс", "emergencies"}},
	{TopicTechnology, "Technology", "Технологии", "💻", []string{"технологии", "tech", "it", "science", "наука"}},
	{TopicTransport, "Transport", "Транспорт", "🚆", []string{"транспорт", "logistics", "логистика"}},
}

var topicIndex = func() map[string]Topic {
	m := make(map[string]Topic, len(topicTable)*6)
	for _, t := range topicTable {
		m[string(t.Slug)] = t.Slug
		m[strings.ToLower(t.En)] = t.Slug
		m[strings.ToLower(t.Ru)] = t.Slug
		for _, a := range t.Aliases {
			m[a] = t.Slug
		}
	}
	return m
}()

// Topics returns the whole taxonomy in menu order.
func Topics() []TopicInfo {
	out := make([]TopicInfo, len(topicTable))
	copy(out, topicTable[:])
	return out
}

// ParseTopic resolves what a user typed ("energy", "Energy", "энергетика")
// to a topic. It reports false when the input names no topic.
func ParseTopic(s string) (Topic, bool) {
	t, ok := topicIndex[normalizeInput(s)]
	return t, ok
}

// Info returns the topic's description; ok is false for an unknown slug.
func (t Topic) Info() (TopicInfo, bool) {
	for _, ti := range topicTable {
		if ti.Slug == t {
			return ti, true
		}
	}
	return TopicInfo{}, false
}

// Valid reports whether t is in the taxonomy.
func (t Topic) Valid() bool {
	_, ok := t.Info()
	return ok
}

// Label returns the topic's name in lang ("ru" or anything else for English).
func (t Topic) Label(lang string) string {
	ti, ok := t.Info()
	if !ok {
		return string(t)
	}
	if lang == "ru" {
		return ti.Ru
	}
	return ti.En
}

// normalizeInput lower-cases, trims and folds ё to е so user input matches.
func normalizeInput(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "ё", "е")
	return strings.Join(strings.Fields(s), " ")
}
