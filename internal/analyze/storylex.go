package analyze

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Event words across languages. Two reports of one event in different
// languages share no words, but they name the same kind of event: an
// earthquake is "earthquake", «землетрясение», «землетрус» and "Erdbeben".
// Each concept below lists its words in English, Russian, Ukrainian and
// German, in Spanish, Portuguese, Italian, French, Turkish and Polish, and
// in Greek (written without accents), Hindi, Finnish and Lithuanian,
// and becomes one language-independent story key (skEvent), and, with
// each country the title or lead names, one event-in-country key
// (skEventIn: an earthquake in Turkey), which is rare enough to find
// candidates through the index.
//
// A word ending in "*" is a stem that matches any word it begins (at least
// four letters of the word); others match the whole word. Stems are chosen
// long enough not to begin common words of another meaning. A Russian or
// Ukrainian past-tense form or participle ending in "~" stands for its
// inflections (verbForms): «задержал~» is задержала, задержали, задержав,
// задержавших; «задержан~» is задержана, задержанных, задержание,
// затримання's like; «умер~» is умерла, умерли, умерших — where a stem
// would also begin words of another meaning (задержка, a delay).
var eventConcepts = [...]struct {
	name  string
	words string
	rare  bool // a natural disaster: one country seldom has two of a kind in a day
	daily bool // a war's or a city's daily news: attacks, tolls, fighting
}{
	{"quake", "earthquake* quake* tremor* землетрясен* землетрус* подземн* erdbeben* beben bebens seism* сейсм* terremot* sismo sismos scossa scosse trzęsieni* tsunami* цунами deprem* tremblement* земетресени* potres* σεισμ* भूकंप भूकंप maanjäristy* järistys* drebėjim*", true, false},
	{"flood", "flood* наводнен* паводк* повін* повен* затоплен* überschwemm* flut flutkatastrophe* hochwasser* überflut* inundaç* inundac* inundad* enchente* alluvion* allagament* powodzi* powódź taşkın* inondation* crue crues poplav* πλημμυρ* बाढ tulva* tulvi* potvyn* potvynis", true, false},
	{"eruption", "volcan* erupt* вулкан* изверж* виверж* vulkan* ausbruch erupc* erupç* eruzion* volcán wulkan* éruption* yanardağ* ηφαιστ* ज्वालामुखी tulivuor* ugnikaln*", true, false},
	{"storm", "hurricane* typhoon* cyclone* ураган* тайфун* циклон* orkan* wirbelsturm* taifun* zyklon* sturmtief* tornado* смерч* торнадо huracán furacão uragano huragan* tifón tufão kasırga* fırtına* tempête* ouragan* unwetter* κυκλων* τυφων* चक्रवात तूफान hurrikaani* taifuuni* myrsky* uragan* taifūn*", true, false},
	{"crash", "crash* crashed разбил* разбит* крушен* катастроф* розбил* розбив* аварі* absturz* abgestürz* stürzt* accident accidents accidente* acidente* schiant* wypadk* wypadek rozbił* katastrofa* katastrofie упал~ впал~ падение падения падении падіння kaza kazası kazada kazasında düştü düşen écras* estrelló estrellado estrellada estrellarse cayó caiu δυστυχημ* συντριβ* हादसा हादसे हादसों दुर्घटना दुर्घटनाग्रस्त onnettomuu* avarij* sudužo", false, false},
	// A crash whose word names the vehicle: an air crash, a derailment, a
	// road accident. Its key is crash's (eventAlias).
	{"vehiclecrash", "авиакатастроф* авіакатастроф* flugzeugabsturz* flugzeugunglück* flugzeugcrash* derail* entgleis* descarril* deragliat* wykoleji* дтп", false, false},
	// Vehicles on the road, which give a crash word its sense
	// (vehicleConcepts) and make no key of their own.
	{"vehicle", "car cars bus buses minibus* truck trucks lorry lorries vehicle* motorcycl* tram trams автомобил* автомобіл* автобус* маршрутк* грузовик* вантажівк* автівк* машина машины машину машиной машине мотоцикл* трамва* auto autos pkw lkw busse reisebus* fahrzeug* lastwagen* straßenbahn* coche coches autobús ônibus camión camiones caminhão vehículo* veículo* veicol* samochod* autobus* ciężarówk* pojazd* camion camions kamyon* otobüs* araç aracı voiture*", false, false},
	{"aircraft", "plane planes aircraft* airliner* jet самолет* самолёт* борт літак* flugzeug* privatjet* maschine avion avión aviones avião aviões aeronave* aereo aerei samolot* helicopter* вертолет* вертолёт* гелікоптер* вертоліт* вертольот* hubschrauber* helicóptero* elicotter* helikopter* uçak* uçağı αεροπλαν* αεροσκαφ* ελικοπτερ* विमान हेलीकॉप्टर lentokon* helikopteri* lėktuv* sraigtasparn*", false, false},
	{"spacecraft", "spacecraft* probe lander* станци* зонд* аппарат* sonde* raumsonde* mondsonde* लैंडर luotain* laskeutuj* zondas zondo", false, false},
	{"moon", "moon lunar luna луна луну луны луне лунн* місяц* місячн* mond mondes σεληνη σεληνης σεληνη चांद चंद्रमा kuuhun mėnulio mėnulyje mėnulį", false, false},
	{"withdraw", "withdr* retreat* вывод* выведен* отступ* отход* вышли вийшл* виведен* відступ* rückzug* zurückgez* abzug* abgezogen abziehen", false, false},
	{"death", "dies died death dead deadly deadliest умер~ смерть смерти скончал* гибел* помер~ смерть tot tod todes* gestorben stirbt starb fallec* falece* zmarł zmarła morreu murió muere morre muore öldü hayatını mort meurt décès décédé décédée morto morta deceduto deceduta почина починал починала починали смърт смъртта preminuo preminula preminuli umro umrl* smrt smrti πεθαν* θανατ* मौत मृत्यु निधन kuoli kuolema* kuollut mirė mirtis mirties", false, true},
	{"toll", "killed kills killing perish perished perishes perishing погиб* жертв* загин* загибл* тела tote toten getötet todesopfer* opfer* victims muertos mortos morti vittime víctimas vítimas ofiar* zginęł* zginęli ölü ölen öldürül* morts tués victimes uccis* poginu* žrtv* νεκρ* θυματ* σκοτωθηκ* मृतक* मारे kuolonuhr* kuolleet kuolleita uhrit uhreja žuvo žuvusi* aukų", false, true},
	{"border", "border* frontier* границ* пограни* кордон* прикордон* grenz* fronter* frontei* granic* sınır* frontière*", false, true},
	{"clash", "clash* fighting battle* hostilit* бои боях боев* столкновен* перестрелк* обострен* эскалац* бої зіткнен* gefecht* kämpf* kampfhandlung* zusammenstö* enfrentamiento* confronto* scontri starci* çatışma* affrontement* combats", false, true},
	{"election", "election* elected vote* voting ballot* выбор* избран* голосован* вибор* голосуван* wahl* wähl* kommunalwahl* präsidentenwahl* parlamentswahl* eleccion* elección eleiç* elezion* wybor* votación votaç* seçim* élection* élu élue élus scrutin* présidentielle* législatives elegido elegida eletto eletta eleito eleita ballottaggio runoff* избори изборите izbori izbora izborima volitv* εκλογ* चुनाव vaali* vaalit rinkim*", false, false},
	{"explosion", "explosion* blast* explod* взрыв* вибух* explodier* detonation* explos* esplos* wybuch* patlama* взрив* експлоз* eksploz* εκρηξ* धमाका धमाके विस्फोट räjähd* sprogim* sprogo", false, true},
	{"parole", "parole* paroled условно-досроч* досрочн* bewährung* entlass*", false, false},
	{"prison", "prison* jail* penal колони* тюрьм* исправительн* в'язниц* колоні* straflager* strafkolonie* gefängnis* lagerhaft* тюремн* prisión prisão cárcel carcere więzieni* cezaevi* hapis*", false, true},
	{"attack", "attack* assault* атак* нападен* напад* теракт* angriff* anschlag* anschläg* attacke* strike strikes airstrike* удар* вдари* atak* atac* ataque* attacc* luftangriff* raketenangriff* missile* rocket rockets ракета ракеты ракете ракету ракетой ракет ракетам ракетами ракетах ракети ракетою ракетн* rakete raketen misil misiles míssil mísseis missili rakieta rakiety rakiet rakietow* saldırı* saldırgan* attaque* frappe frappes terror* террор* терор* napad* επιθεσ* πυραυλ* हमला हमले हमलों मिसाइल hyökkäy* isku iskun iskussa ohjus* išpuol* raket* smūg*", false, true},
	{"shooting", "shooting* shooter shooters gunshot* gunman gunmen gunfire стрельб* стрелок* стрілянин* schüsse schütze* schießerei* shots sniper* снайпер* выстрел* tiroteo* tiroteio* sparatori* strzelanin* baleado baleada fusillade* vurul* vurdu* стрелба* pucnjav* streljanj*", false, true},
	{"ceasefire", "ceasefire* truce перемири* прекращени* припинення waffenruhe* feuerpause* waffenstillstand* tregua trégua rozejm* ateşkes* cessez", false, false},
	{"hostage", "hostage* заложник* заручник* geisel* rehén rehenes refém reféns ostagg* zakładni* rehine* otage*", false, false},
	{"dam", "dam dams дамб* плотин* гребл* damm dämme staudamm* dammbruch* гэс гес hydroelectric* hydropower* wasserkraftwerk*", true, false},
	{"protest", "protest* rally rallies протест* митинг* мітинг* demonstrant* kundgeb* protesta protestas protestos manifestant* manifestation* διαδηλ* διαμαρτυρ* प्रदर्शन mielenosoit*", false, true},
	{"resign", "resign* отставк* відставк* rücktritt* zurückgetreten dimisión dimite demissão dimissioni dymisj* rezygnacj* istifa* démission* оставка* ostavk* odstop* παραιτ* इस्तीफा eroamis* eroilmoitu* atsistatydin*", false, false},
	{"sanctions", "sanction* санкци* санкці* sanktion* sancion* sanç* sanzion* sankcj* yaptırım* κυρωσεις κυρωσεων प्रतिबंध pakott* sankcij*", false, true},
	{"summit", "summit* саммит* саміт* gipfel* cumbre cúpula vertice zirve* sommet*", false, true},
	{"evacuate", "эвакуац* эвакуир* евакуац* евакуйов* evakuier* evacu* ewakuac* ewakuow* tahliye* évacu*", false, true},
	{"talks", "talks negotiat* переговор* перемовин* gespräch* verhandl* negociac* negociaç* negoziat* negocjac* müzakere* négociation* pourparlers", false, false},
	{"captives", "prisoner* pows captive* inmates пленн* полонен* військовополонен* заключенные заключенных заключенными заключённые заключённых заключёнными gefangene gefangenen kriegsgefangen* häftling* prisioneros prisioneiros prigionier* jeńc* więźni* esir* prisonnier* détenus", false, false},
	{"swap", "swap swaps swapped exchanged обмен обмена обмене обменом обменялись обменяли обмін обміну обміні обмінялися austausch* ausgetauscht intercambio canje troca scambio wymian*", false, false},
	{"fire", "fire fires wildfire* blaze* пожар* пожеж* brände waldbr* großbrand* incendi* pożar* ogień ognia ogniu ogniem yangın* incêndio* požar* πυρκαγι* आग tulipalo* gaisr*", false, true},
	{"arrest", "arrest* detain* задержан~ задержал~ арест* затрима* заарешт* festgenommen festnahme* verhaft* detenido detenida detido detida arrestad* arrestat* aresztowa* zatrzyman* gözaltı* tutuklan* interpellé* задържан* uhapšen* uhićen* aretir* συνεληφθ* συλληψ* गिरफ्तार pidätet* pidätys* sulaikyt* sulaik*", false, true},
	{"verdict", "sentence sentences sentenced verdict* convicted приговор* осужден* засуди* засудж* вирок* verurteil* urteil пожизненн* довічн* condenad* condannat* skazan* condamné* присъд* осъден* presud* osuđen*", false, false},
	{"riot", "riot* unrest беспорядк* заворушен* krawall* unruhen ausschreitung* disturbios distúrbios zamieszki émeute*", false, true},
	{"coup", "coup putsch* переворот* путч* заколот* golpe darbe*", true, false},
	{"referendum", "referendum* референдум* referandum* référendum*", false, false},
	{"inauguration", "inaugurat* sworn инаугурац* інавгурац* vereidig* amtseinführung* investidura insediament* zaprzysięż*", false, false},
	{"stabbing", "stabbed stabbing* knife ножев* ножом поножовщин* messerangriff* messerattacke* messerstecher* apuñal* esfaque* accoltell* bıçak* couteau*", false, true},
	{"hospital", "hospital hospitals hospitales hospitais больниц* лікарн* госпитал* шпитал* krankenhaus* klinik* ospedal* szpital* hastane* hôpital hôpitaux", false, true},
	{"airport", "airport* аэропорт* аеропорт* flughafen* aeropuert* aeroport* aéroport* lotnisk* havaliman* havaalan* lentokent* lentoasem* αεροδρομ* αερολιμεν* एयरपोर्ट हवाईअड्डे हवाईअड्डा", false, true},
	{"bridge", "bridge bridges мост моста мосту мостом мосте мосты мостов міст brücke* puente ponte köprü* pont", false, true},
	{"collision", "collision* collide* столкнул* зіткнул* kollision* kollidiert* colisión* colisão collisione zderzen* çarpış* συγκρου* टकरा* टक्कर törmä* susidūr*", false, false},
	{"rebels", "rebel* insurgent* повстан* ribell* rebelian* aufständisch*", false, true},
	{"flee", "fled flee flees fleeing бежал~ сбежал~ покинул~ втік втекла втекли утік fugiu fugir huyó huyeron fuggito fuggita geflohen floh flieht uciekł uciekła", false, false},
	{"assassination", "assassinat* покушени* покушавш* замах* attentat* atentad* zamach* suikast* assassin*", false, false},
	{"bail", "bail залог залога залогом застава заставу kaution fianza fiança cauzione kaucja kaucji", false, false},
	{"charge", "charged indicted indictment* обвинени* обвинен* обвиняем* звинувач* angeklagt anklage* imputad* acusad* oskarżon*", false, false},
	{"drone", "drone drones дрон* беспилотник* безпілотник* бпла drohne* dron*", false, true},
	{"rescue", "rescuer* rescue rescued rescues rescuing спасател* спасательн* рятувальн* rettungskräft* rettungsdienst* bergungsarbeit* rescatist* rescate socorrist* resgat* soccorritor* soccorsi ratownik* ratownic* ratownicz* kurtarma* sauveteur* secouriste* διασωστ* pelastaj* pelastustyö* gelbėtoj* बचावकर्मी", false, true},
	{"injured", "injured wounded ранен* ранил~ пострадал~ поранен* поранил~ постраждал~ verletzt* herido heridos ferido feridos feriti ferito ranni rannych blessé* yaralı* yaralan* τραυματ* घायल loukkaantu* sužeist* sužalot*", false, true},
	{"murder", "murder* homicid* убийств* убит~ убил~ вбивств* вбит* mord morde ermordet asesinat* omicidi* morderstw* zabójstw* cinayet* meurtre* δολοφον* हत्या murha* nužud*", false, true},
	{"kidnap", "kidnap* abduct* похищ* похити* викрад* entführ* secuestr* sequestr* rapit* porwan* porwał* kaçırıl* enlèvement* enlevé", false, false},
	// Spanish "deportes" and "deportivo" are sports: the stems below stop
	// short of them.
	{"deport", "deport deports deported deporting deportation* deportee* deportad* deportac* deportaç* deportat* deportier* deportovan* deportowan* deportiran* депорт* abschieb* abgeschoben", false, false},
	{"blackout", "blackout* outage* отключен* відключен* блэкаут* блекаут* stromausfall* apagón apagão", false, true},
	{"walkout", "walkout* strikers забастовк* страйк* streik* huelga* greve sciopero strajk* grev* grève*", false, false},
	{"avalanche", "avalanche* лавин* lawine* valanga* lawin*", true, false},
	{"landslide", "landslide* mudslide* оползн* селев* зсув* erdrutsch* deslizamiento* deslizamento* frana frane osuwisk* heyelan* glissement*", true, false},
	{"sinking", "shipwreck* sank sunk sinking capsiz* затонул* затонув* потонул~ тонути тонет кораблекрушен* gekentert kenter* naufrag* hundimiento zatonął потъна* potonu* βυθιστ* βουλιαξ* upposi uppoami* nuskend*", false, false},
	{"ship", "ship ships vessel* ferry ferries warship* cruiser* frigate* крейсер* фрегат* эсминц* есмінц* kreuzer* fregatt* корабель корабл* паром* schiff* fähre barco* navio* traghett* statek statku gemi gemisi gemide navire* nave navi πλοι* ναυαγ* जहाज aluksen laiv*", false, true},
	{"train", "поезд* потяг* электричк* zug züge tren trenes comboio treno treni pociąg* τρενο τρενα τρενου τρενων αμαξοστοιχ* ट्रेन ट्रेनों रेलगाडी मालगाडी juna junan junat junien junaan traukin*", false, true},
	{"mine", "miners шахт* bergwerk* bergleute mineros mineiros miniera minatori kopaln* górnik* maden madenci*", false, true},
	{"martiallaw", "martial martiale marcial marziale kriegsrecht* sıkıyönetim*", false, false},
	{"worship", "church churches synagogue* mosque* церкв* церков* синагог* мечет* мечеть kirche* synagoge* moschee* iglesia* igreja* chiesa* sinagog* mezquita* mesquita* moschea* kości* meczet* kilise* cami camii camide église* mosquée*", false, true},
}

