package write

import (
	"bytes"
	stdflate "compress/flate"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/klauspost/compress/flate"
)

// The archive benchmarks compress the files of a site as a build does.
// ATLAS_ARCHIVE_BENCH_DIR names the output folder of a build, whose files
// are compressed (the offline zip excepted); without it, a few hundred
// pages made up below, shaped like the atlas's own. For the figures of a
// large site, each benchmark run once, five times over:
//
//	go run ./cmd/atlas build -out /tmp/site   # in a content folder
//	ATLAS_ARCHIVE_BENCH_DIR=/tmp/site go test ./generator/write/ \
//		-run '^$' -bench 'Archive|Deflate' -cpu 1 -benchtime 1x -count 5
//
// Each reports the speed on the uncompressed bytes (MB/s), the size of
// the result over that of its input (ratio) and, on Linux, the processor
// time of the process (cpu-ns/op), which other work on a busy machine
// does not inflate as it does ns/op.

var benchSite struct {
	once  sync.Once
	files []File
	size  int64
	err   error
}

// benchFiles returns the files to compress and their total size, read
// once per run. It skips the benchmark if ATLAS_ARCHIVE_BENCH_DIR names a
// folder that is not there.
func benchFiles(b *testing.B) ([]File, int64) {
	b.Helper()
	dir := os.Getenv("ATLAS_ARCHIVE_BENCH_DIR")
	if dir != "" {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			b.Skipf("ATLAS_ARCHIVE_BENCH_DIR: no folder %s", dir)
		}
	}
	benchSite.once.Do(func() {
		if dir == "" {
			benchSite.files = syntheticSite()
		} else {
			benchSite.files, benchSite.err = readSite(dir)
		}
		for _, f := range benchSite.files {
			benchSite.size += int64(len(f.Data))
		}
	})
	if benchSite.err != nil {
		b.Fatal(benchSite.err)
	}
	if len(benchSite.files) == 0 {
		b.Skip("no files to compress")
	}
	return benchSite.files, benchSite.size
}

// readSite reads the files under dir, in path order, but zips and those
// an archive refuses (the mark of an output folder).
func readSite(dir string) ([]File, error) {
	var files []File
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".zip") {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		if checkPath(filepath.ToSlash(rel)) != nil {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files = append(files, File{filepath.ToSlash(rel), data})
		return nil
	})
	return files, err
}

