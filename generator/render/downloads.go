package render

import (
	"bytes"
	"fmt"
	"io"

	"atlas/generator/data"
	"atlas/generator/plan"
)

// Downloads is the encoder of the files of data/, which the data set
// makes.
func Downloads(set *data.Set) Encoder { return downloads{set} }

type downloads struct{ set *data.Set }

func (e downloads) Encode(buf *bytes.Buffer, o plan.Output) error {
	return e.Stream(buf, o)
}

// Stream writes the file as the data set makes it.
func (e downloads) Stream(w io.Writer, o plan.Output) error {
	f, err := e.file(o)
	if err == nil {
		_, err = f.WriteTo(w)
	}
	return err
}

// Held returns the bytes of the file.
func (e downloads) Held(o plan.Output) ([]byte, error) {
	f, err := e.file(o)
	if err != nil {
		return nil, err
	}
	return f.Bytes()
}

func (e downloads) file(o plan.Output) (data.File, error) {
	f, ok := e.set.File(o.Path)
	if !ok {
		return data.File{}, fmt.Errorf("%s: not a download", o.Path)
	}
	return f, nil
}
