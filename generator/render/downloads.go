package render

import (
	"bytes"
	"fmt"

	"atlas/generator/data"
	"atlas/generator/plan"
)

// Downloads is the encoder of the files of data/, which the data set
// holds encoded.
func Downloads(set *data.Set) Encoder { return downloads{set} }

type downloads struct{ set *data.Set }

func (e downloads) Encode(buf *bytes.Buffer, o plan.Output) error {
	data, err := e.Held(o)
	buf.Write(data)
	return err
}

// Held returns the file as the data set holds it.
func (e downloads) Held(o plan.Output) ([]byte, error) {
	f, ok := e.set.File(o.Path)
	if !ok {
		return nil, fmt.Errorf("%s: not a download", o.Path)
	}
	return f.Bytes()
}
