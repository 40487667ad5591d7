package analyze

// An address to an audience stands between a speech verb and its colon as
// an addressee does: «обратилась к собравшимся с теплыми словами: «…»»,
// «обратился к землякам с приветственным словом:», "addressed the
// gathering with warm words: “…”". The audience in the dative after «к»,
// and «с … словами» / "with … words", are no one's name
// (betweenVerbAndQuote).
var colonAudienceWords = []string{
	"к", "ко", "со", "собравшимся", "присутствующим", "участникам", "гостям", "жителям", "землякам",
	"коллегам", "выпускникам", "первоклассникам", "словами", "словом", "теплыми", "тёплыми",
	"напутственными", "напутственным", "приветственным", "приветственными",
	"gathering", "attendees", "guests", "residents", "graduates", "words", "warm",
}

func init() {
	for _, w := range colonAudienceWords {
		betweenWords[w] = true
	}
}
