package analyze

// The eighth round of the unseen set (issue 10, countries10): 55 public
// news pages in the nine languages of the corpus (testdata/unseen_c8.json,
// ids "c8-"; en 9, ru 8, uk 6, de 6, fr 6, es 5, pt 5, it 5, tr 5),
// labelled before the analysis ran on them, chosen for the cases the
// primary country is hard on: a story about one country told by another's
// outlet, stories naming many countries (summits, Security Council votes,
// the CFA franc), countries named only by a region, a city, a leader or an
// institution (Knesset, Bundesrat, Quirinale, Palácio de Belém, Casa de
// Nariño), international bodies (EU, UN, CIS, SCO), shared currencies and
// demonyms. 28 fell in the tuning half, 27 in the held-out one.
//
// Blind, with the seventh round's rules, they measured: tuning countries
// 0.786, topic precision 0.837, recall 0.759, 2 junk; held-out countries
// 0.741, precision 0.871, recall 0.630, 1 junk. With them the whole tuning
// half (230) measured countries 0.952, precision 0.937, recall 0.889, 3
// junk; the whole held-out half (216) countries 0.921, precision 0.894,
// recall 0.815, 3 junk (the first held-out read of the round).
//
// The round's rules, tuned on the tuning halves of every round: Canada's
// provinces by their French names (ISO 3166-2 through iso-codes'
// translation) and a comma parting a place from the name beside it;
// institutions several countries name alike (Bundesrat, Assemblée
// nationale) credited to the one the article otherwise names; the Holy
// See and the Pope; a demonym inside a short quoted term of the headline;
// the venue of an event (a country and its capital named together, the
// Doha Forum); more leaders, parliaments, own currencies; language names
// in every language; subscription prompts and lower-case agency tags out
// of summaries; topic words of Ukrainian, Italian, Turkish, Russian,
// German and French. They measure: eighth-round tuning countries 0.964,
// precision 0.951, recall 0.897, 0 junk; the whole tuning half countries
// 0.974, precision 0.953, recall 0.922, 1 junk; eval.json countries 0.956
// as before. Held-out aggregate read a second time, after them:
// eighth-round countries 0.852, precision 0.871, recall 0.630, 1 junk; the
// whole held-out half countries 0.935, precision 0.895, recall 0.819, 3
// junk (the articles before the round: countries as before, the seventh
// round's topics 0.872 / 0.862). Then a leader and the country named just
// after him to gloss him weigh as a locator, and Belgian demonyms came in
// the other languages: eighth-round tuning countries 1.000, the whole
// tuning half 0.978. The third and last read of the held-out aggregate
// found the same held-out figures as the second.
func init() {
	unseenRounds = append(unseenRounds, unseenRound{
		prefix: "c8-",
		name:   "eighth-round articles",
		file:   "testdata/unseen_c8.json",
		// A step (one article, one topic) below what the round measures
		// after its rules.
		floors: map[bool]unseenFloor{
			false: {0.96, 0.92, 0.86}, // tuning half
			true:  {0.81, 0.84, 0.59}, // held-out half
		},
	})
}
