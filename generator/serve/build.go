package serve

import (
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"atlas/generator"
	"atlas/generator/diag"
	"atlas/generator/render"
)

// state is one build as served. A broken build keeps the files of the last
// good one, so that assets still load while pages show the problems.
type state struct {
	id        string                      // announced to pages, which reload when it changes
	files     map[string][]byte           // by slash path, as "atlas build" writes them
	later     map[string]*generator.Later // files made when asked for: their value in files is nil
	failed    bool
	errorPage []byte        // when failed
	next      chan struct{} // closed when a newer build replaces this one
}

// rebuild builds the site again, makes it current and tells open pages.
func (s *Server) rebuild(e generator.Edits) {
	s.buildMu.Lock()
	defer s.buildMu.Unlock()
	start := time.Now()
	s.gen++
	st := &state{id: fmt.Sprintf("%x-%d", s.started.UnixNano(), s.gen), next: make(chan struct{})}
	res, diags, err := s.compileSafely(e)
	s.cfg.Print(s.cfg.Log, diags)
	if err != nil {
		s.cfg.Say(s.cfg.Log, fmt.Sprintf("build failed: %v; pages show the problems until they are fixed", err))
		st.failed = true
		st.errorPage = errorPage(diags, err, st.id)
		if old := s.cur.Load(); old != nil {
			st.files, st.later = old.files, old.later
		}
	} else {
		st.files, st.later = res.Files, res.Later
		s.cfg.Say(s.cfg.Log, fmt.Sprintf("%s: %d pages, %d files written again, in %v", verb(s.gen), res.Pages, res.Encoded, time.Since(start).Round(time.Millisecond)))
	}
	if old := s.cur.Swap(st); old != nil {
		close(old.next)
	}
}

// compileSafely is s.compile with a panic turned into a failed build: a
// bug that one input file sets off must not stop the server, which then
// recovers as soon as the file is fixed. The stack goes to the log. The
// session starts afresh after a panic: what it kept may be half made.
func (s *Server) compileSafely(e generator.Edits) (res generator.Result, diags diag.List, err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(s.cfg.Log, "panic: %v\n%s", r, debug.Stack())
			res, diags, err = generator.Result{}, nil, panicked(r)
			s.session = generator.NewSession(s.src)
		}
	}()
	res, diags, err = s.compile(s.session, e)
	var page *render.PanicError
	if errors.As(err, &page) {
		fmt.Fprintf(s.cfg.Log, "panic: %v\n%s", page.Value, page.Stack)
		s.session = generator.NewSession(s.src)
	}
	return res, diags, err
}

func panicked(r any) error {
	return fmt.Errorf("the build stopped on an internal error: %v (a bug in atlas: the terminal shows where; changing the file that sets it off brings the site back)", r)
}

// compile is "atlas build" without the writing: the site as build would
// write it, or why there is none.
func compile(s *generator.Session, e generator.Edits) (generator.Result, diag.List, error) {
	return s.Build(e)
}

func verb(gen int) string {
	if gen == 1 {
		return "built"
	}
	return "rebuilt"
}
