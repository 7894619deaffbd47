package serve

import (
	"atlas/generator"
	"context"
	"errors"
	"maps"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"atlas/generator/diag"
)

func TestErrorPage(t *testing.T) {
	pos := diag.Pos{File: "content/agreements/x.md", Line: 3, Col: 8}
	tests := []struct {
		name        string
		diags       diag.List
		err         error
		want, never []string
	}{
		{
			name: "diagnostics are listed and escaped",
			diags: diag.List{
				{Pos: pos, Severity: diag.Error, Message: `unknown kind "<script>alert(1)</script>"`, Hint: `did you mean "a&b"?`},
				{Pos: diag.Pos{File: "content/site.toml"}, Severity: diag.Warning, Message: "مفتاح <b>"},
			},
			want: []string{
				`content/agreements/x.md:3:8: error: unknown kind <bdi>&#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34;</bdi> (did you mean <bdi>&#34;a&amp;b&#34;</bdi>?)`,
				`content/site.toml: warning: مفتاح &lt;b&gt;`,
			},
			never: []string{"<script>alert", "<b>"},
		},
		{
			name: "each problem is said in Arabic and French too, where the catalogs know it",
			diags: diag.List{
				{Pos: pos, Severity: diag.Error, Message: `unknown key "<i>x"`, Hint: `did you mean "status"?`},
				{Pos: pos, Severity: diag.Error, Message: "a message no catalog knows"},
			},
			want: []string{
				`<li><code lang="en">content/agreements/x.md:3:8: error: unknown key <bdi>&#34;&lt;i&gt;x&#34;</bdi> (did you mean <bdi>&#34;status&#34;</bdi>?)</code>` + "\n" +
					`<p lang="ar" dir="auto">مفتاح غير معروف <bdi>&#34;&lt;i&gt;x&#34;</bdi> (هل تقصد <bdi>&#34;status&#34;</bdi>؟)</p>` + "\n" +
					`<p lang="fr" dir="auto">clé inconnue <bdi>&#34;&lt;i&gt;x&#34;</bdi> (vouliez-vous dire <bdi>&#34;status&#34;</bdi>` + "\u202f?)</p></li>\n" +
					`<li><code lang="en">content/agreements/x.md:3:8: error: a message no catalog knows</code></li>` + "\n</ol>",
			},
			never: []string{"<i>"},
		},
		{
			name:  "a layout error is shown",
			err:   errors.New(`layouts: template: base.html:3: unexpected "<" in command`),
			want:  []string{`layouts: template: base.html:3: unexpected &#34;&lt;&#34; in command`},
			never: []string{`"<" in`},
		},
		{
			name:  "the summary of the diagnostics is not repeated",
			diags: diag.List{{Pos: pos, Severity: diag.Error, Message: "bad"}},
			err:   diag.List{{Pos: pos, Severity: diag.Error, Message: "bad"}},
			want:  []string{"x.md:3:8: error: bad"},
			never: []string{"1 error in content"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := string(errorPage(tt.diags, tt.err, "id-7"))
			always := []string{
				`<h1>تعذّر بناء الموقع</h1>`, `<section lang="ar" dir="rtl">`,
				`<h1>Le site ne se construit pas</h1>`, `<section lang="fr" dir="ltr">`,
				string(script("id-7")),
			}
			for _, w := range append(always, tt.want...) {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q:\n%s", w, page)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(page, n) {
					t.Errorf("page contains %q unescaped", n)
				}
			}
		})
	}
}

// TestBrokenBuild breaks a good site, then fixes it: pages show the
// problems with status 500, assets keep loading, and the fix brings the
// pages back.
func TestBrokenBuild(t *testing.T) {
	cfg := repoCopy(t)
	var log syncBuffer
	cfg.Log = &log
	s := New(cfg)
	h := s.Handler()
	file := filepath.Join(cfg.Content, filepath.FromSlash(agreement))
	page := "/fr/agreements/tinghir-health-staff-2023.html"

	edit(t, file, `kind = "convention"`, `kind = "<i>conventoin</i>"`)
	s.rebuild(generator.Edits{All: true})
	want := `content/agreements/tinghir-health-staff-2023.md:2:8: error: unknown kind <bdi>&#34;&lt;i&gt;conventoin&lt;/i&gt;&#34;</bdi>`
	for _, target := range []string{page, "/", "/fr/regions/", "/no-such-page.html", "/fr/regions"} {
		r := get(t, h, target)
		if b := body(t, r); r.StatusCode != 500 || !strings.Contains(b, want) || !strings.Contains(b, eventsPath) {
			t.Errorf("%s while broken: status %d, body:\n%s", target, r.StatusCode, b)
		}
	}
	if r := get(t, h, "/assets/atlas.css"); r.StatusCode != 200 || !strings.HasPrefix(r.Header.Get("Content-Type"), "text/css") {
		t.Errorf("the stylesheet of the last good build: status %d, %s", r.StatusCode, r.Header.Get("Content-Type"))
	}
	if l := log.String(); !strings.Contains(l, `tinghir-health-staff-2023.md:2:8: error: unknown kind "<i>conventoin</i>"`) {
		t.Errorf("the terminal does not show the diagnostic:\n%s", l)
	}

	edit(t, file, `kind = "<i>conventoin</i>"`, `kind = "convention"`)
	s.rebuild(generator.Edits{All: true})
	if r := get(t, h, page); r.StatusCode != 200 {
		t.Errorf("after the fix: status %d", r.StatusCode)
	}
	if l := log.String(); !strings.Contains(l, "rebuilt: ") {
		t.Errorf("the terminal does not show the rebuild:\n%s", l)
	}
}

