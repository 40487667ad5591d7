package analyze

import "testing"

// TestQuotesPronounSubjectOverObjects: "he"/«он» is the subject of the
// sentence before; a person only met, received or told there is an
// object and does not stand between. Two people who are each the subject
// of a clause, or joined as one subject, leave "he" unresolved, and a
// person of the other sex never stands between.
func TestQuotesPronounSubjectOverObjects(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en an object may be meant as well: refuse", "en",
			"Education Minister Kanat Abdykadyrov met Bakyt Toktogulov in Bishkek on Monday. “We will open fifteen new schools in the regions this year,” he said.",
			nil},
		{"ru subject received an object", "ru",
			"Министр образования Канат Абдыкадыров принял Бакыта Токтогулова в Бишкеке в понедельник. «Мы откроем пятнадцать новых школ в регионах в этом году», — сказал он.",
			[]wantQuote{{"Мы откроем пятнадцать", "Канат Абдыкадыров"}}},
		{"ru object after the subject's verb, a phrase before", "ru",
			"В понедельник Канат Абдыкадыров навестил Бакыта Токтогулова в его школе в Оше. «Учителям здесь нужны новые учебники до осени», — сказал он.",
			[]wantQuote{{"Учителям здесь нужны", "Канат Абдыкадыров"}}},
		{"ru она, a woman's object by case", "ru",
			"Айгуль Бекова встретилась с избирателями и поблагодарила Гульнару Асанову за помощь. «Мы откроем пятнадцать новых школ в регионах в этом году», — сказала она.",
			[]wantQuote{{"Мы откроем пятнадцать", "Айгуль Бекова"}}},
		{"ru a name inside an earlier quotation is no one", "ru",
			"Канат Абдыкадыров назвал план «лучшей идеей, которая была у Бакыта Токтогулова». «Мы откроем пятнадцать новых школ в этом году», — сказал он.",
			[]wantQuote{{"Мы откроем пятнадцать", "Канат Абдыкадыров"}}},
		{"en a name inside an earlier quotation is no one", "en",
			"Kanat Abdykadyrov called the plan “the best idea Bakyt Toktogulov ever had for the schools”. “We will open fifteen new schools this year,” he said.",
			[]wantQuote{{"We will open fifteen", "Kanat Abdykadyrov"}}},
		{"en two subjects joined: refuse", "en",
			"Kanat Abdykadyrov and Bakyt Toktogulov met in Bishkek on Monday. “We will open fifteen new schools in the regions this year,” he said.",
			nil},
		{"ru two subjects joined: refuse", "ru",
			"Канат Абдыкадыров и Бакыт Токтогулов встретились в Бишкеке в понедельник. «Мы откроем пятнадцать новых школ в регионах в этом году», — сказал он.",
			nil},
		{"en two clause subjects of one sex in turn: refuse", "en",
			"Kanat Abdykadyrov opened the session, and Bakyt Toktogulov presented the budget. “We will open fifteen new schools in the regions this year,” he said.",
			nil},
		{"ru subject after its verb in a second clause: refuse", "ru",
			"Канат Абдыкадыров открыл сессию, затем выступил Бакыт Токтогулов. «Мы откроем пятнадцать новых школ в регионах в этом году», — сказал он.",
			nil},
		{"en the other person of the other sex does not stand between", "en",
			"Kanat Abdykadyrov opened the session, and Aigul Bekova presented the budget. “We will open fifteen new schools in the regions this year,” he said.",
			[]wantQuote{{"We will open fifteen", "Kanat Abdykadyrov"}}},
		{"ru the other person of the other sex does not stand between", "ru",
			"Канат Абдыкадыров открыл сессию, а Айгуль Бекова представила бюджет. «Мы откроем пятнадцать новых школ в регионах в этом году», — сказал он.",
			[]wantQuote{{"Мы откроем пятнадцать", "Канат Абдыкадыров"}}},
	})
}

