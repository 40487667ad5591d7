package main

import (
	"context"
	"time"

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/ingest"
)

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
		return app.UsageError{Msg: "preview: give one FILE, URL or - for standard input"}
	}
	src := fs.Arg(0)
	now := time.Now()
	body, contentType, docURL, err := app.ReadSource(ctx, e.stdin, src, ingest.FetcherConfig{Version: version, Timeout: e.cfg.Poll.Timeout.D(), MaxBody: int64(e.cfg.Poll.MaxBody)})
	if err != nil {
		return err
	}
	return app.Preview(e.stdout, src, body, contentType, docURL, app.PreviewOptions{
		StoryWindow: e.cfg.Analysis.StoryWindow.D(), JSON: *asJSON, Lang: *lang, Now: now})
}
