package analyze

// nationalBodies are police forces, road police, statistics offices,
// courts, rail and post operators, central-bank rates and district
// offices that only one country has under that name, for the home news
// that names its town, district or highway but not its country: a crash
// the Guardia Civil attends, a bus off a German Kreisstraße in a
// Landkreis, a fire the SDIS of a French department fights, the Selic
// Brazil's Copom sets, a report of Russia's ГИБДД or Ukraine's ДСНС. Like
// publicServices they are kLocal: a body names its country only in a story
// that names no other country by its own words, and gives no same-story
// key. Names several countries share are left out: Policía Nacional
// (Colombia, Peru), Bundespolizei and Bundesrat (Austria), Landrat (Swiss
// cantons), sapeurs-pompiers and Conseil constitutionnel (francophone
// countries), Medicare (Australia), Следственный комитет and ГАИ
// (Belarus), Ministério Público (Portugal).
var nationalBodies = [...]placeIntl{
	{"ES", kLocal, "es", "*Guardia Civil|*Ertzaintza|*Audiencia Nacional|*Congreso de los Diputados"},
	{"ES", kLocal, "en", "*Guardia Civil"},
	{"DE", kLocal, "de", "*Landkreis~|*Landratsamt~|*Kreisstraße|*Polizeipräsidium~|*Bundesverfassungsgericht~|*Bundesgerichtshof~|*Verfassungsschutz~|*Bundesagentur für Arbeit"},
	{"FR", kLocal, "fr", "*!SDIS|*!SNCF|*!RATP|*Medef|*Urssaf|*Insee"},
	{"BR", kLocal, "pt", "*Selic|*Copom|*Polícia Rodoviária Federal|*Polícia Civil|*Polícia Federal|*!INSS|*Ibovespa|*Supremo Tribunal Federal|*Guarda Civil Municipal"},
	{"BR", kLocal, "en", "*Selic|*Copom|*Ibovespa"},
	{"PT", kLocal, "pt", "*Guarda Nacional Republicana"},
	{"RU", kLocal, "ru", "*=ГИБДД|*Госавтоинспекция|*Росстат|*Роскомнадзор|*Росгвардия|*Мосгорсуд"},
	{"UA", kLocal, "uk", "*Нацполіці~|*Національна поліція|*Національної поліції|*Національну поліцію|*=ДСНС|*=НАБУ|*=ДБР|*Укрзалізниц~|*Укрпошт~"},
	{"UA", kLocal, "ru", "*Нацполиция|*=ГСЧС|*=НАБУ|*Укрзализныця|*Укрпочта"},
	{"US", kLocal, "en", "*Interstate|*Highway Patrol|*Medicaid|*@state trooper|*@state troopers"},
	{"IT", kLocal, "it", "*Polizia di Stato|*Polizia Stradale|*@polizia stradale|*@vigili urbani|*Inps|*Istat"},
	{"TR", kLocal, "tr", "*Emniyet Müdürlüğü~|*@valiliğ~|*=TCMB|*=AFAD|*=SGK|*=TÜİK"},
}
