package render

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"runtime/debug"
	"sync"

	"atlas/generator/input"
	"atlas/generator/pages"
	"atlas/generator/plan"
	"atlas/generator/write"
)

// An Encoder writes one output of the plan into buf. Encoding is a pure
// function of the output: it never changes it, so outputs encode in
// parallel and in any order.
type Encoder interface {
	Encode(buf *bytes.Buffer, o plan.Output) error
}

// Encoders are the encoders of a site, by the names the plan uses.
type Encoders map[string]Encoder

// Site returns the encoders of the atlas: pages from the layouts and files
// copied from the assets folder.
func Site(site *pages.Site, r *Renderer, assets fs.FS) Encoders {
	return Encoders{
		plan.EncodePage:     pageEncoder{site, r},
		plan.EncodeFile:     fileEncoder{input.Assets(assets)},
		plan.EncodeChartCSV: chartCSV{site},
	}
}

type pageEncoder struct {
	site *pages.Site
	r    *Renderer
}

func (e pageEncoder) Encode(buf *bytes.Buffer, o plan.Output) error {
	p := e.site.Page(o.Page)
	p.Offline = o.Offline
	return e.r.Page(buf, p)
}

type fileEncoder struct{ fsys *input.FS }

func (e fileEncoder) Encode(buf *bytes.Buffer, o plan.Output) error {
	data, err := e.fsys.ReadFile(o.Source)
	if err != nil {
		return fmt.Errorf("assets: %w", err)
	}
	buf.Write(data)
	return nil
}

// Run encodes every output on all cores and writes each, minified, as soon
// as it is encoded: memory holds one output per worker, never the site. It
// stops at the first error and returns it.
func Run(outputs []plan.Output, enc Encoders, w write.Writer) error {
	work := make(chan plan.Output)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		stop     = make(chan struct{})
	)
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if firstErr == nil {
			firstErr = err
			close(stop)
		}
	}
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for o := range work {
				buf.Reset()
				if err := encode(&buf, o, enc, w); err != nil {
					fail(err)
				}
				if buf.Cap() > keptBuffer {
					buf = bytes.Buffer{} // one large file must not stay in memory for the rest of the run
				}
			}
		}()
	}
feed:
	for _, o := range outputs {
		select {
		case work <- o:
		case <-stop:
			break feed
		}
	}
	close(work)
	wg.Wait()
	return firstErr
}

// encode encodes one output into buf and writes it with w, turning a
// panic into an error: a panic in a worker would end the process,
// whatever its caller does.
func encode(buf *bytes.Buffer, o plan.Output, enc Encoders, w write.Writer) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &PanicError{Path: o.Path, Value: v, Stack: debug.Stack()}
		}
	}()
	e, ok := enc[o.Encoder]
	if !ok {
		return fmt.Errorf("%s: no encoder %q", o.Path, o.Encoder)
	}
	if s, ok := e.(Streamer); ok && o.Compact {
		return stream(s, o, w)
	}
	if err := e.Encode(buf, o); err != nil {
		return err
	}
	typ := o.Type
	if o.Compact {
		typ = "" // no minifier: written as it is
	}
	return w.Write(o.Path, typ, buf.Bytes())
}

// stream writes an output straight into its file, closed even when the
// encoder panics.
func stream(s Streamer, o plan.Output, w write.Writer) (err error) {
	f, err := w.Create(o.Path)
	if err != nil {
		return err
	}
	defer func() {
		if closeErr := f.Close(); err == nil {
			err = closeErr
		}
	}()
	return s.Stream(f, o)
}

// keptBuffer is the largest buffer a worker keeps for its next output.
const keptBuffer = 4 << 20

// A Streamer is an encoder of large outputs that are written as they
// are, such as the downloads: it writes each straight into its file, so
// that no one is ever held whole in memory.
type Streamer interface {
	Encoder
	Stream(w io.Writer, o plan.Output) error
}

// A Holder is an encoder whose outputs can be made apart from a build,
// when first asked for, as "atlas serve" makes the downloads.
type Holder interface {
	Encoder
	Held(o plan.Output) ([]byte, error)
}
