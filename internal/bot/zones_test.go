package bot

import (
	"strings"
	"testing"
	_ "time/tzdata"
)

// Every zone a city can name is one Go knows, and no two zones share a city.
func TestCityZonesAreKnown(t *testing.T) {
	seen := map[string]string{}
	for _, z := range ianaZones {
		if !validZone(z) {
			t.Errorf("zone %q is unknown to Go", z)
		}
		city := cityKey(z[strings.LastIndexByte(z, '/')+1:])
		if other, dup := seen[city]; dup {
			t.Errorf("%q and %q share the city %q", z, other, city)
		}
		seen[city] = z
	}
	for name, z := range cityNames {
		if !validZone(z) {
			t.Errorf("%q names zone %q, unknown to Go", name, z)
		}
		if name != strings.ToLower(name) {
			t.Errorf("city name %q is not lower case", name)
		}
	}
}

func TestNearZones(t *testing.T) {
	for in, want := range map[string]string{"Moskow": "Europe/Moscow", "tashkend": "Asia/Tashkent", "Asia/Almata": "Asia/Almaty", "бишкик": "Asia/Bishkek"} {
		if got := nearZones(in); len(got) == 0 || got[0] != want {
			t.Errorf("nearZones(%q) = %v, want %s first", in, got, want)
		}
	}
	for _, in := range []string{"xy", "Base", "qqqqqqqq"} {
		if got := nearZones(in); len(got) != 0 {
			t.Errorf("nearZones(%q) = %v, want none", in, got)
		}
	}
}
