package analyze

// The eighth round of the unseen set (issue 10, countries10): 55 public
// news pages in the nine languages of the corpus (testdata/unseen_c8.json,
// ids "c8-"), labelled before the analysis ran on them, chosen for the
// cases the primary country is hard on: a story about one country told by
// another's outlet, stories naming many countries (summits, Security
// Council votes, currency unions), countries named only by a region, a
// city, a leader or an institution (Knesset, Bundesrat, Quirinale, Palácio
// de Belém, Casa de Nariño), international bodies (EU, UN, CIS, SCO), shared
// currencies and demonyms.
func init() {
	unseenRounds = append(unseenRounds, unseenRound{
		prefix: "c8-",
		name:   "eighth-round articles",
		file:   "testdata/unseen_c8.json",
		floors: map[bool]unseenFloor{
			false: {0, 0, 0}, // tuning half
			true:  {0, 0, 0}, // held-out half
		},
	})
}
