package generator

import (
	"bytes"
	"os"
	"testing"

	"atlas/generator/pages"
	"atlas/generator/plan"
	"atlas/generator/render"
)

func BenchmarkZZPage(b *testing.B) {
	src := withLayouts(os.DirFS("testdata/seed"))
	c, _ := checkCached(src, nil, nil, directions(src.Layouts))
	job, err := Prepare(src, c)
	if err != nil {
		b.Fatal(err)
	}
	var o plan.Output
	for _, x := range job.Plan {
		if x.Page.Kind == pages.KindAgreement && x.Page.Lang == "fr" {
			o = x
			break
		}
	}
	enc := job.Encoders[plan.EncodePage]
	var buf bytes.Buffer
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := enc.Encode(&buf, o); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes")
	_ = render.Encoders{}
}
