package main

import (
	"context"
	"errors"
	"flag"
	"strings"

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/news"
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
		return app.UsageError{Msg: "feeds: missing action"}
	}
	db, err := e.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	f := news.Feed{Name: *name, Lang: *lang, Country: strings.ToUpper(*country), FullText: *fullText}
	err = app.FeedsAction(ctx, e.stdout, db, positional[0], positional[1:], f)
	if ue := (app.UsageError{}); errors.As(err, &ue) && ue.ShowUsage {
		fs.Usage()
	}
	return err
}

// parseFlagsOnly parses flags without loading the configuration, so flags can
// be interleaved with positional arguments.
func (e *env) parseFlagsOnly(fs interface{ Parse([]string) error }, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return app.UsageError{Msg: err.Error()}
	}
	return nil
}
