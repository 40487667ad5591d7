package analyze

// The twelfth round of the unseen set (issue 10, countries18): 47 public
// news pages in the nine languages of the corpus (testdata/unseen_c12.json,
// ids "c12-"; ru 6, fr 6, en 5, de 5, es 5, pt 5, it 5, uk 5, tr 5),
// labelled before the analysis ran on them. Like the eleventh round they are
// ordinary local and regional news, taken in the order a search for a kind
// of story returned them (city councils and their budgets, courts, local
// sport, weather warnings, schools, new plants and shops), not chosen for
// hard cases nor for the towns they name; pages already in a labelled set
// were passed over.
//
// Blind, with the code of a890270 (countries17's names, topics4's titles),
// 23 fell in the tuning half and 24 in the held-out one, and they measured:
// tuning countries 0.609, topic precision 0.889, recall 0.741, 1 junk;
// held-out countries 0.583, precision 0.852, recall 0.808, 0 junk. With
// them the whole tuning half (337) measured countries 0.932, precision
// 0.931, recall 0.906, 2 junk; the whole held-out half (326) countries
// 0.877, precision 0.878, recall 0.828, 5 junk (the first held-out read of
// countries18). Of the 23 tuning articles 9 missed their country: three
// named their town only in a way the tables did not read (Portland, a
// name several countries' towns bear; Jonesboro beside a Japanese
// restaurant and Sheffield's, which named countries; none at all but the
// coach's school), three were an outlet's home news the home country did
// not reach (a .ru snow warning and an .it plant's jobs with no topic, a
// .de district-league story of sport), one took Porto of Porto Alegre for
// Portugal, one a German noun (Neubau) for Vienna's district, and one a
// .ucoz.ru school story named nothing a rule reads.
//
// countries18's rules, tuned on the tuning halves: a town written with
// marks its table entry lacks (Ümraniye for world-cities' Umraniye); a
// town named only in the page's address, in a story whose text names no
// country nor town; a city's one word at the head of another country's
// longer town (Porto Alegre); soft adjectives in Russian place names (в
// Нижнем Новгороде); Cyrillic towns of two words and with a soft sign in
// the generated table (Старый Оскол, Рязань); an oblast's adjective alone
// (рязанские врачи); João before Lima a first name, Portuguese Salvador
// Bahia's capital; weather warnings and Italian jobs as topics. Tuning:
// twelfth round countries 0.609 -> 0.739, precision 0.897 (26/29), recall
// 0.815 (22/27); eleventh 0.731 -> 0.846; the whole tuning half 0.955 ->
// 0.950 with this round (0.932 blind), every other round unchanged.
// Held-out aggregate, read a second time: twelfth round countries 0.625
// (0.583 blind), eleventh 0.591 as before, the whole held-out half 0.880
// (0.877 blind); topics and junk as blind. Then: a local amateur league
// makes sport home news (Kreisliga, первенство области), towns named like
// people count before their public bodies (Racine police), an American
// station's call sign in a dateline names the United States (KAIT).
// Tuning: twelfth round 0.826, eleventh 0.885, whole tuning half 0.958.
// Held-out aggregate, read a third (and last) time at the end: unchanged
// (twelfth 0.625, eleventh 0.591, whole half 0.880). Left: a name several
// countries' towns bear (Portland), a German noun that is Vienna's
// district (Neubau), stories that name no place on generic domains.
func init() {
	unseenRounds = append(unseenRounds, unseenRound{
		prefix: "c12-",
		name:   "twelfth-round articles",
		file:   "testdata/unseen_c12.json",
		// A step (one article, one topic) below the blind figures, the
		// countries a step below countries18's 0.826 (tuning) and 0.625
		// (held-out), the tuning topics below its 0.897 and 0.815.
		floors: map[bool]unseenFloor{
			// Tuning countries raised a step below countries22's 0.957
			// (country_home_local.go, country_town_noun.go).
			false: {0.91, 0.86, 0.77}, // tuning half
			true:  {0.58, 0.81, 0.77}, // held-out half
		},
	})
}
