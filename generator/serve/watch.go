package serve

import (
	"context"
	"encoding/binary"
	"hash/fnv"
	"io/fs"
	"path/filepath"
	"time"
)

// fingerprint sums the name, size and time of every file under the input
// folders. Polling it works on every file system, network and USB mounts
// included, and sees editors that save by renaming a new file over the old.
type fingerprint uint64

func (s *Server) fingerprint() fingerprint {
	h := fnv.New64a()
	for _, dir := range []string{s.cfg.Content, s.cfg.Layouts, s.cfg.Assets} {
		// A folder that vanishes mid-walk changes the sum; the build that
		// follows reports it. WalkDir lists folders and describes entries
		// with Lstat: it opens no file and follows no link, so a named pipe
		// or a link to / in an input folder costs nothing here.
		filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
			h.Write([]byte(name))
			if err != nil {
				h.Write([]byte(err.Error()))
				return nil
			}
			if info, err := d.Info(); err == nil && !d.IsDir() {
				binary.Write(h, binary.LittleEndian, [2]int64{info.Size(), info.ModTime().UnixNano()})
			}
			return nil
		})
	}
	return fingerprint(h.Sum64())
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
		now := s.fingerprint()
		if now != s.built && now == last {
			s.built = now
			s.rebuild()
		}
		last = now
	}
}
