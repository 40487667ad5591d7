package news

import (
	"net/url"
	"strings"
)

// Host names the outlet behind an http(s) address as readers know it: the
// host name in lower case, without "www." or a port ("https://www.NPR.org:443/x"
// is "npr.org"). It returns "" for anything that is not an http(s) URL
// with a host.
func Host(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
