package analyze

// rareEventBoth is the decision for two reports whose texts both tell a
// rare kind of event (a coup, an earthquake, a flood: skRare) in the same
// country, whose titles name another kind of event both (the bridge the
// soldiers closed, the hospital the quake damaged), within 18 hours
// (dailyHours): a country has one coup or one earthquake in a night, and
// each report titles it by the part it saw. "Soldiers shut both bridges
// in Istanbul" and «Köprüde askerler teslim oldu», both telling the coup
// attempt in Turkey in their texts, are one story; a bridge closed for
// repairs in Turkey, with no coup in either text, is not told by this
// rule (TestRareEventBothTexts).
func (ev evidence) rareEventBoth() bool {
	return ev.hours <= dailyHours && ev.rareEvents >= 1 && ev.titleEvents >= 1 && ev.eventsIn >= 2 && ev.countries >= 1
}
