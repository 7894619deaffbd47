// Command atlas-bench measures "atlas build" on a synthetic site of n
// agreements, against the I/O floor (copying the built site) and against
// Hugo building an equivalent site from the same records.
//
//	go run ./cmd/atlas-bench [-n 10000] [-runs 3] [-gomaxprocs 1,2,all] [-scale]
//	                         [-keep DIR] [-o bench/RESULTS.md] [-seed 1] [-hugo hugo]
//
// It builds the atlas command once with "go build", writes the synthetic
// content, checks it with "atlas check" (any problem stops the benchmark),
// then times each program as a subprocess: wall time, CPU time (user+sys),
// peak resident memory and the output's size. Each figure is the median of
// the runs. The report is Markdown, printed and, with -o, appended to a file.
// bench/README.md says what each figure means.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	if isLauncher() {
		os.Exit(launch())
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// config is what the flags ask for.
type config struct {
	n       int
	runs    int
	procs   []string // GOMAXPROCS values for atlas; "all" leaves it unset
	scale   bool
	keep    string
	out     string
	seed    uint64
	hugo    string
	repo    string
	command string // the command line, for the report
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fl := flag.NewFlagSet("atlas-bench", flag.ContinueOnError)
	fl.SetOutput(stderr)
	c := config{command: strings.Join(append([]string{"go run ./cmd/atlas-bench"}, args...), " ")}
	fl.IntVar(&c.n, "n", 10000, "number of synthetic agreements")
	fl.IntVar(&c.runs, "runs", 3, "runs of each program; figures are medians")
	procs := fl.String("gomaxprocs", "all", "comma-separated GOMAXPROCS values to run atlas under, e.g. 1,2 or all")
	fl.BoolVar(&c.scale, "scale", false, "also run at n/10 and report time(n)/time(n/10)")
	fl.StringVar(&c.keep, "keep", "", "keep the generated sites and outputs in this folder")
	fl.StringVar(&c.out, "o", "", "also append the Markdown report to this file")
	fl.Uint64Var(&c.seed, "seed", 1, "seed of the synthetic content")
	fl.StringVar(&c.hugo, "hugo", "hugo", "the hugo command; skipped when not found")
	fl.StringVar(&c.repo, "repo", "", "the atlas repository (default: the module holding the current folder)")
	if err := fl.Parse(args); err != nil {
		return c, err
	}
	if fl.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments: %s", strings.Join(fl.Args(), " "))
	}
	if c.n < 1 || c.runs < 1 || (c.scale && c.n < 10) {
		return c, fmt.Errorf("-n must be at least 1 (10 with -scale) and -runs at least 1")
	}
	var err error
	c.procs, err = parseProcs(*procs)
	return c, err
}

// parseProcs reads "1,2,all": positive numbers or "all", each once.
func parseProcs(s string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p != "all" && !positive(p) {
			return nil, fmt.Errorf("-gomaxprocs: %q is neither a positive number nor all", p)
		}
		if !seen[p] {
			out = append(out, p)
		}
		seen[p] = true
	}
	return out, nil
}

func positive(s string) bool {
	var n int
	_, err := fmt.Sscanf(s, "%d", &n)
	return err == nil && n > 0 && fmt.Sprint(n) == s
}

func run(args []string, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if err != nil {
		if err != flag.ErrHelp {
			fmt.Fprintf(stderr, "atlas-bench: %v\n", err)
		}
		return 2
	}
	if err := bench(c, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "atlas-bench: %v\n", err)
		return 1
	}
	return 0
}

// bench runs the whole benchmark and prints its report.
func bench(c config, stdout, stderr io.Writer) error {
	work, cleanup, err := workDir(c.keep)
	if err != nil {
		return err
	}
	defer cleanup()
	t, err := prepare(c, work, stderr)
	if err != nil {
		return err
	}
	sizes := []int{c.n}
	if c.scale {
		sizes = append(sizes, c.n/10)
	}
	var results []*result
	for _, n := range sizes {
		r, err := t.suite(n, filepath.Join(work, fmt.Sprintf("n%d", n)))
		if err != nil {
			return err
		}
		results = append(results, r)
	}
	report := markdown(c, t, results)
	fmt.Fprint(stdout, report)
	if c.out != "" {
		return appendFile(c.out, report)
	}
	return nil
}

// workDir is the -keep folder, or a temporary one removed at the end.
func workDir(keep string) (string, func(), error) {
	if keep != "" {
		abs, err := filepath.Abs(keep)
		if err == nil {
			err = os.MkdirAll(abs, 0o755)
		}
		return abs, func() {}, err
	}
	dir, err := os.MkdirTemp("", "atlas-bench-")
	return dir, func() { os.RemoveAll(dir) }, err
}

func appendFile(name, text string) error {
	f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.WriteString("\n" + text); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
