package synth

import (
	"fmt"

	"github.com/BurntSushi/toml"
)

// Text is a string in both languages of the atlas.
type Text struct{ AR, FR string }

// Region is a region of content/regions.toml with its provinces, in the
// registry's order.
type Region struct {
	Slug       string
	Code       string
	Name       Text
	Population int64
	Provinces  []Province
}

// Province is a prefecture or a province.
type Province struct {
	Slug       string
	Level      string // prefecture | province
	Name       Text
	Population int64 // 0 when unknown
}

// Registry is the territorial division the synthetic agreements are
// spread over.
type Registry struct{ Regions []Region }

// fileText is a bilingual table as regions.toml writes it.
type fileText struct {
	AR string `toml:"ar"`
	FR string `toml:"fr"`
}

type registryFile struct {
	Regions []struct {
		Code, Slug string
		Name       fileText
		Population int64
	}
	Provinces []struct {
		Slug, Level, Region string
		Name                fileText
		Population          int64
	}
}

// ReadRegistry reads the regions and provinces of a regions.toml file. It
// reads only what the synthesiser needs: checking the file is atlas's job.
func ReadRegistry(path string) (Registry, error) {
	var f registryFile
	if _, err := toml.DecodeFile(path, &f); err != nil {
		return Registry{}, fmt.Errorf("reading the registry: %w", err)
	}
	var reg Registry
	index := map[string]int{}
	for _, r := range f.Regions {
		index[r.Slug] = len(reg.Regions)
		reg.Regions = append(reg.Regions, Region{Slug: r.Slug, Code: r.Code, Name: Text(r.Name), Population: r.Population})
	}
	for _, p := range f.Provinces {
		i, ok := index[p.Region]
		if !ok {
			return Registry{}, fmt.Errorf("%s: province %q names unknown region %q", path, p.Slug, p.Region)
		}
		reg.Regions[i].Provinces = append(reg.Regions[i].Provinces, Province{Slug: p.Slug, Level: p.Level, Name: Text(p.Name), Population: p.Population})
	}
	for _, r := range reg.Regions {
		if len(r.Provinces) == 0 {
			return Registry{}, fmt.Errorf("%s: region %q has no province", path, r.Slug)
		}
	}
	if len(reg.Regions) == 0 {
		return Registry{}, fmt.Errorf("%s: no region", path)
	}
	return reg, nil
}
