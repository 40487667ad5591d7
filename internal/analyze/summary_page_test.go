package analyze

import (
	"strings"
	"testing"
)

// summaryCase is one table test of a summary: the body, what the summary
// must start with (or be, when exact) and fragments it must not hold.
type summaryCase struct {
	name, lang, title, body string
	want                    string
	exact                   bool
	bad                     []string
}

func runSummaryCases(t *testing.T, tests []summaryCase) {
	t.Helper()
	a := shared()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := tt.title
			if title == "" {
				title = "Headline"
			}
			got := a.Analyze(Input{Title: title, Body: tt.body, Lang: tt.lang}).Summary
			if tt.exact && got != tt.want || !tt.exact && !strings.HasPrefix(got, tt.want) {
				t.Errorf("summary %q, want %q (exact: %v)", got, tt.want, tt.exact)
			}
			for _, b := range tt.bad {
				if strings.Contains(got, b) {
					t.Errorf("summary %q holds %q", got, b)
				}
			}
		})
	}
}

// summaryPrefixCase is a table test of a summary with the "Headline"
// title: what it must start with and fragments it must not hold.
type summaryPrefixCase struct {
	name, lang, body string
	wantPrefix       string
	bad              []string
}

func runSummaryPrefixCases(t *testing.T, tests []summaryPrefixCase) {
	t.Helper()
	cases := make([]summaryCase, len(tests))
	for i, tt := range tests {
		cases[i] = summaryCase{name: tt.name, lang: tt.lang, body: tt.body, want: tt.wantPrefix, bad: tt.bad}
	}
	runSummaryCases(t, cases)
}

// TestSummaryStampRuns: a page's date or time stamp written with month
// names, weekdays, clock words or labels is no summary, alone or opening a
// live page's entry before a colon, in every corpus language; dates inside
// news stay.
func TestSummaryStampRuns(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: Updated and a date in words", lang: "en",
			body: "Updated 12 March 2024\nThe central bank of Kazakhstan kept its base rate unchanged on Friday.",
			want: "The central bank", bad: []string{"Updated", "March"}},
		{name: "de: an update stamp opens a ticker's entry", lang: "de",
			body: "Update vom Dienstag, 5. März, 09.15 Uhr: Die Regierung in Berlin hat das Heizungsgesetz um ein Jahr verschoben.",
			want: "Die Regierung in Berlin", bad: []string{"Uhr", "Update"}},
		{name: "de: a ticker's clock before a colon", lang: "de",
			body: "+++ 18.40 Uhr: Der Bundestag hat den Haushalt nach langer Debatte verabschiedet.",
			want: "Der Bundestag hat", bad: []string{"+++", "Uhr"}},
		{name: "ru: Обновлено and a date in words", lang: "ru",
			body: "Обновлено 12 марта 2024, 15:40\nЦентробанк сохранил ключевую ставку на уровне 16%.",
			want: "Центробанк сохранил", bad: []string{"Обновлено", "15:40"}},
		{name: "ru: время перед двоеточием в онлайн-ленте", lang: "ru",
			body: "+++ 15:40: Правительство утвердило новый бюджет на три года.",
			want: "Правительство утвердило", bad: []string{"15:40"}},
		{name: "uk: a time ago", lang: "uk",
			body: "2 год тому\nУряд затвердив нову програму підтримки аграріїв на наступний рік.",
			want: "Уряд затвердив", bad: []string{"тому"}},
		{name: "fr: an hour of a live page", lang: "fr",
			body: "19h33. Le gouvernement a annoncé un nouveau plan pour les hôpitaux du pays.",
			want: "Le gouvernement a annoncé", bad: []string{"19h33"}},
		{name: "es: a time and a date in words", lang: "es",
			body: "21:06 h, 28 de abril de 2022\nEl Gobierno aprobó el decreto anticrisis en el Congreso.",
			want: "El Gobierno aprobó", bad: []string{"21:06", "abril"}},
		{name: "it: aggiornato and a date", lang: "it",
			body: "Aggiornato il 12 marzo 2024 alle 14:05\nIl governo ha approvato il decreto sulle pensioni.",
			want: "Il governo ha approvato", bad: []string{"Aggiornato", "marzo"}},
		{name: "pt: atualizado and a date", lang: "pt",
			body: "Atualizado em 12 de março de 2024 às 14h05\nO governo anunciou novas medidas para a economia.",
			want: "O governo anunciou", bad: []string{"Atualizado", "março"}},
		{name: "tr: a date with a weekday", lang: "tr",
			body: "12 Mart 2024, Salı 14:05\nMerkez Bankası politika faizini sabit tuttu ve yeni adımlar açıkladı.",
			want: "Merkez Bankası", bad: []string{"Mart", "14:05"}},
		// News that opens with a date or a number stays whole.
		{name: "en: a month opens news", lang: "en",
			body: "March 2024 was the warmest month on record, forecasters said on Monday.",
			want: "March 2024 was the warmest month on record, forecasters said on Monday.", exact: true},
		{name: "en: hours open news", lang: "en",
			body: "2 hours later, police arrived at the scene, officials said.",
			want: "2 hours later, police arrived at the scene, officials said.", exact: true},
		{name: "ru: дата открывает новость", lang: "ru",
			body: "12 марта 2024 года парламент назначил выборы нового созыва.",
			want: "12 марта 2024 года парламент назначил выборы нового созыва.", exact: true},
		{name: "en: hours and a colon before lower case", lang: "en",
			body: "3 hours: that is how long the talks lasted, the minister said.",
			want: "3 hours: that is how long the talks lasted, the minister said.", exact: true},
	})
}

