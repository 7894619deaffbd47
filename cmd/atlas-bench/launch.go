package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// Linux charges a new program with the peak memory of the process that
// started it: exec keeps the high-water mark of the address space it
// replaces, which a Go child shares with its parent until then. A program
// started by the benchmark, which holds a whole synthetic site in memory,
// would report at least the benchmark's own peak. So each measured program
// is started by a fresh copy of this binary, a few MiB when it starts it,
// which reports the program's figures on its standard output.

// launcherEnv marks a run of this binary as a launcher.
const launcherEnv = "ATLAS_BENCH_LAUNCHER"

func isLauncher() bool { return os.Getenv(launcherEnv) != "" }

// launch runs the program named by os.Args[1:], its output on stderr, and
// prints its wall time, CPU time and peak RSS as "ns ns bytes".
func launch() int {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "launcher: no program to run")
		return 2
	}
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, launcherEnv+"=") })
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		fmt.Fprintf(os.Stderr, "launcher: %v\n", err)
		return 1
	}
	ps := cmd.ProcessState
	fmt.Printf("%d %d %d\n", wall, ps.UserTime()+ps.SystemTime(), peakRSS(ps))
	return 0
}

// timed runs cmd through a launcher (self is this binary) and returns
// the launcher's figures. The program's output is kept only to explain a
// failure.
func timed(self string, cmd *exec.Cmd) (sample, error) {
	l := exec.Command(self, cmd.Args...)
	l.Args[1] = cmd.Path
	l.Env = append(slices.Clone(cmd.Env), launcherEnv+"=1")
	if cmd.Env == nil {
		l.Env = append(os.Environ(), launcherEnv+"=1")
	}
	var figures, out bytes.Buffer
	l.Stdout, l.Stderr = &figures, &out
	if err := l.Run(); err != nil {
		return sample{}, fmt.Errorf("%s: %w\n%s", strings.Join(cmd.Args, " "), err, tail(out.String(), 20))
	}
	var s sample
	var wall, cpu int64
	if _, err := fmt.Sscan(figures.String(), &wall, &cpu, &s.rss); err != nil {
		return sample{}, fmt.Errorf("reading the launcher's figures %q: %w", figures.String(), err)
	}
	s.wall, s.cpu = time.Duration(wall), time.Duration(cpu)
	return s, nil
}
