package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"regexp"

	"github.com/mmcdole/gofeed"
)

// ErrNotAFeed is returned when a document is neither RSS, Atom nor JSON Feed.
var ErrNotAFeed = errors.New("not a feed")

// feedRootRE finds the root element of a feed embedded in something else.
var feedRootRE = regexp.MustCompile(`<(?:rss|feed|rdf:RDF|RDF)[\s>]`)

var htmlRE = regexp.MustCompile(`(?i)<(?:!doctype\s+html|html)[\s>]`)

// ParseFeed decodes body (whatever its charset) and parses it as RSS,
// Atom or JSON Feed. It fails with ErrNotAFeed for HTML pages and other
// documents, and with the parser's error, wrapped, for broken feeds.
//
// A feed that is not well-formed XML but whose items are complete (cut off
// after them, or with a stray character between them) is read from those
// items; the feed comes back with a *RepairedError saying what was left out.
// Callers that only want the articles may ignore that error when the feed
// is not nil.
func ParseFeed(body []byte, contentType string) (*gofeed.Feed, error) {
	data, err := toUTF8(body, contentType)
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	return parseUTF8(data)
}

// parseUTF8 is ParseFeed on a document already in UTF-8.
func parseUTF8(data []byte) (*gofeed.Feed, error) {
	f, err := parseXMLOrJSON(data)
	var syntax *xml.SyntaxError
	if err != nil && errors.As(err, &syntax) {
		if doc, kept, dropped, ok := salvage(data); ok {
			if rf, rerr := newFeedParser().Parse(bytes.NewReader(doc)); rerr == nil {
				return rf, &RepairedError{Err: err, Kept: kept, Dropped: dropped}
			}
		}
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

// newFeedParser returns gofeed's parser without its scan for an RSS item's
// image in the item's HTML: a full HTML parse of every item, beside the
// one htmlText makes, which finds the same image (see media).
func newFeedParser() *gofeed.Parser {
	fp := gofeed.NewParser()
	fp.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	return fp
}

func parseXMLOrJSON(data []byte) (*gofeed.Feed, error) {
	f, err := newFeedParser().Parse(bytes.NewReader(data))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		// A feed wrapped in XHTML or preceded by junk: parse from its root.
		if loc := feedRootRE.FindIndex(data); loc != nil && loc[0] > 0 {
			f, err = newFeedParser().Parse(bytes.NewReader(data[loc[0]:]))
		}
	}
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		head := data[:min(len(data), 4096)]
		if htmlRE.Match(head) {
			return nil, fmt.Errorf("%w: got an HTML page", ErrNotAFeed)
		}
		return nil, fmt.Errorf("%w: no RSS, Atom or JSON Feed root element", ErrNotAFeed)
	}
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	return f, nil
}
