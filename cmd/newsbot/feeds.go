package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sqlite"
)

const feedsUsage = `list | add URL [-name N -lang L -country CC -full-text] | remove ID|URL | import FILE.opml | export`

func runFeeds(ctx context.Context, e *env, args []string) error {
	fs := e.flags("feeds", feedsUsage)
	name := fs.String("name", "", "feed `name` shown to readers (add)")
	lang := fs.String("lang", "", "feed language hint, e.g. en or ru (add)")
	country := fs.String("country", "", "country hint, ISO code such as KZ (add)")
	fullText := fs.Bool("full-text", false, "fetch the article page when the feed has only a teaser (add)")
	// Flags may come before or after the action and its argument.
	var positional []string
	rest := args
	for {
		if err := e.parseFlagsOnly(fs, rest); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if err := e.loadConfig(); err != nil {
		return err
	}
	if len(positional) == 0 {
		fs.Usage()
		return usageError{"feeds: missing action"}
	}
	db, err := e.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	action, params := positional[0], positional[1:]
	need := func(n int) error {
		if len(params) != n {
			return usageError{fmt.Sprintf("feeds %s: want %d argument(s), got %d", action, n, len(params))}
		}
		return nil
	}
	switch action {
	case "list":
		if err := need(0); err != nil {
			return err
		}
		return listFeeds(ctx, e.stdout, db)
	case "add":
		if err := need(1); err != nil {
			return err
		}
		f := news.Feed{URL: params[0], Name: *name, Lang: *lang, Country: strings.ToUpper(*country), FullText: *fullText}
		if err := checkFeed(f); err != nil {
			return err
		}
		added, err := db.AddFeed(ctx, f)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "added feed %d: %s\n", added.ID, added.URL)
		return nil
	case "remove":
		if err := need(1); err != nil {
			return err
		}
		f, err := db.RemoveFeed(ctx, params[0])
		if errors.Is(err, news.ErrNotFound) {
			return fmt.Errorf("no feed with id or URL %q (see: newsbot feeds list)", params[0])
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "removed feed %d: %s (its articles are kept)\n", f.ID, f.URL)
		return nil
	case "import":
		if err := need(1); err != nil {
			return err
		}
		return importOPML(ctx, e.stdout, db, params[0])
	case "export":
		if err := need(0); err != nil {
			return err
		}
		return exportOPML(ctx, e.stdout, db)
	default:
		fs.Usage()
		return usageError{fmt.Sprintf("feeds: unknown action %q", action)}
	}
}

// parseFlagsOnly parses flags without loading the configuration, so flags can
// be interleaved with positional arguments.
func (e *env) parseFlagsOnly(fs interface{ Parse([]string) error }, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, errHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

func checkFeed(f news.Feed) error {
	if !strings.HasPrefix(f.URL, "http://") && !strings.HasPrefix(f.URL, "https://") {
		return usageError{fmt.Sprintf("feed URL must start with http:// or https://, got %q", f.URL)}
	}
	if u, err := url.Parse(f.URL); err != nil || u.Host == "" {
		return usageError{fmt.Sprintf("feed URL %q is not a valid address (it needs a host name)", f.URL)}
	}
	if f.Country != "" {
		if _, ok := news.CountryByCode(f.Country); !ok {
			return usageError{fmt.Sprintf("unknown country code %q", f.Country)}
		}
	}
	return nil
}

func listFeeds(ctx context.Context, w io.Writer, db *sqlite.DB) error {
	feeds, err := db.Feeds(ctx)
	if err != nil {
		return err
	}
	if len(feeds) == 0 {
		fmt.Fprintln(w, "no feeds yet: add one with  newsbot feeds add URL  or list them under [[feeds]] in the config")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tURL\tSTATUS\tFAILURES\tLAST FETCH\tLAST ERROR")
	for _, f := range feeds {
		status := f.LastStatus
		if status == "" {
			status = "never fetched"
		}
		if !f.Enabled {
			status = "disabled"
			if f.DisabledReason != "" {
				status += " (" + f.DisabledReason + ")"
			}
		}
		last := "-"
		if !f.LastFetchAt.IsZero() {
			last = f.LastFetchAt.UTC().Format(time.DateTime)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\t%s\n", f.ID, dash(f.Name), f.URL, status, f.ConsecutiveFailures, last, dash(oneLine(f.LastError, 80)))
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}

// OPML 2.0, as feed readers exchange subscription lists.
type opmlDoc struct {
	XMLName xml.Name    `xml:"opml"`
	Version string      `xml:"version,attr"`
	Title   string      `xml:"head>title"`
	Outline []opmlEntry `xml:"body>outline"`
}

type opmlEntry struct {
	Text     string      `xml:"text,attr"`
	Title    string      `xml:"title,attr,omitempty"`
	Type     string      `xml:"type,attr,omitempty"`
	XMLURL   string      `xml:"xmlUrl,attr,omitempty"`
	Language string      `xml:"language,attr,omitempty"`
	Country  string      `xml:"country,attr,omitempty"`
	FullText string      `xml:"fullText,attr,omitempty"`
	Children []opmlEntry `xml:"outline"`
}

// opmlMax bounds the OPML file import reads.
const opmlMax = 16 << 20

func importOPML(ctx context.Context, w io.Writer, db *sqlite.DB, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, opmlMax+1))
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	if len(data) > opmlMax {
		return fmt.Errorf("import %s: the file is larger than %d MiB", path, opmlMax>>20)
	}
	var doc opmlDoc
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	// Readers also write OPML in windows-1251, ISO-8859-1 and the like.
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return fmt.Errorf("import %s: not an OPML file: it has no XML elements", path)
		}
		return fmt.Errorf("import %s: not an OPML file: %w", path, err)
	}
	var added, known, skipped int
	var walk func([]opmlEntry) error
	walk = func(entries []opmlEntry) error {
		for _, o := range entries {
			if o.XMLURL != "" {
				u := strings.TrimSpace(o.XMLURL)
				name := strings.TrimSpace(o.Title)
				if name == "" {
					name = strings.TrimSpace(o.Text)
				}
				if name == u || name == o.XMLURL {
					name = "" // export writes text="URL" for a feed without a name
				}
				feed := news.Feed{URL: u, Name: name, Lang: o.Language, Country: strings.ToUpper(o.Country), FullText: o.FullText == "true"}
				if err := checkFeed(feed); err != nil {
					fmt.Fprintf(w, "skipped %s: %v\n", o.XMLURL, err)
					skipped++
					continue
				}
				_, err := db.AddFeed(ctx, feed)
				switch {
				case errors.Is(err, sqlite.ErrDuplicate):
					known++
				case err != nil:
					return err
				default:
					added++
				}
			}
			if err := walk(o.Children); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(doc.Outline); err != nil {
		return err
	}
	fmt.Fprintf(w, "imported %s: %d added, %d already present, %d skipped\n", path, added, known, skipped)
	return nil
}

func exportOPML(ctx context.Context, w io.Writer, db *sqlite.DB) error {
	feeds, err := db.Feeds(ctx)
	if err != nil {
		return err
	}
	doc := opmlDoc{Version: "2.0", Title: "newsbot feeds"}
	for _, f := range feeds {
		text := f.Name
		if text == "" {
			text = f.URL
		}
		e := opmlEntry{Text: text, Title: f.Name, Type: "rss", XMLURL: f.URL, Language: f.Lang, Country: f.Country}
		if f.FullText {
			e.FullText = "true"
		}
		doc.Outline = append(doc.Outline, e)
	}
	out, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", out)
	return err
}
