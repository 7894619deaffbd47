package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"time"

	"atlas/bench/synth"
)

// markdown is the report: where and how the benchmark ran, every median,
// then the ratios the targets are about.
func markdown(c config, t *tools, rs []*result) string {
	var b strings.Builder
	m := probeMachine()
	fmt.Fprintf(&b, "### %s agreements\n\n", thousands(rs[0].n))
	fmt.Fprintf(&b, "- Command: `%s`\n", c.command)
	fmt.Fprintf(&b, "- Date: %s\n", time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	fmt.Fprintf(&b, "- Machine: %s, %d CPUs (runtime.NumCPU), %s of memory, %s; load average %s at the start, %s at the end\n",
		m.model, m.cpus, m.memory, m.system, t.loadStart, loadAverage())
	fmt.Fprintf(&b, "- atlas: %s, built with go build; Hugo: %s\n", t.revision, orSkipped(t.hugoVersion))
	fmt.Fprintf(&b, "- Content: %s agreements and %d milestones, %s in %s files (seed %d); medians of %d runs\n\n",
		thousands(rs[0].n), synth.Milestones, mb(rs[0].content.bytes), thousands(rs[0].content.files), c.seed, c.runs)
	measures(&b, rs)
	ratios(&b, rs)
	if len(rs) > 1 {
		scaling(&b, rs[0], rs[1])
	}
	if len(c.procs) > 1 {
		cores(&b, rs)
	}
	targets(&b, rs)
	return b.String()
}

func orSkipped(version string) string {
	if version == "" {
		return "not installed, skipped"
	}
	return version
}

func measures(b *strings.Builder, rs []*result) {
	b.WriteString("| agreements | program | GOMAXPROCS | wall | CPU (user+sys) | pages | pages/s | peak RSS | output | files |\n")
	b.WriteString("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range rs {
		for _, p := range r.programs() {
			s := p.median()
			if p == &r.copy {
				fmt.Fprintf(b, "| %s | %s | – | %s | – | – | – | – | %s | %s |\n",
					thousands(r.n), p.name, secs(s.wall), mb(p.out.bytes), thousands(p.out.files))
				continue
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
				thousands(r.n), p.name, p.procs, secs(s.wall), secs(s.cpu), thousands(p.out.pages),
				thousands(int(float64(p.out.pages)/s.wall.Seconds())), mib(s.rss), mb(p.out.bytes), thousands(p.out.files))
		}
	}
	b.WriteString("\n")
}

// programs lists a result's programs in report order.
func (r *result) programs() []*program {
	var out []*program
	for i := range r.atlas {
		out = append(out, &r.atlas[i])
	}
	if r.hugo != nil {
		out = append(out, r.hugo)
	}
	return append(out, &r.copy)
}

// reference is the atlas run the ratios use: the one with the most CPUs.
func (r *result) reference() *program {
	return r.atlasBy(func(a, b int) bool { return a > b })
}

// fewest is the atlas run with the fewest CPUs.
func (r *result) fewest() *program {
	return r.atlasBy(func(a, b int) bool { return a < b })
}

func (r *result) atlasBy(better func(a, b int) bool) *program {
	best := &r.atlas[0]
	for i := range r.atlas {
		if better(procsValue(r.atlas[i].procs), procsValue(best.procs)) {
			best = &r.atlas[i]
		}
	}
	return best
}

func procsValue(p string) int {
	if p == "all" {
		return runtime.NumCPU()
	}
	n, _ := strconv.Atoi(p)
	return n
}

func ratios(b *strings.Builder, rs []*result) {
	fmt.Fprintf(b, "Ratios (atlas at GOMAXPROCS=%s; below 1, atlas is faster or smaller; CPU time is the steadier figure on a busy machine):\n\n", rs[0].reference().procs)
	b.WriteString("| agreements | atlas/Hugo wall | atlas/Hugo CPU | atlas/Hugo peak RSS | atlas/copy floor wall |\n|---:|---:|---:|---:|---:|\n")
	for _, r := range rs {
		a, cp := r.reference().median(), r.copy.median()
		hw, hc, hr := "–", "–", "–"
		if r.hugo != nil {
			h := r.hugo.median()
			hw, hc, hr = ratio(a.wall.Seconds(), h.wall.Seconds()), ratio(a.cpu.Seconds(), h.cpu.Seconds()), ratio(float64(a.rss), float64(h.rss))
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", thousands(r.n), hw, hc, hr, ratio(a.wall.Seconds(), cp.wall.Seconds()))
	}
	b.WriteString("\n")
}

func scaling(b *strings.Builder, big, small *result) {
	fmt.Fprintf(b, "Scaling, wall time(%s)/time(%s) (10 would be linear):\n\n", thousands(big.n), thousands(small.n))
	b.WriteString("| program | GOMAXPROCS | ratio |\n|---|---:|---:|\n")
	bp, sp := big.programs(), small.programs()
	for i := range bp {
		fmt.Fprintf(b, "| %s | %s | %s |\n", bp[i].name, bp[i].procs, ratio(bp[i].median().wall.Seconds(), sp[i].median().wall.Seconds()))
	}
	b.WriteString("\n")
}

func cores(b *strings.Builder, rs []*result) {
	first := rs[0].atlas[0].procs
	fmt.Fprintf(b, "atlas with more cores, speed-up = wall(GOMAXPROCS=%s)/wall:\n\n", first)
	b.WriteString("| agreements | GOMAXPROCS | wall | speed-up |\n|---:|---:|---:|---:|\n")
	for _, r := range rs {
		base := r.atlas[0].median().wall.Seconds()
		for _, p := range r.atlas {
			w := p.median().wall.Seconds()
			fmt.Fprintf(b, "| %s | %s | %s | %s |\n", thousands(r.n), p.procs, secs(p.median().wall), ratio(base, w))
		}
	}
	b.WriteString("\n")
}

// targets compares the figures with the goals set for the pipeline; they
// are stated for 10,000 agreements.
func targets(b *strings.Builder, rs []*result) {
	r := rs[0]
	a := r.reference().median()
	fmt.Fprintf(b, "Targets, at %s agreements (set for 10,000):\n\n| target | figure | met |\n|---|---:|---|\n", thousands(r.n))
	if r.hugo != nil {
		h := r.hugo.median()
		target(b, "atlas wall ≤ 1/3 of Hugo's", a.wall.Seconds()/h.wall.Seconds(), 1.0/3)
		if a.rss > 0 && h.rss > 0 {
			target(b, "atlas peak RSS ≤ 1/4 of Hugo's", float64(a.rss)/float64(h.rss), 0.25)
		}
	}
	target(b, "atlas wall ≤ 2× the copy floor", a.wall.Seconds()/r.copy.median().wall.Seconds(), 2)
	if len(rs) > 1 {
		target(b, fmt.Sprintf("time(%s) ≤ 11× time(%s)", thousands(r.n), thousands(rs[1].n)),
			a.wall.Seconds()/rs[1].reference().median().wall.Seconds(), 11)
	}
	if sv := r.serve; len(sv.summary.runs) > 0 {
		ms := float64(sv.summary.median().Microseconds()) / 1000
		fmt.Fprintf(b, "| serve rebuild after editing one agreement's summary < 100 ms (%s of %s outputs encoded again) | %.0f ms | %s |\n",
			thousands(sv.summary.encoded), thousands(sv.outputs), ms, yes(ms < 100))
		if len(sv.amount.runs) > 0 {
			ms := float64(sv.amount.median().Microseconds()) / 1000
			fmt.Fprintf(b, "| serve rebuild after editing its amount, which lists and totals show (%s outputs encoded again) | %.0f ms | not a target |\n",
				thousands(sv.amount.encoded), ms)
		}
	}
	if few := r.fewest(); procsValue(few.procs) < procsValue(r.reference().procs) {
		speed := few.median().wall.Seconds() / a.wall.Seconds()
		fmt.Fprintf(b, "| faster with more cores: wall(GOMAXPROCS=%s)/wall(GOMAXPROCS=%s) ≥ 1.1 | %.2f | %s |\n",
			few.procs, r.reference().procs, speed, yes(speed >= 1.1))
	}
	b.WriteString("\n")
}

func target(b *strings.Builder, what string, got, limit float64) {
	fmt.Fprintf(b, "| %s | %.2f | %s |\n", what, got, yes(got <= limit))
}

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "no"
}

func ratio(a, b float64) string {
	if b == 0 || a == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", a/b)
}

func secs(d time.Duration) string { return fmt.Sprintf("%.3f s", d.Seconds()) }

func mb(b int64) string { return fmt.Sprintf("%.1f MB", float64(b)/1e6) }

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