// TestSummaryLivePageNotes: a short sentence that names the live page
// itself ("Die aktuelle Lage im Liveblog.", "Dieser News-Ticker ist
// geschlossen.") is no summary; news about stock tickers stays.
func TestSummaryLivePageNotes(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "de: a standfirst closed by the live blog", lang: "de",
			body: "Die Koalition in Berlin ist am Mittwochabend zerbrochen: Der Kanzler hat den Finanzminister entlassen, die Minister seiner Partei treten zurück. Alle Entwicklungen im Liveblog.",
			want: "Die Koalition in Berlin ist am Mittwochabend zerbrochen: Der Kanzler hat den Finanzminister entlassen, die Minister seiner Partei treten zurück.", exact: true},
		{name: "de: a closed ticker", lang: "de",
			body: "Der Außenminister reist nach Kiew.\nDieser Newsticker ist beendet. Weitere Meldungen finden Sie in unserem neuen Ukraine-Ticker.",
			want: "Der Außenminister reist nach Kiew.", exact: true},
		{name: "de: the ticker ends here", lang: "de",
			body: "Unser Ticker für heute endet hier.\nDie Regierung hat neue Hilfen für Landwirte beschlossen.",
			want: "Die Regierung hat", bad: []string{"Ticker"}},
		{name: "en: follow our live coverage", lang: "en",
			body: "Parliament voted to delay the budget. Follow our live coverage for the latest.",
			want: "Parliament voted to delay the budget.", exact: true},
		{name: "ru: онлайн-трансляция", lang: "ru",
			body: "Парламент отложил голосование по бюджету. Онлайн-трансляция событий продолжается.",
			want: "Парламент отложил голосование по бюджету.", exact: true},
		{name: "en: a stock ticker is news", lang: "en",
			body: "The stock ticker of the company changed after the merger, analysts said.",
			want: "The stock ticker of the company changed after the merger, analysts said.", exact: true},
		{name: "de: the stock exchange ticker is news", lang: "de",
			body: "Der Börsenticker zeigte am Montag einen Rückgang von drei Prozent.",
			want: "Der Börsenticker zeigte am Montag einen Rückgang von drei Prozent.", exact: true},
	})
}

