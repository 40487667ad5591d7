package app

import (
	"context"
	"fmt"
	"io"

	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/retention"
)

// PollOnce polls every enabled feed once and prints the report on w, then,
// unless ctx ended, prunes by retention. Feed failures are in the report,
// not returned; the error is one that stopped polling as a whole.
func PollOnce(ctx context.Context, w io.Writer, p *ingest.Poller, pruner *retention.Pruner) error {
	rep, err := p.PollOnce(ctx)
	if err != nil {
		return err
	}
	PrintPollReport(w, rep)
	if ctx.Err() == nil {
		pruner.Log(ctx)
	}
	return nil
}

// PrintPollReport prints a line per feed polled and a total.
func PrintPollReport(w io.Writer, rep ingest.Report) {
	for _, r := range rep.Feeds {
		switch {
		case r.Err != nil:
			fmt.Fprintf(w, "%s: error: %v\n", r.Label(), r.Err)
		case r.Status == ingest.StatusNotModified:
			fmt.Fprintf(w, "%s: not modified\n", r.Label())
		default:
			line := fmt.Sprintf("%s: ok, %d new", r.Label(), r.New)
			if r.Updated > 0 {
				line += fmt.Sprintf(", %d updated", r.Updated)
			}
			if r.Skipped > 0 {
				line += fmt.Sprintf(", %d older items left out (poll.max_items)", r.Skipped)
			}
			if r.Repaired != nil {
				line += fmt.Sprintf(" (%v)", r.Repaired)
			}
			fmt.Fprintln(w, line)
		}
	}
	total := fmt.Sprintf("total: %d feeds, %d ok, %d not modified, %d failed, %d new articles",
		len(rep.Feeds), rep.OK, rep.NotModified, rep.Failed, rep.New)
	if rep.Skipped > 0 {
		total += fmt.Sprintf(", %d older items left out", rep.Skipped)
	}
	fmt.Fprintln(w, total)
}