// A crash word (a crash, a fall, a catastrophe) names a crash only where
// the title or the lead names a vehicle: a plane falls, a bus crashes, but
// the fall of a capital, a market crash or a humanitarian catastrophe are
// no crash. needsVehicle are the concepts a vehicle must accompany,
// vehicleConcepts the ones that name a vehicle, contextConcepts those that
// make no key of their own, and eventAlias the concepts whose key is
// another's.
var (
	needsVehicle    = conceptSet("crash")
	vehicleConcepts = conceptSet("aircraft", "spacecraft", "ship", "train", "vehicle", "vehiclecrash")
	contextConcepts = conceptSet("vehicle")
	eventAlias      = func() (t [len(eventConcepts)]int) {
		for i := range t {
			t[i] = i
		}
		t[conceptIndex("vehiclecrash")] = conceptIndex("crash")
		return t
	}()
)

// conceptIndex returns the index of the event concept called name.
func conceptIndex(name string) int {
	for i := range eventConcepts {
		if eventConcepts[i].name == name {
			return i
		}
	}
	panic("no event concept " + name)
}

// conceptSet marks the event concepts called names.
func conceptSet(names ...string) (t [len(eventConcepts)]bool) {
	for _, n := range names {
		t[conceptIndex(n)] = true
	}
	return t
}

