package analyze

import "github.com/newsbot/newsbot/internal/news"

// topicIntl are the topic terms of the corpus's other languages. Each counts
// only in text of its language (or in text that declares none), so a German
// word never fires in English text. Items are written as in topicLexicon:
// "|" between items, ":N" a weight, "?" weak, "!" a crime word, and a final
// "~" on a word makes it a stem that takes the language's endings
// (intlEndings).
type topicIntl struct {
	topic news.Topic
	lang  string
	terms string
}

var topicIntlLexicon = [...]topicIntl{
	// Politics
	{news.TopicPolitics, "de", "wahl~:2|wahlen:2|parlament~:1.5|bundestag~:1.5|opposition:1.5|partei~:1|regierung~:0.8|bundesregierung:0.8|^kanzler~:1|^minister~:0.5|abgeordnete~:1.5|koalition~:1.2|^präsident~:0.6|politik~:1.2|politisch~:1.2|reform~:0.6|sozialreform~:1|protest~:1|demonstration~:1|bürgermeister~:0.8|^premier:0.8|premierminister~:1|zensur:1|rücktritt~:1.2|präsidentschaftswahl~:2|parlamentswahl~:2|gewählt~:0.8|vereidig~:1.5"},
	{news.TopicPolitics, "fr", "élection~:2|électora~:2|scrutin~:2|parlement~:1.5|députés:1.5|député~:1.5|opposition~:1.5|parti~:0.8|gouvernement~:0.8|^ministre~:0.5|^président~:0.6|présidentiel~:1.5|politique~:1.2|réforme~:0.6|manifestation~:1|maire~:0.8|sénat:1.2|censure:1|démission~:1.2|investiture:1.5|prêté serment:1.5|prête serment:1.5|prestation de serment:1.5"},
	{news.TopicPolitics, "es", "elección~:2|elecciones:2|electoral~:2|parlamento~:1.5|congreso:1|diputado~:1.5|oposición:1.5|partido~:0.8|gobierno~:0.8|^ministro~:0.5|^presidente~:0.6|presidencial~:1.5|político~:1.2|política~:1.2|reforma~:0.6|protesta~:1|senado:1.2|demócratas:1.2|republicanos:1.2|cierre del gobierno:2|censura:1|renunció:1|renuncia:1|dimisión:1.2|gobernó:1|en el poder:1|mandato~:1|el cargo:0|al cargo:0|del cargo:0|su cargo:0|gabinete~:1.2"},
	{news.TopicPolitics, "pt", "eleição:2|eleições:2|eleitora~:2|parlamento~:1.5|deputado~:1.5|oposição:1.5|partido~:0.8|governo~:0.8|^ministro~:0.5|^presidente~:0.6|presidencial~:1.5|político~:1.2|política~:1.2|reforma~:0.6|protesto~:1|senado:1.2|impeachment:2|câmara dos deputados:1.5|censura:1|renunciou:1|renúncia:1|mandato~:1|no poder:1|o cargo:0|ao cargo:0|do cargo:0|no cargo:0|seu cargo:0|gabinete~:1.2"},
	{news.TopicPolitics, "it", "elezion~:2|elettoral~:2|parlamento:1.5|deputat~:1.5|opposizion~:1.5|partit~:0.8|governo:0.8|^ministr~:0.5|^president~:0.6|politic~:1.2|riform~:0.6|protest~:1|senato:1.2|censura:1|dimission~:1.2|mandato:1|giuramento:1.2"},
	{news.TopicPolitics, "tr", "seçim~:2|meclis~:1.5|tbmm:1.5|milletvekili~:1.5|muhalefet~:1.5|parti~:0.8|hükümet~:0.8|^bakan~:0.5|^cumhurbaşkanı~:0.6|siyasi:1.2|siyaset~:1.2|anayasa~:1|reform~:0.6|protesto~:1|kabine~:1|akp:1|chp:1|mhp:1|hdp:1|ak parti:1|dem parti:1|?aday~:1|belediye başkan~:1.5|büyükşehir belediye~:1|kayyum~:1.5"},
	{news.TopicPolitics, "uk", "вибор~:2|виборч~:2|парламент~:1.5|депутат~:1.5|опозиці~:1.5|парті~:0.8|уряд~:0.8|^міністр~:0.5|^президент~:0.6|політик~:1.2|політичн~:1.2|реформ~:0.6|протест~:1|верховн~ рад~:1.5|цензур~:1|міськ~ рад~:1.5|міськрад~:1.5|міськ~ голов~:1.5|мер:1|мера:1|мером:1"},
	// Diplomacy
	{news.TopicDiplomacy, "de", "diplomat~:2|gipfel~:2|gespräch~:1|friedensgespräch~:2|verhandlung~:1.5|außenminister~:2|botschaft~:1|botschafter~:2|sanktion~:1.5|abkommen:1|vertrag:1|staatsbesuch~:2|waffenstillstand~:1.5|nato:1.2|uno:1.5|eu:0.7|telefonat~:1.5|amtskollege~:1.5|staatsbesuch:2|bilateral~:2|waffenruhe:1.5"},
	{news.TopicDiplomacy, "fr", "diplomat~:2|diplomatie:2|sommet~:2|négociation~:1.5|pourparlers:2|ministre des affaires étrangères:2|ambassade~:1.5|ambassadeur~:2|sanction~:1.5|accord~:1|traité~:1.5|visite officielle:2|cessez-le-feu:1.5|otan:1.2|onu:1.5|homologue~:1.5|visite~:1|bilatéra~:2|trêve:1.5"},
	{news.TopicDiplomacy, "es", "diplomátic~:2|diplomacia:2|cumbre~:2|negociación~:1.5|negociaciones:1.5|canciller~:1.5|embajada~:1.5|embajador~:2|sanción~:1.5|sanciones:1.5|acuerdo~:1|tratado~:1.5|visita oficial:2|alto el fuego:1.5|otan:1.2|onu:1.5|conversaciones:1.5|homólog~:1.5|visita~:1|visitó:1|bilateral~:2|tregua:1.5"},
	{news.TopicDiplomacy, "pt", "diplomátic~:2|diplomacia:2|cúpula~:2|negociação:1.5|negociações:1.5|chanceler~:1.5|embaixada~:1.5|embaixador~:2|sanção:1.5|sanções:1.5|acordo~:1|tratado~:1.5|visita oficial:2|cessar-fogo:1.5|otan:1.2|onu:1.5|diálogo:1.2|relação entre:1|relações:1|cooperação:1|multilateralismo:2|assembleia geral:1.5|secretário de estado:1.5|homólog~:1.5|visita~:1|visitou:1|bilatera~:2|trégua:1.5"},
	{news.TopicDiplomacy, "it", "diplomati~:2|diplomazia:2|vertice:2|negoziat~:1.5|ministro degli esteri:2|ambasciat~:1.5|sanzion~:1.5|accord~:1|trattat~:1.5|cessate il fuoco:1.5|nato:1.2|onu:1.5|tensione:0.8|omolog~:1.5|visita~:1|bilateral~:2|colloqui:1.5|partenariato:1|partenariato strategico:2|ministri degli esteri:2|farnesina:2|tregua:1.5"},
	{news.TopicDiplomacy, "tr", "diplomasi~:2|diplomatik:2|zirve~:2|müzakere~:1.5|görüşme~:1.2|dışişleri:2|büyükelçi~:2|büyükelçilik~:1.5|yaptırım~:1.5|anlaşma~:1|ateşkes~:1.5|nato:1.2|bm:1.5|iş birliği:1|işbirliği:1|ilişki~:0.8|temas~:1|forum~:0.8|mutabakat~:1.5|telefon görüşmesi:1.5|mevkidaş~:1.5|ziyaret~:1.2|ikili:1|heyet~:1.2|stratejik ortaklık:2|stratejik işbirliği:2|ortak basın toplantısı:1.5"},
	{news.TopicDiplomacy, "uk", "дипломат~:2|саміт~:2|переговор~:1.5|зустріч~:0.8|двосторонн~:2|мзс:2|посол:2|посольств~:1.5|санкці~:1.5|угод~:1|договор~:1|перемир~:1.5|перемир'я:1.5|нато:1.2|оон:1.5|одкб:1.5|візит~:1.2|телефонн~ розмов~:1.5|колег~:0.5|зустрівся:0.8|зустрілася:0.8|зустрілися:0.8"},
	// Economy
	{news.TopicEconomy, "de", "wirtschaft~:2|konjunktur~:2|inflation:2|bank~:1|bargeld:1.5|geldautomat~:1.5|zentralbank:2|zins~:1.5|@markt:1|börse:1.5|aktie~:1|handel~:1.2|zoll:1.5|zölle:2|zöllen:2|zollfrei~:1.5|zollstreit~:2|export~:1.2|import~:1.2|haushalt~:1|steuer~:1.2|schulden:1.2|rente~:1.5|unternehmen:0.7|?preis~:1|?euro:0.8|?milliarde~:0.7|arbeitslos~:2|lohn:1.5|löhne:1.5|ernte~:1.5|weizen:1.5|getreide:1.5|landwirtschaft~:2|bauern:1.2"},
	{news.TopicEconomy, "fr", "économi~:2|économique~:2|inflation:2|banque~:1|@marché~:1|bourse:1.5|commerce~:1.2|droits de douane:2|export~:1.2|budget~:1.2|impôt~:1.2|dette~:1.2|entreprise~:0.7|prix:1|?euros:0.8|?milliard~:0.7|chômage:2|salaire~:1.5|business:1|lucratif~:1|frais:0.8|récolte~:1.5|blé:1.5|céréale~:1.5|agricole~:2|agriculteur~:1.5"},
	{news.TopicEconomy, "es", "economía:2|económic~:2|inflación:2|banco~:1|@mercado~:1|bolsa:1.2|comercio~:1.2|comercial~:1.2|arancel~:2|exportación~:1.2|presupuesto~:1.2|impuesto~:1.2|deuda~:1.2|empresa~:0.7|precio~:1|?dólares:0.8|?millones:0.3|moneda~:1|tesoro:1.2|desempleo:2|salario~:1.5|financiamiento:1.2|fondos:1|cosecha~:1.5|siembra~:1.5|cultivo~:1.2|trigo:1.5|maíz:1.2|soja:1.2|agropecuari~:2|agrícola~:2|productor~:1|rinde~:1"},
	{news.TopicEconomy, "pt", "economia:2|económic~:2|econômic~:2|inflação:2|banco~:1|@mercado~:1|bolsa:1.2|comércio:1.2|comercial~:1.2|tarifa~:1.5|tarifaço:2|exportação:1.2|exportações:1.2|orçamento~:1.2|imposto~:1.2|dívida~:1.2|empresa~:0.7|preço~:1|?euros:0.8|?bilhão:0.7|?bilhões:0.7|desemprego:2|salário~:1.5|investimento~:1.5|colheita~:1.5|safra~:1.5|trigo:1.5|milho:1.2|soja:1.2|agropecuári~:2|agrícola~:2|agronegócio:2"},
	{news.TopicEconomy, "it", "economi~:2|inflazione:2|investiment~:1.5|occupazione:1.2|posti di lavoro:2|aziend~:0.7|dipendenti:0.8|fatturato:1.5|banc~:1|@mercat~:1|borsa:1.2|commerci~:1.2|dazi:2|esportazion~:1.2|bilancio:1.2|tass~:1|debito:1.2|impres~:0.7|prezz~:1|?euro:0.8|?miliard~:0.7|disoccupazione:2|salari~:1.5|raccolt~:1|grano:1.5|agricol~:2|agricoltur~:2"},
	{news.TopicEconomy, "tr", "ekonomi~:2|enflasyon~:2|banka~:1|halkbank:1|merkez bankası:2|faiz~:1.5|piyasa~:1|borsa~:1.2|ticaret~:1.2|gümrük:1.5|ihracat~:1.2|ithalat~:1.2|bütçe~:1.2|vergi~:1.2|borç~:1.2|şirket~:0.7|fiyat~:1|?dolar~:0.8|?milyar:0.7|işsizlik:2|maaş~:1.5|asgari ücret:2|yatırım~:1.5|hasat~:1.5|buğday~:1.5|tarım~:2|çiftçi~:1.5"},
	{news.TopicEconomy, "uk", "економік~:2|економічн~:2|інфляці~:2|банк~:1|@ринок:0.8|@ринк~:0.8|торгівл~:1.2|мит~:1.5|експорт~:1.2|імпорт~:1.2|бюджет~:1.2|податк~:1.2|борг~:1|компані~:0.7|цін~:1|?долар~:0.8|?млрд:0.7|зарплат~:1.5|прибут~:1.5|інвест~:1.5|урожа~:1.5|пшениц~:1.5|зерн~:1.2|аграрі~:1.5|фермер~:1.5"},
	// Energy
	{news.TopicEnergy, "de", "energie~:2|atomkraft:2|kernkraft:2|atomkraftwerk~:2|reaktor~:2|kraftwerk~:2|strom:2|gas:1.5|öl:1.5|erdöl:2|erdgas:2|pipeline~:2|kohle:1.5|windkraft:1.5|solar~:1.2"},
	{news.TopicEnergy, "fr", "énergie~:2|énergétique~:2|nucléaire~:1.5|centrale nucléaire:2|centrales nucléaires:2|électricité:2|pétrole~:2|gaz:1.5|gazoduc~:2|oléoduc~:2|charbon:1.5|carburant~:1.5"},
	{news.TopicEnergy, "es", "energía~:2|energétic~:2|central nuclear:2|centrales nucleares:2|energía nuclear:2|?nuclear:1|electricidad:2|petróleo~:2|petroler~:2|gas:1.5|gasoducto~:2|oleoducto~:2|carbón:1.5|combustible~:1.5"},
	{news.TopicEnergy, "pt", "energia~:2|energétic~:2|central nuclear:2|energia nuclear:2|?nuclear:1|usina~:1.5|eletricidade:2|petróleo~:2|petrolífer~:2|gás:1.5|gasoduto~:2|oleoduto~:2|carvão:1.5|combustível:1.5|combustíveis:1.5"},
	{news.TopicEnergy, "it", "energi~:2|energetic~:2|nucleare:1.5|centrale nucleare:2|elettricità:2|petroli~:2|gas:1.5|gasdott~:2|oleodott~:2|carbone:1.5|carburant~:1.5"},
	{news.TopicEnergy, "tr", "enerji~:2|doğalgaz~:2|doğal gaz:2|petrol~:2|elektrik~:1.5|boru hattı:2|nükleer:1.5|santral~:2|kömür~:1.5|akaryakıt~:1.5"},
	{news.TopicEnergy, "uk", "енерг~:1.5|енергетик~:2|нафт~:2|газ:1.5|газу:1.5|газопровід~:2|нафтопровід~:2|електроенергі~:2|електростанці~:2|аес:2|тес:2|вугілля:1.5|шахт~:1|паливо:1.5|світло:0.5"},
	// Security
	{news.TopicSecurity, "de", "waffenstillstand~:1|waffenruhe:1|militär~:2|armee~:2|soldat~:2|truppe~:2|krieg~:1.5|angriff~:1.2|attacke~:1|rakete~:2|drohne~:1.5|terror~:2|terrorist~:2|bewaffnet~:1.5|waffe~:1.5|explosion~:1|schüsse:1.5|sicherheit~:1|verteidigung~:1.5|bundeswehr:2|spionage:1.5|cyberangriff~:1.5|phishing:1|besatzung~:1.5"},
	{news.TopicSecurity, "fr", "coup d'état:2|coup de:0|coups de:0|coup dur:0|coup sévère:0|coup d'arrêt:0|coup d'envoi:0|du coup:0|tout à coup:0|raid~:1.5|cessez-le-feu:1|trêve:1|militaire~:2|armée~:2|soldat~:2|troupe~:2|guerre~:1.5|attaque~:1.2|attentat~:2|missile~:2|drone~:1.5|terroris~:2|armes:1.5|sécurité:1|défense:1.5|explosion~:1|bombardement~:2|frappe~:1.2"},
	{news.TopicSecurity, "es", "alto el fuego:1|tregua:1|militar~:2|ejército~:2|soldado~:2|tropa~:2|guerra~:1.5|ataque~:1.2|atentado~:2|misil~:2|misiles:2|dron~:1.5|terroris~:2|armas:1.5|seguridad:1|defensa:1.5|explosión:1|bombardeo~:2"},
	{news.TopicSecurity, "pt", "cessar-fogo:1|trégua:1|militar~:2|exército~:2|soldado~:2|tropa~:2|guerra~:1.5|ataque~:1.2|atentado~:2|míssil:2|mísseis:2|drone~:1.5|terroris~:2|armas:1.5|segurança:1|defesa:1.5|explosão:1|bombardeio~:2"},
	{news.TopicSecurity, "it", "cessate il fuoco:1|tregua:1|militar~:2|esercit~:2|soldat~:2|truppe:2|guerra:1.5|attacc~:1.2|attentat~:2|missil~:2|drone~:1.5|terroris~:2|armi:1.5|sicurezza:1|difesa:1.5|esplosion~:1|bombardament~:2"},
	{news.TopicSecurity, "tr", "seyrüsefer güvenliği:1.5|seyrüsefer güvenliğini:1.5|seyrüsefer güvenliğinin:1.5|seyrüsefer serbestisi:1.5|seyrüsefer serbestisini:1.5|ateşkes~:1|asker~:2|askeri:2|ordu~:1.5|savaş~:1.5|saldırı~:1.5|füze~:2|insansız hava aracı:1.5|iha:1|terör~:2|terörist~:2|silah~:1.5|güvenlik~:1|savunma~:1.5|patlama~:1|bombardıman~:2|sıkıyönetim:2"},
	{news.TopicSecurity, "uk", "перемир~:1|перемир'я:1|військов~:2|армі~:1.5|військ~:2|солдат~:2|сержант~:1.5|воював:2|війн~:1.5|фронт~:1.5|атак~:1.2|ракет~:1.5|дрон~:1.5|безпілотник~:1.5|шахед~:2|обстріл~:2|вибух~:1|удар~:0.8|авіаудар~:2|оборон~:1.5|протиповітрян~:2|зсу:2|тривог~:1|розмінув~:1.5|полонен~:1.5|полон:1|полону:1|військовополонен~:2|безпек~:1"},
	// Monetary policy: a central bank, its key rate and the interest it
	// sets are economy news in every language.
	{news.TopicEconomy, "de", "leitzins~:2|notenbank~:2|geldpolitik~:2|ezb:1.5|bundesbank:1.5|zinserhöhung~:2|zinssenkung~:2"},
	{news.TopicEconomy, "fr", "banque centrale:2|banques centrales:2|taux directeur~:2|taux d'intérêt:2|politique monétaire:2|bce:1.5|inflationniste~:1.5"},
	{news.TopicEconomy, "es", "banco central:2|bancos centrales:2|tasa de interés:2|tasas de interés:2|tipo de interés:2|tipos de interés:2|política monetaria:2|inflacionari~:1.5|bce:1.5"},
	{news.TopicEconomy, "pt", "banco central:2|bancos centrais:2|juros:2|taxa de juros:2|taxa básica:2|política monetária:2|inflacionári~:1.5|copom:2|selic:2|bce:1.5"},
	{news.TopicEconomy, "it", "banca centrale:2|banche centrali:2|tasso di interesse:2|tassi di interesse:2|tassi:1.2|politica monetaria:2|inflazionistic~:1.5|bce:1.5"},
	{news.TopicEconomy, "tr", "politika faizi:2|para politikası:2|faiz artırım~:2|faiz indirim~:2|tcmb:2"},
	{news.TopicEconomy, "uk", "нбу:2|нацбанк~:2|національн~ банк~:2|облікова ставка:2|облікову ставку:2|облікової ставки:2|ставк~:1|інфляційн~:1.5"},
	// Migration
	{news.TopicMigration, "de", "migrant~:2.5|migration:2.5|flüchtling~:2.5|asyl~:2.5|abschiebung~:2.5|einwanderung:2.5|visum:1.2"},
	{news.TopicMigration, "fr", "migrant~:2.5|migration~:2.5|réfugié~:2.5|asile:2.5|expulsion~:2|immigration:2.5|immigré~:2.5|visa:1.2"},
	{news.TopicMigration, "es", "migrante~:2.5|migración:2.5|migratori~:2|refugiado~:2.5|asilo:2.5|deportación:2.5|deportado~:2.5|inmigración:2.5|inmigrante~:2.5|visado:1.2|visa:1.2"},
	{news.TopicMigration, "pt", "migrante~:2.5|migração:2.5|migratóri~:2|refugiado~:2.5|asilo:2.5|deportação:2.5|deportado~:2.5|imigração:2.5|imigrante~:2.5|visto:1"},
	{news.TopicMigration, "it", "migrant~:2.5|migrazion~:2.5|rifugiat~:2.5|asilo:2.5|rimpatri~:2|immigrazion~:2.5|immigrat~:2.5|profughi:2.5"},
	{news.TopicMigration, "tr", "göç~:2.5|göçmen~:2.5|mülteci~:2.5|sığınma~:2|sınır dışı:2|vize~:1.2"},
	{news.TopicMigration, "uk", "мігрант~:2.5|міграці~:2.5|біженц~:2.5|біженець:2.5|притулок:2|депортаці~:2.5|віз~:1"},
	// Justice
	{news.TopicJustice, "de", "!kriegsverbrechen:1.5|!verbrechen:1.5|gericht~:2|prozess~:1|urteil~:2|richter~:2|staatsanwalt~:2|staatsanwaltschaft:2|anklage~:2|festgenommen:1.5|haft:2|gefängnis~:2|polizei:1|ermittlung~:1.5|todesstrafe:2|!mord~:1.5|betrug:1.5|korruption:2|suspendiert:1|vorwürfe:1|mobbing:1|straf~:1"},
	{news.TopicJustice, "fr", "tribunal:2|tribunaux:2|procès:2|juge~:2|verdict~:2|condamné~:2|prison~:2|arrêté~:1.5|garde à vue:2|procureur~:2|avocat~:1.5|enquête~:1.2|police:1|!meurtre~:1.5|!crime~:1.5|!crimes de guerre:1.5|court terme:0|court métrage:0|courts métrages:0|court de:0|corruption:2|cour d'appel:2|appel:0.5|trafic de drogue:2|trafic de stupéfiants:2|stupéfiants:1.5|acquitté~:2|accusation:1.5|témoignage~:1.5"},
	{news.TopicJustice, "es", "tribunal~:2|juicio~:2|juez~:2|jueces:2|sentencia~:2|condenado~:2|prisión:2|cárcel:2|detenido~:1.5|arrestado~:1.5|fiscal~:2|fiscalía:2|abogado~:1.5|investigación:1.2|policía:1|!asesinato~:1.5|!crimen~:1.5|!crímenes:1.5|!crímenes de guerra:1.5|corrupción:2|tráfico de drogas:2|narcotráfico:2|ilegal:1|demanda judicial:1.5|demandas judiciales:1.5"},
	{news.TopicJustice, "pt", "tribunal:2|tribunais:2|julgamento~:2|juiz:2|juízes:2|sentença~:2|condenado~:2|condenação:2|prisão:2|preso~:1.5|detido~:1.5|procurador~:2|advogado~:1.5|investigação:1.2|investigações:1.2|polícia:1|!homicídio~:1.5|!crime~:1.5|!crimes de guerra:1.5|corrupção:2|fraude:1.5|antifraude:2|apreensão:2|contrabando:2|fiscalização:1.5|gnr:1|stf:1.5|supremo tribunal:2"},
	{news.TopicJustice, "it", "tribunal~:2|processo:1.5|giudic~:2|sentenza:2|condannat~:2|carcere:2|arrestat~:2|arresto:2|procura:2|procurator~:2|avvocat~:1.5|indagin~:1.5|polizia:1|!omicidio:1.5|!crimin~:1.5|!crimini di guerra:1.5|accusat~:1.5|frode:1.5|corruzione:2|mandante:1.5"},
	{news.TopicJustice, "tr", "mahkeme~:2|dava~:1.5|hakim~:2|yargı~:2|savcı~:2|savcılık~:2|tutuklu~:2|tutuklandı:2|gözaltı~:1.5|cezaevi~:2|hapis~:2|avukat~:1.5|soruşturma~:1.5|polis~:1|!cinayet~:1.5|!suç~:1.5|!savaş suç~:1.5|yolsuzluk~:2|baro~:1.5|barolar:1.5|hukuk~:1"},
	{news.TopicJustice, "uk", "суд:1.5|суду:1.5|суді:1.5|судом:1.5|суди:1.5|судов~:1.5|судд~:1.5|вирок~:2|засуджен~:2|тюрм~:2|в'язниц~:2|арешт~:1.5|затриман~:1.5|обвинувач~:1.5|прокурор~:2|прокуратур~:2|адвокат~:1.5|слідств~:1.5|кримінальн~:2|!вбивств~:1.5|!злочин~:1.5|!воєнн~ злочин~:1.5|корупці~:2|поліці~:1"},
	// Society
	{news.TopicSociety, "de", "gesellschaft~:1.5|sozial~:1|?familie~:1|?kinder:1|schule~:1.2|grundschule~:1.2|kita~:1.5|kindergarten~:1.5|kindertagesstätte~:1.5|kinderbetreuung:1.5|bildung:1.5|universität~:1|kirche~:1.2|religion~:1.5|rentner~:1.2|armut:1.5|wohnung~:1.2"},
	{news.TopicSociety, "fr", "société~:1.5|social~:1|?famille~:1|?enfants:1|école~:1.2|éducation:1.5|étudiant~:1.2|université~:1|église~:1.2|religion~:1.5|pauvreté:1.5|logement~:1.2|concours:1|prépa~:1.5"},
	{news.TopicSociety, "es", "sociedad~:1.5|social~:1|?familia~:1|?niños:1|escuela~:1.2|educación:1.5|universidad~:1|iglesia~:1.2|religión:1.5|pobreza:1.5|vivienda~:1.2|comunidad~:1"},
	{news.TopicSociety, "pt", "sociedade~:1.5|social~:1|?família~:1|?crianças:1|?criança:1|escola~:1.2|educação:1.5|universidade~:1|igreja~:1.2|religião:1.5|pobreza:1.5|habitação:1.2|comunidade~:1|utente~:1|associação:1"},
	{news.TopicSociety, "it", "societ~:1.5|social~:1|?famigli~:1|?bambini:1|scuol~:1.2|istruzione:1.5|universit~:1|chiesa:1.2|religion~:1.5|povertà:1.5"},
	{news.TopicSociety, "tr", "toplum~:1.5|sosyal:1|?aile~:1|?çocuk~:1|okul~:1.2|eğitim~:1.5|üniversite~:1|cami~:1.5|din~:0.8|yoksulluk:1.5|yas~:1"},
	{news.TopicSociety, "uk", "суспільств~:1.5|соціальн~:1.2|?сім'~:1|?родин~:1|?діт~:1|?дитин~:1|онук~:1|опік~:1.5|школ~:1.2|освіт~:1.5|університет~:1|церкв~:1.5|патріарх~:1.5|богослужінн~:2|релігі~:1.5|бідніст~:1.5|жител~:1"},
	// Health
	{news.TopicHealth, "de", "=wünschte|=wünscht|=wünschen|=wünsche|=alles gute|gesundheit~:2|@krankenhaus:2|@krankenhäuser:2|arzt:2|ärzte:2|patient~:2|krankheit~:2|virus:2|impfung~:2|medizin~:1.5|pflege:1.5|klinik~:2|coronavirus:2|covid:2|covid-19:2|infiziert~:1.5|masern:2"},
	{news.TopicHealth, "fr", "=souhaité|=souhaite|=souhaitent|=souhaitons|=meilleurs vœux|santé:2|@hôpita~:2|médecin~:2|patient~:2|maladie~:2|virus:2|vaccin~:2|médical~:1.5|médicament~:1.5|clinique~:2|épidémie~:2|cancer~:2|coronavirus:2|covid:2|covid-19:2|infecté~:1.5|rougeole:2"},
	{news.TopicHealth, "es", "=deseó|=deseamos|=desearon|=le deseo|=mis mejores deseos|salud:2|@hospital~:2|médico~:2|paciente~:2|enfermedad~:2|virus:2|vacuna~:2|médic~:1.5|medicamento~:1.5|clínica~:2|epidemia~:2|cáncer:2|coronavirus:2|covid:2|covid-19:2|infectado~:1.5|contagio~:1.5|sarampión:2"},
	{news.TopicHealth, "pt", "=desejou|=desejamos|=desejaram|=votos de|saúde:2|@hospital:2|@hospitais:2|médico~:2|paciente~:2|doença~:2|vírus:2|vacina~:2|vacinação:2|medicamento~:1.5|clínica~:2|epidemia~:2|cancro:2|câncer:2|pneumonia:2|internamento:2|farmacêutic~:1.5|sus:1|coronavírus:2|covid:2|covid-19:2|infetado~:1.5|infectado~:1.5|infeção:2|infecção:2|teste~:0.5"},
	{news.TopicHealth, "it", "=augurato|=augura|=auguri|=augurando|salute:1|@ospedal~:2|medic~:1.5|pazient~:2|malatti~:2|virus:2|vaccin~:2|farmac~:1.5|clinic~:2|epidemi~:2|cancro:2|coronavirus:2|covid:2|covid-19:2|contagi~:1.5|morbillo:2"},
	{news.TopicHealth, "tr", "=diledi|=dilerim|=diliyorum|=diliyoruz|=temenni etti|sağlık~:2|sağlık ekibi:0|sağlık ekibinin:0|sağlık ekibince:0|sağlık ekipleri:0|sağlık ekiplerinin:0|sağlık ekiplerince:0|sağlık ekiplerine:0|sağlık ekiplerinden:0|@hastane~:2|@hastanesi~:2|doktor~:2|hasta~:1.5|hastalık~:2|virüs~:2|aşı~:2|tıp~:1.5|ilaç~:1.5|klinik~:2|salgın~:2|kanser~:2|koronavirüs~:2|covid:2|covid-19:2|kızamık:2"},
	{news.TopicHealth, "uk", "=побажав|=побажала|=побажали|=бажаю|=бажаємо|=всього найкращого|здоров'я:2|@лікарн~:2|лікар~:2|медик~:2|пацієнт~:2|хвороб~:2|вірус~:2|вакцин~:2|медицин~:1.5|лікуванн~:1.5|ліки:1.5|інсулін~:2|коронавірус~:2|кір:2|кору:2|захворюванн~:2"},
	// Culture
	{news.TopicCulture, "de", "kultur~:2|kunst:1.2|künstler~:1.5|museum:2|museen:2|ausstellung~:2|film~:1.5|kino:1.5|festival~:1.5|musik~:1.5|konzert~:2|theater:2|buch:1|roman~:1.5|schriftsteller~:1.5"},
	{news.TopicCulture, "fr", "culture~:2|culturel~:2|art:1.2|artiste~:1.5|musée~:2|exposition~:2|film~:1.5|cinéma:1.5|festival~:1.5|musique~:1.5|concert~:2|théâtre~:2|livre~:1|roman~:1.5|écrivain~:1.5|?acteur~:1.5|actrice~:1.5|oscar~:2|rôle:1|rôle clé:0|rôle important:0|rôle majeur:0|rôle crucial:0|rôle central:0|rôle déterminant:0"},
	{news.TopicCulture, "es", "cultura~:2|cultural~:2|arte:1.2|artista~:1.5|museo~:2|exposición:2|película~:1.5|cine:1.5|festival~:1.5|música:1.5|concierto~:2|teatro~:2|libro~:1|novela~:1.5|escritor~:1.5|actor~:1.5|actriz:1.5"},
	{news.TopicCulture, "pt", "cultura~:2|cultural~:2|arte:1.2|artista~:1.5|museu~:2|exposição:2|filme~:1.5|cinema:1.5|festival~:1.5|música~:1.5|concerto~:2|teatro~:2|livro~:1|romance~:1.5|escritor~:1.5|ator:1.5|atriz:1.5|novela~:1.5"},
	{news.TopicCulture, "it", "cultur~:2|arte:1.2|artist~:1.5|muse~:1.5|mostra:1.5|film:1.5|cinema:1.5|festival:1.5|musica:1.5|concerto:2|teatro:2|libr~:1|romanz~:1.5|scrittor~:1.5|attor~:1.5|attrice:1.5"},
	{news.TopicCulture, "tr", "kültür~:2|sanat~:1.5|sanatçı~:1.5|müze~:2|sergi~:2|film~:1.5|sinema~:1.5|festival~:1.5|müzik~:1.5|konser~:2|tiyatro~:2|kitap~:1|roman~:1.5|yazar~:1"},
	{news.TopicCulture, "uk", "культур~:2|мистецтв~:1.5|художник~:1.5|музе~:1.5|виставк~:2|фільм~:1.5|кіно:1.5|фестивал~:1.5|музик~:1.5|концерт~:2|театр~:2|книг~:1|письменник~:1.5|актор~:1.5"},
	// Sport
	{news.TopicSport, "de", "sport~:2|fußball~:2|spiel~:1|turnier~:2|meisterschaft~:2|weltmeister~:2|olympi~:2|trainer~:1.5|mannschaft~:1.2|liga:1.5|pokal:1.5|medaille~:1.5|tor:0.8|tore:0.8"},
	{news.TopicSport, "fr", "sport~:2|sportif~:2|football:2|match~:1.5|tournoi~:2|championnat~:2|champion~:2|olympique~:2|jo:1|médaille~:1.5|biathlon:2|entraîneur~:1.5|équipe~:1|ligue:1.5|coupe:1.2|sprint:1.5|épreuve~:1"},
	{news.TopicSport, "es", "deporte~:2|deportiv~:2|fútbol:2|?partido:0.8|torneo~:2|campeonato~:2|campeón:2|olímpic~:2|medalla~:1.5|entrenador~:1.5|equipo~:1|liga:1.5|copa:1.2|gol:0.8|goles:0.8|estadio~:1.5"},
	{news.TopicSport, "pt", "desporto~:2|esporte~:2|futebol:2|jogo~:1|torneio~:2|campeonato~:2|campeão:2|olímpic~:2|medalha~:1.5|treinador~:1.5|equipa~:1|equipe~:1|liga:1.5|taça:1.2|golo~:0.8|gol:0.8|estádio~:1.5"},
	{news.TopicSport, "it", "sport~:2|calcio:2|?partit~:0.8|torneo:2|campionato:2|campion~:2|olimpi~:2|medagli~:1.5|allenator~:1.5|squadr~:1|lega:1.2|coppa:1.2|gol:0.8|stadio:1.5"},
	{news.TopicSport, "tr", "spor~:2|futbol~:2|maç~:1.5|turnuva~:2|şampiyona~:2|şampiyon~:2|olimpiyat~:2|madalya~:1.5|antrenör~:1.5|teknik direktör:1.5|takım~:1|lig~:1.5|kupa~:1.2|gol~:0.8|stadyum~:1.5"},
	{news.TopicSport, "uk", "спорт~:2|футбол~:2|матч~:1.5|турнір~:2|чемпіонат~:2|чемпіон~:2|олімпі~:2|спортсмен~:2|гравц~:1.5|тренер~:1.5|збірн~:1.2|ліг~:1|кубк~:1.2|кубок:1.2|гол:0.8|медал~:1.5|стадіон~:1.5|фінал~:1"},
	// Environment
	{news.TopicEnvironment, "de", "umwelt~:2|klima~:2|klimawandel:3|emission~:2|co2:1.5|klimaschonend~:2|verschmutzung:2|dürre:1.5|artenschutz:2"},
	{news.TopicEnvironment, "fr", "environnement~:2|climat~:2|climatique~:2|émissions:2|pollution~:2|sécheresse~:1.5|biodiversité:2"},
	{news.TopicEnvironment, "es", "medio ambiente:2|ambiental~:2|clima:2|climático~:2|emisiones:2|contaminación:2|sequía~:1.5|biodiversidad:2"},
	{news.TopicEnvironment, "pt", "meio ambiente:2|ambiental~:2|clima:2|climátic~:2|emissões:2|poluição:2|seca:1|biodiversidade:2|desmatamento:2"},
	{news.TopicEnvironment, "it", "ambiente:2|ambientale:2|ambientali:2|ambientalist~:2|clima:2|climatic~:2|emission~:2|inquinamento:2|siccità:1.5|biodiversità:2"},
	{news.TopicEnvironment, "tr", "çevre~:2|iklim~:2|emisyon~:2|kirlilik~:2|kuraklık~:1.5"},
	{news.TopicEnvironment, "uk", "екологі~:2|клімат~:2|викид~:1.5|забрудн~:2|посух~:1.5"},
	// Disasters
	{news.TopicDisasters, "de", "erdbeben~:3|hochwasser:2.5|überschwemmung~:2.5|waldbrand~:2.5|brand~:1.2|feuer:1.2|sturm:1.5|orkan~:3|lawine~:2.5|katastrophe~:2|unglück~:2|unfall~:1.5|!evakuier~:2|!tote:1|!opfer:1.2|absturz:2"},
	{news.TopicDisasters, "fr", "séisme~:3|tremblement de terre:3|inondation~:2.5|incendie~:2|tempête~:1.5|ouragan~:3|avalanche~:2.5|catastrophe~:2|accident~:1.5|!évacu~:2|!victime~:1.2|s'écrase:2|écrasé:2|crash:1.5|!morts:1"},
	{news.TopicDisasters, "es", "terremoto~:3|sismo~:3|inundación~:2.5|inundaciones:2.5|incendio~:2|tormenta~:1.5|huracán:3|avalancha~:2.5|catástrofe~:2|desastre~:2|accidente~:1.5|!evacuad~:2|!víctima~:1.2|!muertos:1"},
	{news.TopicDisasters, "pt", "terremoto~:3|sismo~:3|inundação:2.5|inundações:2.5|incêndio~:2|tempestade~:2|furacão:3|avalanche~:2.5|catástrofe~:2|desastre~:2|acidente~:1.5|!evacuad~:2|!vítima~:1.2|!mortos:1|ventos:1"},
	{news.TopicDisasters, "it", "terremot~:3|sisma:3|alluvion~:2.5|inondazion~:2.5|incendi~:2|tempesta:1.5|uragano:3|valanga:2.5|catastrofe:2|disastro:2|incidente:1.5|!evacuat~:2|!vittim~:1.2|!morti:1"},
	{news.TopicDisasters, "tr", "deprem~:3|sel~:2|yangın~:2|fırtına~:1.5|kasırga~:3|çığ:2.5|felaket~:2|afet~:2|kaza~:1.5|kazası:1.5|!tahliye~:2|!hayatını kaybetti:1.2"},
	{news.TopicDisasters, "uk", "землетрус~:3|повін~:2.5|пожеж~:1.5|катастроф~:2|аварі~:1.5|!евакуаці~:2|!загибл~:1.5|!загинув:1.2|!загинули:1.2|!постраждал~:1|рятувальник~:2|дснс:2"},
	// Road traffic: a crash on a road, its drivers and pedestrians, the
	// traffic police who record it are transport news (and an accident's).
	{news.TopicTransport, "de", "verkehrsunfall~:2|autounfall~:2|busunfall~:2|?unfall~:1|schulbus~:1.5|?autobahn~:1.5|?bundesstraße~:1.5|?landstraße~:1.2|?kreisstraße~:1.2|?fahrer~:1|autofahrer~:1.5|fußgänger~:1.2|verkehrspolizei:2|führerschein~:1.5"},
	{news.TopicTransport, "fr", "accident de la route:2|accident de la circulation:2|accidents de la route:2|sécurité routière:2|automobiliste~:1.5|piéton~:1.2|?conducteur~:1.2|collision~:1.2|permis de conduire:1.5"},
	{news.TopicTransport, "es", "accidente de tráfico:2|accidente de tránsito:2|accidentes de tráfico:2|accidentes de tránsito:2|siniestro vial:2|seguridad vial:2|?conductor~:1.2|peatón:1.2|peatones:1.2|atropell~:1.5|colisión:1.2|?autopista~:1.5|carnet de conducir:1.5"},
	{news.TopicTransport, "pt", "acidente de trânsito:2|acidente de viação:2|acidente rodoviário:2|acidentes de trânsito:2|segurança rodoviária:2|?motorista~:1.2|?condutor~:1.2|peão:1.2|pedestre~:1.2|atropelad~:1.5|atropelamento~:1.5|colisão:1.2|?rodovia~:1.5|?autoestrada~:1.5"},
	{news.TopicTransport, "it", "incidente stradale:2|incidenti stradali:2|sicurezza stradale:2|automobilist~:1.5|?conducent~:1.2|pedon~:1.2|investit~:1|scontro frontale:2|?autostrad~:1.5|polizia stradale:2"},
	{news.TopicTransport, "tr", "trafik kazası:2|trafik kazasında:2|trafik kazaları:2|trafik kazalarında:2|zincirleme kaza:2|zincirleme kazada:2|kafa kafaya:1.5|?sürücü~:1.2|yaya~:1|?otoyol~:1.5|trafik ekipleri:2|trafik polisi:2|ehliyet~:1.5"},
	{news.TopicTransport, "uk", "дорожньо-транспортн~ пригод~:2|автотрощ~:2|пішохід:1.2|пішохода:1.2|пішоходи:1.2|пішоходів:1.2|?водій:1.2|?водія:1.2|?водієві:1.2|?водії:1.2|?водіїв:1.2|патрульн~ поліці~:1.5|?автошлях~:1.5|?трас~:1.2"},
	{news.TopicDisasters, "de", "verkehrsunfall~:1.5|autounfall~:1.5|busunfall~:1.5"},
	{news.TopicDisasters, "fr", "accident de la route:1.5|accident de la circulation:1.5|accidents de la route:1.5"},
	{news.TopicDisasters, "es", "accidente de tráfico:1.5|accidente de tránsito:1.5|accidentes de tráfico:1.5|accidentes de tránsito:1.5|siniestro vial:1.5"},
	{news.TopicDisasters, "pt", "acidente de trânsito:1.5|acidente de viação:1.5|acidente rodoviário:1.5|acidentes de trânsito:1.5"},
	{news.TopicDisasters, "it", "incidente stradale:1.5|incidenti stradali:1.5|scontro frontale:1.5"},
	{news.TopicDisasters, "tr", "trafik kazası:1.5|trafik kazasında:1.5|trafik kazaları:1.5|trafik kazalarında:1.5|zincirleme kaza:1.5|zincirleme kazada:1.5"},
	{news.TopicDisasters, "uk", "дорожньо-транспортн~ пригод~:1.5|автотрощ~:1.5"},
	// Fire brigades: the firefighters who put out a fire are a disaster's
	// (and, one item of "medics, police and firefighters", they make the
	// enumeration of a scene's responders that weighs each less).
	{news.TopicDisasters, "de", "feuerwehr~:2|feuerwehrleute:2|löschzug:2|großbrand~:2.5|wohnungsbrand~:2|hausbrand~:2"},
	{news.TopicDisasters, "fr", "pompier~:2|sapeurs-pompiers:2|sapeur-pompier:2|brûlé~:1|flamme~:1.5"},
	{news.TopicDisasters, "es", "bombero~:2|llama~:0.5|calcinad~:1.5"},
	{news.TopicDisasters, "pt", "bombeiro~:2|chama~:0.5|carbonizad~:1.5"},
	{news.TopicDisasters, "it", "vigili del fuoco:2|pompier~:2|fiamm~:1.5|rogo:2"},
	{news.TopicDisasters, "tr", "itfaiye~:2|itfaiyesi:2|alev~:1.5"},
	{news.TopicDisasters, "uk", "пожежник~:2|пожежн~:1.5|займанн~:2|згорів:1.5|згоріла:1.5"},
	// Theft: burglars, thieves and robbers are justice news (crime words:
	// inside a war story they are the war's).
	{news.TopicJustice, "de", "!einbruch~:2|!einbrüche~:2|!einbrecher~:2|!diebstahl~:2|!dieb~:2|!raub~:1.5|!raubüberfall~:2|festnahme~:1.5"},
	{news.TopicJustice, "fr", "!cambriolage~:2|!cambrioleur~:2|!cambriolé~:2|!vol à main armée:2|!voleur~:2|!braquage~:2|interpellé~:1.5"},
	{news.TopicJustice, "es", "!robo~:2|!robó:1.5|!robar:1.5|!ladrón:2|!ladrones:2|!hurto~:2|!atraco~:2"},
	{news.TopicJustice, "pt", "!roubo~:2|!roubou:1.5|!furto~:2|!ladrão:2|!ladrões:2|!assalto~:2|!assaltante~:2"},
	{news.TopicJustice, "it", "!furt~:2|!rapin~:2|!ladr~:1.5|!scippo:2"},
	{news.TopicJustice, "tr", "!hırsız~:2|!hırsızlık~:2|!soygun~:2|!gasp~:1.5"},
	{news.TopicJustice, "uk", "!крадіжк~:2|!грабіж~:2|!пограбуванн~:2|!злодій:2|!злодії:2|!злодіїв:2"},
	// Local government: a city council, its members and its mayor.
	{news.TopicPolitics, "de", "stadtrat~:1.5|gemeinderat~:1.5|kreistag~:1.5|landrat~:1.2|stadtverordnete~:1.5|landtag~:1.5"},
	{news.TopicPolitics, "fr", "conseil municipal:1.5|conseils municipaux:1.5|conseiller municipal:1.5|conseillers municipaux:1.5|conseil régional:1.5|conseil départemental:1.5"},
	{news.TopicPolitics, "es", "ayuntamiento~:0.8|pleno municipal:1.5|concejal~:1.5|alcalde~:0.8|alcaldesa~:0.8"},
	{news.TopicPolitics, "pt", "câmara municipal:1|vereador~:1.5|prefeito~:0.8|prefeita~:0.8|prefeitura~:0.8|autárquic~:1.5"},
	{news.TopicPolitics, "it", "consiglio comunale:1.5|consiglio regionale:1.5|consiglier~:1.2|sindac~:0.8|giunta:1.2"},
	// Pensions and pensioners are society news (as pension and пенсия).
	{news.TopicSociety, "fr", "retraite~:1.2|retraité~:1.2"},
	{news.TopicSociety, "es", "pensión:1.2|pensiones:1.2|jubilación:1.2|jubilad~:1.2|pensionista~:1.2"},
	{news.TopicSociety, "pt", "pensão:1.2|pensões:1.2|aposentadoria~:1.2|aposentad~:1.2|pensionista~:1.2|?reformado~:1.2"},
	{news.TopicSociety, "it", "pension~:1.2|pensionat~:1.2"},
	{news.TopicSociety, "tr", "?emekli~:1.2|emeklilik~:1.2|emekli maaş~:2|emekli aylığ~:2"},
	{news.TopicSociety, "uk", "пенсі~:0.8|пенсіонер~:1.2"},
	// Technology
	{news.TopicTechnology, "de", "technologie~:2|wissenschaft~:2|wissenschaftler~:2|forscher~:2|forschung~:1.5|datenschutz~:2|datenskandal~:1.5|datenschutzbehörde:2|digital~:1.5|internet:1.5|software:2|app:1.5|messenger:1.5|künstliche intelligenz:2.5|%ki:1.5|chip~:1.5|hacker~:2|daten:1|computer:1.5|smartphone~:2"},
	{news.TopicTechnology, "fr", "technologie~:2|numérique~:1.5|internet:1.5|logiciel~:2|application~:1|intelligence artificielle:2.5|%ia:1.5|puce~:1.5|pirate~:1|données:1|ordinateur~:1.5|smartphone~:2"},
	{news.TopicTechnology, "es", "tecnología~:2|tecnológic~:2|digital~:1.5|internet:1.5|aplicación~:1|inteligencia artificial:2.5|%ia:1.5|datos:1|ordenador~:1.5|computadora~:1.5|ciber~:2|hacker~:2"},
	{news.TopicTechnology, "pt", "tecnologia~:2|tecnológic~:2|digital~:1.5|internet:1.5|aplicativo~:1.5|inteligência artificial:2.5|%ia:1.5|dados:1|computador~:1.5|ciber~:2|hacker~:2"},
	{news.TopicTechnology, "it", "tecnologi~:2|digital~:1.5|internet:1.5|intelligenza artificiale:2.5|%ia:1.5|dati:1|computer:1.5|hacker:2"},
	{news.TopicTechnology, "tr", "teknoloji~:2|dijital:1.5|internet:1.5|yapay zeka:2.5|yazılım~:2|siber:2|bilgisayar~:1.5|veri~:1"},
	{news.TopicTechnology, "uk", "технологі~:2|цифров~:1.5|інтернет~:1.5|штучн~ інтелект~:2.5|хакер~:2|кібер~:2|комп'ютер~:1.5"},
	// Transport
	{news.TopicTransport, "de", "verkehr~:2|?flughafen:2|flug~:1.5|?flugzeug~:1.5|bahn:2|zug:1.5|züge:1.5|eisenbahn~:2|bus:1.2|?straße~:0.8|?auto~:1|?lkw:1.5|hafen:1.5|korridor~:1|humanitär~ korridor~:0|fluggesellschaft~:2"},
	{news.TopicTransport, "fr", "transport~:2|?aéroport~:2|?avion~:1.5|biréacteur~:1.5|ferroviaire~:2|train~:1.5|bus:1.2|?route~:1|autoroute~:1.5|?voiture~:1|?camion~:1.5|port:1.5|port du masque:0|port du voile:0|port d'arme:0|port d'armes:0|passager~:1.5|compagnie aérienne:2|?trafic:1.5"},
	{news.TopicTransport, "es", "transporte~:2|?aeropuerto~:2|vuelo~:2|?avión:1.5|?aviones:1.5|ferrocarril~:2|tren~:1.5|autobús:1.2|?carretera~:1.5|?coche~:1|?camión:1.5|puerto~:1.5|puerto rico:0|pasajero~:1.5|aerolínea~:2|?tráfico:1.5|corredor~:1|corredor~ humanitari~:0"},
	{news.TopicTransport, "pt", "transporte~:2|?aeroporto~:2|voo~:2|?avião:1.5|?aviões:1.5|ferroviário~:2|comboio~:1.5|trem:1.5|autocarro~:1.2|ônibus:1.2|?estrada~:1|rodoviário~:1.5|?carro~:1|?táxi~:1.5|?camião:1.5|?caminhão:1.5|passageiro~:1.5|tráfego:1.5|aéreo:1.2|corredor~:1|corredor~ humanitári~:0|porto marítimo:2|portos:1"},
	{news.TopicTransport, "it", "trasport~:2|?aeroport~:2|volo:1.5|voli:1.5|?aere~:1.5|ferrovi~:2|treno:1.5|treni:1.5|?autobus:1.2|?strad~:0.8|auto:1|?camion:1.5|porto:1.5|porti:1.5|passegger~:1.5|traffico:1.5"},
	{news.TopicTransport, "tr", "ulaşım~:2|?havalimanı~:2|uçuş~:2|?uçak~:1.5|demiryolu~:2|tren~:1.5|otobüs~:1.2|karayolu~:1.5|?araç~:1|liman~:1.5|yolcu~:1.5|trafik~:1.5|koridor~:1.5|insani koridor~:0|seyrüsefer~:1.5"},
	{news.TopicTransport, "uk", "транспорт~:2|?аеропорт~:2|рейс~:2|?літак~:1.5|залізниц~:2|залізничн~:2|потяг~:1.5|поїзд~:1.5|автобус~:1.5|?автомобіл~:1|вантаж~:1|логістик~:2|порт~:1.5|коридор~:1|гуманітарн~ коридор~:0|пасажир~:1.5"},
}

// intlEndings are the endings a stem marked "~" takes in each language: a
// word's inflections and plurals, few enough not to reach other words.
var intlEndings = map[string][]string{
	"de": {"", "e", "en", "er", "es", "n", "s", "em", "ern"},
	"fr": {"", "s", "e", "es", "x", "aux"},
	"es": {"", "s", "es", "a", "as", "o", "os"},
	"pt": {"", "s", "es", "a", "as", "o", "os"},
	"it": {"", "e", "i", "a", "o"},
	"tr": {"", "ler", "lar", "i", "ı", "u", "ü", "e", "a", "in", "ın", "un", "ün", "de", "da", "den", "dan", "nin", "nın", "ye", "ya", "yi", "yı", "si", "sı", "leri", "ları", "nda", "nde", "ndan", "nden"},
	"uk": {"", "о", "а", "я", "у", "ю", "ом", "ем", "ою", "ею", "ій", "і", "ї", "и", "ів", "їв", "ам", "ям", "ами", "ями", "ах", "ях", "ія", "ії", "ію", "ією", "ий", "ого", "ому", "им", "их", "ими", "ої", "ої", "ою", "е", "еві", "ові", "ь", "ю", "ння", "нні", "ння", "ь"},
}
