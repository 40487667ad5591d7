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
// Karachi and Sindh, Beştepe, Palazzo Chigi, Planalto). No floors yet:
// the round has not been scored.
func init() {
	unseenRounds = append(unseenRounds, unseenRound{
		prefix: "c9-",
		name:   "ninth-round articles",
		file:   "testdata/unseen_c9.json",
		floors: map[bool]unseenFloor{
			false: {0, 0, 0}, // tuning half
			true:  {0, 0, 0}, // held-out half
		},
	})
}
