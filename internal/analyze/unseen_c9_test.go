package analyze

// The ninth round of the unseen set (issue 10, countries12): 62 public
// news pages in the nine languages of the corpus (testdata/unseen_c9.json,
// ids "c9-"; ru 12, en 8, de 7, tr 7, uk 6, fr 6, es 6, pt 5, it 5),
// labelled before the analysis ran on them, weighted to the stories the
// primary country is hard on: one country's story told from another's
// capital or outlet (a Moscow dateline on a Central Asian border, a
// Dushanbe agency on a Russian match, Washington in a Canadian outlet),
// international meetings (EU and NATO summits, Mercosur, state visits),
// sport (national teams and clubs in European and South American cups),
// stories naming many countries (a kick-off time in ten countries, twin
// cities), regional Central Asian news (Shymkent, Samarkand, Batken) and
// cities, regions and seats of power without a country's name (Kharkiv,
// Karachi and Sindh, Beştepe, Palazzo Chigi, Planalto). 30 fell in the
// tuning half, 32 in the held-out one.
//
// Blind, with the eighth round's rules and countries11's, they measured:
// tuning countries 0.867, topic precision 0.795, recall 0.900, 2 junk;
// held-out countries 0.844, precision 0.800, recall 0.938, 1 junk. With
// them the whole tuning half (260) measured countries 0.965, precision
// 0.933, recall 0.920, 2 junk; the whole held-out half (248) countries
// 0.923, precision 0.881, recall 0.834, 4 junk (the first held-out read
// of the round; before the round the halves measured 0.978 and 0.935).
//
// The round's rules, tuned on the tuning halves of every round: Réunion's
// CLDR names that are the word for a meeting (Reunión, Reunião, Riunione)
// and Granada decide no country; the time-zone database's cities of each
// country in CLDR's names for them (gencities) and every country's
// demonym in English, French, Spanish, Italian and German from a
// nationality table (gendemonyms) name their countries, as names the
// same-story keys do not read; a list whose items name a country and its
// representative, parted by semicolons, weighs its countries as a list's.
// They measure: ninth-round tuning countries 0.933, topics as blind; the
// whole tuning half countries 0.973 (0.965 blind), topics unchanged;
// eval.json 0.956 as before. Held-out aggregate read a second time after
// the first three rules and a third time at the end: both times as blind
// (ninth round 0.844; the whole held-out half 0.923, topics 0.881 /
// 0.834, 4 junk). The two tuning misses left are sport reports that name
// their club's country by no word (Galatasaray; Boca Juniors and River
// Plate, with kick-off times for ten countries).
func init() {
	unseenRounds = append(unseenRounds, unseenRound{
		prefix: "c9-",
		name:   "ninth-round articles",
		file:   "testdata/unseen_c9.json",
		// A step (one article, one topic) below the figures: the tuning
		// half's after the round's rules, the held-out half's blind (the
		// rules left them as they were).
		floors: map[bool]unseenFloor{
			false: {0.90, 0.77, 0.86}, // tuning half
			true:  {0.81, 0.78, 0.90}, // held-out half
		},
	})
}
