package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot/internal/news"
)

// teaserWords is the length under which a feed's text counts as a teaser.
const teaserWords = 80

// fetchFullText replaces a teaser body with the article page's main text,
// fetched with the feed limits, and takes the page's lead image (og:image)
// when the feed gave none. On failure the teaser stays and
// a.FullTextStatus says why. The content hash keeps describing the feed's
// text, so a later poll does not mistake the fuller body for a change.
func (p *Poller) fetchFullText(ctx context.Context, a *news.Article) {
	if a.URL == "" || len(strings.Fields(a.Body)) >= teaserWords {
		return
	}
	text, image, err := p.pageText(ctx, a.URL)
	if err != nil {
		a.FullTextStatus = "teaser: " + err.Error()
		return
	}
	if a.ImageURL == "" && isWebURL(image) && !isTracker(image) {
		a.ImageURL = image
	}
	if len(text) <= len(a.Body) {
		a.FullTextStatus = "teaser: page text is no longer than the feed's"
		return
	}
	a.Body = text
	a.FullTextStatus = "fetched"
}

// pageText fetches a web page and extracts its main text as paragraphs,
// with its lead image's URL ("" when it names none).
func (p *Poller) pageText(ctx context.Context, pageURL string) (text, image string, err error) {
	resp, err := p.fetcher.Fetch(ctx, pageURL, "", "")
	if err != nil {
		return "", "", fmt.Errorf("fetch page: %w", err)
	}
	if resp.NotModified || len(resp.Body) == 0 {
		return "", "", errors.New("page is empty")
	}
	art, text, err := readArticle(resp.Body, resp.ContentType, resp.URL)
	if err != nil {
		return "", "", err
	}
	return text, art.ImageURL(), nil
}

// isWebURL reports whether s is an absolute http(s) URL, as Telegram can fetch.
func isWebURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}
