package content

import (
	"net/url"
	"strings"
)

// CustomDomain is the domain a host such as GitHub Pages serves the site
// at, written to a CNAME file: the domain setting, or else the host of
// base_url when it is an address of its own, at the root of its host.
// It is "" for a github.io address, which needs no CNAME, and for a site
// without either setting.
func (s Site) CustomDomain() string {
	if s.Domain != "" {
		return strings.ToLower(s.Domain)
	}
	u, err := url.Parse(s.BaseURL)
	if err != nil || u.Hostname() == "" || u.Port() != "" || strings.Trim(u.Path, "/") != "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if GitHubPagesHost(host) || !strings.Contains(host, ".") {
		return ""
	}
	return host
}

// GitHubPagesHost reports whether host is one GitHub Pages names itself.
func GitHubPagesHost(host string) bool {
	host = strings.ToLower(host)
	return host == "github.io" || strings.HasSuffix(host, ".github.io")
}