// eventPhrases are event concepts that two words in a row name, where
// neither names the event alone: «военное положение», «воєнний стан» and
// "stan wojenny" are martial law, though «военный» and «положение» each
// say nothing of it. A word ending in "*" is a stem, as in eventConcepts;
// the two words stand in the order given.
var eventPhrases = [...]struct{ first, second, concept string }{
	{"военн*", "положени*", "martiallaw"},                             // Russian, Bulgarian: военное положение, военно положение
	{"воєнн*", "стан стану стані станом", "martiallaw"},               // Ukrainian: воєнний стан
	{"ваенн*", "становішч*", "martiallaw"},                            // Belarusian: ваеннае становішча
	{"stan stanu stanie", "wojenn*", "martiallaw"},                    // Polish: stan wojenny
	{"step steps stepped stepping", "down", "resign"},                 // English: steps down as leader
	{"otettiin otetaan otettu napattiin napattu", "kiinni", "arrest"}, // Finnish: otettiin kiinni, taken into custody
	{"oro", "uost*", "airport"},                                       // Lithuanian: oro uostas, an airport
}

// phraseWord is one word or stem of an eventPhrases entry.
type phraseWord struct {
	w    string
	stem bool
}

// phraseTab is eventPhrases with each side's words and its concept index.
var phraseTab = func() (t []struct {
	first, second []phraseWord
	c             int
}) {
	words := func(s string) (out []phraseWord) {
		for _, w := range strings.Fields(s) {
			s, stem := strings.CutSuffix(w, "*")
			out = append(out, phraseWord{s, stem})
		}
		return out
	}
	for _, p := range eventPhrases {
		c := -1
		for i := range eventConcepts {
			if eventConcepts[i].name == p.concept {
				c = i
			}
		}
		if c < 0 {
			panic("eventPhrases: no concept " + p.concept)
		}
		t = append(t, struct {
			first, second []phraseWord
			c             int
		}{words(p.first), words(p.second), c})
	}
	return t
}()

