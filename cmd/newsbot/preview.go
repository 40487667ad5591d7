package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/ingest"
)

// previewMax bounds what preview reads from a file or stdin.
const previewMax = 16 << 20

// runPreview prints the analysis of an article: a web page, a plain-text
// file (first line the title) or every item of a feed.
func runPreview(ctx context.Context, e *env, args []string) error {
	fs := e.flags("preview", "[-json] FILE|URL|-")
	asJSON := fs.Bool("json", false, "print one JSON object per article instead of the card")
	lang := fs.String("lang", "", "language of the card: en or ru (default: the article's)")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{"preview: give one FILE, URL or - for standard input"}
	}
	src := fs.Arg(0)
	now := time.Now()
	body, contentType, docURL, err := readSource(ctx, e, src)
	if err != nil {
		return err
	}
	return app.Preview(e.stdout, src, body, contentType, docURL, app.PreviewOptions{
		StoryWindow: e.cfg.Analysis.StoryWindow.D(), JSON: *asJSON, Lang: *lang, Now: now})
}

// readSource reads a URL, a file or standard input ("-"), with the
// content type it declares or its file name suggests.
func readSource(ctx context.Context, e *env, src string) (body []byte, contentType, docURL string, err error) {
	switch {
	case src == "-":
		body, err = io.ReadAll(io.LimitReader(e.stdin, previewMax))
		return body, "", "", err
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		f := ingest.NewFetcher(ingest.FetcherConfig{Version: version, Timeout: e.cfg.Poll.Timeout.D(), MaxBody: int64(e.cfg.Poll.MaxBody)})
		// The operator named this address on the command line: it may be internal.
		resp, err := f.Fetch(ingest.TrustURL(ctx, src), src, "", "")
		if err != nil {
			return nil, "", "", fmt.Errorf("preview %s: %w", src, err)
		}
		return resp.Body, resp.ContentType, resp.URL, nil
	default:
		f, err := os.Open(src)
		if err != nil {
			return nil, "", "", err
		}
		defer f.Close()
		body, err = io.ReadAll(io.LimitReader(f, previewMax))
		if err != nil {
			return nil, "", "", fmt.Errorf("preview %s: %w", src, err)
		}
		switch strings.ToLower(filepath.Ext(src)) {
		case ".txt", ".text":
			contentType = "text/plain"
		case ".html", ".htm":
			contentType = "text/html"
		}
		return body, contentType, "", nil
	}
}
