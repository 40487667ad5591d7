package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html/charset"

	"github.com/newsbot/newsbot/internal/news"
)

// ReadPage reads one article from a web page: its title and main text (as
// readability finds it), language, author, image and canonical URL. It
// fails when the page holds no recognisable article.
func ReadPage(body []byte, contentType, pageURL string, now time.Time) (news.Article, error) {
	art, text, err := readArticle(body, contentType, pageURL)
	if err != nil {
		return news.Article{}, err
	}
	title := oneLine(art.Title())
	if title == "" {
		title = titleFromBody(text)
	}
	a := news.Article{
		URL: CanonicalURL(pageURL), Title: title, Body: text, Source: oneLine(art.SiteName()),
		Author: oneLine(art.Byline()), ImageURL: art.ImageURL(),
		PublishedAt: now.UTC(), FetchedAt: now.UTC(), UpdatedAt: now.UTC(),
		FullTextStatus: "fetched",
	}
	if t, err := art.PublishedTime(); err == nil && plausibleDate(t, now) {
		a.PublishedAt = minTime(t.UTC(), now.UTC())
	} else {
		a.Undated = true
	}
	a.Lang = firstNonEmpty(langTag(art.Language()), detectLang(title+" "+text))
	a.ContentHash = ContentHash(a.Title, a.Body)
	return a, nil
}

// ReadText reads an article from plain text: the first non-empty line is
// the title, the rest the body.
func ReadText(s string, now time.Time) news.Article {
	s = strings.ToValidUTF8(strings.ReplaceAll(s, "\r\n", "\n"), "\uFFFD")
	s = strings.TrimLeft(s, "\ufeff \t\n")
	title, body, _ := strings.Cut(s, "\n")
	a := news.Article{Title: oneLine(title), Body: strings.TrimSpace(body),
		PublishedAt: now.UTC(), FetchedAt: now.UTC(), UpdatedAt: now.UTC(), Undated: true}
	a.Lang = detectLang(a.Title + " " + a.Body)
	a.ContentHash = ContentHash(a.Title, a.Body)
	return a
}

// ReadDocument reads whatever a URL or file held: a feed gives its items, an
// HTML page its article, anything else is read as plain text.
func ReadDocument(body []byte, contentType, docURL string, now time.Time) ([]news.Article, error) {
	head := bytes.ToLower(bytes.TrimLeft(body[:min(len(body), 1024)], "\ufeff \t\r\n"))
	isHTML := bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		strings.Contains(contentType, "html")
	if !isHTML {
		if pf, _ := ParseFeed(body, contentType); pf != nil { // a repaired feed too
			arts := Normalize(news.Feed{URL: docURL}, pf, docURL, now)
			if len(arts) == 0 {
				return nil, errors.New("the feed has no items")
			}
			return arts, nil
		}
	}
	if isHTML || bytes.HasPrefix(head, []byte("<")) {
		a, err := ReadPage(body, contentType, docURL, now)
		if err != nil {
			return nil, err
		}
		return []news.Article{a}, nil
	}
	return []news.Article{ReadText(string(body), now)}, nil
}

// readArticle runs readability over an HTML page and returns the article
// and its main text as paragraphs.
func readArticle(body []byte, contentType, pageURL string) (readability.Article, string, error) {
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return readability.Article{}, "", fmt.Errorf("decode page: %w", err)
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		return readability.Article{}, "", fmt.Errorf("page url: %w", err)
	}
	art, err := readability.FromReader(r, u)
	if err != nil {
		return readability.Article{}, "", fmt.Errorf("extract text: %w", err)
	}
	if art.Node == nil {
		return readability.Article{}, "", errors.New("extract text: no article found on the page")
	}
	var buf bytes.Buffer
	if err := art.RenderHTML(&buf); err != nil {
		return readability.Article{}, "", fmt.Errorf("extract text: %w", err)
	}
	text, _ := htmlText(buf.String())
	if text == "" {
		return readability.Article{}, "", errors.New("extract text: no article found on the page")
	}
	return art, text, nil
}
