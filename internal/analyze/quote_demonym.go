package analyze

// demonymNouns name a person by nationality or origin, as a page writes
// it before a name («— говорит шотландец Иан Портерфилд», «— сказала
// испанка Мария Гарсия», "said Dutchman Arno Pijpers"): like a title, it
// is no word of the name. The adjectives ("Russian", «российский») are
// the gazetteer's.
var demonymNouns = map[string]bool{
	"шотландец": true, "шотландка": true, "голландец": true, "голландка": true, "нидерландец": true,
	"англичанин": true, "англичанка": true, "британец": true, "британка": true, "ирландец": true, "ирландка": true,
	"валлиец": true, "француз": true, "француженка": true, "немец": true, "немка": true, "испанец": true,
	"испанка": true, "итальянец": true, "итальянка": true, "португалец": true, "португалка": true,
	"бразилец": true, "бразильянка": true, "аргентинец": true, "аргентинка": true, "американец": true,
	"американка": true, "канадец": true, "канадка": true, "мексиканец": true, "колумбиец": true,
	"уругваец": true, "чилиец": true, "россиянин": true, "россиянка": true, "украинец": true, "украинка": true,
	"белорус": true, "белоруска": true, "казах": true, "казашка": true, "казахстанец": true, "казахстанка": true,
	"узбек": true, "узбечка": true, "кыргыз": true, "киргиз": true, "кыргызстанец": true, "кыргызстанка": true,
	"таджик": true, "таджичка": true, "туркмен": true, "туркменка": true, "азербайджанец": true,
	"азербайджанка": true, "армянин": true, "армянка": true, "грузин": true, "грузинка": true, "молдаванин": true,
	"серб": true, "сербка": true, "хорват": true, "хорватка": true, "словенец": true, "черногорец": true,
	"босниец": true, "чех": true, "чешка": true, "словак": true, "поляк": true, "полька": true, "литовец": true,
	"литовка": true, "латыш": true, "латышка": true, "эстонец": true, "эстонка": true, "финн": true, "финка": true,
	"швед": true, "шведка": true, "норвежец": true, "норвежка": true, "датчанин": true, "датчанка": true,
	"швейцарец": true, "австриец": true, "австрийка": true, "бельгиец": true, "грек": true, "гречанка": true,
	"турок": true, "турчанка": true, "румын": true, "румынка": true, "болгарин": true, "болгарка": true,
	"венгр": true, "венгерка": true, "израильтянин": true, "японец": true, "японка": true, "китаец": true,
	"китаянка": true, "кореец": true, "кореянка": true, "австралиец": true, "австралийка": true,
	"нигериец": true, "ганец": true, "камерунец": true, "сенегалец": true, "египтянин": true, "иранец": true,
	"scot": true, "scotsman": true, "scotswoman": true, "dutchman": true, "dutchwoman": true,
	"englishman": true, "englishwoman": true, "briton": true, "irishman": true, "irishwoman": true,
	"welshman": true, "frenchman": true, "frenchwoman": true, "spaniard": true, "swede": true, "dane": true,
	"finn": true, "pole": true, "serb": true, "croat": true, "turk": true, "kiwi": true, "aussie": true,
}

// demonymBeforeName reports whether token j is a demonym noun directly
// before a capitalised word: a description of the person named next.
func (d *doc) demonymBeforeName(j int) bool {
	return demonymNouns[d.word(j)] && j+1 < len(d.btoks) && d.btoks[j+1].has(fCap) && !d.btoks[j+1].has(fAllCaps) && d.contiguous(j, j+1)
}
