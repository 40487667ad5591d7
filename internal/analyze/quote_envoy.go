package analyze

// envoyWords are titles served in another country, named after "to":
// "Ambassador to Kyrgyzstan", "envoy to Afghanistan".
var envoyWords = map[string]bool{
	"ambassador": true, "envoy": true, "representative": true, "consul": true,
}