// TestBrokenFromTheStart has no good build to fall back on: assets show
// the problems too, and a broken layout is reported like content.
func TestBrokenFromTheStart(t *testing.T) {
	cfg := repoCopy(t)
	if err := os.WriteFile(filepath.Join(cfg.Layouts, "base.html"), []byte("{{.Title"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := New(cfg).Handler()
	for _, target := range []string{"/", "/assets/atlas.css"} {
		r := get(t, h, target)
		if b := body(t, r); r.StatusCode != 500 || !strings.Contains(b, "base.html") {
			t.Errorf("%s: status %d, body:\n%s", target, r.StatusCode, b)
		}
	}
}

// TestRunRebuildsOnChange runs the server and its watcher, edits the
// content and follows the event stream as a page would.
func TestRunRebuildsOnChange(t *testing.T) {
	cfg := repoCopy(t)
	var log syncBuffer
	cfg.Log, cfg.Poll = &log, 10*time.Millisecond
	s := New(cfg)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- s.Run(ctx, l) }()
	base := "http://" + l.Addr().String()
	events := listen(t, base+eventsPath)
	first := next(t, events)
	page := base + "/fr/agreements/tinghir-health-staff-2023.html"

	file := filepath.Join(cfg.Content, filepath.FromSlash(agreement))
	edit(t, file, frTitle, `fr = "Convention modifiée pour doter`)
	if id := next(t, events); id == first {
		t.Fatalf("the event stream announced %s again", id)
	}
	if code, b := fetch(t, page); code != 200 || !strings.Contains(b, "<h1>Convention modifiée pour doter") {
		t.Errorf("after the edit: status %d, no new title", code)
	}

	edit(t, file, "provinces = [", "provences = [")
	next(t, events)
	if code, b := fetch(t, page); code != 500 || !strings.Contains(b, "tinghir-health-staff-2023.md:14:1: error: unknown key <bdi>&#34;provences&#34;</bdi>") {
		t.Errorf("after breaking: status %d, body:\n%s", code, b)
	}

	cancel()
	select {
	case err := <-ran:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after its context ended, with an event stream open")
	}
	if l := log.String(); !strings.Contains(l, "rebuilt: 52 pages, ") || !strings.Contains(l, `unknown key "provences"`) {
		t.Errorf("log:\n%s", l)
	}
}

// listen reads the build ids of an event stream.
func listen(t *testing.T, url string) <-chan string {
	t.Helper()
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	if ct := r.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events: Content-Type %q", ct)
	}
	ids := make(chan string, 16)
	go func() {
		defer r.Body.Close()
		defer close(ids)
		buf := make([]byte, 4096)
		for {
			n, err := r.Body.Read(buf)
			for _, line := range strings.Split(string(buf[:n]), "\n") {
				if id, ok := strings.CutPrefix(line, "data: "); ok {
					ids <- id
				}
			}
			if err != nil {
				return
			}
		}
	}()
	return ids
}

func next(t *testing.T, ids <-chan string) string {
	t.Helper()
	select {
	case id, ok := <-ids:
		if !ok {
			t.Fatal("the event stream ended")
		}
		return id
	case <-time.After(10 * time.Second):
		t.Fatal("no build announced within 10s")
	}
	return ""
}

func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	return r.StatusCode, body(t, r)
}

// TestFingerprint checks the changes the watcher must see.
func TestFingerprint(t *testing.T) {
	cfg := repoCopy(t)
	s := &Server{cfg: cfg}
	file := filepath.Join(cfg.Content, filepath.FromSlash(agreement))
	changes := []struct {
		name   string
		change func() error
	}{
		{"edit", func() error { return os.WriteFile(file, []byte("changed"), 0o644) }},
		{"same size, new time", func() error {
			return os.Chtimes(file, time.Now(), time.Now().Add(time.Hour))
		}},
		{"new file", func() error { return os.WriteFile(filepath.Join(cfg.Content, "agreements", "new.md"), nil, 0o644) }},
		{"rename", func() error {
			return os.Rename(filepath.Join(cfg.Content, "agreements", "new.md"), filepath.Join(cfg.Content, "agreements", "newer.md"))
		}},
		{"layout removed", func() error { return os.Remove(filepath.Join(cfg.Layouts, "home.html")) }},
		{"asset folder", func() error { return os.Mkdir(filepath.Join(cfg.Assets, "images"), 0o755) }},
		{"content folder gone", func() error { return os.RemoveAll(cfg.Content) }},
	}
	for _, c := range changes {
		before := s.inputs()
		if again := s.inputs(); !maps.Equal(again, before) {
			t.Fatalf("before %s: the fingerprint of unchanged folders changed", c.name)
		}
		if err := c.change(); err != nil {
			t.Fatal(err)
		}
		if maps.Equal(s.inputs(), before) {
			t.Errorf("%s: fingerprint unchanged", c.name)
		}
	}
}
