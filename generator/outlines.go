package generator

import (
	"errors"
	"fmt"
	"io/fs"

	"atlas/generator/content"
	"atlas/generator/geo"
	"atlas/generator/input"
	"atlas/generator/pages"
)

// loadOutlines reads the map outlines of the assets folder and checks
// that every region and province of the registry has one. A site
// without the file has no maps.
func loadOutlines(assets fs.FS, reg content.Registry) (*geo.Topology, error) {
	data, err := input.Assets(assets).ReadFile(pages.OutlinesFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("assets: %w", err)
	}
	t, err := geo.Decode(data)
	if err == nil {
		err = pages.CheckOutlines(t, reg)
	}
	if err != nil {
		return nil, fmt.Errorf("assets: %s: %w", pages.OutlinesFile, err)
	}
	return t, nil
}
