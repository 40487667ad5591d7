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
// stories already grouped stay as they are.
var publicServices = [...]placeIntl{
	{"BR", kInstitution, "pt", "*@prefeitura~|*Defesa Civil|*Corpo de Bombeiros Militar|*Polícia Militar"},
	{"IT", kInstitution, "it", "*@vigili del fuoco|*@carabinieri|*Corte di Cassazione|*Guardia di Finanza|*@questura"},
	{"TR", kInstitution, "tr", "*@belediye~|*@büyükşehir~|*@kaymakam~|*@kaymakamlığ~|*@jandarma~"},
	{"US", kInstitution, "en", "*County Sheriff|*County Sheriffs|*County Sheriff's|*County Jail|*County Commissioners|*County Detention Center"},
	{"KZ", kInstitution, "ru", "*@акимат"},
	{"UZ", kInstitution, "ru", "*@хоким|*@хокимият"},
}

// nationalLeagues are the top football leagues whose names only one country's
// league bears, for match reports that name clubs and the league but not the
// country ("Lecce beat Fiorentina in Serie A", «в матче Серии А»). Names
// several countries' leagues share (Premier League, Bundesliga, Liga 1,
// Super League) and the Brazilian Série A (which Portuguese writes with an
// accent) are left out. As publicServices, they give no same-story key.
var nationalLeagues = [...]placeIntl{
	{"IT", kInstitution, "en", "*Serie A"},
	{"IT", kInstitution, "it", "*Serie A"},
	{"IT", kInstitution, "de", "*Serie A"},
	{"IT", kInstitution, "fr", "*Serie A"},
	{"IT", kInstitution, "es", "*Serie A"},
	{"IT", kInstitution, "tr", "*Serie A"},
	{"IT", kInstitution, "ru", "*=Серия А|*=Серии А|*=Серию А|*=Серией А"},
	{"IT", kInstitution, "uk", "*=Серія А|*=Серії А|*=Серію А|*=Серією А"},
	{"ES", kInstitution, "en", "*La Liga|*LaLiga"},
	{"ES", kInstitution, "es", "*LaLiga"},
	{"ES", kInstitution, "de", "*La Liga|*LaLiga"},
	{"ES", kInstitution, "it", "*La Liga|*LaLiga"},
	{"ES", kInstitution, "ru", "*=Ла Лига|*=Ла Лиги|*=Ла Лигу|*=Ла Лиге"},
	{"NL", kInstitution, "en", "*Eredivisie"},
	{"NL", kInstitution, "de", "*Eredivisie"},
	{"FR", kInstitution, "en", "*Ligue 1"},
	{"FR", kInstitution, "fr", "*Ligue 1"},
	{"TR", kInstitution, "tr", "*Süper Lig~"},
	{"TR", kInstitution, "en", "*Super Lig|*Süper Lig"},
	{"PT", kInstitution, "pt", "*Primeira Liga"},
	{"BR", kInstitution, "pt", "*Brasileirão"},
}

// addPublicServices adds publicServices and nationalLeagues to the gazetteer: Russian items in
// their case forms, the others with their language's endings, each form
// counting only in text of its language.
func addPublicServices(l *lexicon, v *vocab) {
	all := append(publicServices[:len(publicServices):len(publicServices)], nationalLeagues[:]...)
	for _, p := range all {
		bit := langBits[p.lang]
		for _, it := range splitItems(p.text) {
			flags := it.flags
			if !it.lower {
				flags |= eNeedCap
			}
			e := entry{code: p.code, topic: -1, kind: p.kind, flags: flags, weight: kindWeight[p.kind], label: it.text, langs: bit, story: it.story}
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
