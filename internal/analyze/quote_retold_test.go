package analyze

import "testing"

// TestRetoldWords: a quotation that opens with a third person and a
// speech verb and is mostly the inner quotation is someone else's words,
// retold; the speaker's own words citing a phrase, or recalling their own
// words, stay.
func TestRetoldWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"He said, ‘We will rebuild the bridge before winter and nobody will stop us.’ It was a promise we believed.", true},
		{"The mayor told us: “The money is there, the plans are ready and the work starts on Monday.”", false},
		{"Smith told me, “You have to keep going whatever the score says,” and I never forgot it.", true},
		{"I said, ‘This is not the way to treat people who have paid for years,’ and they agreed.", false},
		{"He said, ‘no.’ And then the whole room went quiet and we had to think again about everything we had planned.", false},
		{"We were told the road would close, but he said it’s fine and nobody checked the signs again.", false},
		{"Он сказал: «Мы восстановим мост до зимы, и никто нас не остановит». Мы ему поверили.", true},
		{"Она ответила мне: „Денег хватит на весь ремонт, работы начнутся в понедельник“.", true},
		{"Я сказал: «Так с людьми нельзя», и со мной согласились все, кто был в зале в тот вечер, включая директора.", false},
		{"Мы пообещали жителям, что дорогу откроют к весне, и слово сдержим.", false},
	} {
		if got := retoldWords(c.text); got != c.want {
			t.Errorf("retoldWords(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestQuotesRetold: the second part of a split quotation that retells
// another person's words ("“…,” X said. “He said, ‘…’ …”") is no pull-quote
// of the speaker's; the speaker's own part stays.
func TestQuotesRetold(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en retold second part", "en",
			"Councillor Maria Lopez spoke after the vote on the new library.\n“We spoke to the minister after the meeting, and it was a long talk,” Lopez said. “He said, ‘The money will come, but you have to wait until the next budget is passed by parliament.’ That was all.”",
			[]wantQuote{{"We spoke to the minister after the meeting", "Maria Lopez"}}},
		{"ru пересказ чужих слов", "ru",
			"Депутат Ирина Соколова рассказала о встрече с министром.\n«Мы говорили с министром после заседания, разговор был долгим», — сказала Соколова. «Он сказал: „Деньги будут, но придется подождать, пока парламент не примет следующий бюджет“. Вот и все».",
			[]wantQuote{{"Мы говорили с министром после заседания", "Ирина Соколова"}}},
	})
}

// TestQuotesCommaClosedNoAside: a quotation opening its paragraph whose
// words close with a comma (“…,” X began to reply.) goes on into an
// attribution of its own, read or not, so it never continues the speaker
// of the paragraph before as a quotation followed by the reporter's own
// sentence would.
func TestQuotesCommaClosedNoAside(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en comma-closed answer after a question", "en",
			"On the evening show, presenter Anna Webb asked about the strike.\n“Will the trains run on Monday or not, after everything your union has said this week?” Webb asked.\n“It depends on what the managers offer us tonight at the meeting,” Carter began to reply.",
			[]wantQuote{{"Will the trains run on Monday", "Anna Webb"}}},
		{"en reporter's sentence after a full stop still continues", "en",
			"Union leader Tom Carter spoke after the meeting.\n“We will not accept a deal that cuts the pay of our drivers,” Carter said.\n“The managers know where we stand and what we want from them.” The talks resume on Friday.",
			[]wantQuote{{"We will not accept a deal", "Tom Carter"}, {"The managers know where we stand", "Tom Carter"}}},
		{"ru ответ с запятой после вопроса", "ru",
			"Ведущая Анна Белова спросила о забастовке.\n«Поезда пойдут в понедельник или нет, после всего, что сказал ваш профсоюз?» — спросила Белова.\n«Это зависит от того, что руководство предложит нам сегодня вечером», — начал отвечать Картер.",
			[]wantQuote{{"Поезда пойдут в понедельник", "Анна Белова"}}},
	})
}
