// Package serve is the development server of "atlas serve": it builds the
// site in memory, serves it, watches the input folders, rebuilds when they
// change and makes open pages reload.
//
// Nothing is written to disk and nothing is read from disk at request time:
// a request can only be answered with a file of the last build, so no path
// reaches a file outside the site, and the maintainer's public/ is left alone.
//
// While the content has an error, every page request is answered with a page
// listing the diagnostics (status 500), carrying the same reload script as
// the site's pages: fixing the file brings the real page back by itself.
package serve

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"atlas/generator"
	"atlas/generator/diag"
)

// Config names the folders to build from and watch.
type Config struct {
	Content, Layouts, Assets string        // folders
	ContentName              string        // how diagnostics name the content folder; default Content
	LayoutsName              string        // how diagnostics name the layouts folder; default Layouts
	Poll                     time.Duration // how often to look for changes; default 300ms
	Log                      io.Writer     // build results and diagnostics; default discarded
	// Print writes diagnostics to Log; default diag.PrintText, in English.
	Print func(io.Writer, diag.List) error
	// Say writes a line of the server's own, such as how long a rebuild
	// took, to Log, given in English; default as it is given.
	Say func(w io.Writer, line string)
}

// Server serves the current build of one site. Make it with New.
type Server struct {
	cfg     Config
	src     generator.Sources
	started time.Time // tells builds of two server runs apart

	buildMu sync.Mutex // one build at a time
	gen     int        // builds so far; guarded by buildMu
	cur     atomic.Pointer[state]
	built   inputs // the inputs of the current build; used by the watcher only
	session *generator.Session

	// compile builds the site in memory; tests replace it to make a build
	// panic.
	compile func(*generator.Session, generator.Edits) (generator.Result, diag.List, error)
}

// New builds the site once and returns a server for it. A build that fails
// is not an error: its diagnostics are what the server shows.
func New(cfg Config) *Server {
	cfg.ContentName = cmp.Or(cfg.ContentName, filepath.ToSlash(filepath.Clean(cfg.Content)))
	cfg.LayoutsName = cmp.Or(cfg.LayoutsName, filepath.ToSlash(filepath.Clean(cfg.Layouts)))
	cfg.Poll = cmp.Or(cfg.Poll, 300*time.Millisecond)
	if cfg.Print == nil {
		cfg.Print = diag.PrintText
	}
	if cfg.Say == nil {
		cfg.Say = func(w io.Writer, line string) { fmt.Fprintln(w, line) }
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	s := &Server{
		cfg: cfg,
		src: generator.Sources{
			Content: os.DirFS(cfg.Content), ContentName: cfg.ContentName,
			Layouts: os.DirFS(cfg.Layouts), LayoutsName: cfg.LayoutsName, Assets: os.DirFS(cfg.Assets),
		},
		started: time.Now(),
		compile: compile,
	}
	s.session = generator.NewSession(s.src)
	// Look at the inputs before building: an edit made during the build
	// then still differs from what was built and triggers the next one.
	s.built = s.inputs()
	s.rebuild(generator.Edits{All: true})
	return s
}

// Handler answers requests from the current build.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+eventsPath, s.events)
	mux.HandleFunc("GET /", s.file)
	return mux
}

// Run serves on l and rebuilds on every change until ctx is done. Call it
// once per Server: the watcher it starts owns the fingerprint of the inputs.
func (s *Server) Run(ctx context.Context, l net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		// Requests share ctx, so the endless event streams end with it and
		// Shutdown does not wait for them.
		BaseContext: func(net.Listener) context.Context { return ctx },
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	go s.watch(ctx)
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	stop, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(stop); err != nil {
		return err
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
