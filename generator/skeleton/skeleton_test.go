package skeleton

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"atlas/generator/check"
	"atlas/generator/content"
)

// repoContent loads the repository's own settings and registry.
func repoContent(t *testing.T) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, name := range []string{"site.toml", "regions.toml"} {
		data, err := os.ReadFile("../../content/" + name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return fsys
}

func registry(t *testing.T) content.Registry {
	c, diags := content.Load(repoContent(t), "content")
	if diags.HasErrors() {
		t.Fatalf("repository registry: %v", diags)
	}
	return c.Registry
}

func TestRefusals(t *testing.T) {
	reg := registry(t)
	tests := []struct {
		name string
		o    Options
		want string
	}{
		{"bad slug", Options{Slug: "Tinghir_2023"}, `"Tinghir_2023" is not a valid name`},
		{"short slug", Options{Slug: "ab"}, `"ab" is not a valid name`},
		{"double hyphen", Options{Slug: "tinghir--2023"}, `is not a valid name`},
		{"unknown region", Options{Slug: "x-2026", Region: "draa-tafilelt"}, `unknown region "draa-tafilelt": did you mean "draa-tafilalet"?`},
		{"province of another region", Options{Slug: "x-2026", Region: "souss-massa", Province: "tinghir"},
			`province "tinghir" is in region "draa-tafilalet", not "souss-massa": provinces of souss-massa: agadir-ida-outanane, `},
		{"guelmim, asked in draa-tafilalet", Options{Slug: "x-2026", Region: "draa-tafilalet", Province: "guelmim"},
			`province "guelmim" is in region "guelmim-oued-noun", not "draa-tafilalet": provinces of draa-tafilalet: errachidia, `},
		{"misspelt province", Options{Slug: "x-2026", Region: "draa-tafilalet", Province: "tinghr"}, `unknown province "tinghr": did you mean "tinghir"?`},
		{"misspelt province of another region", Options{Slug: "x-2026", Region: "souss-massa", Province: "tinghr"},
			`unknown province "tinghr": did you mean "tinghir", in region "draa-tafilalet"?`},
		{"unknown province", Options{Slug: "x-2026", Region: "souss-massa", Province: "atlantis"},
			`unknown province "atlantis": provinces of souss-massa: agadir-ida-outanane, `},
		{"misspelt province without region", Options{Slug: "x-2026", Province: "tinghr"}, `unknown province "tinghr": did you mean "tinghir"?`},
		{"unknown kind", Options{Slug: "x-2026", Kind: "contract"}, `unknown kind "contract"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Agreement(reg, tt.o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestRegionFromProvince checks that a province alone names its region.
func TestRegionFromProvince(t *testing.T) {
	reg := registry(t)
	tests := []struct {
		o    Options
		want string
	}{
		{Options{Slug: "x-2026", Province: "tiznit"}, `region = "souss-massa"`},
		{Options{Slug: "x-2026", Province: "tinghir"}, `region = "draa-tafilalet"`},
		{Options{Slug: "x-2026", Province: "tinghir", Region: "draa-tafilalet"}, `region = "draa-tafilalet"`},
	}
	for _, tt := range tests {
		t.Run(tt.o.Province+"/"+tt.o.Region, func(t *testing.T) {
			data, err := Agreement(reg, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			want := `provinces = ["` + tt.o.Province + `"]`
			if !strings.Contains(string(data), tt.want) || !strings.Contains(string(data), want) {
				t.Fatalf("want %s and %s in:\n%s", tt.want, want, data)
			}
		})
	}
}

// fill does what a contributor does: replace each marker with a fact.
var fill = strings.NewReplacer(
	`type = "TODO"`, `type = "regional-council"`,
	`region = "TODO"`, `region = "souss-massa"`,
	`"https://TODO"`, `"https://example.org/article"`,
	"TODO: ", "",
)

// TestSkeletonChecks checks that a fresh skeleton fails only on its
// markers, and passes once they are filled, for every region.
func TestSkeletonChecks(t *testing.T) {
	fsys := repoContent(t)
	reg := registry(t)
	opts := []Options{{Slug: "no-region-yet", Kind: "equipment"}}
	for _, r := range reg.Regions {
		opts = append(opts, Options{Slug: "in-" + r.Slug, Region: r.Slug})
	}
	for _, p := range reg.Provinces[:5] {
		opts = append(opts, Options{Slug: "in-" + p.Slug, Region: p.Region, Province: p.Slug})
	}
	for _, o := range opts {
		t.Run(o.Slug, func(t *testing.T) {
			data, err := Agreement(reg, o)
			if err != nil {
				t.Fatal(err)
			}
			markers := countMarkers(string(data))
			got := checkFile(t, fsys, o.Slug, data)
			if len(got) != markers || markers < 8 {
				t.Fatalf("%d markers, %d diagnostics:\n%s", markers, len(got), strings.Join(got, "\n"))
			}
			for _, d := range got {
				if !strings.Contains(d, "TODO left to fill in") {
					t.Errorf("a diagnostic other than a marker: %s", d)
				}
			}
			if got := checkFile(t, fsys, o.Slug, []byte(fill.Replace(string(data)))); len(got) != 0 {
				t.Fatalf("filled skeleton:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

func checkFile(t *testing.T, base fstest.MapFS, slug string, data []byte) []string {
	t.Helper()
	fsys := fstest.MapFS{"agreements/" + slug + ".md": &fstest.MapFile{Data: data}}
	for k, v := range base {
		fsys[k] = v
	}
	c, diags := content.Load(fsys, "content")
	diags = append(diags, check.Content(c, c.Site.Languages)...)
	var out []string
	for _, d := range diags {
		out = append(out, d.String())
	}
	return out
}

// countMarkers counts the markers outside comment lines, which name them.
func countMarkers(file string) int {
	n := 0
	for _, line := range strings.Split(file, "\n") {
		if !strings.HasPrefix(line, "#") {
			n += strings.Count(line, check.Marker)
		}
	}
	return n
}