// TestSummaryListIntro: a line that only introduces bullets ("Here are
// the main points:") gives way to them; a line above dialogue stays.
func TestSummaryListIntro(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a roundup over bullets", lang: "en",
			body: "Here are the main points of the day:\n• The parliament passed the budget after a long debate.\n• The opposition walked out in protest.",
			want: "The parliament passed the budget", bad: []string{"main points"}},
		{name: "ru: главное к этому часу", lang: "ru",
			body: "Главное к этому часу:\n• Парламент принял бюджет после долгих дебатов.\n• Оппозиция покинула зал в знак протеста.",
			want: "Парламент принял бюджет", bad: []string{"Главное"}},
		{name: "ru: строка над диалогом остается", lang: "ru",
			body: "Если бы врачи были программистами:\n- Доктор, у меня болит голова.\n- Перезагрузитесь и приходите завтра.",
			want: "Если бы врачи были программистами:"},
	})
}

// TestSummaryAfterPromo: the short lines of an app or subscription prompt
// are part of it.
func TestSummaryAfterPromo(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: an app prompt's lines", lang: "en",
			body: "Get all your news in one place.\nThousands of great stories.\nOne app.\nThe central bank kept rates on hold on Thursday, citing inflation.",
			want: "The central bank kept rates", bad: []string{"great stories", "One app"}},
		{name: "ru: строки призыва скачать приложение", lang: "ru",
			body: "Скачайте приложение, чтобы читать новости первыми.\nВсе новости в одном месте.\nЦентробанк сохранил ключевую ставку на уровне 16%.",
			want: "Центробанк сохранил", bad: []string{"одном месте"}},
	})
}

// TestSummaryKickerCaption: a caption printed twice, once under a kicker
// ("Nach der Wahl: …") and once opening the next paragraph, is no summary.
func TestSummaryKickerCaption(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "de: a kicker caption and its copy", lang: "de",
			body: "Die Koalition verliert die Mehrheit. Der Kanzler will Neuwahlen.\nNach der Wahl: Der Kanzler steht nach der Niederlage seiner Partei unter Druck.\nDer Kanzler steht nach der Niederlage seiner Partei unter Druck. Die Opposition fordert eine Vertrauensfrage.",
			want: "Die Koalition verliert die Mehrheit. Der Kanzler will Neuwahlen. Die Opposition fordert eine Vertrauensfrage.", exact: true},
		{name: "en: a kicker caption and its copy", lang: "en",
			body: "The coalition lost its majority. The chancellor wants new elections.\nAfter the vote: The chancellor is under pressure after his party's defeat.\nThe chancellor is under pressure after his party's defeat. The opposition demands a confidence vote.",
			want: "The coalition lost its majority. The chancellor wants new elections. The opposition demands a confidence vote.", exact: true},
		{name: "ru: подпись с рубрикой и ее копия", lang: "ru",
			body: "Коалиция в парламенте потеряла большинство. Канцлер хочет новых выборов.\nПосле выборов: Канцлер оказался под давлением после поражения своей партии.\nКанцлер оказался под давлением после поражения своей партии. Оппозиция требует вотума доверия.",
			want: "Коалиция в парламенте потеряла большинство. Канцлер хочет новых выборов. Оппозиция требует вотума доверия.", exact: true},
		{name: "en: a label and a colon in news stay", lang: "en",
			body: "Kazakhstan: The government approved a new budget on Monday.\nThe budget raises spending on schools and hospitals.",
			want: "Kazakhstan: The government approved a new budget on Monday."},
	})
}

