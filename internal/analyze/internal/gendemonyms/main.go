// Command gendemonyms writes demonyms_data.go: each country's demonym (the
// adjective of its nationality: Senegalese, sénégalais, paraguayo,
// ivoriano, senegalesisch) in English, French, Spanish, Italian and German,
// from the i18n-nationality npm package's tables, for the gazetteer. Run by
// go generate in internal/analyze; it needs the package installed where
// npm's global folder keeps it (npm install -g i18n-nationality@1.4.0),
// and without it leaves the committed table as it is. Only the output is
// committed.
//
// The tables are written for a form's dropdown, so an entry is kept only
// when it is one word and no country's name (Ghana, Reunión and Jersey are
// names, not demonyms); a qualified entry ("Congolais (République du
// Congo)") keeps the word before its bracket, which the gazetteer drops
// when another country shares it.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"log"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/newsbot/newsbot/internal/analyze/internal/gentable"
)

var langs = []string{"en", "fr", "es", "it", "de"}

type demonym = gentable.Row

func main() {
	dir := flag.String("dir", "/usr/lib/node_modules/i18n-nationality/langs", "the i18n-nationality package's langs folder")
	out := flag.String("o", "demonyms_data.go", "output file")
	flag.Parse()
	var ds []demonym
	for _, lang := range langs {
		b, err := os.ReadFile(filepath.Join(*dir, lang+".json"))
		if errors.Is(err, os.ErrNotExist) {
			// Without the package the committed table stays as it is, so
			// go generate still runs the package's other generators.
			log.Printf("gendemonyms: %v: %s left as it is (npm install -g i18n-nationality@1.4.0 to regenerate it)", err, *out)
			return
		}
		if err != nil {
			log.Fatalf("gendemonyms: %v", err)
		}
		var t struct {
			Nationalities map[string]string `json:"nationalities"`
		}
		if err := json.Unmarshal(b, &t); err != nil {
			log.Fatalf("gendemonyms: %s: %v", lang, err)
		}
		names := regionNames(lang)
		for code, n := range t.Nationalities {
			if i := strings.IndexAny(n, "(,"); i >= 0 {
				n = n[:i]
			}
			n = strings.TrimSpace(n)
			if n == "" || strings.ContainsAny(n, " ") || names[strings.ToLower(n)] {
				continue
			}
			ds = append(ds, demonym{Code: code, Lang: lang, Name: n})
		}
	}
	table := gentable.Table{
		Generator: "gendemonyms",
		Source:    "the i18n-nationality npm package",
		Doc:       "// natDemonyms are countries' demonyms in their base form (masculine\n// singular, capitalised as the tables write them).\n",
		Var:       "natDemonyms",
		Type:      "natDemonym",
	}
	if err := table.Write(*out, ds); err != nil {
		log.Fatal(err)
	}
}

// regionNames are CLDR's country names in lang and in English, lower case.
func regionNames(lang string) map[string]bool {
	m := map[string]bool{}
	for _, tag := range []string{lang, "en"} {
		n := display.Regions(language.MustParse(tag))
		for _, r := range regions {
			reg, err := language.ParseRegion(r)
			if err != nil {
				continue
			}
			if s := n.Name(reg); s != "" {
				m[strings.ToLower(s)] = true
			}
		}
	}
	return m
}

// regions are the codes the tables carry.
var regions = []string{"AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW"}
