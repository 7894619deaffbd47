package generator

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinksInLayoutsAndAssetsFail: a pull request could add a link to a
// file of the machine that builds the site; the build fails and names it,
// and the file is never published.
func TestLinksInLayoutsAndAssetsFail(t *testing.T) {
	tests := []struct {
		name string
		link string // under the copy of the repository
		want string
	}{
		{"asset", "assets/passwd.css", "assets: passwd.css is a symbolic link, not a regular file"},
		{"asset folder", "assets/fonts", "assets: fonts is a symbolic link, not a regular file"},
		{"layout", "layouts/secret.html", "layouts/secret.html:1:1: error: secret.html is a symbolic link, not a regular file"},
		{"catalog", "layouts/i18n/fr.toml", "layouts/i18n/fr.toml:1:1: error: fr.toml is a symbolic link, not a regular file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			secret := filepath.Join(root, "secret")
			if err := os.WriteFile(secret, []byte("root:x:0:0:SECRET\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, dir := range []string{"content", "layouts", "assets"} {
				if err := os.CopyFS(filepath.Join(root, dir), os.DirFS(filepath.Join("..", dir))); err != nil {
					t.Fatal(err)
				}
			}
			link := filepath.Join(root, filepath.FromSlash(tt.link))
			os.Remove(link)
			if err := os.Symlink(secret, link); err != nil {
				t.Skipf("no symbolic links here: %v", err)
			}
			src := Sources{
				Content: os.DirFS(filepath.Join(root, "content")), ContentName: "content",
				Layouts: os.DirFS(filepath.Join(root, "layouts")), Assets: os.DirFS(filepath.Join(root, "assets")),
			}
			out := filepath.Join(root, "public")
			diags, err := Build(src, out)
			// Check reports a link among the layouts; the build finds one
			// among the assets.
			got := fmt.Sprintf("%v\n%v", err, diagLines(diags))
			if err == nil || !strings.Contains(got, tt.want) {
				t.Errorf("Build: %s\nwant an error with %q", got, tt.want)
			}
			if strings.Contains(got, "SECRET") {
				t.Errorf("the error shows the linked file: %s", got)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("the output folder was written: %v", err)
			}
		})
	}
}

// TestLinkedAgreementIsNotPublished: an agreement linked from outside the
// content folder is reported where the link is, and the build fails.
func TestLinkedAgreementIsNotPublished(t *testing.T) {
	root := t.TempDir()
	content := filepath.Join(root, "content")
	if err := os.CopyFS(content, os.DirFS("../content")); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(root, "outside.md")
	data, err := os.ReadFile("../content/agreements/tinghir-health-staff-2023.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(outside, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(content, "agreements", "outside-agreement.md")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	src := Sources{Content: os.DirFS(content), ContentName: "content", Layouts: os.DirFS("../layouts"), Assets: os.DirFS("../assets")}
	c, diags := Check(src)
	want := "content/agreements/outside-agreement.md:1:1: error: outside-agreement.md is a symbolic link, not a regular file"
	if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), want) {
		t.Errorf("got:\n%v\nwant %s", diags, want)
	}
	for _, a := range c.Agreements {
		if a.Slug == "outside-agreement" {
			t.Errorf("the linked agreement was loaded")
		}
	}
	if _, err := Build(src, filepath.Join(root, "public")); err == nil {
		t.Errorf("the build succeeded")
	}
}
