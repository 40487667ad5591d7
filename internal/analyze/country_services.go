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

// addPublicServices adds publicServices to the gazetteer: Russian items in
// their case forms, the others with their language's endings, each form
// counting only in text of its language.
func addPublicServices(l *lexicon, v *vocab) {
	for _, p := range publicServices {
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
