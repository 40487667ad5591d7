package analyze

import "testing"

// TestQuotesQualifiedTitle: a title after a speech verb that a qualifier
// («бывший», «экс-», «врио», «и.о.», «исполняющий обязанности»; "former",
// "acting", "caretaker", "Union", "Chief") or a portfolio of several words
// joined by "and" ("Road Transport and Highways", "Power and Energy")
// stands before is read to the holder's name; a body or a title with no
// name after it names no one, and two people joined by "and" are no
// portfolio.
func TestQuotesQualifiedTitle(t *testing.T) {
	const en = "“The new terminal will open to passengers before the end of the year,” "
	const ru = "«Новый терминал откроется для пассажиров до конца года», — "
	const w, wr = "The new terminal", "Новый терминал"
	runQuoteCases(t, []quoteCase{
		// English: a portfolio joined by "and" before the title.
		{"en portfolio with and after the verb", "en", en + "said Ports and Shipping Minister Tanvir Rahman.",
			[]wantQuote{{w, "Tanvir Rahman"}}},
		{"en portfolio with and before the verb", "en", en + "Road Transport and Highways Minister Arjun Mehta said.",
			[]wantQuote{{w, "Arjun Mehta"}}},
		{"en former and a portfolio with and", "en", en + "said former Power and Energy Minister Kamal Perera.",
			[]wantQuote{{w, "Kamal Perera"}}},
		{"en portfolio with and, secretary", "en", en + "said Housing and Urban Affairs Secretary Meera Nair on Tuesday.",
			[]wantQuote{{w, "Meera Nair"}}},
		{"en portfolio with and, colon", "en", "Road Transport and Highways Minister Arjun Mehta said on Monday: “The new terminal will open to passengers before the end of the year.”",
			[]wantQuote{{w, "Arjun Mehta"}}},
		// English forms that read already: kept so.
		{"en one-word portfolio", "en", en + "said Energy Minister Daniyar Seitkali.", []wantQuote{{w, "Daniyar Seitkali"}}},
		{"en two-word portfolio", "en", en + "said Foreign Affairs Minister Farid Khan.", []wantQuote{{w, "Farid Khan"}}},
		{"en ministry spokesman", "en", en + "said Interior Ministry spokesman Omar Haddad.", []wantQuote{{w, "Omar Haddad"}}},
		{"en deputy foreign minister", "en", en + "said Deputy Foreign Minister Pavel Orlov.", []wantQuote{{w, "Pavel Orlov"}}},
		{"en union minister", "en", en + "said Union Minister Rakesh Verma.", []wantQuote{{w, "Rakesh Verma"}}},
		{"en chief minister", "en", en + "Chief Minister Lakshmi Rao said.", []wantQuote{{w, "Lakshmi Rao"}}},
		{"en acting minister", "en", en + "said acting Minister Peter Otieno.", []wantQuote{{w, "Peter Otieno"}}},
		{"en caretaker prime minister", "en", en + "said caretaker Prime Minister Nadeem Qureshi.", []wantQuote{{w, "Nadeem Qureshi"}}},
		// English precision: a body, a title without a name, two people.
		{"en ministry with and names no one", "en", en + "the Road Transport and Highways Ministry said.", nil},
		{"en ministry names no one", "en", en + "the Finance Ministry said.", nil},
		{"en title with and but no name", "en", en + "the Road Transport and Highways Minister said.", nil},
		{"en two people joined by and", "en", en + "said Smith and Jones.", nil},
		// Russian: a qualifier before the title.
		{"ru former", "ru", ru + "сказал бывший министр финансов Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru former, feminine", "ru", ru + "сказала бывшая министр просвещения Анна Петрова.", []wantQuote{{wr, "Анна Петрова"}}},
		{"ru ex- with a hyphen", "ru", ru + "сказал экс-министр транспорта Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru ex-premier", "ru", ru + "сказал экс-премьер Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru acting, врио", "ru", ru + "сказал врио губернатора области Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru acting, и.о.", "ru", ru + "сказал и.о. министра Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru acting, и. о.", "ru", ru + "сказал и. о. министра здравоохранения Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru acting, written out", "ru", ru + "сказал исполняющий обязанности министра Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru temporarily acting", "ru", ru + "сказал временно исполняющий обязанности мэра Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		// Russian forms that read already: kept so.
		{"ru minister of a field", "ru", ru + "сказал министр энергетики Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru deputy minister", "ru", ru + "сказал замминистра иностранных дел Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru vice-premier", "ru", ru + "сказал вице-премьер Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru former before the verb", "ru", "Бывший министр финансов Иван Петров заявил: «Новый терминал откроется для пассажиров до конца года».",
			[]wantQuote{{wr, "Иван Петров"}}},
		// Russian precision: no name after the title, a body.
		{"ru former without a name", "ru", ru + "сказал бывший министр финансов.", nil},
		{"ru acting without a name", "ru", ru + "сказал исполняющий обязанности министра.", nil},
		{"ru a ministry", "ru", ru + "сообщили в министерстве финансов.", nil},
	})
}

// TestQuotesQualifiedTitleSource: the same titles in a source phrase
// before the quotation ("According to Road Transport and Highways Minister
// X, “…”", «По словам бывшего министра финансов X, «…»», «По словам и.о.
// министра X»); a source of two people or a body names no one.
func TestQuotesQualifiedTitleSource(t *testing.T) {
	const en = ", “the new terminal will open to passengers before the end of the year.”"
	const ru = ", «новый терминал откроется для пассажиров до конца года»."
	const w, wr = "the new terminal", "новый терминал"
	runQuoteCases(t, []quoteCase{
		{"en according to, portfolio with and", "en", "According to Road Transport and Highways Minister Arjun Mehta" + en,
			[]wantQuote{{w, "Arjun Mehta"}}},
		{"en according to, former and a portfolio with and", "en", "According to former Power and Energy Minister Kamal Perera" + en,
			[]wantQuote{{w, "Kamal Perera"}}},
		{"en according to, a title of three words", "en", "According to Deputy Foreign Minister Pavel Orlov" + en,
			[]wantQuote{{w, "Pavel Orlov"}}},
		{"en according to two people", "en", "According to Smith and Jones" + en, nil},
		{"en according to a ministry with and", "en", "According to the Road Transport and Highways Ministry" + en, nil},
		{"ru по словам, former", "ru", "По словам бывшего министра финансов Ивана Петрова" + ru, []wantQuote{{wr, "Иван Петров"}}},
		{"ru по словам, и.о.", "ru", "По словам и.о. министра финансов Ивана Петрова" + ru, []wantQuote{{wr, "Иван Петров"}}},
		{"ru по словам, acting written out", "ru", "По словам исполняющего обязанности министра Ивана Петрова" + ru, []wantQuote{{wr, "Иван Петров"}}},
		{"ru по словам, ex-", "ru", "По мнению экс-министра Ивана Петрова" + ru, []wantQuote{{wr, "Иван Петров"}}},
		{"ru по словам, plain title", "ru", "По словам министра финансов Ивана Петрова" + ru, []wantQuote{{wr, "Иван Петров"}}},
		{"ru по словам, former owner is no title", "ru", "По словам бывшего владельца завода Ивана Петрова" + ru, nil},
	})
}

// TestQuotesBodyMember: "member" between a body's capitalised name and a
// person's ends the body as a title word does ("Labour member X", "Biju
// Janata Dal member X"), so the body is no speaker; Russian puts the body
// after the noun in the genitive («член партии X»), read already.
func TestQuotesBodyMember(t *testing.T) {
	const en = "“This is the best budget in a decade,” "
	const ru = "«Это лучший бюджет за десять лет», — "
	runQuoteCases(t, []quoteCase{
		{"en party member after the verb", "en", en + "said Labour member Laura Dunn.", []wantQuote{{"This is the best", "Laura Dunn"}}},
		{"en board member before the verb", "en", en + "Board member Laura Dunn said.", []wantQuote{{"This is the best", "Laura Dunn"}}},
		{"en party member as the sentence's subject", "en", "Green Party member Laura Dunn praised the plan and said, “This is the best budget in a decade.”",
			[]wantQuote{{"This is the best", "Laura Dunn"}}},
		{"en a member with no name", "en", en + "said one Labour member.", nil},
		{"en a member of a body after the name", "en", "Laura Dunn, a member of the board, said: “This is the best budget in a decade.”",
			[]wantQuote{{"This is the best", "Laura Dunn"}}},
		{"ru member of a party", "ru", ru + "сказал член партии «Родина» Иван Петров.", []wantQuote{{"Это лучший бюджет", "Иван Петров"}}},
	})
}