// TestQuotesPronounSourceOfSentence: a sentence that gives its words as a
// person's ("according to X", «по словам X») makes that person the one
// "he" goes on quoting; a sentence that also names someone else does not.
func TestQuotesPronounSourceOfSentence(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en according to X, then he said", "en",
			"Aigul Bekova chaired the meeting.\n\nAccording to Kanat Abdykadyrov, the schools will open in September. “We have hired two thousand new teachers for them,” he said.",
			[]wantQuote{{"We have hired", "Kanat Abdykadyrov"}}},
		{"ru по словам X, then сказал он", "ru",
			"Заседание вела Айгуль Бекова.\n\nПо словам Каната Абдыкадырова, школы откроются в сентябре. «Мы наняли для них две тысячи новых учителей», — сказал он.",
			[]wantQuote{{"Мы наняли для них", "Канат Абдыкадыров"}}},
		{"en according to X about Y: refuse", "en",
			"According to Kanat Abdykadyrov, Bakyt Toktogulov will open the schools in September. “We have hired two thousand new teachers for them,” he said.",
			nil},
		{"ru по словам X о Y: refuse", "ru",
			"По словам Каната Абдыкадырова, Бакыт Токтогулов откроет школы в сентябре. «Мы наняли для них две тысячи новых учителей», — сказал он.",
			nil},
	})
}

// TestQuotesPronounLastSpeaker: a quotation of someone else between makes
// that speaker the one "he added" goes on with.
func TestQuotesPronounLastSpeaker(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en another's quotation between", "en",
			"Kanat Abdykadyrov opened the session on Monday.\n\n“The budget for schools has doubled since last year,” said Bakyt Toktogulov. “Every region will get new classrooms,” he added.",
			[]wantQuote{{"The budget for schools", "Bakyt Toktogulov"}, {"Every region will get", "Bakyt Toktogulov"}}},
		{"ru another's quotation between", "ru",
			"Канат Абдыкадыров открыл сессию в понедельник.\n\n«Бюджет на школы вырос вдвое с прошлого года», — сказал Бакыт Токтогулов. «Каждый регион получит новые классы уже этой осенью», — добавил он.",
			[]wantQuote{{"Бюджет на школы", "Бакыт Токтогулов"}, {"Каждый регион получит", "Бакыт Токтогулов"}}},
	})
}

// TestQuotesPronounSentenceAboutHim: a sentence whose subject is the
// pronoun already ("On Tuesday he met X", «Во вторник он принял X») is
// about the earlier person, and the person in it is his object; a name
// opening a clause of its own after the pronoun's clause is the subject.
func TestQuotesPronounSentenceAboutHim(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en he met X, then he said", "en",
			"Kanat Abdykadyrov arrived in Osh on Monday. On Tuesday he met Bakyt Toktogulov at the school. “We will build fifteen new schools in the regions next year,” he said.",
			[]wantQuote{{"We will build fifteen", "Kanat Abdykadyrov"}}},
		{"ru он принял X, then сказал он", "ru",
			"Канат Абдыкадыров прибыл в Ош в понедельник. Во вторник он принял Бакыта Токтогулова в школе. «Мы построим пятнадцать новых школ в регионах в следующем году», — сказал он.",
			[]wantQuote{{"Мы построим пятнадцать", "Канат Абдыкадыров"}}},
		{"en she met X, then he said: X", "en",
			"Aigul Bekova arrived in Osh on Monday. On Tuesday she met Bakyt Toktogulov at the school. “We will build fifteen new schools in the regions next year,” he said.",
			[]wantQuote{{"We will build fifteen", "Bakyt Toktogulov"}}},
		{"en a name opening the main clause is its subject", "en",
			"Kanat Abdykadyrov arrived in Osh on Monday. When he arrived, Bakyt Toktogulov said the schools were old. “We will build fifteen new schools in the regions next year,” he said.",
			[]wantQuote{{"We will build fifteen", "Bakyt Toktogulov"}}},
		{"ru a name opening the main clause is its subject", "ru",
			"Канат Абдыкадыров прибыл в Ош в понедельник. Когда он приехал, Бакыт Токтогулов сказал, что школы старые. «Мы построим пятнадцать новых школ в регионах в следующем году», — сказал он.",
			[]wantQuote{{"Мы построим пятнадцать", "Бакыт Токтогулов"}}},
	})
}