// TestSummaryCaptionFallback: when every paragraph carries a picture's
// credit, the text before the first credit is the summary rather than
// nothing; a credit alone still gives none.
func TestSummaryCaptionFallback(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "pt: every paragraph credited", lang: "pt",
			body: "O presidente cancelou as viagens programadas para a próxima semana por orientação médica. (Foto: Agência Brasil)\nOs eventos seriam realizados em dois estados governados pela oposição. (Foto: Agência Brasil)",
			want: "O presidente cancelou as viagens programadas para a próxima semana por orientação médica.", exact: true},
		{name: "ru: каждый абзац с подписью фото", lang: "ru",
			body: "Правительство утвердило программу поддержки фермеров на ближайшие три года. Фото: пресс-служба правительства\nПрограмма предусматривает льготные кредиты для небольших хозяйств. Фото: пресс-служба правительства",
			want: "Правительство утвердило программу поддержки фермеров на ближайшие три года.", exact: true},
		{name: "ru: подпись фото приклеена к концу текста без точки", lang: "ru",
			body: "Президент России провел встречу с губернаторами в Кремле и обсудил подготовку регионов к зиме Фото: пресс-служба Кремля",
			want: "Президент России провел встречу с губернаторами в Кремле и обсудил подготовку регионов к зиме", exact: true},
		{name: "en: a credit glued to the text's end", lang: "en",
			body: "The president met regional governors at the Kremlin on Monday to discuss winter preparations Photo: Kremlin press service",
			want: "The president met regional governors at the Kremlin on Monday to discuss winter preparations", exact: true},
		{name: "de: Bild: glued to the text's end", lang: "de",
			body: "Der Bundestag hat am Donnerstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen Bild: dpa",
			want: "Der Bundestag hat am Donnerstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen", exact: true},
		{name: "en: a credit alone gives no summary", lang: "en",
			body: "Photo: Reuters/John Smith",
			want: "", exact: true},
	})
}

// TestSummaryNavLinks: the headline under "Previous article" / «Следующая
// статья» is another story's.
func TestSummaryNavLinks(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "it: articolo precedente", lang: "it",
			body: "Il governo ha approvato la manovra in consiglio dei ministri.\n\nArticolo precedente\n\nMeloni incontra i sindacati a Palazzo Chigi per discutere della nuova riforma delle pensioni\n\nnext",
			want: "Il governo ha approvato la manovra in consiglio dei ministri.", exact: true},
		{name: "en: next article", lang: "en",
			body: "The parliament approved the budget on Tuesday after a long debate.\nNext article\nFloods hit the north of the country as rivers burst their banks after a week of rain\nmore",
			want: "The parliament approved the budget on Tuesday after a long debate.", exact: true},
		{name: "ru: следующая статья", lang: "ru",
			body: "Парламент утвердил бюджет во вторник после долгих дебатов.\nСледующая статья\nНаводнение затопило север страны после недели проливных дождей и сильного ветра\nещё",
			want: "Парламент утвердил бюджет во вторник после долгих дебатов.", exact: true},
	})
}

// TestSummaryRepeatedTagRow: a row of tags printed twice, with some words in
// lower case, is no summary; an unpunctuated line that does not repeat
// itself stays.
func TestSummaryRepeatedTagRow(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "ru: ряд меток с повтором", lang: "ru",
			body: "Москва Кремль Путин Песков Москва Кремль политика и общество Москва Кремль Путин\nПресс-секретарь президента заявил, что переговоры продолжатся на следующей неделе.",
			want: "Пресс-секретарь президента", bad: []string{"Кремль Путин"}},
		{name: "en: a repeated tag row", lang: "en",
			body: "Kyiv Ukraine Zelensky war Kyiv Ukraine Zelensky news and politics Kyiv Ukraine\nThe mayor of Kyiv said the city council had met to discuss its defence.",
			want: "The mayor of Kyiv", bad: []string{"Zelensky war"}},
		{name: "ru: строка без знаков с одним повтором остается", lang: "ru",
			body: "Новости дня и новости недели в Казахстане и мире\nПравительство утвердило новую программу поддержки фермеров.",
			want: "Новости дня и новости недели"},
	})
}

// TestSummaryAgencyNounDateline: a dateline's brackets may name the agency
// with its noun ("(dts Nachrichtenagentur)", "(Agencia EFE)") after a place;
// brackets after a phrase in lower case are news.
func TestSummaryAgencyNounDateline(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "de: dts Nachrichtenagentur", lang: "de",
			body: "Berlin (dts Nachrichtenagentur) – Der Bundestag hat den Haushalt für das kommende Jahr beschlossen.",
			want: "Der Bundestag hat", bad: []string{"dts"}},
		{name: "es: Agencia EFE", lang: "es",
			body: "Madrid (Agencia EFE) – El Gobierno aprobó el decreto de ayudas a los agricultores.",
			want: "El Gobierno aprobó", bad: []string{"EFE"}},
		{name: "ru: агентство в скобках", lang: "ru",
			body: "Москва (агентство Интерфакс) — Правительство утвердило новую программу поддержки фермеров.",
			want: "Правительство утвердило", bad: []string{"Интерфакс"}},
		{name: "en: an agency in brackets after a phrase is news", lang: "en",
			body: "The head of the agency (UN refugee agency) - Filippo Grandi - said the camps were full.",
			want: "The head of the agency (UN refugee agency) - Filippo Grandi - said the camps were full.", exact: true},
	})
}

