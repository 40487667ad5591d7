package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsbot/newsbot/internal/ingest"
)

// previewMax bounds what preview reads from a file or stdin.
const previewMax = 16 << 20

// ReadSource reads what preview analyses: a URL (fetched with fc; the
// operator named it, so it may be internal), a file or stdin ("-"), at
// most 16 MiB, with the content type it declares or its file name suggests.
func ReadSource(ctx context.Context, stdin io.Reader, src string, fc ingest.FetcherConfig) (body []byte, contentType, docURL string, err error) {
	switch {
	case src == "-":
		body, err = io.ReadAll(io.LimitReader(stdin, previewMax))
		return body, "", "", err
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		f := ingest.NewFetcher(fc)
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