// TestQuotesPronounObjectOfTitledSubject: a sentence whose subject is a
// title ("The minister also praised X", «Министр также похвалил X») is
// about the person named before with that title, and X, its object, is
// not "he". A subject that is a body, or a title no one before holds,
// leaves "he" unresolved.
func TestQuotesPronounObjectOfTitledSubject(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the minister praised X", "en",
			"Education Minister Kanat Abdykadyrov opened the school in Osh on Monday.\n\nThe minister also praised Bakyt Toktogulov, the head of the school.\n\n“The teachers here work harder than anyone in the country,” he said.",
			[]wantQuote{{"The teachers here work", "Kanat Abdykadyrov"}}},
		{"ru министр похвалил X", "ru",
			"Министр образования Канат Абдыкадыров открыл школу в Оше в понедельник.\n\nМинистр также похвалил директора школы Бакыта Токтогулова.\n\n«Учителя здесь работают больше всех в стране», — отметил он.",
			[]wantQuote{{"Учителя здесь работают", "Канат Абдыкадыров"}}},
		{"en the minister told X", "en",
			"Education Minister Kanat Abdykadyrov opened the school in Osh on Monday.\n\nThe minister told Bakyt Toktogulov, the head of the school, that help was coming.\n\n“The teachers here work harder than anyone in the country,” he said.",
			[]wantQuote{{"The teachers here work", "Kanat Abdykadyrov"}}},
		{"en announced X would …: X opens what was said", "en",
			"Education Minister Kanat Abdykadyrov opened the school in Osh on Monday.\n\nThe ministry announced Bakyt Toktogulov would lead it.\n\n“The teachers here work harder than anyone in the country,” he said.",
			[]wantQuote{{"The teachers here work", "Bakyt Toktogulov"}}},
		{"en the ministry praised X: refuse", "en",
			"Education Minister Kanat Abdykadyrov opened the school in Osh on Monday.\n\nThe ministry also praised Bakyt Toktogulov, the head of the school.\n\n“The teachers here work harder than anyone in the country,” he said.",
			nil},
		{"en a title no one before holds: refuse", "en",
			"Kanat Abdykadyrov opened the school in Osh on Monday.\n\nThe governor also praised Bakyt Toktogulov, the head of the school.\n\n“The teachers here work harder than anyone in the country,” he said.",
			nil},
		{"ru a title no one before holds: refuse", "ru",
			"Министр образования Канат Абдыкадыров открыл школу в Оше в понедельник.\n\nГубернатор также похвалил директора школы Бакыта Токтогулова.\n\n«Учителя здесь работают больше всех в стране», — отметил он.",
			nil},
	})
}

// TestQuotesPronounAfterPhraseInItsSentence: people named in a phrase
// before "he said:" in the quotation's own sentence are its objects, and
// "he" is the person before ("Commenting on the statement of X, he
// said"); a person who opens a clause ("When X arrived, he said") is "he".
func TestQuotesPronounAfterPhraseInItsSentence(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en commenting on X, he said", "en",
			"Bakyt Toktogulov arrived in Osh on Monday. Commenting on the statement of Kanat Abdykadyrov, he said: “We will build fifteen new schools in the regions next year.”",
			[]wantQuote{{"We will build fifteen", "Bakyt Toktogulov"}}},
		{"ru комментируя X, он сказал", "ru",
			"Бакыт Токтогулов прибыл в Ош в понедельник. Комментируя заявление Каната Абдыкадырова, он сказал: «Мы построим пятнадцать новых школ в регионах в следующем году».",
			[]wantQuote{{"Мы построим пятнадцать", "Бакыт Токтогулов"}}},
		{"en as soon as X arrived, he said", "en",
			"The school opened in Osh on Monday. As soon as Bakyt Toktogulov arrived, he said: “We will build fifteen new schools in the regions next year.”",
			[]wantQuote{{"We will build fifteen", "Bakyt Toktogulov"}}},
		{"ru как только X прибыл, он сказал", "ru",
			"Школа открылась в Оше в понедельник. Как только Бакыт Токтогулов прибыл, он сказал: «Мы построим пятнадцать новых школ в регионах в следующем году».",
			[]wantQuote{{"Мы построим пятнадцать", "Бакыт Токтогулов"}}},
	})
}

