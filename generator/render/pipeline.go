package render

import (
	"bytes"
	"fmt"
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
				data, err := encode(&buf, o, enc)
				if err != nil {
					fail(err)
					continue
				}
				typ := o.Type
				if o.Compact {
					typ = "" // no minifier: written as it is
				}
				if err := w.Write(o.Path, typ, data); err != nil {
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

// encode encodes one output, turning a panic into an error: a panic in a
// worker would end the process, whatever its caller does.
// It returns the bytes of the output: buf's, or a Holder's own.
func encode(buf *bytes.Buffer, o plan.Output, enc Encoders) (data []byte, err error) {
	defer func() {
		if v := recover(); v != nil {
			data, err = nil, &PanicError{Path: o.Path, Value: v, Stack: debug.Stack()}
		}
	}()
	e, ok := enc[o.Encoder]
	if !ok {
		return nil, fmt.Errorf("%s: no encoder %q", o.Path, o.Encoder)
	}
	if h, ok := e.(Holder); ok {
		return h.Held(o)
	}
	if err := e.Encode(buf, o); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// keptBuffer is the largest buffer a worker keeps for its next output.
const keptBuffer = 4 << 20

// A Holder is an encoder whose outputs are already encoded in memory, as
// the downloads are: the pipeline writes its bytes without copying them.
type Holder interface {
	Encoder
	Held(o plan.Output) ([]byte, error)
}
