package serve

import (
	"context"
	"io/fs"
	"maps"
	"path/filepath"
	"strings"
	"time"

	"atlas/generator"
)

// stamp is what the watcher knows of one file: its size and time.
type stamp struct {
	size  int64
	mtime int64
}

// inputs are the stamps of every file under the input folders, by path.
// Polling them works on every file system, network and USB mounts
// included, and sees editors that save by renaming a new file over the old.
type inputs map[string]stamp

func (s *Server) inputs() inputs {
	in := inputs{}
	for _, dir := range []string{s.cfg.Content, s.cfg.Layouts, s.cfg.Assets} {
		// A folder that vanishes mid-walk changes the stamps; the build that
		// follows reports it. WalkDir lists folders and describes entries
		// with Lstat: it opens no file and follows no link, so a named pipe
		// or a link to / in an input folder costs nothing here.
		filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				in[name] = stamp{-1, -1}
				return nil
			}
			switch info, err := d.Info(); {
			case err != nil:
			case d.IsDir():
				in[name] = stamp{-1, 0} // a folder made or removed counts too
			default:
				in[name] = stamp{info.Size(), info.ModTime().UnixNano()}
			}
			return nil
		})
	}
	return in
}

// edits says what changed between two looks at the inputs, for a session:
// content files and assets by name, anything else (layouts, catalogs)
// changes every output.
func (s *Server) edits(before, after inputs) generator.Edits {
	e := generator.Edits{Watched: true}
	changed := func(name string) {
		switch rel, err := filepath.Rel(s.cfg.Assets, name); {
		case within(name, s.cfg.Content):
			if rel, err := filepath.Rel(s.cfg.Content, name); err == nil {
				e.Content = append(e.Content, filepath.ToSlash(rel))
			}
		case err == nil && within(name, s.cfg.Assets):
			e.Assets = append(e.Assets, filepath.ToSlash(rel))
		default:
			e.All = true
		}
	}
	for name, st := range after {
		if before[name] != st {
			changed(name)
		}
	}
	for name := range before {
		if _, ok := after[name]; !ok {
			changed(name)
		}
	}
	return e
}

// within reports whether name lies in the folder dir.
func within(name, dir string) bool {
	rel, err := filepath.Rel(dir, name)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// watch rebuilds once the inputs differ from the current build and have
// stayed the same for one poll: an editor or a "git pull" writing several
// files then costs one build, not one per file.
func (s *Server) watch(ctx context.Context) {
	tick := time.NewTicker(s.cfg.Poll)
	defer tick.Stop()
	last := s.built
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		now := s.inputs()
		if !maps.Equal(now, s.built) && maps.Equal(now, last) {
			e := s.edits(s.built, now)
			s.built = now
			s.rebuild(e)
		}
		last = now
	}
}
