package main

import (
	"context"
	"errors"
	"fmt"
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
		return app.ListFeeds(ctx, e.stdout, db)
	case "add":
		if err := need(1); err != nil {
			return err
		}
		f := news.Feed{URL: params[0], Name: *name, Lang: *lang, Country: strings.ToUpper(*country), FullText: *fullText}
		if err := app.CheckFeed(f); err != nil {
			return usageError{err.Error()}
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
		return app.ImportOPML(ctx, e.stdout, db, params[0])
	case "export":
		if err := need(0); err != nil {
			return err
		}
		return app.ExportOPML(ctx, e.stdout, db)
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