// TestSummaryHeadedPlaceDateline: a short heading glued before a dateline's
// place in capitals goes with the dateline; a capitalised acronym before a
// dash inside a sentence stays.
func TestSummaryHeadedPlaceDateline(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "tr: a heading before ANKARA -", lang: "tr",
			body: "Cumhurbaşkanı'nın konuşması ANKARA - Cumhurbaşkanı, yeni anayasa çalışmalarının yıl sonuna kadar tamamlanacağını söyledi.",
			want: "Cumhurbaşkanı, yeni anayasa", bad: []string{"ANKARA", "konuşması"}},
		{name: "ru: заголовок перед МОСКВА -", lang: "ru",
			body: "Выступление президента МОСКВА - Президент России заявил, что бюджет будет принят до конца года.",
			want: "Президент России заявил", bad: []string{"МОСКВА"}},
		{name: "en: a heading before LONDON -", lang: "en",
			body: "Minister's speech LONDON - The foreign secretary said the talks would resume next week.",
			want: "The foreign secretary", bad: []string{"LONDON"}},
		{name: "en: an acronym before a dash in a sentence", lang: "en",
			body: "Relations between Moscow and NATO - the alliance's members say - are at their lowest point.",
			want: "Relations between Moscow and NATO - the alliance's members say - are at their lowest point.", exact: true},
	})
}

// TestSummarySlashCreditParagraph: a paragraph that ends, without a full
// stop, in a photographer's credit in brackets is a caption; a party and
// its state after a name are not a credit.
func TestSummarySlashCreditParagraph(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "pt: a caption credited in brackets", lang: "pt",
			body: "O presidente Lula durante entrevista em Brasília (Ricardo Stuckert/PR)\nO presidente Lula anunciou um novo programa de habitação nesta segunda-feira.",
			want: "O presidente Lula anunciou", bad: []string{"Stuckert"}},
		{name: "ru: подпись с фотографом в скобках", lang: "ru",
			body: "Президент во время встречи в Кремле (Иван Петров/ТАСС)\nПрезидент России провел встречу с губернаторами в Кремле.",
			want: "Президент России провел", bad: []string{"Петров"}},
		{name: "en: a caption credited in brackets", lang: "en",
			body: "The minister speaks in Parliament during the debate on housing in London (John Smith/Reuters)\nThe minister announced new rules for landlords on Monday.",
			want: "The minister announced", bad: []string{"Reuters"}},
		{name: "pt: a party and its state stay", lang: "pt",
			body: "A proposta foi apresentada pelo deputado João Silva (PSDB/SP)",
			want: "A proposta foi apresentada pelo deputado João Silva (PSDB/SP)", exact: true},
	})
}

// TestSummaryQuotedHeadlineLink: a line of its own that ends on a
// quotation, without a full stop, after the lead is a link to another
// story; a quoted sentence with its full stop is text.
func TestSummaryQuotedHeadlineLink(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "es: a linked headline ending in a quotation", lang: "es",
			body: "Comparecen los ministros de Hacienda y de Justicia en la rueda de prensa posterior al Consejo.\nEl Gobierno prorrogará el estado de alarma \"si lo piden los expertos\"\nLa portavoz del Gobierno durante la rueda de prensa.",
			want: "Comparecen los ministros de Hacienda y de Justicia en la rueda de prensa posterior al Consejo.", exact: true},
		{name: "en: a linked headline ending in a quotation", lang: "en",
			body: "The ministers of finance and justice spoke after the cabinet meeting on Tuesday.\nGovernment to extend emergency \"only if experts ask\"\nThe spokeswoman at the news conference.",
			want: "The ministers of finance and justice spoke after the cabinet meeting on Tuesday.", exact: true},
		{name: "ru: ссылка-заголовок с цитатой в конце", lang: "ru",
			body: "Министры финансов и юстиции выступили после заседания правительства во вторник.\nПравительство продлит режим «только по совету экспертов»\nПресс-секретарь на брифинге в Доме правительства.",
			want: "Министры финансов и юстиции выступили после заседания правительства во вторник.", exact: true},
		{name: "en: a quoted sentence with its full stop stays", lang: "en",
			body: "The minister spoke after the meeting.\n\"We will win this vote.\"\nThe opposition disagreed with him.",
			want: "The minister spoke after the meeting. \"We will win this vote.\" The opposition disagreed with him.", exact: true},
	})
}