// syntheticSite makes 200 agreement pages in French and in Arabic, a
// region page listing them and the data of them all in JSON: the same
// markup as the atlas's pages, with words drawn at random (always the
// same ones) so that no two pages are alike.
func syntheticSite() []File {
	rng := rand.New(rand.NewPCG(1, 2))
	type lang struct {
		code, dir, name, home, regions, method string
		words                                  []string
	}
	langs := []lang{
		{"fr", "ltr", "Atlas des conventions de partenariat en santé au Maroc", "Accueil", "Régions", "Méthodologie",
			strings.Fields("convention partenariat santé province région centre hospitalier renforcement ressources humaines " +
				"insuffisance rénale équipement médical construction hôpital provincial soins primaires dispensaire rural " +
				"mise à niveau prise en charge maternité urgences médicales financement ministère conseil régional commune " +
				"association budget millions dirhams signature avenant programme réhabilitation unité mobile")},
		{"ar", "rtl", "أطلس اتفاقيات الشراكة في قطاع الصحة بالمغرب", "الرئيسية", "الجهات", "المنهجية",
			strings.Fields("اتفاقية شراكة الصحة إقليم جهة المركز الاستشفائي تعزيز الموارد البشرية القصور الكلوي تجهيز " +
				"بناء مستشفى إقليمي العلاجات الأولية مستوصف قروي تأهيل التكفل دار الولادة المستعجلات تمويل وزارة " +
				"المجلس الجهوي جماعة جمعية ميزانية مليون درهم توقيع ملحق تعديلي برنامج")},
	}
	regions := []string{"fes-meknes", "souss-massa", "marrakech-safi", "oriental", "casablanca-settat", "draa-tafilalet"}
	kinds := []string{"convention", "amendment", "framework"}
	phrase := func(words []string, n int) string {
		p := make([]string, n)
		for i := range p {
			p[i] = words[rng.IntN(len(words))]
		}
		return strings.Join(p, " ")
	}

	var files []File
	var data strings.Builder
	data.WriteString(`{"agreements":[`)
	for _, l := range langs {
		var list strings.Builder
		for i := range 200 {
			id := fmt.Sprintf("%s-%s-%05d", kinds[rng.IntN(len(kinds))], regions[rng.IntN(len(regions))], rng.IntN(10000))
			title := phrase(l.words, 8+rng.IntN(8))
			var p strings.Builder
			fmt.Fprintf(&p, `<!doctype html><html lang="%s" dir="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`, l.code, l.dir)
			fmt.Fprintf(&p, `<title>%s — %s</title><meta name="description" content="%s">`, title, l.name, phrase(l.words, 12))
			fmt.Fprintf(&p, `<link rel="icon" href="../../assets/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="../../assets/atlas.css"><link rel="alternate" hreflang="%s" href="%s.html"><script src="../../assets/search.js" defer></script></head>`, l.code, id)
			fmt.Fprintf(&p, `<body><a class="skip" href="#main">%s</a><header class="site-header"><a class="brand" href="../index.html">%s</a><nav><ul><li><a href="../index.html">%s</a></li><li><a href="../regions/index.html">%s</a></li><li><a href="../methodology.html">%s</a></li></ul></nav>`, phrase(l.words, 3), l.name, l.home, l.regions, l.method)
			fmt.Fprintf(&p, `<form class="site-search" role="search" data-index="../search/index.js"><label for="search-q">%s</label><input id="search-q" type="search" name="q" autocomplete="off"></form></header>`, phrase(l.words, 3))
			fmt.Fprintf(&p, `<main id="main"><article class="agreement"><h1>%s</h1><p class="meta"><span class="tag">%s</span></p><section aria-labelledby="facts"><dl class="facts">`, title, phrase(l.words, 1))
			for range 6 + rng.IntN(6) {
				fmt.Fprintf(&p, `<div><dt>%s</dt><dd><a href="../regions/%s.html"><span class="nw">%s</span></a></dd></div>`, phrase(l.words, 2), regions[rng.IntN(len(regions))], phrase(l.words, 1+rng.IntN(4)))
			}
			fmt.Fprintf(&p, `<div class="budget"><dt>%s</dt><dd><data value="%d">%d</data></dd></div></dl></section><section><h2>%s</h2><ul class="parties">`, phrase(l.words, 2), rng.IntN(1e8), rng.IntN(1e3), phrase(l.words, 2))
			for range 2 + rng.IntN(6) {
				fmt.Fprintf(&p, `<li><span class="party">%s</span> <span class="role">%s</span></li>`, phrase(l.words, 4+rng.IntN(5)), phrase(l.words, 1))
			}
			p.WriteString(`</ul></section><section><h2>` + phrase(l.words, 2) + `</h2>`)
			for range 3 + rng.IntN(8) {
				fmt.Fprintf(&p, `<p>%s</p>`, phrase(l.words, 20+rng.IntN(60)))
			}
			p.WriteString(`</section></article></main><footer class="site-footer"><p>` + phrase(l.words, 15) + `</p></footer></body></html>`)
			files = append(files, File{l.code + "/agreements/" + id + "-" + fmt.Sprint(i) + ".html", []byte(p.String())})
			fmt.Fprintf(&list, `<li><a href="../agreements/%s.html">%s</a> <span class="tag">%s</span></li>`, id, title, phrase(l.words, 1))
			if l.code == "fr" {
				fmt.Fprintf(&data, `{"id":%q,"kind":%q,"title":{"fr":%q},"value":{"amount":%d,"currency":"MAD"}},`, id, kinds[i%3], title, rng.IntN(1e8))
			}
		}
		files = append(files, File{l.code + "/regions/index.html", []byte(`<!doctype html><html lang="` + l.code + `"><body><main><ol class="agreements">` + list.String() + `</ol></main></body></html>`)})
	}
	data.WriteString(`{}]}`)
	files = append(files, File{"data/agreements.json", []byte(data.String())})
	return files
}

