package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"atlas/bench/synth"
)

// result is every measure at one size.
type result struct {
	n       int
	content tree      // the synthetic content folder
	atlas   []program // one per GOMAXPROCS value
	hugo    *program  // nil when Hugo is not installed
	copy    program
	serve   rebuilds
}

// program is the runs of one program and the output of its last run.
type program struct {
	name  string
	procs string
	runs  []sample
	out   tree
}

func (p *program) median() sample { return median(p.runs) }

// suite writes the synthetic sites of n agreements into dir, checks them
// and runs every program, round after round so that a noisy moment of the
// machine touches each program alike.
func (t *tools) suite(n int, dir string) (*result, error) {
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	r := &result{n: n, copy: program{name: "copy floor", procs: "–"}}
	content, hugoDir, err := t.write(n, dir)
	if err != nil {
		return nil, err
	}
	if r.content, err = measureTree(content); err != nil {
		return nil, err
	}
	for _, p := range t.c.procs {
		r.atlas = append(r.atlas, program{name: "atlas build", procs: p})
	}
	if t.hugo != "" {
		r.hugo = &program{name: "hugo --minify", procs: "all"}
	}
	for i := range t.c.runs {
		fmt.Fprintf(t.log, "atlas-bench: n=%d: run %d of %d\n", n, i+1, t.c.runs)
		if err := t.round(r, dir, content, hugoDir); err != nil {
			return nil, err
		}
	}
	r.copy.out = r.atlas[len(r.atlas)-1].out
	if r.serve, err = t.rebuild(content, t.c.runs); err != nil {
		return nil, err
	}
	return r, nil
}

// round runs each program once: atlas under each GOMAXPROCS, Hugo, then
// the copy of atlas's output.
func (t *tools) round(r *result, dir, content, hugoDir string) error {
	atlasOut, hugoOut := filepath.Join(dir, "atlas", "public"), filepath.Join(dir, "hugo", "public")
	for j := range r.atlas {
		if err := t.measure(&r.atlas[j], t.atlasBuild(content, atlasOut, r.atlas[j].procs), atlasOut); err != nil {
			return err
		}
	}
	if r.hugo != nil {
		if err := t.measure(r.hugo, t.hugoBuild(hugoDir, hugoOut), hugoOut); err != nil {
			return err
		}
	}
	s, err := timedCopy(atlasOut, filepath.Join(dir, "copy"))
	r.copy.runs = append(r.copy.runs, s)
	return err
}

// write writes the atlas content folder and the Hugo site for n
// agreements, and checks the content with atlas check.
func (t *tools) write(n int, dir string) (content, hugoDir string, err error) {
	fmt.Fprintf(t.log, "atlas-bench: n=%d: writing the synthetic sites in %s\n", n, dir)
	site := synth.Generate(t.registry, n, t.c.seed)
	content = filepath.Join(dir, "atlas", "content")
	if err := site.Write(content); err != nil {
		return "", "", fmt.Errorf("writing the synthetic content: %w", err)
	}
	for _, name := range []string{"site.toml", "regions.toml"} {
		if err := copyFile(filepath.Join(t.repo, "content", name), filepath.Join(content, name)); err != nil {
			return "", "", err
		}
	}
	if err := t.check(content); err != nil {
		return "", "", err
	}
	if t.hugo == "" {
		return content, "", nil
	}
	hugoDir = filepath.Join(dir, "hugo")
	return content, hugoDir, writeHugoSite(hugoDir, t.repo, t.registry, site)
}

// check runs atlas check on the synthetic content: a benchmark of content
// atlas refuses would measure nothing, so any problem, even a warning,
// stops it.
func (t *tools) check(content string) error {
	cmd := exec.Command(t.atlas, "check", "--content", content, "--format", "text",
		"--layouts", filepath.Join(t.repo, "layouts"), "--assets", filepath.Join(t.repo, "assets"))
	out, err := cmd.Output()
	if err != nil || len(out) > 0 {
		return fmt.Errorf("atlas check refuses the synthetic content (%v):\n%s", err, tail(string(out), 30))
	}
	return nil
}

func (t *tools) atlasBuild(content, out, procs string) *exec.Cmd {
	cmd := exec.Command(t.atlas, "build", "--content", content, "--out", out, "--format", "text",
		"--layouts", filepath.Join(t.repo, "layouts"), "--assets", filepath.Join(t.repo, "assets"))
	cmd.Env = environ(procs)
	return cmd
}

func (t *tools) hugoBuild(site, out string) *exec.Cmd {
	cmd := exec.Command(t.hugo, "--minify", "--quiet", "--source", site, "--destination", out,
		"--cacheDir", filepath.Join(site, "cache"))
	cmd.Env = environ("all")
	return cmd
}

// measure runs cmd into a fresh output folder and records the run and
// the output's size.
func (t *tools) measure(p *program, cmd *exec.Cmd, out string) error {
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	s, err := timed(t.self, cmd)
	if err != nil {
		return err
	}
	p.runs = append(p.runs, s)
	if p.out, err = measureTree(out); err != nil {
		return err
	}
	fmt.Fprintf(t.log, "atlas-bench:   %s (GOMAXPROCS=%s): %.3f s wall, %.3f s CPU, %s peak RSS\n",
		p.name, p.procs, s.wall.Seconds(), s.cpu.Seconds(), mib(s.rss))
	return nil
}

// copyFile copies a file, making its folder.
func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}

// mib writes bytes as MiB, or a dash when unknown.
func mib(b int64) string {
	if b == 0 {
		return "–"
	}
	return strings.TrimSpace(fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)))
}
