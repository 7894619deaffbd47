package check

import (
	"net/url"
	"regexp"
	"strings"

	"atlas/generator/content"
	"atlas/generator/diag"
)

// hostPattern is a domain name: dot-separated labels of lowercase letters,
// digits and inner hyphens, at least two of them.
var hostPattern = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$`)

// domain checks the custom domain written to the CNAME file: a host name
// alone, not GitHub's own, and the host of base_url when both are set.
func (ck *checker) domain() {
	s, keys := ck.c.Site, ck.c.SiteKeys
	if s.Domain == "" {
		return
	}
	at := keys.Value("domain")
	ck.invisible(func() diag.Pos { return at }, s.Domain)
	switch {
	case !hostPattern.MatchString(s.Domain) || len(s.Domain) > 253:
		d := ck.diags.Errorf(at, "%q is not a domain name", s.Domain)
		d.Hint = `the host name alone, in lowercase, without https:// or a path, e.g. "atlas.example.ma"`
	case content.GitHubPagesHost(s.Domain):
		d := ck.diags.Errorf(at, "%s is GitHub's own address: it needs no custom domain", s.Domain)
		d.Hint = "remove domain; set it only when the site has a domain of its own"
	case s.BaseURL != "":
		if u, err := url.Parse(s.BaseURL); err == nil && u.Host != "" && !strings.EqualFold(u.Hostname(), s.Domain) {
			d := ck.diags.Errorf(at, "domain %q is not the host of base_url %q", s.Domain, s.BaseURL)
			d.Hint = "the site is published at its custom domain: base_url = \"https://" + s.Domain + "\""
		}
	}
}
