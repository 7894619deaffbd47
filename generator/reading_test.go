package generator

import (
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
		{"layout", "layouts/secret.html", "layouts: secret.html is a symbolic link, not a regular file"},
		{"catalog", "layouts/i18n/fr.toml", "layouts: i18n/fr.toml is a symbolic link, not a regular file"},
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
			_, err := Build(src, out)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Build: %v, want an error with %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "SECRET") {
				t.Errorf("the error shows the linked file: %v", err)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("the output folder was written: %v", err)
			}
		})
	}
}
