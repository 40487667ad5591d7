// Package ingest turns news feeds into stored articles: it fetches feeds
// politely (conditional GET, limits, back-off), parses them whatever their
// format or charset, normalises items into news.Article values, and hands
// them to a store that de-duplicates them.
package ingest

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Fetch limits used when a FetcherConfig leaves them zero.
const (
	DefaultTimeout = 30 * time.Second
	DefaultMaxBody = 8 << 20
	maxRedirects   = 5
)

// ErrBodyTooLarge is returned when a response body exceeds the fetcher's cap.
var ErrBodyTooLarge = errors.New("response body too large")

// StatusError is a non-success HTTP status.
type StatusError struct {
	Code int
	// RetryAfter is the wait the server asked for (429, 503); zero when none.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("http %d %s", e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// FetcherConfig sets a Fetcher's limits.
type FetcherConfig struct {
	// Version goes into the User-Agent.
	Version string
	// Timeout bounds connecting and the whole request, body included.
	Timeout time.Duration
	// MaxBody caps the decompressed body size in bytes.
	MaxBody int64
	// Transport replaces the default HTTP transport (tests, benchmarks);
	// the address guard is then the transport's business.
	Transport http.RoundTripper
	// AllowPrivate lets fetches reach loopback, private, link-local and
	// unspecified addresses from any URL. Otherwise only URLs trusted with
	// TrustURL (feeds the operator listed) may lead there; everything else
	// is checked when dialling (see AddressError).
	AllowPrivate bool
}

// Fetcher performs bounded HTTP GETs.
type Fetcher struct {
	client    *http.Client
	userAgent string
	timeout   time.Duration
	maxBody   int64
}

// NewFetcher returns a Fetcher with the given limits; zero limits take the defaults.
func NewFetcher(cfg FetcherConfig) *Fetcher {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Version == "" {
		cfg.Version = "dev"
	}
	tr := cfg.Transport
	if tr == nil {
		guard := newDialGuard(cfg.Timeout, cfg.AllowPrivate)
		tr = &http.Transport{
			Proxy:                 guard.proxy,
			DialContext:           guard.DialContext,
			TLSHandshakeTimeout:   cfg.Timeout,
			ResponseHeaderTimeout: cfg.Timeout,
			MaxIdleConns:          100,
			MaxIdleConnsPerHost:   4,
			IdleConnTimeout:       90 * time.Second,
			// Compression is asked for and undone by hand so that the body
			// cap applies to the decompressed size (a gzip bomb stays bounded).
			DisableCompression: true,
		}
	}
	return &Fetcher{
		client: &http.Client{
			Transport: tr,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) > maxRedirects {
					return fmt.Errorf("stopped after %d redirects", maxRedirects)
				}
				return nil
			},
		},
		userAgent: "newsbot/" + cfg.Version + " (+https://github.com/newsbot/newsbot)",
		timeout:   cfg.Timeout,
		maxBody:   cfg.MaxBody,
	}
}

// UserAgent returns the User-Agent header the fetcher sends.
func (f *Fetcher) UserAgent() string { return f.userAgent }

// Response is a fetched document.
type Response struct {
	// NotModified is true on a 304; Body is then empty.
	NotModified  bool
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	// URL is the final URL after redirects.
	URL string
}

// Fetch GETs url, sending etag and lastModified as validators when set. A
// non-2xx status (other than 304) is a *StatusError; a body over the cap is
// ErrBodyTooLarge; timeouts and network failures are returned wrapped.
func (f *Fetcher) Fetch(ctx context.Context, url, etag, lastModified string) (Response, error) {
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Response{}, fmt.Errorf("bad url: %w", err)
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8")
	req.Header.Set("Accept-Encoding", "gzip")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return Response{}, describeNetError(err, f.timeout)
	}
	defer resp.Body.Close()

	out := Response{
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		URL:          resp.Request.URL.String(),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = etag
		}
		if out.LastModified == "" {
			out.LastModified = lastModified
		}
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return out, &StatusError{Code: resp.StatusCode, RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())}
	}

	var body io.Reader = resp.Body
	size := resp.ContentLength // -1 when unknown
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return out, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		body, size = zr, -1
	}
	out.Body, err = readCapped(body, f.maxBody, size)
	if err != nil {
		return out, describeNetError(err, f.timeout)
	}
	return out, nil
}

// readCapped reads r fully, failing with ErrBodyTooLarge past max bytes.
// size, when known (else -1), is how long the body says it is: it is then
// read into one buffer of that size, where reading a body of unknown
// length holds it twice over at the end (the parts read, and the whole).
func readCapped(r io.Reader, max, size int64) ([]byte, error) {
	if size > max {
		return nil, fmt.Errorf("%w: more than %s", ErrBodyTooLarge, formatBytes(max))
	}
	if size >= 0 {
		b := make([]byte, size)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, fmt.Errorf("read body: %w", err)
		}
		// The transport stops at the length it was told; anything past it
		// would be a broken response, left unread.
		return b, nil
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than %s", ErrBodyTooLarge, formatBytes(max))
	}
	return b, nil
}

// describeNetError turns a deadline into a sentence a feed owner understands.
func describeNetError(err error, timeout time.Duration) error {
	if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
		return fmt.Errorf("timed out after %s: %w", timeout, err)
	}
	return err
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// parseRetryAfter reads a Retry-After value: seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now).Round(time.Second)
	}
	return 0
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
