package ingest

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html/charset"

	"github.com/newsbot/newsbot/internal/news"
)

func encode(t *testing.T, label, s string) []byte {
	t.Helper()
	enc, _ := charset.Lookup(label)
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestToUTF8(t *testing.T) {
	rss := func(decl, title string) string {
		return decl + `<rss version="2.0"><channel><title>` + title + `</title></channel></rss>`
	}
	tests := []struct {
		name        string
		body        []byte
		contentType string
		want        string
	}{
		{"windows-1251 declared", encode(t, "windows-1251", rss(`<?xml version="1.0" encoding="windows-1251"?>`, "Новости Оренбурга")), "", "Новости Оренбурга"},
		{"KOI8-R declared", encode(t, "koi8-r", rss(`<?xml version='1.0' encoding='KOI8-R'?>`, "Первая новость")), "", "Первая новость"},
		{"Latin-1 declared", encode(t, "iso-8859-1", rss(`<?xml version="1.0" encoding="ISO-8859-1"?>`, "Notícias de São Paulo")), "", "Notícias de São Paulo"},
		{"Latin-1 undeclared, served as UTF-8", encode(t, "iso-8859-1", rss("", "Été à Genève")), "text/xml; charset=utf-8", "Été à Genève"},
		{"windows-1251 undeclared", encode(t, "windows-1251", rss("", "Главные новости дня")), "", "Главные новости дня"},
		{"charset from Content-Type", encode(t, "windows-1251", rss("", "Привет")), "application/rss+xml; charset=windows-1251", "Привет"},
		{"UTF-8 BOM and junk before the declaration", append([]byte("\xEF\xBB\xBF\n\n  "), rss(`<?xml version="1.0"?>`, "Ünïcödé")...), "", "Ünïcödé"},
		{"mostly UTF-8 with a broken byte", []byte(rss("", "Café \xff bar")), "", "Café \uFFFD bar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := toUTF8(tt.body, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), "<title>"+tt.want+"</title>") {
				t.Errorf("got %q, want title %q", out, tt.want)
			}
			f, err := ParseFeed(tt.body, tt.contentType)
			if err != nil {
				t.Fatalf("ParseFeed: %v", err)
			}
			if f.Title != tt.want {
				t.Errorf("parsed title %q, want %q", f.Title, tt.want)
			}
		})
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://Example.COM:443/a?utm_source=rss&utm_medium=x&id=7#comments", "https://example.com/a?id=7"},
		{"http://example.com:80", "http://example.com/"},
		{"https://www.bbc.com/news/x?at_medium=RSS&at_campaign=KARANGA", "https://www.bbc.com/news/x"},
		{"https://e.com/p?fbclid=1&gclid=2&b=2&a=1", "https://e.com/p?a=1&b=2"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>One  two</p>\n<p>Three</p>", "One two\n\nThree"},
		{"inline markup keeps words apart", "<p>Hello <b>big</b> world</p>", "Hello big world"},
		{"inline markup joins a split word", "<p>Wo<i>rd</i></p>", "Word"},
		{"line breaks", "a<br>b<br/>c", "a\nb\nc"},
		{"scripts, styles and images dropped", `<p>Keep</p><script>var x = "<p>no</p>";</script><style>p{}</style><img src="i.jpg"><p>this</p>`, "Keep\n\nthis"},
		{"entities", "<p>Tom &amp; Jerry &laquo;x&raquo;&nbsp;y</p>", "Tom & Jerry «x» y"},
		{"plain text with blank lines", "First para\nline two\n\n  Second para  ", "First para\nline two\n\nSecond para"},
		{"escaped text that is not markup", "AT&amp;T < 5", "AT&T < 5"},
		{"void embed does not swallow the rest", `<p>One</p><embed src="v.swf" type="application/x-shockwave-flash"><p>Two</p>`, "One\n\nTwo"},
		{"iframe of a video player", `<p>One</p><iframe src="https://v.example/1"></iframe><p>Two</p>`, "One\n\nTwo"},
		{"a bracketed more link is dropped", `<p><em>Von Jana Sinram.</em>[<a href="https://t.example/1">mehr</a>]</p>`, "Von Jana Sinram."},
		{"continue reading is dropped", `<p>The talks ended.</p><a href="https://g.example/1">Continue reading...</a>`, "The talks ended."},
		{"Russian read-more is dropped", `<p>Текст новости. <a href="/n/1">Читать далее&nbsp;&raquo;</a></p>`, "Текст новости."},
		{"ordinary links keep their text", `<p>Read <a href="/r">the <b>report</b></a> and <a href="/m">more</a> news</p>`, "Read the report and more news"},
		{"a link holding a paragraph keeps it", `<a href="/x"><p>More</p></a><p>Next</p>`, "More\n\nNext"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := htmlText(tt.in); got != tt.want {
				t.Errorf("htmlText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Президент подписал указ", "ru"},
		{"Торгівля між Росією та Китаєм", "uk"},
		{"The president signed a decree", "en"},
		{"COVID-19 в Казахстане: 1 200 случаев", "ru"},
		{"ВВП Казахстана: 2024 — 4,8%, USA", "ru"},
		{"ВВП: 2024 — 4,8%, USA", "und"}, // as many Latin letters as Cyrillic
		{"Tokayev meets Putin in ASTANA, Казахстан", "en"},
		{"امریکی عسکری امداد", "und"},
		{"", "und"},
	}
	for _, tt := range tests {
		if got := detectLang(tt.in); got != tt.want {
			t.Errorf("detectLang(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDetectLangCountsEveryLetterAsBefore: the fast paths for ASCII and
// the Cyrillic block count each character as the Unicode tables do.
func TestDetectLangCountsEveryLetterAsBefore(t *testing.T) {
	reference := func(s string) string {
		var cyr, lat, other, ukr int
		for _, r := range s {
			switch {
			case unicode.Is(unicode.Cyrillic, r):
				cyr++
				if strings.ContainsRune("іїєґІЇЄҐ", r) {
					ukr++
				}
			case r < 0x250 && unicode.IsLetter(r):
				lat++
			case unicode.IsLetter(r):
				other++
			}
		}
		switch {
		case cyr > lat && cyr > other:
			if ukr*50 > cyr {
				return "uk"
			}
			return "ru"
		case lat > cyr && lat > other:
			return "en"
		}
		return "und"
	}
	for r := rune(0); r < 0x3000; r++ {
		// Alone, then outnumbered by one kind of letter or another.
		for _, s := range []string{string(r), string(r) + string(r) + "ab", string(r) + string(r) + "жы", string(r) + string(r) + "ї"} {
			if got, want := detectLang(s), reference(s); got != want {
				t.Fatalf("detectLang(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

func TestNormalizeDropsFeedCredentials(t *testing.T) {
	const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Private</title>
<item><guid>1</guid><title>Relative</title><link>/news/1</link><description>&lt;p&gt;Text &lt;img src="/img/1.jpg"&gt;&lt;/p&gt;</description>
<enclosure url="/audio/1.mp3" type="audio/mpeg"/></item>
<item><guid>2</guid><title>Absolute</title><link>https://bob:hunter2@private.example/news/2</link></item>
</channel></rss>`
	tests := []struct{ name, feedURL string }{
		{"credentials in the feed URL", "https://alice:hunter2@private.example/feed.xml"},
		{"credentials in the final URL only", "https://alice:hunter2@private.example/feed.xml?after=redirect"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pf, err := ParseFeed([]byte(rss), "")
			if err != nil {
				t.Fatal(err)
			}
			arts := Normalize(news.Feed{ID: 1, URL: "https://private.example/feed.xml"}, pf, tt.feedURL, time.Now())
			if len(arts) != 2 {
				t.Fatalf("got %d articles, want 2", len(arts))
			}
			for _, a := range arts {
				for _, u := range append([]string{a.URL, a.GUID, a.ImageURL}, a.Enclosures...) {
					if strings.Contains(u, "hunter2") {
						t.Errorf("article %q carries the feed's credentials in %q", a.Title, u)
					}
				}
			}
			if got, want := arts[0].URL, "https://private.example/news/1"; got != want {
				t.Errorf("URL = %q, want %q", got, want)
			}
		})
	}
}

func TestOutletName(t *testing.T) {
	for _, tt := range []struct{ title, host, want string }{
		{"World news | The Guardian", "www.theguardian.com", "The Guardian"},
		{"Lenta.ru : Новости", "lenta.ru", "Lenta.ru"},
		{"TUT.BY: Новости ТУТ", "news.tut.by", "TUT.BY"},
		{"NYT &gt; Top Stories", "rss.nytimes.com", "NYT"},
		{"News : NPR", "feeds.npr.org", "NPR"},
		{"Latest articles - The Japan Times", "www.japantimes.co.jp", "The Japan Times"},
		{"RFE/RL - Kazakhstan", "www.rferl.org", "RFE/RL"},
		{"Азаттык", "rus.azattyk.org", "Азаттык"},                  // another script, short: as it is
		{"heise online News", "www.heise.de", "heise online News"}, // no separator, names the host
		{"Flux RSS du magazine de psychologie Le Cercle Psy", "www.scienceshumaines.com", "scienceshumaines.com"},
		{"", "kun.uz", "kun.uz"},
		{"Jornal de Not\uFFFDcias", "www.jn.pt", "jn.pt"}, // mis-decoded: the host is safer
	} {
		if got := outletName(tt.title, tt.host); got != tt.want {
			t.Errorf("outletName(%q, %q) = %q, want %q", tt.title, tt.host, got, tt.want)
		}
	}
}