// TestSummaryMixedScriptLabels: a Cyrillic label typed with a Latin look-alike
// letter («Tекст:», «Фотo:») is still a byline or a credit.
func TestSummaryMixedScriptLabels(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "ru: Tекст with a Latin T", lang: "ru",
			body: "Tекст: Анна Петрова, корреспондент отдела политики, специально для нашего издания.\nПравительство утвердило новую программу поддержки фермеров.",
			want: "Правительство утвердило", bad: []string{"Петрова"}},
		{name: "ru: Фотo with a Latin o", lang: "ru",
			body: "Фотo: пресс-служба Кремля и личный архив министра обороны страны.\nПрезидент провел совещание с членами правительства.",
			want: "Президент провел", bad: []string{"пресс-служба"}},
		{name: "uk: Фотo with a Latin o", lang: "uk",
			body: "Фотo: Офіс президента та особистий архів міністра оборони країни.\nПрезидент України провів нараду з урядом щодо енергетики.",
			want: "Президент України", bad: []string{"Офіс"}},
		{name: "ru: a mixed word in news stays", lang: "ru",
			body: "Tесла открыла завод в Берлине, сообщили в компании.",
			want: "Tесла открыла завод в Берлине, сообщили в компании.", exact: true},
		// A first word that stays mixed once its look-alikes are folded
		// (Cyrillic а's in a Turkish word, a Latin d or r in a Russian
		// one) is read as it stands, and the page is analysed.
		{name: "tr: Cyrillic а's in a Turkish word", lang: "tr",
			body: "Kаrаdеniz'dе şiddetli fırtına nedeniyle limanlar kapatıldı.\nYetkililer balıkçıları uyardı.",
			want: "Kаrаdеniz'dе şiddetli fırtına"},
		{name: "ru: a Latin d in a Russian word", lang: "ru",
			body: "Пoдвoдный кабель между островами повреждён, сообщили энергетики.\nРемонт займёт неделю.",
			want: "Пoдвoдный кабель"},
		{name: "ru: a Latin r and d in a label", lang: "ru",
			body: "Фoтоrраd: архив редакции.\nВ Томске открылся новый мост через реку.",
			want: "В Томске открылся", bad: []string{"архив"}},
	})
}

