package content_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"atlas/generator/content"
)

// TestLoadCachedReadsOnlyWhatChanged loads a folder three times with one
// cache: unchanged files come back as the very values read before, with
// their problems; a changed file is read again; a removed one is gone.
func TestLoadCachedReadsOnlyWhatChanged(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	other := "agreements/souss-2024.md"
	broken := "agreements/broken-2024.md"
	fsys := fstest.MapFS{
		"site.toml":    {Data: []byte(siteTOML)},
		"regions.toml": {Data: []byte(regionsTOML)},
		agreementName:  {Data: []byte(agreementFront + agreementBody), ModTime: t0},
		other:          {Data: []byte(agreementFront + agreementBody), ModTime: t0},
		broken:         {Data: []byte("+++\nkind = \n+++\n"), ModTime: t0},
	}
	var cache content.Cache
	first, diags1 := content.LoadCached(fsys, "content", &cache, content.Rendering{})
	// Sorted by name: broken, guelmim, souss; a broken file is still loaded.
	if len(first.Agreements) != 3 || len(diags1) == 0 {
		t.Fatalf("first load: %d agreements, %d problems", len(first.Agreements), len(diags1))
	}

	edited := strings.Replace(agreementFront, `status = "signed"`, `status = "announced"`, 1)
	fsys[other] = &fstest.MapFile{Data: []byte(edited + agreementBody), ModTime: t0.Add(time.Second)}
	second, diags2 := content.LoadCached(fsys, "content", &cache, content.Rendering{})
	if second.Agreements[1] != first.Agreements[1] || second.Agreements[0] != first.Agreements[0] {
		t.Error("an unchanged file was read again")
	}
	if second.Agreements[2] == first.Agreements[2] || second.Agreements[2].Status != "announced" {
		t.Errorf("a changed file was not read again: status %q", second.Agreements[2].Status)
	}
	if len(diags2) != len(diags1) || diags2[0].Message != diags1[0].Message {
		t.Errorf("the problems of an unchanged file were lost: %v, then %v", diags1, diags2)
	}

	delete(fsys, broken)
	third, diags3 := content.LoadCached(fsys, "content", &cache, content.Rendering{})
	if len(third.Agreements) != 2 || len(diags3) != 0 {
		t.Errorf("after removing the broken file: %d agreements, problems %v", len(third.Agreements), diags3)
	}
	// Without a cache, the same folder loads the same content.
	plain, diags := content.Load(fsys, "content")
	if len(plain.Agreements) != 2 || plain.Agreements[1].Status != "announced" || len(diags) != 0 {
		t.Errorf("Load without a cache: %+v, %v", plain.Agreements, diags)
	}
}

// TestTrustedCacheLooksOnlyAtNamedFiles: after Trust, a load reads the
// files named and takes the others as held, even changed on disk (the
// watcher vouched for them); the load after that looks at every file.
func TestTrustedCacheLooksOnlyAtNamedFiles(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	named, unnamed := "agreements/souss-2024.md", agreementName
	fsys := fstest.MapFS{
		"site.toml":    {Data: []byte(siteTOML)},
		"regions.toml": {Data: []byte(regionsTOML)},
		named:          {Data: []byte(agreementFront + agreementBody), ModTime: t0},
		unnamed:        {Data: []byte(agreementFront + agreementBody), ModTime: t0},
	}
	var cache content.Cache
	content.LoadCached(fsys, "content", &cache, content.Rendering{})
	status := func(c *content.Content, slug string) string {
		for _, a := range c.Agreements {
			if a.Slug == slug {
				return a.Status
			}
		}
		t.Fatalf("no agreement %s", slug)
		return ""
	}
	edited := []byte(strings.Replace(agreementFront, `status = "signed"`, `status = "announced"`, 1) + agreementBody)
	for _, name := range []string{named, unnamed} {
		fsys[name] = &fstest.MapFile{Data: edited, ModTime: t0.Add(time.Second)}
	}
	cache.Trust([]string{named})
	trusted, _ := content.LoadCached(fsys, "content", &cache, content.Rendering{})
	if status(trusted, "souss-2024") != "announced" || status(trusted, strings.TrimSuffix(strings.TrimPrefix(unnamed, "agreements/"), ".md")) != "signed" {
		t.Error("a trusting load did not read the named file alone")
	}
	next, _ := content.LoadCached(fsys, "content", &cache, content.Rendering{})
	if status(next, strings.TrimSuffix(strings.TrimPrefix(unnamed, "agreements/"), ".md")) != "announced" {
		t.Error("the load after a trusting one still trusted")
	}
}
