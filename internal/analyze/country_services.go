package analyze

// publicServices are the town halls, local officers, emergency services and
// police forces that only one country calls so in its own language, for the
// local stories that name a town, a district or a county but never the
// country: «a prefeitura de Santos decretou…», "i vigili del fuoco di
// Modena", "Edremit Belediye Başkanı", "Cherokee County Sheriff's Office",
// «акимат области» (Kazakhstan's regional offices; аким alone is also a first name), «хокимият» (Uzbekistan's).
// Words several countries share are left out: the French préfet and
// gendarmes (francophone Africa has both), protezione civile (Ticino),
// sheriff alone (Scotland's courts), mayor, governor, police. Each item
// counts only in text of its language, as placesIntl's do (marks and the
// stem "~" as there), and gives no same-story key (mark '*'): the keys of
// stories already grouped stay as they are. A service names its country
// only in a story that names no other country by its own words (kLocal):
// Turkish calls London's town hall a belediye ("Londra Belediye Başkanı"),
// Brazilian Portuguese New York's a prefeitura.
var publicServices = [...]placeIntl{
	{"BR", kLocal, "pt", "*@prefeitura~|*Defesa Civil|*Corpo de Bombeiros Militar|*Polícia Militar"},
	{"IT", kLocal, "it", "*@vigili del fuoco|*@carabinieri|*Corte di Cassazione|*Guardia di Finanza|*@questura"},
	{"TR", kLocal, "tr", "*@belediye~|*@büyükşehir~|*@kaymakam~|*@kaymakamlığ~|*@jandarma~"},
	{"US", kLocal, "en", "*County Sheriff|*County Sheriffs|*County Sheriff's|*County Jail|*County Commissioners|*County Detention Center"},
	{"KZ", kLocal, "ru", "*@акимат"},
	{"UZ", kLocal, "ru", "*@хоким|*@хокимият"},
}

// nationalLeagues are the top football leagues whose names only one country's
// league bears, for match reports that name clubs and the league but not the
// country ("Lecce beat Fiorentina in Serie A", «в матче Серии А»). Names
// several countries' leagues share (Premier League, Bundesliga, Liga 1,
// Super League) and the Brazilian Série A (which Portuguese writes with an
// accent) are left out. As publicServices, they give no same-story key and
// name their country only when no other country is named ("a former Serie A
// striker joins a Saudi club" is Saudi Arabia's).
var nationalLeagues = [...]placeIntl{
	{"IT", kLocal, "en", "*Serie A"},
	{"IT", kLocal, "it", "*Serie A"},
	{"IT", kLocal, "de", "*Serie A"},
	{"IT", kLocal, "fr", "*Serie A"},
	{"IT", kLocal, "es", "*Serie A"},
	{"IT", kLocal, "tr", "*Serie A"},
	{"IT", kLocal, "ru", "*=Серия А|*=Серии А|*=Серию А|*=Серией А"},
	{"IT", kLocal, "uk", "*=Серія А|*=Серії А|*=Серію А|*=Серією А"},
	{"ES", kLocal, "en", "*La Liga|*LaLiga"},
	{"ES", kLocal, "es", "*LaLiga"},
	{"ES", kLocal, "de", "*La Liga|*LaLiga"},
	{"ES", kLocal, "it", "*La Liga|*LaLiga"},
	{"ES", kLocal, "ru", "*=Ла Лига|*=Ла Лиги|*=Ла Лигу|*=Ла Лиге"},
	{"NL", kLocal, "en", "*Eredivisie"},
	{"NL", kLocal, "de", "*Eredivisie"},
	{"FR", kLocal, "en", "*Ligue 1"},
	{"FR", kLocal, "fr", "*Ligue 1"},
	{"TR", kLocal, "tr", "*Süper Lig~"},
	{"TR", kLocal, "en", "*Super Lig|*Süper Lig"},
	{"PT", kLocal, "pt", "*Primeira Liga"},
	{"BR", kLocal, "pt", "*Brasileirão"},
}

// addPublicServices adds publicServices, nationalLeagues and nationalBodies to the gazetteer: Russian items in
// their case forms, the others with their language's endings, each form
// counting only in text of its language.
func addPublicServices(l *lexicon, v *vocab) {
	all := append(publicServices[:len(publicServices):len(publicServices)], nationalLeagues[:]...)
	all = append(all, nationalBodies[:]...)
	for _, p := range all {
		for _, it := range splitItems(p.text) {
			e := intlEntry(p, it)
			if p.lang == "ru" {
				for _, ws := range ruForms(it, p.kind) {
					l.add(v, ws, e)
				}
				continue
			}
			intlForms(it.text, intlEndings[p.lang], func(phrase string) {
				l.add(v, plainWords(phrase), e)
			})
		}
	}
}

// localOnly reports whether no country has evidence of its own words
// (markOwn), so that the countries local services name (markLocal) count.
func (acc *countryAcc) localOnly() bool {
	for _, ev := range acc.ev {
		if ev.score > 0 && ev.marks&markOwn != 0 {
			return false
		}
	}
	return true
}