// phraseMatch reports whether lower-case w is one of ws.
func phraseMatch(ws []phraseWord, w []byte) bool {
	for _, p := range ws {
		if p.stem && len(w) > len(p.w) && string(w[:len(p.w)]) == p.w || !p.stem && string(w) == p.w {
			return true
		}
	}
	return false
}

// phraseConcept returns the event concept that lower-case w and the word
// after it, next, name together (eventPhrases), or -1.
func phraseConcept(w, next []byte) int {
	if len(w) >= 2 {
		// No phrase opens with w's first two bytes: most words are passed
		// over without reading phraseTab.
		if k := uint(w[0])<<8 | uint(w[1]); phraseOpens[k/64]&(1<<(k%64)) == 0 {
			return -1
		}
	}
	for _, p := range phraseTab {
		if phraseMatch(p.first, w) && phraseMatch(p.second, next) {
			return p.c
		}
	}
	return -1
}

// phraseOpens holds the first two bytes of every first word of phraseTab
// (a first word that is an empty stem opens with any pair).
var phraseOpens = func() *bytePairs {
	var ws []string
	for _, p := range phraseTab {
		for _, w := range p.first {
			if w.w == "" {
				var all bytePairs
				for i := range all {
					all[i] = ^uint64(0)
				}
				return &all
			}
			ws = append(ws, w.w)
		}
	}
	return newBytePairs(ws)
}()

