package analyze

// The thirteenth round of the unseen set (issue 10, countries23): 55 public
// news pages (testdata/unseen_c13.json, ids "c13-"): en 6, de 5, ru 6, uk 4,
// es 4, pt 4, pl 4, nl 4, fr 3, it 3, tr 3, fi 3, kk 3, uz 3, labelled
// before the analysis ran on them. Besides the nine languages of the corpus
// it reads five the bot reads since countries19 and countries20 (Polish,
// Dutch, Finnish, Kazakh in Cyrillic and Latin letters, Uzbek in Cyrillic
// and Latin letters). They are ordinary news taken in the order a search for
// a kind of story returned them: city councils and budgets, roads, schools
// and kindergartens, parks, league football and national teams, visits and
// calls of leaders, a profit warning, a film festival, research; pages
// already in a labelled set (by address or by a sentence of the body) were
// passed over.
//
// Blind, with the code of e6e0408 (the code of 9d8f948, countries21's
// demonyms), 23 fell in the tuning half and 32 in the held-out one, and they
// measured: tuning countries 0.696, topic precision 0.926, recall 0.567, 1
// junk; held-out countries 0.594, precision 0.848, recall 0.415, 0 junk.
// With them the whole tuning half (360) measured countries 0.942, precision
// 0.931, recall 0.885, 2 junk; the whole held-out half (358) countries
// 0.852, precision 0.878, recall 0.787, 5 junk (the first held-out read of
// countries23). Of the 23 tuning articles 7 missed their country: a Polish
// budget that paid in złotych and named a street after a Macedonian town
// (Struga), a Kazakh story of Тоқаев (Kazakh letters, Kazakh endings), an
// Irish company's profit warning told in London, a French minister's tour of
// Africa from a Paris dateline, a film festival near Le Mans beside a list
// of European countries, a Bogotá football match with a Paraguayan player,
// and an Italian council's session in Genova (as Italian writes it) beside
// Amburgo. Their topics missed most in the newer languages, which had no
// topic words at all.
//
// countries23's rules, tuned on the tuning halves: capitals, leaders and
// currencies as Polish, Finnish, Kazakh and Uzbek write and decline them
// (country_other.go); topic words of those languages and Dutch
// (topic_other.go); French "court" is "short"; German research and
// kindergartens, Russian oil-and-gas equipment and gasification. Tuning:
// thirteenth round countries 0.696 -> 0.783, topic precision 0.973
// (36/37), recall 0.867 (26/30); the whole tuning half countries 0.947,
// precision 0.934, recall 0.908; every other round unchanged. Held-out
// aggregate, read a second time: thirteenth round countries 0.719 (0.594
// blind), precision 0.904, recall 0.805 (0.415 blind), 0 junk; the whole
// held-out half countries 0.863, precision 0.882, recall 0.828, 5 junk;
// every other round's held-out figures as blind. Then: a list of countries
// joined by the "or" of every language the bot reads weighs as a list, and
// the only country named outside a list of countries is primary from
// loneMin (the festival near Le Mans). Tuning: thirteenth round countries
// 0.826, the whole tuning half 0.950, every other round unchanged.
// Held-out aggregate, read a third (and last) time at the end: unchanged
// (thirteenth round 0.719, 0.904, 0.805; whole half 0.863, 0.882, 0.828).
// Left: a French minister's tour from a Paris dateline, an Irish company
// told from London, a Bogotá match whose only country word is a player's
// nationality, and Genova beside Amburgo (two cities, once each).
//
// countries24's rules, tuned on the tuning halves: a party only one
// country has (MDB, Pd, M5S, PCP, LFI, BJP, КПРФ) names that country in its
// own language's text (Genova's council session, and a Brazilian câmara's
// vereador in the eleventh round); a story that names one's counterpart
// (son homologue, his counterpart, своим коллегой) keeps its dateline
// country's full weight as a party (the French minister's tour from
// Paris); Polish and Finnish towns in their case forms (w Głogowie,
// Tampereella) are read as the nominative the town tables hold, which no
// tuning article needed. Tuning: thirteenth round countries 0.826 ->
// 0.913, eleventh 0.962 -> 1.000, the whole tuning half 0.964 -> 0.972;
// every other round unchanged; eval.json 0.956 and the corpus primaries
// (0 of 1328 changed) as before. Held-out aggregate, read once at the
// end: thirteenth round countries 0.719 -> 0.750, eleventh 0.682 and
// twelfth 0.625 as before, the whole held-out half 0.874. Left: an Irish
// company told from London, a Bogotá match whose only country word is a
// Paraguayan player's nationality.
func init() {
	unseenRounds = append(unseenRounds, unseenRound{
		prefix: "c13-",
		name:   "thirteenth-round articles",
		file:   "testdata/unseen_c13.json",
		// A step (one article, one topic) below countries23's figures:
		// tuning 0.826, 0.973, 0.867; held-out 0.719, 0.904, 0.805.
		floors: map[bool]unseenFloor{
			false: {0.87, 0.94, 0.83}, // tuning half; countries a step below countries24's 0.913
			true:  {0.71, 0.88, 0.78}, // held-out half; countries a step below countries24's 0.750
		},
	})
}
