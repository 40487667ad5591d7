package app

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
	"github.com/newsbot/newsbot/internal/store"
)

// feedStore keeps the feed list; store.DB does. AddFeed returns an error
// wrapping store.ErrDuplicate for a feed already present.
type feedStore interface {
	Feeds(ctx context.Context) ([]news.Feed, error)
	AddFeed(ctx context.Context, f news.Feed) (news.Feed, error)
}

// UsageError is a mistake on the command line; ShowUsage asks for the
// command's usage to be shown with it.
type UsageError struct {
	Msg       string
	ShowUsage bool
}

func (e UsageError) Error() string { return e.Msg }

// feedCommandStore is what the feeds command reads and changes.
type feedCommandStore interface {
	feedStore
	feedRemover
}

// FeedsAction runs the feeds command's action ("list", "add", "remove",
// "import", "export") with its params, printing on w; add adds f with the
// URL from params. A wrong action or argument count, or a bad feed, is a
// UsageError.
func FeedsAction(ctx context.Context, w io.Writer, db feedCommandStore, action string, params []string, f news.Feed) error {
	want := map[string]int{"list": 0, "add": 1, "remove": 1, "import": 1, "export": 0}
	n, ok := want[action]
	if !ok {
		return UsageError{Msg: fmt.Sprintf("feeds: unknown action %q", action), ShowUsage: true}
	}
	if len(params) != n {
		return UsageError{Msg: fmt.Sprintf("feeds %s: want %d argument(s), got %d", action, n, len(params))}
	}
	switch action {
	case "list":
		return ListFeeds(ctx, w, db)
	case "add":
		f.URL = params[0]
		if err := CheckFeed(f); err != nil {
			return UsageError{Msg: err.Error()}
		}
		return AddFeed(ctx, w, db, f)
	case "remove":
		return RemoveFeed(ctx, w, db, params[0])
	case "import":
		return ImportOPML(ctx, w, db, params[0])
	default: // export
		return ExportOPML(ctx, w, db)
	}
}

// AddFeed adds a feed an operator names and says so on w. It fails with
// an error wrapping sqlite.ErrDuplicate for a feed already present.
func AddFeed(ctx context.Context, w io.Writer, db feedStore, f news.Feed) error {
	added, err := db.AddFeed(ctx, f)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "added feed %d: %s\n", added.ID, added.URL)
	return nil
}

// feedRemover removes a feed by id or URL, keeping its articles.
type feedRemover interface {
	RemoveFeed(ctx context.Context, idOrURL string) (news.Feed, error)
}

// RemoveFeed removes the feed with id or URL idOrURL, keeping its
// articles, and says so on w. An unknown feed is an error saying how to
// list them.
func RemoveFeed(ctx context.Context, w io.Writer, db feedRemover, idOrURL string) error {
	f, err := db.RemoveFeed(ctx, idOrURL)
	if errors.Is(err, news.ErrNotFound) {
		return fmt.Errorf("no feed with id or URL %q (see: newsbot feeds list)", idOrURL)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "removed feed %d: %s (its articles are kept)\n", f.ID, f.URL)
	return nil
}

// CheckFeed returns an error saying what is wrong with a feed an operator
// adds: its address, or an unknown country code.
func CheckFeed(f news.Feed) error {
	if !strings.HasPrefix(f.URL, "http://") && !strings.HasPrefix(f.URL, "https://") {
		return fmt.Errorf("feed URL must start with http:// or https://, got %q", f.URL)
	}
	if u, err := url.Parse(f.URL); err != nil || u.Host == "" {
		return fmt.Errorf("feed URL %q is not a valid address (it needs a host name)", f.URL)
	}
	if f.Country != "" {
		if _, ok := news.CountryByCode(f.Country); !ok {
			return fmt.Errorf("unknown country code %q", f.Country)
		}
	}
	return nil
}

// ListFeeds writes the feeds to w as a table with their state.
func ListFeeds(ctx context.Context, w io.Writer, db feedStore) error {
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

// OPMLMax bounds the OPML file ImportOPML reads, in bytes.
const OPMLMax = 16 << 20

// ImportOPML adds the feeds of the OPML file at path and writes to w what
// it added and skipped; a feed already present is counted, not an error.
// It fails on a file it cannot read or that is not OPML.
func ImportOPML(ctx context.Context, w io.Writer, db feedStore, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, OPMLMax+1))
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	if len(data) > OPMLMax {
		return fmt.Errorf("import %s: the file is larger than %d MiB", path, OPMLMax>>20)
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
				if err := CheckFeed(feed); err != nil {
					fmt.Fprintf(w, "skipped %s: %v\n", o.XMLURL, err)
					skipped++
					continue
				}
				_, err := db.AddFeed(ctx, feed)
				switch {
				case errors.Is(err, store.ErrDuplicate):
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

// ExportOPML writes the feeds to w as an OPML 2.0 subscription list.
func ExportOPML(ctx context.Context, w io.Writer, db feedStore) error {
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