// caseConcepts are the stages of one legal case: the arrest, the charges,
// bail, the verdict, prison, parole. Reports of two stages days apart are
// one story where they name the same person (caseFollowUp).
var caseConcepts = map[string]bool{"arrest": true, "charge": true, "bail": true, "verdict": true, "prison": true, "parole": true}

// caseKeys are the story keys of caseConcepts, without the title flag.
var caseKeys = func() map[uint32]bool {
	m := map[uint32]bool{}
	for i, c := range eventConcepts {
		if caseConcepts[c.name] {
			m[skEvent|eventHash(i)] = true
		}
	}
	return m
}()

// eventLex finds an event concept by whole word or by stem.
type eventLex struct {
	exact  map[string]uint8 // word -> concept index + 1
	stems  map[string]uint8 // stem -> concept index + 1
	maxLen int              // longest stem, in runes
	// heads maps the first four runes of every stem to the longest stem
	// that starts with them, in runes: most words start no stem, and are
	// refused with one lookup instead of one for each length.
	heads map[string]uint8
	// opens holds the opening (first four bytes, or the whole of a
	// shorter word) of every word and of every stem of four letters or
	// more: a word whose opening is not there is refused without a lookup.
	opens [1 << 16 / 64]uint64
}

// eventOpening returns the key of w's opening for eventLex.opens.
func eventOpening(w []byte) uint32 {
	n := min(len(w), 4)
	var k uint32
	for _, c := range w[:n] {
		k = k<<8 | uint32(c)
	}
	k = k*0x9E3779B1 ^ uint32(n)*0x85EBCA77
	return k >> 16
}

func (l *eventLex) addOpening(w string) {
	k := eventOpening([]byte(w))
	l.opens[k/64] |= 1 << (k % 64)
}

var storyEvents = buildEventLex()

func buildEventLex() eventLex {
	l := eventLex{exact: map[string]uint8{}, stems: map[string]uint8{}, heads: map[string]uint8{}}
	for i, c := range eventConcepts {
		for _, w := range strings.Fields(c.words) {
			if s, ok := strings.CutSuffix(w, "~"); ok {
				for _, f := range verbForms(s) {
					if l.exact[f] == 0 {
						l.exact[f] = uint8(i + 1)
						l.addOpening(f)
					}
				}
			} else if s, ok := strings.CutSuffix(w, "*"); ok {
				l.stems[s] = uint8(i + 1)
				n := utf8.RuneCountInString(s)
				l.maxLen = max(l.maxLen, n)
				if n >= 4 {
					head := prefixRunes([]byte(s), 4)
					l.heads[string(head)] = uint8(max(int(l.heads[string(head)]), min(n, 255)))
					l.addOpening(s)
				}
			} else {
				l.exact[w] = uint8(i + 1)
				l.addOpening(w)
			}
		}
	}
	return l
}

// Endings of Russian and Ukrainian participles used as adjectives or nouns
// (пострадавших, задержанного, постраждалих, затриманий), of short
// participles and past forms (задержаны, пострадала, впали), and of verbal
// nouns (задержание, затримання). Over-generating a form no one writes
// costs nothing: the lexicon only looks words up.
var (
	verbAdjEndings = strings.Fields("ый ая ое ые ых ым ыми ого ому ой ую ом ий ее ие их им ими его ему ей юю ем ій ої ою ім і а е у")
	verbNounRu     = strings.Fields("ие ия ии ием ию иям иями иях")
	verbNounUk     = strings.Fields("ня ні ню ням нями нях")
	verbShort      = strings.Fields("а о ы и і")
)

