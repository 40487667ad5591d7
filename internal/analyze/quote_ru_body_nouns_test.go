package analyze

import "testing"

// TestQuotesTitleOfficeInGenitive: a title may name its office in the
// genitive, capitalised as a proper name, with a lower-case complement and
// a region after it, before the speaker's name («— отметил главный
// специалист Управления сельского хозяйства и земельных отношений
// Костанайской области X», «— сказал директор Департамента образования
// X»); English puts the office after the name. A title and an office with
// no name after them name no one.
func TestQuotesTitleOfficeInGenitive(t *testing.T) {
	const ru = "Уборка началась.\n\n«В этом году области предстоит провести уборочную кампанию на большой площади», — "
	const en = "The harvest began.\n\n\"This year the region has to harvest a very large area,\" "
	runQuoteCases(t, []quoteCase{
		{"ru an office with a complement and a region", "ru", ru + "отметил главный специалист Управления сельского хозяйства и земельных отношений Костанайской области Кенже Жумабеков.",
			[]wantQuote{{"В этом году области", "Кенже Жумабеков"}}},
		{"ru a department", "ru", ru + "сказал директор Департамента сельского хозяйства Иван Петров.",
			[]wantQuote{{"В этом году области", "Иван Петров"}}},
		{"en the office after the name", "en", en + "said Kenzhe Zhumabekov, chief specialist of the Department of Agriculture and Land Relations of Kostanay Region.",
			[]wantQuote{{"This year the region has to harvest", "Kenzhe Zhumabekov"}}},
		// Refused.
		{"ru a title and an office, no name", "ru", ru + "отметил главный специалист Управления сельского хозяйства.",
			nil},
	})
}
