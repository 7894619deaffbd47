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
	f, ok := e.set.File(o.Path)
	if !ok {
		return fmt.Errorf("%s: not a download", o.Path)
	}
	buf.Write(f.Data)
	return nil
}
