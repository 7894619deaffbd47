package serve

import (
	"errors"
	"fmt"
	"path"
	"runtime/debug"
	"time"

	"atlas/generator"
	"atlas/generator/diag"
	"atlas/generator/render"
	"atlas/generator/write"
)

// state is one build as served. A broken build keeps the files of the last
// good one, so that assets still load while pages show the problems.
type state struct {
	id        string            // announced to pages, which reload when it changes
	files     map[string][]byte // by slash path; HTML carries the reload script
	failed    bool
	errorPage []byte        // when failed
	next      chan struct{} // closed when a newer build replaces this one
}

// rebuild builds the site, makes it current and tells open pages.
func (s *Server) rebuild() {
	s.buildMu.Lock()
	defer s.buildMu.Unlock()
	start := time.Now()
	s.gen++
	st := &state{id: fmt.Sprintf("%x-%d", s.started.UnixNano(), s.gen), next: make(chan struct{})}
	files, diags, err := s.compileSafely()
	diag.PrintText(s.cfg.Log, diags)
	if err != nil {
		fmt.Fprintf(s.cfg.Log, "build failed: %v; pages show the problems until they are fixed\n", err)
		st.failed = true
		st.errorPage = errorPage(diags, err, st.id)
		if old := s.cur.Load(); old != nil {
			st.files = old.files
		}
	} else {
		st.files = served(files, st.id)
		fmt.Fprintf(s.cfg.Log, "%s: %d pages in %v\n", verb(s.gen), countPages(files), time.Since(start).Round(time.Millisecond))
	}
	if old := s.cur.Swap(st); old != nil {
		close(old.next)
	}
}

// compileSafely is s.compile with a panic turned into a failed build: a
// bug that one input file sets off must not stop the server, which then
// recovers as soon as the file is fixed. The stack goes to the log.
func (s *Server) compileSafely() (files []write.File, diags diag.List, err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(s.cfg.Log, "panic: %v\n%s", r, debug.Stack())
			files, diags, err = nil, nil, panicked(r)
		}
	}()
	files, diags, err = s.compile(s.src)
	var page *render.PanicError
	if errors.As(err, &page) {
		fmt.Fprintf(s.cfg.Log, "panic: %v\n%s", page.Value, page.Stack)
	}
	return files, diags, err
}

func panicked(r any) error {
	return fmt.Errorf("the build stopped on an internal error: %v (a bug in atlas: the terminal shows where; changing the file that sets it off brings the site back)", r)
}

// compile is "atlas build" without the writing: the files as build would
// write them, or why there are none.
func compile(src generator.Sources) ([]write.File, diag.List, error) {
	c, diags := generator.Check(src)
	if diags.HasErrors() {
		return nil, diags, diags.Err()
	}
	job, err := generator.Prepare(src, c)
	if err != nil {
		return nil, diags, err
	}
	mem := write.NewMemory()
	if err := job.Run(mem); err != nil {
		return nil, diags, err
	}
	return mem.Sorted(), diags, nil
}

// served indexes files by path, with the reload script in every page.
func served(files []write.File, id string) map[string][]byte {
	m := make(map[string][]byte, len(files))
	for _, f := range files {
		data := f.Data
		if path.Ext(f.Path) == ".html" {
			data = inject(data, id)
		}
		m[f.Path] = data
	}
	return m
}

func countPages(files []write.File) int {
	n := 0
	for _, f := range files {
		if path.Ext(f.Path) == ".html" {
			n++
		}
	}
	return n
}

func verb(gen int) string {
	if gen == 1 {
		return "built"
	}
	return "rebuilt"
}
