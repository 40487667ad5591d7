package analyze

import (
	"strings"
	"testing"
)

// twentyThirdRoundRu reports whether a labelled article belongs to the
// Russian round labelled after the twenty-second round of rules (ids
// "q23-ru-"): ordinary daily news as a reader's feed carries it, not
// chosen for hard cases, from Russian federal and regional pages (a city
// council, courts, weather forecasters, road accidents and fires, a
// school, factories, hockey coaches), Kazakh, Belarusian, Ukrainian and
// Latvian Russian-language pages (football and hockey coaches, a minister,
// a deputy, forecasters, a mayor, a lawyer, a city council's secretary),
// with hard negatives (press offices' words, unnamed witnesses), found in
// public pages and labelled before the analysis ran on them.
func twentyThirdRoundRu(id string) bool {
	return strings.HasPrefix(id, "q23-ru-")
}

// Floors of the twenty-third Russian round (twentyThirdRoundRu), kept
// apart from the earlier rounds' so that rounds added in parallel merge
// cleanly.
//
// Twenty-third Russian round of articles: 42 Russian articles with 61
// quotations (tuning half 21 articles, 28 quotations; held-out 21, 33; 5
// hard negatives), labelled blind after the twenty-second round of rules
// and scored once before any rule was written from them: tuning half
// precision 0.889 (8 of 9), recall 0.357 (10 of 28); held-out 0.882 (15
// of 17), 0.545 (18 of 33); both halves 0.885, 0.459. Whole set at that
// run: tuning 0.995, 0.911 (en 0.995, 0.945; ru 0.996, 0.883); held-out
// 0.915, 0.680 (en 0.876, 0.736; ru 0.955, 0.637). Seven pages first found
// for the round were already in the set under earlier rounds' ids (by
// address or by text) and were left out before the run. Each floor sat a
// step below the blind figure.
//
// The tuning half's misses then (18 of 28, and one wrong speaker), by
// cause: interview and press-conference dash turns whose speaker the
// paragraph before names in a way no rule read (8: a colon sentence
// without a speech verb, «Следом вышел X, …:»; a speaker line «Name, role
// «club»:» over an answer naming a club in marks; a request «—
// Охарактеризуйте игру.» taken for an answer; a lone turn after «X
// прокомментировал …»); attribution words no rule read (4: a medium and
// an object between the verb and a surname, «— пояснил НСН ситуацию
// Юшков»; a «что» clause ending in a colon far from the sentence's
// titled name; «— сказал гендиректор» inside the marks for a man named
// in the genitive, Капчука; a page cut inside the role noun); an ordinary
// person by a first name alone (3: «— рассказал пассажир автобуса
// Александр»; «Нина живет … Она рассказывает: «…»»; «… — с таких слов
// начал рассказ … 44-летний Игорь»); a signature under the quotation's
// paragraph (1, «Ерлан Саиров, депутат Мажилиса РК»); a quotation in the
// headline only (1: the analysis reads quotations in the body only); and
// the wrong speaker, a role resolved to a man named in the dative
// («вручил мэру города Петру Кириченко … — отметил председатель
// горисполкома»). Rules for the larger classes and for the gaps noticed
// before the round (initials glued to a surname, acting titles with
// points, a pronoun in the dative before the speaker, «им.» of an
// institution's patron, interviews naming the interviewee in the
// instrumental), each with table tests in both languages where the
// pattern is theirs (quote_ru_*_test.go, quote_signed_below_test.go):
// tuning half of the round 0.889, 0.357 -> 0.952 (20 of 21), 0.821 (23
// of 28); whole set tuning 0.995, 0.911 -> 0.995, 0.938 (ru 0.996, 0.883
// -> 0.996, 0.932; en 0.995, 0.945 as before); every other round's
// tuning figures as before. Two rules were dropped: one refusing a first
// name in -у/-ю before an indeclinable surname (it put the twenty-first
// round's held-out half below its floors; the figures were not shown)
// and «гендиректор» as a role (its holder then resolved to a place,
// Нижняя Салда). Held-out, read a second time after the rules: whole set
// 0.915, 0.680 -> 0.916, 0.690 (ru 0.955, 0.637 -> 0.955, 0.655; en
// 0.876, 0.736 as before); without this round's articles 0.917, 0.689 ->
// 0.917, 0.700 (ru 0.962, 0.649 -> 0.963, 0.669); this round's held-out
// half 0.882, 0.545, unchanged. The held-out figures were read twice in
// the round: the blind run and this one. The tuning floors are raised
// to the figures reached.
const (
	floorTwentyThirdRuPrecisionTune = 0.98 // 1.000, 0.857 after the twenty-sixth round's rules
	floorTwentyThirdRuRecallTune    = 0.85
	floorTwentyThirdRuPrecisionHeld = 0.88
	floorTwentyThirdRuRecallHeld    = 0.54
)

// checkTwentyThirdRoundRu holds the round to its floors (checkRound).
func checkTwentyThirdRoundRu(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q23-ru-", roundFloors{floorTwentyThirdRuPrecisionTune, floorTwentyThirdRuRecallTune, floorTwentyThirdRuPrecisionHeld, floorTwentyThirdRuRecallHeld})
}
