package analyze

import "testing"

// TestQuotesRoleOtherSex: a Russian role attribution whose verb gives the
// speaker's sex passes over people of the other sex named between the
// role's holder and the quotation; one of the same sex still leaves the
// role open. English verbs tell no sex, so an untitled person between
// still leaves "the minister" open.
func TestQuotesRoleOtherSex(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a woman between, «сказал министр»", "ru",
			"Министр транспорта Марат Карабаев осмотрел новую трассу в четверг.\nВодители жалуются на пробки у въезда в город. Жительница поселка Айгерим Нурланова собрала подписи за новый мост.\n«Мы построим объездную дорогу и второй мост через реку до конца будущего года», — сказал министр.",
			[]wantQuote{{"Мы построим объездную", "Марат Карабаев"}}},
		{"ru a man between, «добавила глава ведомства»", "ru",
			"Министр здравоохранения Айжан Серикова посетила районную больницу.\nГлавврач Ерлан Омаров показал новое оборудование.\n«В каждом районе области до зимы появится свой томограф и детское отделение», — добавила глава ведомства.",
			[]wantQuote{{"В каждом районе области", "Айжан Серикова"}}},
		{"ru a known woman between, «спросил министр»", "ru",
			"Министр иностранных дел России Сергей Лавров провел пресс-конференцию. Захарова затем дала слово журналистам. \"Вам разрешили прийти сюда сегодня?\" - спросил министр.",
			[]wantQuote{{"Вам разрешили прийти сюда", "Сергей Лавров"}}},
		{"ru a man between, «сказал министр», refused", "ru",
			"Министр транспорта Марат Карабаев осмотрел новую трассу в четверг.\nЖитель поселка Ерлан Омаров собрал подписи за новый мост.\n«Мы построим объездную дорогу и второй мост через реку до конца будущего года», — сказал министр.",
			nil},
		{"en an untitled woman between, refused", "en",
			"Transport Minister Marat Karabayev inspected the new road on Thursday.\nDrivers complain of jams at the city gate. Aigerim Nurlanova, who lives nearby, collected signatures for a new bridge.\n“We will build a bypass and a second bridge over the river before the end of next year,” the minister said.",
			nil},
	})
}
