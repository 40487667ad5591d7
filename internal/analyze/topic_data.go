package analyze

import "github.com/newsbot/newsbot/internal/news"

// topicTerms are the topic lexicons. Items are separated by "|"; ":N" sets a
// weight (default 1). English single words also match their plural. Russian
// items ending in "~" are stems: every noun and adjective ending is
// generated (so the stem must be specific enough not to hit other words).
type topicTerms struct {
	topic news.Topic
	en    string
	ru    string
}

var topicLexicon = [...]topicTerms{
	{news.TopicPolitics,
		"election:2|elections:2|vote:1|voter|voting|ballot|parliament:1.5|parliamentary:1.5|opposition:1.5|party:0.7|political:1|politician:1.5|lawmaker:1.5|legislator|president:0.6|presidential:1.5|prime minister:1|government:0.7|cabinet:1|minister:0.5|campaign:0.8|candidate:1.3|referendum:2|senate:1.2|senator:1.2|congress:1|democrat:1.2|republican:1.2|coalition:1.2|constitution:1|constitutional:1|reform:0.6|protest:1|protester:1.2|rally:0.7|regime:1|mayor:0.8|governor:0.8|impeachment:2|inauguration:2|resign:1|resignation:1.2|appointed:1|appointment:1|decree:1|domestic policy:1.5|ruling party:2|polls:1.2|opinion poll:1.5|mp:1",
		"выбор~:2|избират~:2|голосовани~:1.5|парламент~:1.5|депутат~:1.5|оппозици~:1.5|парти~:0.8|политик~:1.2|политическ~:1.2|президент~:0.6|премьер~:1|правительств~:0.8|министр~:0.5|кабинет министров:1|кандидат~:1.2|референдум~:2|конституци~:1|реформ~:0.6|протест~:1|митинг~:1.2|акци~ протеста:1.5|режим~:1|мэр~:0.8|губернатор~:0.8|отставк~:1.2|назначен~:1|указ~:1|инаугураци~:2|госдум~:1|сенатор~:1.2|дум~:0.5|спикер~:1|власт~:0.7"},
	{news.TopicDiplomacy,
		"diplomatic:2|diplomat:2|diplomacy:2|summit:2|talks:1.5|visit:1|state visit:2|bilateral:2|foreign minister:2|foreign ministry:2|ambassador:2|embassy:1.5|sanction:1.5|treaty:1.5|agreement:1|negotiation:1.5|negotiator:1.5|ceasefire:1.5|peace talks:2|strategic partnership:2|partnership:1|relations:1|ties:0.8|united nations:1.5|un security council:2|nato:1.2|g7:1.5|g20:1.5|cis:1.5|sco:1.5|brics:1.5|eu:0.7|european union:0.8|envoy:1.5|consulate:1.5|delegation:1.2|cooperation:1|memorandum:1.2|foreign policy:2|accord:1|state honors:2|counterpart:1.5|allies:1|ally:1|condemned:0.7|recognition:0.8|mediator|mediation",
		"дипломат~:2|саммит~:2|переговор~:1.5|визит~:1.2|двусторонн~:2|министр иностранных дел:2|мид:2|посол:2|посла:2|послом:2|посольств~:1.5|санкци~:1.5|договор~:1|соглашени~:1|перемири~:1.5|стратегическ~ партнерств~:2|партнерств~:1|отношени~:0.8|оон:1.5|нато:1.2|снг:1.5|шос:1.5|брикс:1.5|евросоюз~:0.8|ес:0.7|делегаци~:1.2|сотрудничеств~:1|меморандум~:1.2|внешн~ политик~:2|консульств~:1.5|генсек~:1|встреч~:0.5|союзник~:1|посредни~:1"},
	{news.TopicEconomy,
		"economy:2|economic:2|gdp:2|inflation:2|bank:1|banking:1|central bank:2|interest rate:2|market:1|stock:1|shares:1|investor:1.5|investment:1.5|trade:1.2|tariff:2|export:1.2|import:1.2|budget:1.2|tax:1.2|taxes:1.2|debt:1.2|loan:1.2|finance:1.5|financial:1.5|financing:1.2|business:1|company:0.7|companies:0.7|firm:0.7|profit:1.5|revenue:1.5|price:1|prices:1|currency:1.5|dollar:0.8|euro:0.8|tenge:1|rouble:1|ruble:1|som:0.8|somoni:1|million:0.3|billion:0.7|jobs:1|unemployment:2|wage:1.5|salary:1.5|salaries:1.5|remittance:2|privatization:2|privatisation:2|stake:1.2|merger:1.5|acquisition:1|ipo:2|startup:1|retail:1|consumer:1|industry:0.8|industrial:0.8|manufacturing:1|construction industry:1.5|recession:2|growth:0.6|workwear:0.5|spends:0.5|spending:1|economist:2|wall street:1.5|nasdaq:2|earnings:1.5",
		"экономик~:2|экономическ~:2|ввп:2|инфляци~:2|банк~:1|центробанк~:2|нацбанк~:2|ставк~:1|рын~:0.8|акци~:0.6|инвест~:1.5|торгов~:1|пошлин~:2|экспорт~:1.2|импорт~:1.2|бюджет~:1.2|налог~:1.2|долг~:1|кредит~:1.2|финанс~:1.5|бизнес~:1|компани~:0.7|предприят~:0.8|прибыл~:1.5|выручк~:1.5|цен~:1|валют~:1.5|доллар~:0.8|евро:0.8|рубл~:1|тенге:1|сомони:1|млрд:0.7|миллиард~:0.7|зарплат~:1.5|заработн~ плат~:1.5|безработиц~:2|денежн~ перевод~:2|приватизаци~:2|производств~:0.8|промышленн~:1|экономист~:2|курс~:0.5|вклад~:1|пенси~:0.8|тариф~:1|подорожа~:1.5|стоимост~:0.8|субсиди~:1.2|ипотек~:1.5"},
	{news.TopicEnergy,
		"energy:2|oil:2|gas:1.5|natural gas:2|pipeline:2|opec:2|crude:2|barrel:1.5|refinery:2|lng:2|fuel:1.5|petrol:1.5|gasoline:1.5|diesel:1.5|electricity:2|power plant:2|thermal power:2|power station:2|nuclear power:2|coal:1.5|renewable:1.5|solar:1.2|wind farm:1.5|hydropower:2|dam:1|blackout:2|grid:1|uranium:1.5|gas production:2|gas field:2|oilfield:2|oil supplies:2|transit:0.8|cpc:1.5|caspian pipeline consortium:2",
		"энерг~:1.5|энергетик~:2|нефт~:2|газ~:1.5|газопровод~:2|нефтепровод~:2|трубопровод~:2|опек:2|баррел~:1.5|нпз:2|топлив~:1.5|бензин~:1.5|дизел~:1.5|электроэнерги~:2|электричеств~:2|электростанци~:2|тэц:2|гэс:2|аэс:2|уголь:1.5|угля:1.5|углем:1.5|возобновляем~:1.5|солнечн~ электростанци~:1.5|отключени~ света:2|уран~:1.5|месторождени~:1.5|газпром:1|отопительн~:1"},
	{news.TopicSecurity,
		"military:2|army:2|troops:2|soldier:2|war:1.5|attack:1.2|missile:2|drone:1.5|strike:1|airstrike:2|bomb:1.5|bombing:1.5|terror:2|terrorist:2|terrorism:2|security:1|security services:2|defence:1.5|defense:1.5|defense minister:2|weapon:1.5|weapons:1.5|nuclear weapons:2|invasion:2|offensive:1.5|frontline:2|front line:2|shelling:2|ceasefire:1|militant:2|insurgent:2|conscript:2|conscription:2|national guard:1.5|border guard:1.5|border:0.7|killed:0.6|explosion:1|armed:1.2|forces:1|rebel:1.5|combat:1.5|hostage:1.5|intelligence:1|spy:1.5|coup:2|clashes:1.5|security guarantees:1.5|mobilisation:2|mobilization:2|gunman:1.5|shooting:1|police:0.5",
		"воен~:2|арми~:1.5|войск~:2|военнослужащ~:2|солдат~:2|войн~:1.5|атак~:1.2|ракет~:1.5|беспилотник~:1.5|дрон~:1.5|удар~:0.8|авиаудар~:2|бомб~:1.5|теракт~:2|террор~:2|безопасност~:1|силов~:1|оборон~:1.5|министр обороны:2|оружи~:1.5|вторжени~:2|наступлени~:1.5|фронт~:1.5|обстрел~:2|боевик~:2|срочник~:2|призыв~:1.2|росгварди~:1.5|погранич~:1.2|границ~:0.6|взрыв~:1|вооруж~:1.2|спецслужб~:2|разведк~:1|переворот~:2|столкновени~:1.2|мобилизаци~:2|учени~:0.5|полици~:0.5|милици~:0.5"},
	{news.TopicMigration,
		"migrant:2.5|migration:2.5|migrant workers:3|labor migrant:3|labour migrant:3|immigration:2.5|immigrant:2.5|emigration:2|emigrant:2|refugee:2.5|asylum:2.5|asylum seeker:3|deportation:2.5|deported:2.5|deport:2|visa:1.2|visa-free:2|residence permit:2|work permit:2|foreign workers:2.5|diaspora:2|border crossing:1|fled:1|displaced:1.5|expulsion:1.5|citizenship:1.2|smuggling:1|remittances:1.5|patent:0.5",
		"мигрант~:2.5|миграци~:2.5|миграцион~:2.5|трудов~ мигрант~:3|иммигра~:2.5|эмигра~:2|беженц~:2.5|беженец:2.5|убежищ~:2|депортаци~:2.5|депортир~:2.5|выдвор~:2|виз~:1.2|безвиз~:2|вид на жительство:2|внж:2|иностранн~ работник~:2.5|гастарбайтер~:2.5|диаспор~:2|гражданств~:1.2|переселен~:1.5|репатриа~:2|соотечественник~:1.5|трудоустройств~ за рубежом:1.5|патент~:0.8|оргнабор~:2"},
	{news.TopicJustice,
		"court:2|judge:2|trial:2|verdict:2|sentenced:2|sentence:0.6|prison:2|jail:2|jailed:2|arrest:1.5|arrested:1.5|house arrest:2|detained:1.5|charges:1.5|charged:1.5|prosecutor:2|prosecution:2|lawyer:1.5|attorney:1.5|lawsuit:2|sued:1.5|investigation:1.2|investigators:1.5|indictment:2|convicted:2|guilty:1.5|crime:1.5|criminal:1.5|murder:1.5|fraud:1.5|corruption:2|bribe:2|bribery:2|police:1|supreme court:2|appeal:1|appeals:1|law:0.6|legislation:0.8|human rights:1.2|custody:1.5|extradition:2|death penalty:2|fined:1.5|testimony:1.5|inquiry:1.2|acquitted:2|pardon:1.5|kidnapper:2|kidnapping:2|kidnapped:1.5|abducted:1.5|theft:2|stolen:1.5|robbery:2|suspect:1.5|hate crime:2",
		"суд~:1.5|судь~:1.5|приговор~:2|осужд~:2|тюрьм~:2|колони~:1.2|заключени~:1|арест~:1.5|задерж~:1.5|обвинени~:1.5|обвиня~:1.5|прокурор~:2|прокуратур~:2|адвокат~:1.5|иск~:1|следств~:1.5|следовател~:1.5|уголовн~:2|преступлени~:1.5|преступник~:1.5|убийств~:1.5|мошенничеств~:1.5|коррупци~:2|взятк~:2|милици~:1|полици~:1|закон~:0.6|законодательств~:0.8|прав~ человека:1.2|экстрадици~:2|штраф~:1.2|оштрафова~:1.5|кассаци~:2|апелляци~:1.5|домашн~ арест~:2|срок~:0.5|ск:1|мвд:1|похитител~:2|похищ~:2|угон~:2|угнан~:2|краж~:2|крал:1.5|украл~:1.5|хищени~:2|наркотик~:1.5|героин~:1.5|юридическ~:1|потерпевш~:1.5|избил~:1.5|избиени~:1.5"},
	{news.TopicSociety,
		"society:1.5|social:1|community:1|family:1|families:1|children:1|school:1.2|schools:1.2|education:1.5|university:1|student:1.2|teacher:1.5|women:1|gender:1.5|religion:1.5|religious:1.5|church:1.2|mosque:1.5|pension:1.2|poverty:1.5|housing:1.2|protesters:0.5|rights:0.8|lgbt:2|abortion:2|holiday:1|celebration:1|independence day:1.5|anniversary:1|tradition:1|population:1|demographic:1.5|volunteers:1.2|charity:1.5|mother:0.8|time zone:1.5|residents:1",
		"обществ~:1.5|социальн~:1.2|семь~:1|дет~:1|школ~:1.2|образовани~:1.5|университет~:1|студент~:1.2|учител~:1.5|женщин~:1|религи~:1.5|церк~:1.2|мечет~:1.5|пенси~:0.8|бедност~:1.5|жиль~:1.2|праздник~:1.2|годовщин~:1|традици~:1|населени~:1|демограф~:1.5|волонтер~:1.2|благотворител~:1.5|жител~:1|горожан~:1|сельчан~:1|молодеж~:1.2|пенсионер~:1.2|многодетн~:1.5|детск~ сад~:1.5|часов~ пояс~:1.5"},
	{news.TopicHealth,
		"health:2|hospital:2|doctor:2|doctors:2|patient:2|disease:2|virus:2|covid:2|covid-19:2|coronavirus:2|pandemic:2|vaccine:2|vaccination:2|medical:1.5|medicine:1.5|cancer:2|infection:2|outbreak:2|world health organization:2|nurse:1.5|surgery:1.5|mental health:2|epidemic:2|treatment:1|drug:1|drugs:1|ophthalmologist:2|clinic:2|healthcare:2|health care:2|obesity:2|diet:1.2|nutrition:1.5|fitness:1.5|exercise:1|wellness:1.5|sleep:1|diabetes:2|heart disease:2|flu:2|measles:2|medical examination:1.5",
		"здоровь~:2|больниц~:2|врач~:2|медик~:2|пациент~:2|болезн~:2|заболева~:2|вирус~:2|ковид~:2|коронавирус~:2|covid-19:2|пандеми~:2|вакцин~:2|медицин~:1.5|рак~:1|онколог~:2|инфекци~:2|вспышк~:1|воз:1|медсестр~:1.5|операци~:0.5|эпидеми~:2|лечени~:1.5|лекарств~:1.5|поликлиник~:2|здравоохранени~:2|грипп~:2|орви:2|диабет~:2|медосмотр~:1.5|минздрав~:2|скорая помощь:1.5|скор~ помощ~:1.5"},
	{news.TopicCulture,
		"culture:2|cultural:2|art:1.2|artist:1.5|painting:1.5|museum:2|exhibition:2|film:1.5|movie:1.5|cinema:1.5|festival:1.5|music:1.5|musician:1.5|singer:1.5|concert:2|theatre:2|theater:2|book:1|novel:1.5|writer:1.5|author:0.8|poet:1.5|literature:2|heritage:1.5|unesco:1.5|award:1|awards:1|prize:1|oscar:2|album:1.5|song:1.5|actor:1.5|actress:1.5|director:0.5|monument:1|memorial:0.8|tv series:1.5|fashion:1.2|culture ministry:2",
		"культур~:2|искусств~:1.5|художник~:1.5|картин~:1.5|музе~:1.5|выставк~:2|фильм~:1.5|кино:1.5|кинотеатр~:1.5|фестивал~:1.5|музык~:1.5|музыкант~:1.5|певиц~:1.5|певец:1.5|певца:1.5|концерт~:2|театр~:2|книг~:1|роман~:0.8|писател~:1.5|поэт~:1.5|литератур~:2|наследи~:1.5|юнеско:1.5|преми~:1|альбом~:1.5|песн~:1.5|актер~:1.5|актрис~:1.5|режиссер~:1.5|памятник~:1|сериал~:1.5|спектакл~:1.5|минкульт~:2|пьес~:1.5|драматург~:2|тюз:1.5|афиш~:1|фотографи~:0.8|изречени~:1|издани~:1"},
	{news.TopicSport,
		"sport:2|sports:2|football:2|soccer:2|match:1.2|tournament:2|championship:2|champion:2|olympic:2|olympics:2|athlete:2|player:1.5|coach:1.5|team:0.8|league:1.5|cup:1|goal:1|goals:1|score:0.5|win:0.5|boxing:2|boxer:2|wrestling:2|tennis:2|hockey:2|basketball:2|cricket:2|rugby:2|fifa:2|uefa:2|world cup:2|premier league:2|medal:1.5|striker:2|midfielder:2|stadium:1.5|marathon:1.5|formula one:2|grand prix:1.5|nba:2|nfl:2|chess:1.5",
		"спорт~:2|футбол~:2|матч~:1.5|турнир~:2|чемпионат~:2|чемпион~:2|олимпи~:2|спортсмен~:2|игрок~:1.5|тренер~:1.5|сборн~:1.2|лиг~:1|кубок~:1.2|кубка:1.2|гол~:0.8|бокс~:2|борьб~:0.5|теннис~:2|хокке~:2|баскетбол~:2|фифа:2|уефа:2|медал~:1.5|стадион~:1.5|марафон~:1.5|биатлон~:2|шахмат~:1.5|болельщик~:2|клуб~:0.8|нападающ~:2|вратар~:2"},
	{news.TopicEnvironment,
		"environment:2|environmental:2|climate:2|climate change:3|emissions:2|carbon:1.5|pollution:2|polluted:2|air quality:2|smog:2|wildlife:2|species:1.5|biodiversity:2|forest:1|deforestation:2|conservation:1.5|drought:1.5|water shortage:2|glacier:2|recycling:2|plastic:1.2|greenhouse:2|global warming:3|ecology:2|ecological:2|aral sea:2|endangered:2|national park:1.5",
		"экологи~:2|климат~:2|выброс~:1.5|загрязн~:2|смог~:2|природ~:1|животн~:1|лес~:0.8|вырубк~:2|засух~:1.5|дефицит воды:2|ледник~:2|переработк~ отход~:2|отход~:1.2|мусор~:1.2|пластик~:1.2|парников~:2|глобальн~ потеплени~:3|аральск~:2|заповедник~:2|краснокнижн~:2|воздух~:0.8"},
	{news.TopicDisasters,
		"earthquake:3|flood:2.5|flooding:2.5|wildfire:2.5|fire:1.2|hurricane:3|typhoon:3|cyclone:3|tornado:3|storm:1.5|landslide:2.5|avalanche:2.5|tsunami:3|disaster:2|emergency:1.2|rescue:1.5|rescuers:2|evacuation:2|evacuated:2|death toll:2.5|victims:1.2|crash:1.2|collapse:1.2|explosion:1|mudflow:2.5|heatwave:2|accident:1.5|casualties:1.5|injured:1|dead:0.6|killed:0.5|volcano:2.5|eruption:2.5",
		"землетрясени~:3|наводнени~:2.5|паводк~:2.5|пожар~:1.5|лесн~ пожар~:2.5|ураган~:3|тайфун~:3|циклон~:2|торнадо:3|шторм~:1.5|оползн~:2.5|оползень:2.5|лавин~:2.5|цунами:3|катастроф~:2|бедстви~:2|чрезвычайн~ ситуаци~:2|мчс:2|спасател~:2|эвакуаци~:2|эвакуир~:2|погибш~:1.5|жертв~:1.2|авари~:1.5|дтп:1.5|обрушени~:2|взрыв~:0.8|пострада~:1|вулкан~:2.5|извержени~:2.5|крушени~:2"},
	{news.TopicTechnology,
		"technology:2|tech:1.5|digital:1.5|internet:1.5|software:2|app:1.5|apps:1.5|smartphone:2|iphone:2|android:2|computer:1.5|artificial intelligence:2.5|ai:1.5|chip:1.5|semiconductor:2|cyber:2|cyberattack:2|hacker:2|hack:1.5|data:1|telecom:2|5g:2|satellite:1.5|space:0.8|rocket:1.2|launch:0.6|startup:1|google:1.5|apple:1|microsoft:1.5|facebook:1.5|meta:1|twitter:1|amazon:1|tesla:1|information security:2|certification:0.8|robot:2|science:1.5|scientist:1.5|scientists:1.5|research:1|researchers:1.5|study:0.8|crypto:2|bitcoin:2|blockchain:2|online:0.8|website:1|web:1|email:1|programming:2|developer:1.5|linux:2|open source:2|javascript:2|browser:2|nasa:2|astronomer:2|telescope:2",
		"технолог~:2|цифров~:1.5|интернет~:1.5|программ~:0.8|приложени~:1.2|смартфон~:2|компьютер~:1.5|искусственн~ интеллект~:2.5|ии:1.5|чип~:1.5|полупроводник~:2|кибер~:2|хакер~:2|данн~:0.6|телеком~:2|связ~:0.8|спутник~:1.5|космос~:1.5|космическ~:1.5|ракет~:0.5|стартап~:1.5|информационн~ безопасност~:2|робот~:2|наук~:1.5|учен~:1.2|исследовани~:1|криптовалют~:2|биткоин~:2|блокчейн~:2|онлайн:0.8|сайт~:1|мобильн~ связ~:2|оператор~:0.8|айти:1.5"},
	{news.TopicTransport,
		"transport:2|transportation:2|airline:2|airport:2|flight:2|flights:2|aviation:2|plane:1.5|aircraft:1.5|railway:2|railroad:2|train:1.5|rail:1.5|metro:1.5|subway:1.5|bus:1.2|road:1|highway:1.5|traffic:1.5|car:1|cars:1|vehicle:1|truck:1.5|shipping:1.5|port:1|cargo:1.5|freight:2|logistics:2|route:1|routes:1|bridge:0.8|ferry:1.5|transit:1|driver:1.2|drivers:1.2|motorcade:0.5|electric vehicle:2|uber:1.5",
		"транспорт~:2|авиакомпани~:2|аэропорт~:2|рейс~:2|авиа~:1.5|самолет~:1.5|железн~ дорог~:2|жд:1.5|поезд~:1.5|электрич~:1.5|метро:1.5|автобус~:1.5|троллейбус~:1.5|трамва~:1.5|дорог~:0.5|трасс~:1.2|движени~:0.6|автомобил~:1|машин~:0.6|грузовик~:1.5|груз~:0.8|логистик~:2|маршрут~:1|мост~:0.8|паром~:1.5|транзит~:1|водител~:1.2|пробк~:1.2|такси:1.5|перевозк~:1.5|пассажир~:1.5"},
}

// ruNounEndings and ruAdjEndings are appended to Russian topic stems marked
// with "~": a single stem takes both sets; in a phrase, a word whose stem is
// followed by another word takes the adjective set.
var ruNounEndings = [...]string{
	"", "а", "я", "у", "ю", "ом", "ем", "ой", "ей", "е", "и", "ы", "ов", "ев", "ам", "ям", "ами", "ями",
	"ах", "ях", "ию", "ия", "ии", "ией", "ь", "ью", "ьи", "ье", "ья", "ьев", "ьям", "ьями", "ьях",
}

var ruAdjEndings = [...]string{
	"ий", "ый", "ой", "ая", "ое", "ые", "ие", "ого", "ому", "ым", "им", "ую", "ых", "их", "ыми", "ими", "ом", "ей",
}

// ruPhraseHeadEndings are the case endings of a noun after an adjective in a
// topic phrase (трудовых мигрантов); fewer than ruNounEndings to keep the
// generated phrase set small.
var ruPhraseHeadEndings = [...]string{
	"", "а", "я", "у", "ю", "ом", "ем", "ой", "ей", "е", "и", "ы", "ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях", "ия", "ии", "ию",
}
