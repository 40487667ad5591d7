// Command gencities writes cities_data.go: the cities the time-zone
// database names each country by (Asia/Karachi, America/Asuncion,
// Africa/Abidjan, Asia/Samarkand; its zone.tab gives the country), with
// their names in the corpus's languages from CLDR's exemplar cities
// (Карачи, Асунсьон, Abiyán, Samarcanda), for the gazetteer. Run by go
// generate in internal/analyze; it needs Debian's unicode-cldr-core and
// tzdata installed (apt-get install unicode-cldr-core tzdata), and without
// them leaves the committed table as it is. Only the output is committed.
package main

import (
	"bufio"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbot/newsbot/internal/analyze/internal/gentable"
)

// langs are the corpus's languages; "en" names come from the zone's own
// name (Asia/Ho_Chi_Minh is Ho Chi Minh) where CLDR's English gives none.
var langs = []string{"en", "ru", "uk", "de", "fr", "es", "pt", "it", "tr"}

type city = gentable.Row

func main() {
	cldr := flag.String("cldr", "/usr/share/unicode/cldr/common/main", "CLDR main folder (unicode-cldr-core)")
	tz := flag.String("tz", "/usr/share/zoneinfo", "time-zone database folder (tzdata)")
	out := flag.String("o", "cities_data.go", "output file")
	flag.Parse()
	zones, err := readZoneTab(filepath.Join(*tz, "zone.tab"))
	links := map[string]string{}
	if err == nil {
		err = addLinks(zones, links, filepath.Join(*tz, "tzdata.zi"))
	}
	if err == nil {
		_, err = os.Stat(filepath.Join(*cldr, "root.xml"))
	}
	if errors.Is(err, os.ErrNotExist) {
		// Without the data the committed table stays as it is, so go
		// generate still runs the package's other generators.
		log.Printf("gencities: %v: %s left as it is (apt-get install unicode-cldr-core tzdata to regenerate it)", err, *out)
		return
	}
	if err != nil {
		log.Fatalf("gencities: %v", err)
	}
	var cities []city
	seen := map[city]bool{}
	add := func(c city) {
		if c.Name == "" || seen[c] {
			return
		}
		seen[c] = true
		cities = append(cities, c)
	}
	for _, lang := range langs {
		names, err := exemplarCities(filepath.Join(*cldr, lang+".xml"))
		if err != nil {
			log.Fatalf("gencities: %v", err)
		}
		for zone, code := range zones {
			name := names[zone]
			if lang == "en" && name == "" {
				name = strings.ReplaceAll(zone[strings.LastIndexByte(zone, '/')+1:], "_", " ")
			}
			add(city{Code: code, Lang: lang, Name: name})
		}
		for zone, code := range links {
			add(city{Code: code, Lang: lang, Name: names[zone]}) // only a name CLDR gives
		}
	}
	table := gentable.Table{
		Generator: "gencities",
		Source:    "the time-zone database's zone.tab and CLDR's exemplar cities",
		Doc:       "// tzCities are the cities the time-zone database names each country by,\n// in the corpus's languages.\n",
		Var:       "tzCities",
		Type:      "tzCity",
	}
	if err := table.Write(*out, cities); err != nil {
		log.Fatal(err)
	}
}

// readZoneTab maps each zone of zone.tab to its country.
func readZoneTab(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zones := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 3 {
			continue
		}
		zones[fs[2]] = fs[0]
	}
	return zones, sc.Err()
}

// addLinks gives the old names of renamed zones (Europe/Kiev for
// Europe/Kyiv), which CLDR may still use, their zone's country. Only the
// names CLDR gives such a zone count: the database also links zones of
// other countries that keep the same time (Africa/Timbuktu to
// Africa/Abidjan).
func addLinks(zones, links map[string]string, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 3 && fs[0] == "L" {
			if code, ok := zones[fs[1]]; ok {
				if _, dup := zones[fs[2]]; !dup && strings.Contains(fs[2], "/") {
					links[fs[2]] = code
				}
			}
		}
	}
	return sc.Err()
}

// exemplarCities reads a CLDR locale's exemplar cities by zone.
func exemplarCities(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ldml struct {
		Zones []struct {
			Type string `xml:"type,attr"`
			City []struct {
				Alt  string `xml:"alt,attr"`
				Name string `xml:",chardata"`
			} `xml:"exemplarCity"`
		} `xml:"dates>timeZoneNames>zone"`
	}
	if err := xml.Unmarshal(b, &ldml); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := map[string]string{}
	for _, z := range ldml.Zones {
		for _, c := range z.City {
			if c.Alt == "" {
				m[z.Type] = strings.TrimSpace(c.Name)
			}
		}
	}
	return m, nil
}
