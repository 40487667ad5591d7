package app

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsbot/newsbot/internal/analyze"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// PreviewOptions says how Preview analyses and shows a document.
type PreviewOptions struct {
	StoryWindow time.Duration // how far apart in time the reports of one story may be
	JSON        bool          // one JSON object per article instead of the card
	Lang        string        // language of the card: "en" or "ru"; "" for the article's
	Now         time.Time     // when the document was read, for items without a date
}

// Preview writes to w the analysis of a document: a web page, a plain-text
// file (contentType "text/plain", first line the title) or every item of a
// feed, grouped into stories as the poller would. src names the document
// in errors, and as the source of articles whose document names none. It
// fails on binary content and on a document it cannot read.
func Preview(w io.Writer, src string, body []byte, contentType, docURL string, o PreviewOptions) error {
	var err error
	// Pages, feeds and text files sniff as text; a PDF, an image or random
	// bytes would otherwise come out as a card of mojibake.
	if sniff := http.DetectContentType(body); !strings.HasPrefix(sniff, "text/") {
		return fmt.Errorf("preview %s: binary content (%s), not a page, a feed or a text file", src, strings.SplitN(sniff, ";", 2)[0])
	}
	var arts []news.Article
	if contentType == "text/plain" {
		arts = []news.Article{ingest.ReadText(string(body), o.Now)}
	} else if arts, err = ingest.ReadDocument(body, contentType, docURL, o.Now); err != nil {
		return fmt.Errorf("preview %s: %w", src, err)
	}
	an := analyze.New()
	// The file's items are grouped into stories as the poller would group
	// them, all of them held (no clock): the clusters shown are final.
	ix := analyze.NewIndex(o.StoryWindow)
	exps := make([]analyze.Explanation, len(arts))
	for i := range arts {
		a := &arts[i]
		if a.Source == "" {
			a.Source = sourceName(docURL, src)
		}
		// A document read on its own has no feed: the outlet's country, if
		// any, comes from its address (analyze.Input.HomeCountry).
		in := analyze.Input{Title: a.Title, Body: a.Body, Lang: a.Lang, Source: a.Source, URL: a.URL, Published: a.PublishedAt, HomeCountry: a.FeedCountry}
		a.Analysis, exps[i] = an.Explain(in)
		// An undated item carries the time the file was read as its date,
		// as every other undated item does: grouped on it, items years
		// apart would meet. A file read once is a feed's first poll, whose
		// undated items the poller keeps as stories of their own too.
		if a.Undated {
			a.Cluster = analyze.OwnStory(int64(i + 1))
			continue
		}
		ix.Assign(int64(i+1), a.PublishedAt, a.Analysis, a.Title)
	}
	for i := range arts {
		if !arts[i].Undated {
			arts[i].Cluster = ix.ClusterOf(int64(i + 1))
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range arts {
		a := &arts[i]
		if o.JSON {
			if err := enc.Encode(previewJSON(a)); err != nil {
				return err
			}
			continue
		}
		cardLang := o.Lang
		if cardLang == "" {
			cardLang = a.Lang
		}
		if i > 0 {
			fmt.Fprintln(w, strings.Repeat("─", 60))
		}
		printCard(w, a, exps[i], cardLang)
	}
	if !o.JSON && len(arts) > 1 {
		printStories(w, arts)
	}
	return nil
}

// printStories lists the stories that more than one item of a feed tells,
// in the order of their first item, so the grouping shows without a
// database.
func printStories(w io.Writer, arts []news.Article) {
	members := map[string][]int{}
	var order []string
	for i, a := range arts {
		if len(members[a.Cluster]) == 0 {
			order = append(order, a.Cluster)
		}
		members[a.Cluster] = append(members[a.Cluster], i)
	}
	fmt.Fprintln(w, strings.Repeat("═", 60))
	fmt.Fprintf(w, "%d items, %d stories\n", len(arts), len(order))
	for _, c := range order {
		if len(members[c]) < 2 {
			continue
		}
		fmt.Fprintf(w, "Story %s (%d items):\n", c, len(members[c]))
		for _, i := range members[c] {
			fmt.Fprintf(w, "  %d. %s\n", i+1, arts[i].Title)
		}
	}
}

func sourceName(docURL, src string) string {
	if docURL != "" {
		if i := strings.Index(docURL, "://"); i >= 0 {
			host, _, _ := strings.Cut(docURL[i+3:], "/")
			return strings.TrimPrefix(host, "www.")
		}
	}
	if src == "-" {
		return "stdin"
	}
	return filepath.Base(src)
}

type previewQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
}

type previewCountries struct {
	Primary   []string `json:"primary"`
	Mentioned []string `json:"mentioned"`
}

// PreviewRecord is a line of Preview's JSON output: exactly these keys, in this order.
// Published is RFC 3339 in UTC, or null when the source gave no usable date.
type PreviewRecord struct {
	Title     string           `json:"title"`
	URL       string           `json:"url"`
	Lang      string           `json:"lang"`
	Summary   string           `json:"summary"`
	Quotes    []previewQuote   `json:"quotes"`
	Countries previewCountries `json:"countries"`
	Topics    []string         `json:"topics"`
	Cluster   string           `json:"cluster"`
	Published *string          `json:"published"`
}

func previewJSON(a *news.Article) PreviewRecord {
	r := PreviewRecord{Title: a.Title, URL: a.URL, Lang: a.Lang, Summary: a.Summary, Cluster: a.Cluster,
		Quotes: []previewQuote{}, Topics: []string{},
		Countries: previewCountries{Primary: []string{}, Mentioned: []string{}}}
	if !a.Undated && !a.PublishedAt.IsZero() {
		p := a.PublishedAt.UTC().Format(time.RFC3339)
		r.Published = &p
	}
	for _, q := range a.Quotes {
		r.Quotes = append(r.Quotes, previewQuote{Text: q.Text, Speaker: q.Speaker})
	}
	r.Countries.Primary = append(r.Countries.Primary, a.PrimaryCountries()...)
	r.Countries.Mentioned = append(r.Countries.Mentioned, a.MentionedCountries()...)
	for _, t := range a.TopicSlugs() {
		r.Topics = append(r.Topics, string(t))
	}
	return r
}

// printCard prints the story as a subscriber would see it, then why the
// analyzer chose its countries and topics.
func printCard(w io.Writer, a *news.Article, ex analyze.Explanation, lang string) {
	st := news.Story{Article: *a}
	for _, m := range render.Topic(firstTopic(a), []news.Story{st}, lang) {
		fmt.Fprintln(w, render.PlainText(m))
	}
	if len(a.Quotes) > 1 {
		fmt.Fprintln(w, "\nAll quotes:")
		for _, q := range a.Quotes {
			fmt.Fprintf(w, "  “%s” — %s\n", q.Text, q.Speaker)
		}
	}
	fmt.Fprintln(w, "\nWhy these countries:")
	if len(ex.Countries) == 0 {
		fmt.Fprintln(w, "  none found")
	}
	for _, c := range ex.Countries {
		role := "mentioned"
		if c.Primary {
			role = "primary"
		}
		fmt.Fprintf(w, "  %s %s %-9s %5.1f  %s\n", news.FlagOf(c.Code), c.Code, role, c.Score, terms(c.Terms))
	}
	fmt.Fprintln(w, "Why these topics:")
	if len(ex.Topics) == 0 {
		fmt.Fprintln(w, "  none scored")
	}
	for _, t := range ex.Topics {
		mark := " "
		if t.Chosen {
			mark = "✓"
		}
		fmt.Fprintf(w, "  %s %-12s %5.1f  %s\n", mark, t.Topic, t.Score, terms(t.Terms))
	}
	fmt.Fprintf(w, "Story cluster: %s\n", a.Cluster)
}

// firstTopic is the article's first topic, or "" (shown as "Other") when it
// has none: naming a topic it is not filed under would mislead.
func firstTopic(a *news.Article) news.Topic {
	if len(a.Topics) > 0 {
		return a.Topics[0].Topic
	}
	return ""
}

func terms(ts []analyze.Term) string {
	parts := make([]string, 0, len(ts))
	for i, t := range ts {
		if i == 8 {
			parts = append(parts, fmt.Sprintf("+%d more", len(ts)-8))
			break
		}
		if t.Count > 1 {
			parts = append(parts, fmt.Sprintf("%s ×%d", t.Term, t.Count))
		} else {
			parts = append(parts, t.Term)
		}
	}
	return strings.Join(parts, ", ")
}
