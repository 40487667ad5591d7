package ingest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"
)

// ErrBlockedAddress is matched (errors.Is) by a fetch refused because it
// would reach an internal address.
var ErrBlockedAddress = errors.New("internal address not allowed")

// AddressError is a connection refused because an address found in content
// (a redirect, an article link, an editor's URL) leads to a loopback,
// private, link-local or otherwise internal address.
type AddressError struct {
	Host string     // as requested, with port
	Addr netip.Addr // what it resolved to
	Kind string     // "loopback", "private", "link-local", …
}

func (e *AddressError) Error() string {
	host, _, _ := net.SplitHostPort(e.Host)
	if host == "" {
		host = e.Host
	}
	what := host + " is"
	if host != e.Addr.String() {
		what = fmt.Sprintf("%s resolves to %s,", host, e.Addr)
	}
	return fmt.Sprintf("%s a %s address: links found in content may not lead to internal networks (set [poll] allow_private = true to allow it)",
		what, e.Kind)
}

// Is makes errors.Is(err, ErrBlockedAddress) true.
func (e *AddressError) Is(target error) bool { return target == ErrBlockedAddress }

// blockedKind names why a connection to a may not be made from content,
// or returns "" when it may.
func blockedKind(a netip.Addr) string {
	a = a.Unmap()
	switch {
	case !a.IsValid():
		return "invalid"
	case a.IsUnspecified():
		return "unspecified"
	case a.IsLoopback():
		return "loopback"
	case a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast():
		return "link-local" // 169.254.169.254, cloud metadata, among them
	case a.IsPrivate():
		return "private"
	case a.IsMulticast() || a.IsInterfaceLocalMulticast():
		return "multicast"
	case thisNetwork.Contains(a):
		return "unspecified"
	case sharedSpace.Contains(a):
		return "shared (carrier-grade NAT)"
	}
	return ""
}

var (
	thisNetwork = netip.MustParsePrefix("0.0.0.0/8")
	sharedSpace = netip.MustParsePrefix("100.64.0.0/10")
)

// trustedKey carries the addresses the operator listed, for this request.
type trustedKey struct{}

// TrustURL returns a context under which fetches may connect to rawURL's
// host and port whatever its address: a feed the operator listed is
// allowed where it is, and so are redirects and article pages on that same
// host. Anything else found in content is still checked.
func TrustURL(ctx context.Context, rawURL string) context.Context {
	addr := hostPort(rawURL)
	if addr == "" {
		return ctx
	}
	prev, _ := ctx.Value(trustedKey{}).([]string)
	return context.WithValue(ctx, trustedKey{}, append(prev[:len(prev):len(prev)], addr))
}

// hostPort returns the host:port a request to rawURL dials (before any
// proxy), or "".
func hostPort(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	port := u.Port()
	if port == "" {
		switch strings.ToLower(u.Scheme) {
		case "http":
			port = "80"
		case "https":
			port = "443"
		default:
			return ""
		}
	}
	return net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

func trusted(ctx context.Context, addr string) bool {
	list, _ := ctx.Value(trustedKey{}).([]string)
	addr = strings.ToLower(addr)
	for _, a := range list {
		if a == addr {
			return true
		}
	}
	return false
}

// dialGuard dials for the fetcher. Unless private addresses are allowed, a
// connection to anything but a trusted host (or the operator's proxy) is
// checked after DNS resolution, on the address actually dialled, so a name
// that resolves (or re-resolves) to an internal address is refused too.
type dialGuard struct {
	allowPrivate bool
	plain        net.Dialer
	checked      net.Dialer
	proxies      sync.Map // host:port of proxies from the environment
}

func newDialGuard(timeout time.Duration, allowPrivate bool) *dialGuard {
	g := &dialGuard{allowPrivate: allowPrivate}
	g.plain = net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}
	g.checked = g.plain
	g.checked.Control = func(_, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("unexpected address %q: %w", address, ErrBlockedAddress)
		}
		if kind := blockedKind(ap.Addr()); kind != "" {
			return &AddressError{Addr: ap.Addr(), Kind: kind}
		}
		return nil
	}
	return g
}

// DialContext is the transport's dialer.
func (g *dialGuard) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if g.allowPrivate || trusted(ctx, addr) {
		return g.plain.DialContext(ctx, network, addr)
	}
	if _, ok := g.proxies.Load(strings.ToLower(addr)); ok {
		return g.plain.DialContext(ctx, network, addr)
	}
	c, err := g.checked.DialContext(ctx, network, addr)
	var ae *AddressError
	if errors.As(err, &ae) {
		return nil, &AddressError{Host: addr, Addr: ae.Addr, Kind: ae.Kind}
	}
	return c, err
}

// proxy is http.ProxyFromEnvironment, remembering the proxies it names:
// the operator set them, so they may be internal. Behind a proxy only the
// proxy resolves names, so the dial-time check cannot apply; a literal
// internal address in the URL is still refused.
func (g *dialGuard) proxy(req *http.Request) (*url.URL, error) {
	u, err := http.ProxyFromEnvironment(req)
	if err != nil || u == nil {
		return u, err
	}
	if addr := hostPort(u.String()); addr != "" {
		g.proxies.Store(addr, true)
	}
	if !g.allowPrivate && !trusted(req.Context(), hostPort(req.URL.String())) {
		if a, err := netip.ParseAddr(strings.Trim(req.URL.Hostname(), "[]")); err == nil {
			if kind := blockedKind(a); kind != "" {
				return nil, &AddressError{Host: req.URL.Host, Addr: a, Kind: kind}
			}
		}
	}
	return u, nil
}

// CheckAddress returns an *AddressError when content may not lead to a
// (without allow_private), nil otherwise.
func CheckAddress(a netip.Addr) error {
	if kind := blockedKind(a); kind != "" {
		return &AddressError{Addr: a, Kind: kind}
	}
	return nil
}