// verbForms returns the inflections of a past-tense form or a participle
// (eventConcepts' "~" words):
//   - a past form in -л (задержал, пострадал, постраждал) takes the past's
//     endings (задержала, задержали), the Ukrainian past in -в and the
//     Russian gerund (затримав, задержав), the active participle in -вш-
//     (задержавший, пострадавших) and the Ukrainian one in -л-
//     (постраждалий, постраждалих);
//   - a passive participle in -н or -т (задержан, убит) takes the short
//     forms (задержаны, убита), the long ones in Russian -нн- and
//     Ukrainian -н- (задержанных, затриманий, убитых) and, in -н, the
//     verbal noun (задержание, затримання);
//   - another past form (умер, погиб, помер) takes -ла, -ли, the
//     participle in -ш- (умерших) and the Ukrainian one in -л- (померлих).
func verbForms(f string) []string {
	out := []string{f}
	adj := func(stem string) {
		for _, e := range verbAdjEndings {
			out = append(out, stem+e)
		}
	}
	switch {
	case strings.HasSuffix(f, "л"):
		base := strings.TrimSuffix(f, "л")
		for _, e := range verbShort {
			out = append(out, f+e)
		}
		out = append(out, base+"в", base+"вши")
		adj(base + "вш")
		adj(f)
	case strings.HasSuffix(f, "н") || strings.HasSuffix(f, "т"):
		for _, e := range verbShort {
			out = append(out, f+e)
		}
		adj(f)
		if strings.HasSuffix(f, "н") {
			adj(f + "н")
			for _, e := range verbNounRu {
				out = append(out, f+e)
			}
			for _, e := range verbNounUk {
				out = append(out, f+e)
			}
		}
	default:
		for _, e := range []string{"ла", "ло", "ли", "лі"} {
			out = append(out, f+e)
		}
		adj(f + "ш")
		adj(f + "л")
	}
	return out
}

// concept returns the event concept of a lower-case word, or -1. A Greek
// word is read without its accents (foldGreekAccents): the table writes
// Greek words bare, and σύγκρουση and συγκρούστηκαν meet at συγκρου.
func (l *eventLex) concept(w []byte) int {
	if len(w) > 1 && (w[0] == 0xCE || w[0] == 0xCF) {
		return l.greekConcept(w)
	}
	return l.bareConcept(w)
}

// greekConcept is concept for a Greek word: read without its accents.
func (l *eventLex) greekConcept(w []byte) int {
	var buf [64]byte
	return l.bareConcept(foldGreekAccents(w, &buf))
}

// bareConcept is concept for a word as it is written.
func (l *eventLex) bareConcept(w []byte) int {
	if k := eventOpening(w); l.opens[k/64]&(1<<(k%64)) == 0 {
		return -1 // no word or stem opens so
	}
	if c := l.exact[string(w)]; c > 0 {
		return int(c) - 1
	}
	// Longest stem first: "überflut" before "flut". The word's runes
	// are stepped over as utf8.RuneCount and a range loop would: an ASCII
	// byte or a valid rune of two bytes here, any other by the utf8
	// package.
	var ends [24]int // byte starts of the word's first runes, then its end
	n := 0
	for i := 0; i < len(w); {
		if n < len(ends) {
			ends[n] = i
		}
		n++
		if c := w[i]; c < utf8.RuneSelf {
			i++
		} else if c >= 0xC2 && c <= 0xDF && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			i += 2
		} else {
			_, sz := utf8.DecodeRune(w[i:])
			i += sz
		}
	}
	if n < 4 {
		return -1
	}
	if n < len(ends) {
		ends[n] = len(w)
	}
	longest := int(l.heads[string(w[:ends[4]])])
	for k := min(n, longest, l.maxLen, len(ends)-1); k >= 4; k-- {
		if c := l.stems[string(w[:ends[k]])]; c > 0 {
			return int(c) - 1
		}
	}
	return -1
}

// foldGreekAccents returns Greek word w without its accents and diaeresis
// (ά is α, ΐ and ϊ are ι), written into buf; a word longer than buf is
// returned as it is. Every accented lower-case Greek letter is two bytes,
// and so is its bare letter: the word keeps its length.
func foldGreekAccents(w []byte, buf *[64]byte) []byte {
	if len(w) > len(buf) {
		return w
	}
	out := buf[:len(w)]
	copy(out, w)
	for i := 0; i+1 < len(out); i++ {
		var bare uint16
		switch uint16(out[i])<<8 | uint16(out[i+1]) {
		case 0xCEAC: // ά
			bare = 0xCEB1
		case 0xCEAD: // έ
			bare = 0xCEB5
		case 0xCEAE: // ή
			bare = 0xCEB7
		case 0xCEAF, 0xCE90, 0xCF8A: // ί ΐ ϊ
			bare = 0xCEB9
		case 0xCF8C: // ό
			bare = 0xCEBF
		case 0xCF8D, 0xCEB0, 0xCF8B: // ύ ΰ ϋ
			bare = 0xCF85
		case 0xCF8E: // ώ
			bare = 0xCF89
		default:
			continue
		}
		out[i], out[i+1] = byte(bare>>8), byte(bare)
		i++
	}
	return out
}

// skRare marks, within class skEvent, a rare kind of event (a natural
// disaster), and skDaily one that a war or a city reports every day; an
// event in a country (skEventIn, not a country's own key) carries
// skDaily too where its kind of event does.
const (
	skRare  uint32 = 1 << 27
	skDaily uint32 = 1 << 26
)

// eventHash is the story key hash of an event concept.
func eventHash(concept int) uint32 {
	h := uint32(hashBytes([]byte("event:"+eventConcepts[concept].name))) & skHash &^ (skRare | skDaily)
	if eventConcepts[concept].rare {
		h |= skRare
	}
	if eventConcepts[concept].daily {
		h |= skDaily
	}
	return h
}

// skCountry marks, within class skEventIn, the key of a country alone.
const skCountry uint32 = 1 << 27

// eventInHash is the story key hash of an event concept in a country.
func eventInHash(concept int, code string) uint32 {
	h := uint32(hashBytes([]byte("event:"+eventConcepts[concept].name+"@"+code))) & skHash &^ (skCountry | skDaily)
	if eventConcepts[concept].daily {
		h |= skDaily
	}
	return h
}