// TestQuotesPronounKnownObject: a known person named in an oblique case
// («поздравил Владимира Путина») is an object in Russian and does not
// stand between «он» and the subject; in the nominative he may be meant.
func TestQuotesPronounKnownObject(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru known person as object", "ru",
			"Канат Абдыкадыров поздравил Владимира Путина с днем рождения в понедельник. «Мы построим пятнадцать новых школ в регионах в следующем году», — сказал он.",
			[]wantQuote{{"Мы построим пятнадцать", "Канат Абдыкадыров"}}},
		{"ru known person as a second subject: refuse", "ru",
			"Канат Абдыкадыров выступил первым, затем выступил Владимир Путин. «Мы построим пятнадцать новых школ в регионах в следующем году», — сказал он.",
			nil},
		{"en known person as object: refuse (English marks no object)", "en",
			"Kanat Abdykadyrov congratulated Vladimir Putin on his birthday on Monday. “We will build fifteen new schools in the regions next year,” he said.",
			nil},
	})
}

// TestQuotesPronounLoneSurname: "he" resolves to a public figure the
// article names by surname alone ("Scholz", «Шольц»); "she" does not,
// as the surname gives no sex, and a surname of a person the article
// does not know stays no one.
func TestQuotesPronounLoneSurname(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a public figure's surname", "en",
			"Scholz arrived in Astana on Monday for talks on uranium supplies. “We will build a new partnership with Central Asia this year,” he said.",
			[]wantQuote{{"We will build a new", "Scholz"}}},
		{"ru фамилия публичного лица", "ru",
			"Шольц прибыл в Астану в понедельник на переговоры о поставках урана. «Мы построим новое партнерство с Центральной Азией в этом году», — сказал он.",
			[]wantQuote{{"Мы построим новое", "Шольц"}}},
		{"en she after a surname of no sex: refuse", "en",
			"Scholz arrived in Astana on Monday for talks on uranium supplies. “We will build a new partnership with Central Asia this year,” she said.",
			nil},
		{"en an unknown surname alone: refuse", "en",
			"On Monday Toktogulov showed the new classrooms to parents. “We will build fifteen new schools in the regions next year,” he said.",
			nil},
	})
}

// TestQuotesPronounChainOfHe: sentences that open with the pronoun go on
// about the same person and do not use up how far "he" looks back;
// sentences that name no one do.
func TestQuotesPronounChainOfHe(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en six sentences opening with he", "en",
			"Kanat Abdykadyrov visited Osh on Monday. He met teachers. He opened a school. He visited a hospital. He spoke to doctors. He thanked the nurses. He planted a tree. “We will build fifteen new schools in the regions next year,” he said.",
			[]wantQuote{{"We will build fifteen", "Kanat Abdykadyrov"}}},
		{"ru шесть предложений с «Он»", "ru",
			"Канат Абдыкадыров посетил Ош в понедельник. Он встретился с учителями. Он открыл школу. Он посетил больницу. Он поговорил с врачами. Он поблагодарил медсестер. Он посадил дерево. «Мы построим пятнадцать новых школ в регионах в следующем году», — сказал он.",
			[]wantQuote{{"Мы построим пятнадцать", "Канат Абдыкадыров"}}},
		{"en six sentences about other things: refuse", "en",
			"Kanat Abdykadyrov visited Osh on Monday. The school was built in 1965. The roof leaks. The windows are broken. The desks are old. The heating does not work. The pupils study in coats. “We will build fifteen new schools in the regions next year,” he said.",
			nil},
	})
}

// TestQuotesPronounComplementNoRival: a person named in a phrase's
// complement ("the government of Prime Minister X", «по приглашению X»)
// is no rival subject; a passive's agent ("greeted by X") may be.
func TestQuotesPronounComplementNoRival(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en complement after of", "en",
			"Kanat Abdykadyrov criticised the government of Prime Minister Bakyt Toktogulov on Monday. “We will build fifteen new schools in the regions next year,” he said.",
			[]wantQuote{{"We will build fifteen", "Kanat Abdykadyrov"}}},
		{"ru complement after по приглашению", "ru",
			"Канат Абдыкадыров прибыл в Ош по приглашению губернатора Бакыта Токтогулова. «Мы построим пятнадцать новых школ в регионах в следующем году», — сказал он.",
			[]wantQuote{{"Мы построим пятнадцать", "Канат Абдыкадыров"}}},
		{"en a passive's agent: refuse", "en",
			"Kanat Abdykadyrov was greeted by Bakyt Toktogulov at the airport on Monday. “We will build fifteen new schools in the regions next year,” he said.",
			nil},
	})
}
