package analyze

import (
	"strings"
	"testing"
)

// twentySixthRoundRu reports whether a labelled article belongs to the
// Russian round labelled after the twenty-third Russian round's rules
// (ids "q26-ru-"): ordinary news from Russian federal and regional pages
// (heating failures, bus crashes and their passengers, city councils,
// theatres and schools, a prosecutor), Kazakh, Kyrgyz, Belarusian and
// Ukrainian Russian-language pages (akims, mayors, a minister, courts and
// lawyers, harvest officials), hockey, biathlon and football coaches and
// officials, with hard negatives (placards' slogans, press offices' and
// departments' words, unnamed passengers and officials, statements),
// found in public pages and labelled before the analysis ran on them.
func twentySixthRoundRu(id string) bool {
	return strings.HasPrefix(id, "q26-ru-")
}

// Floors of the twenty-sixth Russian round (twentySixthRoundRu), kept
// apart from the earlier rounds' so that rounds added in parallel merge
// cleanly.
//
// Twenty-sixth Russian round of articles: 57 Russian articles with 62
// quotations (tuning half 31 articles, 34 quotations; held-out 26, 28;
// 12 hard negatives), labelled blind and committed before the analysis
// ran on them, then scored once before any rule was written from them:
// tuning half precision 0.923 (12 of 13), recall 0.353 (12 of 34);
// held-out 0.941 (16 of 17), 0.571 (16 of 28); both halves 0.933, 0.452.
// Whole set at that run: tuning 0.996, 0.877 (en 1.000, 0.889; ru 0.992,
// 0.866); held-out 0.908, 0.678 (en 0.865, 0.715; ru 0.954, 0.647). The
// first run of the round stopped on a panic before any figure: a page
// whose name run covered another mention made coordinatedSubject slice
// backwards; the fix changes no other figure. Each floor first sat a step
// below the blind figure.
//
// The Russian misses of the tuning half then, by cause (40: this round's
// 22 and the earlier rounds' 18; two wrong speakers): quotations the page
// cut off before their closing mark (9: a transcript line «Name, role:
// «…» in the middle of a TV page, a quotation with no attribution running
// to the text's end, a straight-marked one split by a dash attribution);
// attribution words no rule read (7: an object with adjectives and a
// phrase between the verb and the title, «поделился перспективными планами
// по дорожной сети мэр столицы X»; an office in the genitive capitalised,
// «главный специалист Управления … X»; an audience and «с теплыми словами»
// before the colon; «дал журналистам следующий комментарий:» after «По
// данному поводу»; «гендиректор», «адвокат», «ведущий» for a man named
// only in the genitive or instrumental); ordinary people by a first name
// alone (5: «Пассажирка Анастасия» taken for a full name, a wrong
// speaker; «— сообщила женщина» for her; dash turns with no attribution);
// interview turns and colon lines (6: speaker lines over turns speaking of
// no one in the first person, refused by design; the interviewee in the
// genitive or instrumental in the lead; a colon sentence with no verb of
// speech; a verb broken by a hyphen); short statements and phrases under
// six words (4: «Это для информации», – отметил он); one closing mark for
// two («… к «расправе».», 1); a role resolved to a man named in the dative
// («мэру города Петру Кириченко», 1, given as «Петру Кириченко»: the
// other wrong speaker); and 7 of their own (the headline's speaker, an
// unmarked block with its signature glued, a pronoun after «со ссылкой на
// X», two premiers for one role, a man's role with a woman's verb, a
// speaker line over an answer naming clubs in „…“, a dash turn in an
// interlocutor's genitive). Rules for the general classes, each
// with table tests in both languages (quote_ru_person_noun_test.go,
// quote_ru_object_phrase_test.go, quote_ru_audience_words_test.go,
// quote_ru_body_nouns_test.go, quote_ru_sex_noun_test.go,
// quote_ru_cutoff_straight_test.go, quote_ru_collapsed_close_test.go,
// quote_ru_dative_first_test.go, quote_ru_colon_comment_test.go): this
// round's tuning half 0.923, 0.353 -> 1.000 (20 of 20), 0.618 (21 of 34);
// whole set tuning 0.996, 0.877 -> 1.000, 0.894 (ru 0.992, 0.866 ->
// 1.000, 0.900; without this round ru 0.996, 0.932 -> 1.000, 0.936; en
// 1.000, 0.889 as before); every other round's tuning figures as before or
// higher (twenty-third round 0.952, 0.821 -> 1.000, 0.857). Four rules
// were dropped: short statements of three to five words with a singular
// speech verb after them (five more found in four rounds' tuning halves,
// but the articles before the fifth round fell below their held-out
// floors; the figures were not shown); a speaker line over a turn that
// speaks of others only (two table tests of TestQuotesSpeakerLineDashAnswer
// refuse it by design); an acronym before a name not joining it and «со
// ссылкой на X» as a pronoun's source (no tuning gain, the eighth round
// lower). Held-out, read a second time after the rules: whole set 0.908,
// 0.678 as at the blind run (en 0.865, 0.715; ru 0.954, 0.647; without
// this round ru 0.955, 0.655 as before the round); this round's held-out
// half 0.941, 0.571, unchanged. The held-out figures were read twice in
// the round: the blind run and this one. The tuning floors are raised to
// the figures reached.
const (
	floorTwentySixthRuPrecisionTune = 0.98
	floorTwentySixthRuRecallTune    = 0.61
	floorTwentySixthRuPrecisionHeld = 0.94
	floorTwentySixthRuRecallHeld    = 0.57
)

// checkTwentySixthRoundRu holds the round to its floors (checkRound).
func checkTwentySixthRoundRu(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q26-ru-", roundFloors{floorTwentySixthRuPrecisionTune, floorTwentySixthRuRecallTune, floorTwentySixthRuPrecisionHeld, floorTwentySixthRuRecallHeld})
}