// dailyKey reports whether a story key (without its title flag) is a
// kind of event of daily news, alone or in a country: an attack, a toll,
// an explosion, an airport.
func dailyKey(k uint32) bool {
	switch k & skClass {
	case skEvent:
		return k&skDaily != 0
	case skEventIn:
		return k&skCountry == 0 && k&skDaily != 0
	}
	return false
}

// countryHash is the story key hash of a country, the same in every
// language: "Turkey", «Турции» and "Türkei" all give TR's. Countries are
// kept in class skEventIn, apart from places named by their own word.
func countryHash(code string) uint32 {
	return uint32(hashBytes([]byte("cc:"+code)))&skHash | skCountry
}

// germanName reports whether toks[i], a capitalised word of a German text,
// is a name. German capitalises every noun, so a capital alone says
// nothing; but two capitalised words in a row, not starting a sentence,
// are a name ("Jewgeni Prigoschin", "Wagner-Chef Prigoschin"): German
// writes the adjective before a noun in lower case.
func germanName(toks []token, text string, i int, title bool) bool {
	t := &toks[i]
	if !t.has(fCap) || t.has(fDigit) || i == 0 || (!title && toks[i-1].sent != t.sent) {
		return false
	}
	joined := func(x, y *token) bool {
		if !x.has(fCap) || !y.has(fCap) || x.sent != y.sent || x.has(fDigit) || y.has(fDigit) {
			return false
		}
		gap := text[x.e:y.s]
		return gap == " " || gap == "-" || gap == "\u00a0"
	}
	prev := &toks[i-1]
	if joined(prev, t) {
		prevInitial := i-1 == 0 || (!title && toks[i-2].sent != prev.sent)
		// "Alexei Nawalny ist tot": a sentence may start with a name,
		// but "Der Chef" starts with an article.
		if !prevInitial || !germanFunctionWords[string(text[prev.s:prev.e])] {
			return true
		}
	}
	return i+1 < len(toks) && joined(t, &toks[i+1])
}

// germanFunctionWords start German sentences in capitals without naming
// anything.
var germanFunctionWords = map[string]bool{
	"Der": true, "Die": true, "Das": true, "Den": true, "Dem": true, "Des": true, "Ein": true, "Eine": true,
	"Einen": true, "Einem": true, "Einer": true, "Im": true, "In": true, "Am": true, "Auf": true, "Bei": true,
	"Nach": true, "Mit": true, "Für": true, "Von": true, "Vom": true, "Zu": true, "Zum": true, "Zur": true,
	"Über": true, "Unter": true, "Vor": true, "Aus": true, "Laut": true, "Wie": true, "Als": true, "Auch": true,
	"Seit": true, "Gegen": true, "Um": true, "Nun": true, "Doch": true, "Und": true, "Aber": true, "Wenn": true,
	"Dieser": true, "Diese": true, "Dieses": true, "Bis": true, "Trotz": true, "Wegen": true, "Neue": true, "Neuer": true,
}

// eventKeys appends the countries (by code), event concepts and events in
// countries that the title and the lead name.
func (a *Analyzer) eventKeys(d *doc, out []uint32) []uint32 {
	type found struct {
		v     string // country code
		c     int    // event concept
		title bool
	}
	var cbuf [maxCountryKeys]found // both lists are capped: arrays on the stack
	var ebuf [maxEventKeys]found
	countries, events := cbuf[:0], ebuf[:0]
	addCountry := func(code string, title bool) {
		for i := range countries {
			if countries[i].v == code {
				countries[i].title = countries[i].title || title
				return
			}
		}
		if len(countries) < maxCountryKeys {
			countries = append(countries, found{v: code, title: title})
		}
	}
	vehicle := false // a vehicle is named: see needsVehicle
	german := germanDoc(d)
	addEvent := func(c int, title bool) {
		vehicle = vehicle || vehicleConcepts[c]
		if contextConcepts[c] {
			return
		}
		c = eventAlias[c]
		for i := range events {
			if events[i].c == c {
				events[i].title = events[i].title || title
				return
			}
		}
		if len(events) < maxEventKeys {
			events = append(events, found{c: c, title: title})
		}
	}
	for part, toks := range [2][]token{d.ttoks, d.btoks} {
		title := part == 0
		if !title && len(toks) > leadTokens {
			toks = toks[:leadTokens]
		}
		ms := a.gaz.scanStory(toks, d.norm, d.langs, d.matches[:0])
		d.matches = ms[:0] // the pooled document's array serves the next scan
		for _, m := range ms {
			e := &a.gaz.entries[m.entry]
			if e.code == "" || !title && !toks[m.tok].pkind.counts() {
				continue
			}
			switch e.storyKind() {
			case kName, kCapital, kCity, kRegion, kDemonym, kInstitution:
				addCountry(e.code, title)
			}
		}
		if german {
			// "Berliner": the country of the town it is made from.
			for i := range toks {
				t := &toks[i]
				if !t.has(fCap) || !title && !t.pkind.counts() {
					continue
				}
				if _, ci, ok := a.germanPlaceAdjective(d.norm[t.ns:t.ne], d.langs); ok {
					addCountry(a.gaz.entries[ci].code, title)
				}
			}
		}
		if caseEndingLangs[d.lang] {
			// "v Londonu", "w Berlinie": the country of the place whose
			// name the word is with a case ending (placeCaseForm).
			for i := range toks {
				t := &toks[i]
				if !t.has(fCap) || t.has(fDigit) || !title && !t.pkind.counts() {
					continue
				}
				if code, ok := a.placeCaseForm(d.norm[t.ns:t.ne], d.langs); ok {
					addCountry(code, title)
				}
			}
		}
		for i := range toks {
			t := &toks[i]
			if t.has(fDigit) || !title && !t.pkind.counts() {
				continue
			}
			w := d.norm[t.ns:t.ne]
			c := storyEvents.concept(w)
			if c < 0 && german {
				c = germanCompoundConcept(w)
			}
			if c >= 0 {
				addEvent(c, title)
			} else if i+1 < len(toks) && toks[i+1].sent == t.sent && !toks[i+1].has(fDigit) {
				if c := phraseConcept(w, d.norm[toks[i+1].ns:toks[i+1].ne]); c >= 0 {
					addEvent(c, title)
				}
			}
		}
	}
	if !vehicle {
		events = slices.DeleteFunc(events, func(e found) bool { return needsVehicle[e.c] })
	}
	flag := func(title bool) uint32 {
		if title {
			return skInTitle
		}
		return 0
	}
	for _, c := range countries {
		out = append(out, skEventIn|countryHash(c.v)|flag(c.title))
	}
	for _, e := range events {
		out = append(out, skEvent|eventHash(e.c)|flag(e.title))
	}
	n := 0
	for _, e := range events {
		for _, c := range countries {
			if n < maxEventInKeys {
				out = append(out, skEventIn|eventInHash(e.c, c.v))
				n++
			}
		}
	}
	return out
}