// BenchmarkArchive compresses the files through Write, one after the
// other, and writes the zip; write-ns/op is the time in Write alone, and
// write-cpu-ns/op the processor time it took.
func BenchmarkArchive(b *testing.B) {
	files, size := benchFiles(b)
	b.SetBytes(size)
	b.ReportAllocs()
	var zipped int64
	var writing, writingCPU time.Duration
	cpu0, cpuOK := cpuTime()
	for b.Loop() {
		a, err := NewArchive(time.Date(2025, 4, 30, 0, 0, 0, 0, time.UTC))
		if err != nil {
			b.Fatal(err)
		}
		start, startCPU := time.Now(), cpuTimeOr0()
		for _, f := range files {
			if err := a.Write(f.Path, f.Data); err != nil {
				b.Fatal(err)
			}
		}
		writing += time.Since(start)
		writingCPU += cpuTimeOr0() - startCPU
		zipped, err = a.WriteTo(io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		a.Close()
	}
	if cpu1, _ := cpuTime(); cpuOK {
		b.ReportMetric(float64((cpu1-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(writingCPU.Nanoseconds())/float64(b.N), "write-cpu-ns/op")
	}
	b.ReportMetric(float64(writing.Nanoseconds())/float64(b.N), "write-ns/op")
	b.ReportMetric(float64(zipped)/float64(size), "ratio")
}

// deflater is what the archive asks of a compressor.
type deflater interface {
	Reset(io.Writer)
	Write([]byte) (int, error)
	Close() error
}

// BenchmarkDeflate compresses the files as Write does, one writer reused,
// files no smaller deflated kept as they are, with the deflaters the
// archive could use: the standard library's and that of
// github.com/klauspost/compress, at their fast levels and their default.
func BenchmarkDeflate(b *testing.B) {
	std := func(level int) func() deflater {
		return func() deflater { w, _ := stdflate.NewWriter(nil, level); return w }
	}
	kp := func(level int) func() deflater {
		return func() deflater { w, _ := flate.NewWriter(nil, level); return w }
	}
	for _, c := range []struct {
		name string
		new  func() deflater
	}{
		{"std-1", std(1)}, {"std-2", std(2)}, {"std-6", std(stdflate.DefaultCompression)},
		{"klauspost-1", kp(1)}, {"klauspost-2", kp(2)}, {"klauspost-3", kp(3)},
		{"klauspost-5", kp(flate.DefaultCompression)},
	} {
		b.Run(c.name, func(b *testing.B) {
			files, size := benchFiles(b)
			b.SetBytes(size)
			w := c.new()
			var buf bytes.Buffer
			var kept int64
			cpu0, cpuOK := cpuTime()
			for b.Loop() {
				kept = 0
				for _, f := range files {
					buf.Reset()
					w.Reset(&buf)
					if _, err := w.Write(f.Data); err != nil {
						b.Fatal(err)
					}
					if err := w.Close(); err != nil {
						b.Fatal(err)
					}
					kept += int64(min(buf.Len(), len(f.Data)))
				}
			}
			if cpu1, _ := cpuTime(); cpuOK {
				b.ReportMetric(float64((cpu1-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
			}
			b.ReportMetric(float64(kept)/float64(size), "ratio")
		})
	}
}

// cpuTime is the processor time the process has used, user and system,
// to the hundredth of a second, as /proc tells it on Linux; false
// elsewhere.
func cpuTime() (time.Duration, bool) {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0, false
	}
	// The fields after the command, in parentheses, from the third: utime
	// and stime are the 14th and 15th, in ticks of 1/100 s.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, false
	}
	fields := strings.Fields(string(stat[i+1:]))
	if len(fields) < 13 {
		return 0, false
	}
	var user, sys int64
	if _, err := fmt.Sscan(fields[11]+" "+fields[12], &user, &sys); err != nil {
		return 0, false
	}
	return time.Duration(user+sys) * (time.Second / 100), true
}

func cpuTimeOr0() time.Duration {
	t, _ := cpuTime()
	return t
}