// TestSummaryPromptsAndLabels: calls to read on elsewhere or to pay, calls
// to follow the outlet on a social network, breaking-news labels, skip
// links, lower-case agencies in a dateline, stamps with a date label and
// captions closed by "- file photo" are no summary, in several languages;
// the same words inside news stay.
func TestSummaryPromptsAndLabels(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "tr: the rest of the story on the next page", lang: "tr",
			body: "Bakan yeni vergi düzenlemesini açıkladı. Haberin devamı için bir sonraki sayfaya geçebilirsiniz.",
			want: "Bakan yeni vergi düzenlemesini açıkladı.", exact: true},
		{name: "en: subscribe to continue reading", lang: "en",
			body: "The minister announced a new tax on Monday. To continue reading, subscribe to our premium plan.",
			want: "The minister announced a new tax on Monday.", exact: true},
		{name: "ru: чтобы продолжить чтение", lang: "ru",
			body: "Министр объявил о новом налоге в понедельник. Чтобы продолжить чтение, оформите подписку на издание.",
			want: "Министр объявил о новом налоге в понедельник.", exact: true},
		{name: "de: weiterlesen mit Abo", lang: "de",
			body: "Der Minister kündigte am Montag eine neue Steuer an. Jetzt weiterlesen mit dem Digital-Abo für einen Euro.",
			want: "Der Minister kündigte am Montag eine neue Steuer an.", exact: true},
		{name: "uk: read us on Telegram", lang: "uk",
			body: "Міністр оголосив про новий податок у понеділок. Читайте нас у Telegram та Facebook, щоб знати більше.",
			want: "Міністр оголосив про новий податок у понеділок.", exact: true},
		{name: "es: follow us on Twitter", lang: "es",
			body: "El ministro anunció un nuevo impuesto el lunes. Síguenos en Twitter e Instagram para más noticias.",
			want: "El ministro anunció un nuevo impuesto el lunes.", exact: true},
		{name: "en: BREAKING label", lang: "en",
			body: "BREAKING: The central bank raised its key rate by two points on Friday.",
			want: "The central bank raised its key rate by two points on Friday.", exact: true},
		{name: "ru: Срочно label", lang: "ru",
			body: "Срочно: Центробанк повысил ключевую ставку на два пункта в пятницу.",
			want: "Центробанк повысил ключевую ставку на два пункта в пятницу.", exact: true},
		{name: "tr: Son dakika label", lang: "tr",
			body: "Son dakika: Merkez Bankası politika faizini iki puan artırdı.",
			want: "Merkez Bankası politika faizini iki puan artırdı.", exact: true},
		{name: "fr: a skip link", lang: "fr",
			body: "Aller au contenu principal de la page d'accueil du site\nLe gouvernement a présenté son budget pour l'année prochaine.",
			want: "Le gouvernement a présenté", bad: []string{"contenu"}},
		{name: "it: a lower-case agency in a dateline", lang: "it",
			body: "Roma, 15 giu. (askanews) – Il governo ha approvato il decreto sulle pensioni in consiglio dei ministri.",
			want: "Il governo ha approvato", bad: []string{"askanews"}},
		{name: "en: a date label with an ISO date", lang: "en",
			body: "The ministry published the new rules on Monday.\nPublish : 2024-06-27 20:33:00",
			want: "The ministry published the new rules on Monday.", exact: true},
		{name: "ru: дата создания", lang: "ru",
			body: "Министерство опубликовало новые правила в понедельник.\nДата создания: 16.12.2023 16:20:00",
			want: "Министерство опубликовало новые правила в понедельник.", exact: true},
		{name: "es: a caption closed by foto de archivo after a dash", lang: "es",
			body: "La portavoz del Gobierno durante la rueda de prensa en Moncloa - Foto de archivo, AGENCIA.\nEl Gobierno aprobó el decreto de ayudas a los agricultores.",
			want: "El Gobierno aprobó", bad: []string{"archivo"}},
		// News with the same words stays.
		{name: "es: a story that continues on Twitter stays", lang: "es",
			body: "Sigue la polémica en Twitter tras el discurso del presidente en el Congreso.",
			want: "Sigue la polémica en Twitter tras el discurso del presidente en el Congreso.", exact: true},
		{name: "en: joining talks on Facebook's rules stays", lang: "en",
			body: "The minister will join talks on Facebook's regulation in Brussels next week.",
			want: "The minister will join talks on Facebook's regulation in Brussels next week.", exact: true},
		{name: "en: breaking the deadlock stays", lang: "en",
			body: "Breaking the deadlock: the parties agreed on a coalition on Friday night.",
			want: "Breaking the deadlock: the parties agreed on a coalition on Friday night.", exact: true},
		{name: "tr: the continuation of talks stays", lang: "tr",
			body: "Görüşmelerin devamı için iki ülke yeni bir takvim üzerinde anlaştı.",
			want: "Görüşmelerin devamı için iki ülke yeni bir takvim üzerinde anlaştı.", exact: true},
		{name: "en: an archive photo in news stays", lang: "en",
			body: "Police released the suspect's file photo - an archive photo from 2019 - on Monday.",
			want: "Police released the suspect's file photo - an archive photo from 2019 - on Monday.", exact: true},
	})
}
