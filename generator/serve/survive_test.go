package serve

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"atlas/generator"
	"atlas/generator/diag"
	"atlas/generator/render"
)

// running is a server run by Run with its watcher, as "atlas serve" runs it.
type running struct {
	base   string
	events <-chan string
	log    *syncBuffer
}

// run starts s, whose Log is log, and stops it when the test ends.
func run(t *testing.T, s *Server, log *syncBuffer) running {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- s.Run(ctx, l) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-ran:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("Run did not return after its context ended")
		}
	})
	base := "http://" + l.Addr().String()
	return running{base: base, events: listen(t, base+eventsPath), log: log}
}

// build waits for the next build and returns the status and body of page.
func (r running) build(t *testing.T, page string) (int, string) {
	t.Helper()
	next(t, r.events)
	return fetch(t, r.base+page)
}

func watched(t *testing.T) (Config, *syncBuffer) {
	t.Helper()
	cfg := repoCopy(t)
	log := &syncBuffer{}
	cfg.Log, cfg.Poll = log, 10*time.Millisecond
	return cfg, log
}

const tinghirPage = "/fr/agreements/tinghir-health-staff-2023.html"

// TestPanicFailsTheBuild: a build that panics is a failed build, shown on
// the error page and logged with its stack, and the server rebuilds once
// the file that set it off is gone. The panic is injected: the loader
// itself must not panic on any file.
func TestPanicFailsTheBuild(t *testing.T) {
	cfg, log := watched(t)
	trigger := filepath.Join(cfg.Content, "agreements", "provinces-panic.md")
	s := New(cfg)
	s.compile = func(session *generator.Session, e generator.Edits) (generator.Result, diag.List, error) {
		if _, err := os.Lstat(trigger); err == nil {
			panic("injected by the test")
		}
		return compile(session, e)
	}
	r := run(t, s, log)
	next(t, r.events) // the current build, announced on connection

	if err := os.WriteFile(trigger, []byte("+++\n[place]\nprovinces = [[[]]]\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, body := r.build(t, tinghirPage)
	if code != 500 || !strings.Contains(body, "the build stopped on an internal error: injected by the test") {
		t.Errorf("after the panic: status %d, body:\n%s", code, body)
	}
	if l := log.String(); !strings.Contains(l, "panic: injected by the test\ngoroutine ") || !strings.Contains(l, "compileSafely") {
		t.Errorf("the log lacks the panic and its stack:\n%s", l)
	}

	if err := os.Remove(trigger); err != nil {
		t.Fatal(err)
	}
	if code, _ := r.build(t, tinghirPage); code != 200 {
		t.Errorf("after removing the file: status %d", code)
	}
}

// TestRenderPanicFailsTheBuild: a panic in a render worker, which no
// recover in the caller could catch, fails the build too.
func TestRenderPanicFailsTheBuild(t *testing.T) {
	cfg, log := watched(t)
	s := New(cfg)
	s.compile = func(*generator.Session, generator.Edits) (generator.Result, diag.List, error) {
		return generator.Result{}, nil, &render.PanicError{Path: "fr/index.html", Value: "injected", Stack: []byte("goroutine 7 [running]:\n")}
	}
	s.rebuild(generator.Edits{All: true})
	if code, body := fetch200(t, s, tinghirPage); code != 500 || !strings.Contains(body, "fr/index.html: rendering stopped on an internal error: injected") {
		t.Errorf("status %d, body:\n%s", code, body)
	}
	if l := log.String(); !strings.Contains(l, "panic: injected\ngoroutine 7 [running]:") {
		t.Errorf("the log lacks the stack:\n%s", l)
	}
}

func fetch200(t *testing.T, s *Server, target string) (int, string) {
	t.Helper()
	r := get(t, s.Handler(), target)
	return r.StatusCode, body(t, r)
}