// liveWords mark a page that is updated all day with whatever happens: a
// live blog, a ticker, a day's chronicle. Such a page tells many stories
// and belongs to none; two of them share the topic, not the event.
var liveWords = map[string]bool{
	"liveblog": true, "liveticker": true, "newsblog": true, "ticker": true, "livestream": true,
	"хроника": true, "хроніка": true, "наживо": true, "трансляция": true, "трансляція": true,
}

// liveNear are words that make a neighbouring "live" mean a live page
// ("live news", "politics live:", "live updates"), not the verb.
var liveNear = map[string]bool{
	"news": true, "updates": true, "update": true, "blog": true, "coverage": true, "politics": true,
	"latest": true, "war": true, "nachrichten": true,
}

// liveTitle reports whether a title names a live page: a live-page word,
// "live" next to a word of news ("Coronavirus live news", "Australia
// politics live: …"), "live" after a dash closing the title or before one
// closing its first part ("Gaza live: …"), or an "as it happened" page.
func liveTitle(title string) bool {
	lower := strings.ToLower(title)
	if strings.Contains(lower, "as it happened") {
		return true
	}
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	words := strings.FieldsFunc(lower, notWord)
	for _, w := range words {
		if liveWords[w] {
			return true
		}
	}
	// One event's live page ("Robert Fico shooting live news") is that
	// event's report, not a day's: see namedEventLive.
	if slices.Contains(words, "live") && namedEventLive(strings.FieldsFunc(title, notWord), words) {
		return false
	}
	for i, w := range words {
		if w == "live" && (i > 0 && liveNear[words[i-1]] || i+1 < len(words) && liveNear[words[i+1]]) {
			return true
		}
	}
	// "Champions League final – live": live after a dash closes the title.
	if rest, ok := strings.CutSuffix(strings.TrimSpace(lower), "live"); ok {
		rest = strings.TrimSpace(rest)
		for _, sep := range []string{":", "–", "—", "-", "|"} {
			if strings.HasSuffix(rest, sep) {
				return true
			}
		}
	}
	return closesPart(lower, "live") || closesPart(lower, "онлайн")
}

// namedEventLive reports whether the words before a title's first "live"
// name one event: a kind of event the lexicon reads (a shooting, a
// derailment, an earthquake) and a name of two capitalised words or more
// ("Robert Fico shooting live news", "Coromandel Express derailment live
// updates"). Such a page follows that event alone and belongs to its
// story. A topic or a war ("Coronavirus live news", "Australia politics
// live", "Ukraine war live") names no kind of event, or no name of two
// words, and its page tells many stories. orig are the title's words as
// written, lower the same words in lower case.
func namedEventLive(orig, lower []string) bool {
	end := slices.Index(lower, "live")
	if end < 0 || len(orig) != len(lower) {
		return false
	}
	event, caps := false, 0
	for i, w := range lower[:end] {
		if c := storyEvents.concept([]byte(w)); c >= 0 && !contextConcepts[c] {
			event = true
			continue
		}
		if r, _ := utf8.DecodeRuneInString(orig[i]); unicode.IsUpper(r) {
			caps++
		}
	}
	return event && caps >= 2
}

// closesPart reports whether word w, on its own, ends the first part of
// lower: followed by a colon or a dash ("Gaza live: …", "Война онлайн — …").
func closesPart(lower, w string) bool {
	for from := 0; ; {
		k := strings.Index(lower[from:], w)
		if k < 0 {
			return false
		}
		start, end := from+k, from+k+len(w)
		from = end
		if before, _ := utf8.DecodeLastRuneInString(lower[:start]); start > 0 && unicode.IsLetter(before) {
			continue
		}
		rest := strings.TrimLeft(lower[end:], " ")
		for _, sep := range []string{":", "–", "—", "- "} {
			if strings.HasPrefix(rest, sep) {
				return true
			}
		}
	}
}
