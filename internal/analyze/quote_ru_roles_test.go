package analyze

import "testing"

// TestQuotesMoreRoles: a report's words for someone named before by
// title resolve to that person («— заявил градоначальник» after «Аким
// Алматы X», «— сказал гособвинитель» after «Прокурор X», «— заявил
// народный избранник» after «Депутат X», «— заявил вице-премьер» after
// «Вице-премьер X»; "the teacher said", "the vice-president said"); a
// vice-president is never the president, nor a prosecutor a lawyer.
func TestQuotesMoreRoles(t *testing.T) {
	const ru = "\n\n«Мы будем и дальше развивать сотрудничество во всех направлениях», — "
	const en = "\n\n“We will keep developing our cooperation in every direction,” "
	runQuoteCases(t, []quoteCase{
		{"ru градоначальник for the akim", "ru", "Аким Алматы Ерболат Досаев провел встречу с жителями." + ru + "заявил градоначальник.",
			[]wantQuote{{"Мы будем и дальше", "Ерболат Досаев"}}},
		{"ru гособвинитель for the prosecutor", "ru", "Прокурор Ерлан Ахметов выступил в суде." + ru + "сказал гособвинитель.",
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru народный избранник for the deputy", "ru", "Депутат мажилиса Ерлан Ахметов выступил на заседании." + ru + "заявил народный избранник.",
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru вице-премьер for the vice-premier", "ru", "Вице-премьер Серик Жумангарин провел встречу с жителями." + ru + "заявил вице-премьер.",
			[]wantQuote{{"Мы будем и дальше", "Серик Жумангарин"}}},
		{"en the vice-president for the vice-president", "en", "Serik Zhumangarin, the vice-president, met residents on Monday." + en + "the vice-president said.",
			[]wantQuote{{"We will keep developing", "Serik Zhumangarin"}}},
		{"en the teacher", "en", "Aigul Bekova, a teacher at the school, spoke to parents on Monday." + en + "the teacher said.",
			[]wantQuote{{"We will keep developing", "Aigul Bekova"}}},
		// Refused.
		{"ru вице-президент is no president", "ru", "Президент Касым-Жомарт Токаев провел совещание." + ru + "заявил вице-президент.",
			nil},
		{"ru гособвинитель is no lawyer", "ru", "Адвокат Ерлан Ахметов выступил в суде." + ru + "сказал гособвинитель.",
			nil},
		{"en the vice-president is no president", "en", "President Kassym-Jomart Tokayev held a meeting on Monday." + en + "the vice-president said.",
			nil},
	})
}

// TestQuotesInterviewerRole: «— спросил журналист» / "the reporter asked"
// is never the interviewee the sentences around name, and the answer in a
// dash dialogue stays the interviewee's.
func TestQuotesInterviewerRole(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru the journalist's question is not the interviewee's", "ru",
			"Ерлан Ахметов ответил на вопросы журналистов.\n\n«Как вы оцениваете ситуацию на дорогах района?» — спросил журналист.",
			nil},
		{"en the reporter's question is not the interviewee's", "en",
			"Erlan Akhmetov answered questions from journalists.\n\n“How do you assess the situation on the roads?” the reporter asked.",
			nil},
		{"ru a dash dialogue: the answer is the interviewee's", "ru",
			"Ерлан Ахметов ответил на вопросы журналистов.\n\n– Как вы оцениваете ситуацию на дорогах района? – спросил журналист.\n\n– Ситуация стабильная, все службы работают в штатном режиме, – ответил Ахметов.",
			[]wantQuote{{"Ситуация стабильная", "Ерлан Ахметов"}}},
	})
}
