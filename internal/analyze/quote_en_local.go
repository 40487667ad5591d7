package analyze

// English titles and roles of local news: councils, weather services,
// highways and schools, in the forms British, Australian and American
// pages print them.

// enLocalTitles precede a name and are no part of it: the short forms of
// "Councillor" written without a dot ("Cr Alan Sutherland", "Cllr Peter
// Popple"), the "-Elect" of a title won but not yet taken
// ("Governor-Elect Johnson Sakaja", "President-elect X"), and the jobs of
// weather services written capitalised before an American-style name
// ("National Weather Service Meteorologist Nick Luchetti", "Senior
// Forecaster X").
var enLocalTitles = []string{
	"cr", "cllr", "clr", "elect",
	"meteorologist", "forecaster", "climatologist", "hydrologist",
}

// enLocalRoles are the words a report uses for someone it titled so
// before ("Highway Superintendent Jay Card Jr. …" then "the superintendent
// said"; "senior forecaster X" then "the forecaster said").
var enLocalRoles = []string{
	"superintendent", "forecaster", "meteorologist", "councillor", "councilor", "sheriff",
	"commissioner",
}

func init() {
	for _, w := range enLocalTitles {
		titleWords[w] = true
	}
	for _, w := range enLocalRoles {
		roleNouns[w] = true
	}
}
