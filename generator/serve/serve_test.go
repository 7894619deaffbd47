package serve

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

const (
	agreement = "agreements/tinghir-health-staff-2023.md"
	frTitle   = `fr = "Convention de partenariat pour doter`
)

// repoCopy copies the frozen seed fixture (not the live content, which
// grows and is corrected) and the repository's layouts and assets into a
// temporary folder and returns a configuration for them.
func repoCopy(t *testing.T) Config {
	t.Helper()
	root := t.TempDir()
	for dir, from := range map[string]string{"content": "../testdata/seed", "layouts": "../../layouts", "assets": "../../assets"} {
		if err := os.CopyFS(filepath.Join(root, dir), os.DirFS(from)); err != nil {
			t.Fatal(err)
		}
	}
	return Config{
		Content: filepath.Join(root, "content"), Layouts: filepath.Join(root, "layouts"),
		Assets: filepath.Join(root, "assets"), ContentName: "content",
	}
}

// edit replaces old by new in a file, failing when old is not there.
func edit(t *testing.T, name, old, new string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s does not contain %q", name, old)
	}
	save(t, name, bytes.Replace(data, []byte(old), []byte(new), 1))
}

// save writes a file the way most editors save one: a new file renamed
// over the old, so that no build ever reads it half written.
func save(t *testing.T, name string, data []byte) {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(name), "."+filepath.Base(name)+".saving")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, name); err != nil {
		t.Fatal(err)
	}
}

func get(t *testing.T, h http.Handler, target string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	return rec.Result()
}

func body(t *testing.T, r *http.Response) string {
	t.Helper()
	data, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// syncBuffer is a log the watcher writes while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestServeFiles(t *testing.T) {
	h := New(repoCopy(t)).Handler()
	tests := []struct {
		target   string
		status   int
		ctype    string // prefix of Content-Type
		want     string // in the body
		location string
		script   bool // whether the reload script is there
	}{
		{"/", 200, "text/html", `<html lang="ar"`, "", true},
		{"/fr/agreements/tinghir-health-staff-2023.html", 200, "text/html", "<h1>Convention de partenariat pour doter", "", true},
		{"/fr/regions/", 200, "text/html", `<html lang="fr"`, "", true},
		{"/fr/regions/index.html", 200, "text/html", `<html lang="fr"`, "", true},
		{"/fr/regions", 302, "", "", "/fr/regions/", false},
		{"/assets/atlas.css", 200, "text/css", "body{", "", false},
		{"/fr/agreements/no-such-agreement.html", 404, "text/html", "الصفحة غير موجودة", "", true},
		{"/_atlas/unknown", 404, "text/html", "الصفحة غير موجودة", "", true},
		{"/fr/agreements/tinghir-health-staff-2023.md", 404, "text/html", "الصفحة غير موجودة", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			r := get(t, h, tt.target)
			b := body(t, r)
			if r.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", r.StatusCode, tt.status)
			}
			if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("Content-Type %q, want %q", ct, tt.ctype)
			}
			if cc := r.Header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control %q, want no-store", cc)
			}
			if loc := r.Header.Get("Location"); loc != tt.location {
				t.Errorf("Location %q, want %q", loc, tt.location)
			}
			if !strings.Contains(b, tt.want) {
				t.Errorf("body lacks %q", tt.want)
			}
			if got := strings.Contains(b, eventsPath); got != tt.script {
				t.Errorf("reload script present: %v, want %v", got, tt.script)
			}
		})
	}
}

// TestServeNeverLeavesTheSite asks for files outside the output through a
// real server and client, which send the paths as written.
func TestServeNeverLeavesTheSite(t *testing.T) {
	cfg := repoCopy(t)
	root := filepath.Dir(cfg.Content)
	secret := "SECRET-OUTSIDE-THE-SITE"
	if err := os.WriteFile(filepath.Join(root, "secret.txt"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	siteToml, err := os.ReadFile(filepath.Join(cfg.Content, "site.toml"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(cfg).Handler())
	defer srv.Close()
	for _, p := range []string{
		"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
		"/%2e%2e%2f%2e%2e%2fsecret.txt", "/ar/../../secret.txt", "/ar/../../content/site.toml",
		"/assets/../../content/site.toml", "/content/site.toml", "/site.toml", "//secret.txt",
		"/..\\secret.txt", "/%5c..%5csecret.txt", "/../../../../../../etc/passwd", "/assets/",
		"/layouts/base.html", "/../layouts/base.html", "/fr/..%2f..%2fsecret.txt",
	} {
		t.Run(p, func(t *testing.T) {
			r, err := srv.Client().Get(srv.URL + p)
			if err != nil {
				t.Fatal(err)
			}
			b := body(t, r)
			if r.StatusCode != http.StatusNotFound {
				t.Errorf("status %d, want 404 (at %s)", r.StatusCode, r.Request.URL)
			}
			if strings.Contains(b, secret) || strings.Contains(b, string(siteToml[:40])) {
				t.Errorf("a file outside the site was served")
			}
		})
	}
}

// FuzzResolve checks that no request path resolves to a name outside the
// site, whatever the map holds.
func FuzzResolve(f *testing.F) {
	for _, p := range []string{"/", "/../x", "/a/../../x", "//x", "/a/", "a", "/.", "/..", "/a/.."} {
		f.Add(p)
	}
	files := map[string][]byte{"index.html": nil, "a/index.html": nil}
	f.Fuzz(func(t *testing.T, p string) {
		name, _, redirect := resolve(files, p)
		if !filepath.IsLocal(name) || strings.HasPrefix(name, "/") || strings.Contains("/"+name+"/", "/../") {
			t.Errorf("resolve(%q) = %q", p, name)
		}
		if redirect != "" && (!strings.HasPrefix(redirect, "/") || strings.HasPrefix(redirect, "//")) {
			t.Errorf("resolve(%q) redirects to %q", p, redirect)
		}
	})
}

func TestInject(t *testing.T) {
	tests := []struct{ page, before, after string }{
		{"<html><body><p>x</p></body></html>", "<p>x</p>", "</body></html>"},
		{"<p>no body tag</p>", "<p>no body tag</p>", ""},
		{"<body><pre>&lt;/body&gt;</pre></body>", "</pre>", "</body>"},
	}
	for _, tt := range tests {
		got := string(inject([]byte(tt.page), "id-1"))
		s := string(script("id-1"))
		if strings.Count(got, s) != 1 || !strings.HasPrefix(got, strings.TrimSuffix(tt.page, tt.after)) ||
			!strings.HasSuffix(got, s+tt.after) || !strings.Contains(got, tt.before+s) {
			t.Errorf("inject(%q) = %q", tt.page, got)
		}
	}
}
