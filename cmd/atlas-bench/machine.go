package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// machine describes where the benchmark ran; Linux files say what the
// runtime does not, and are "unknown" elsewhere.
type machine struct {
	cpus   int
	model  string
	memory string
	system string // GOOS/GOARCH and Go version
}

func probeMachine() machine {
	m := machine{cpus: runtime.NumCPU(), model: "unknown", memory: "unknown",
		system: fmt.Sprintf("%s/%s, %s", runtime.GOOS, runtime.GOARCH, runtime.Version())}
	if v, ok := procField("/proc/cpuinfo", "model name"); ok {
		m.model = v
	}
	if v, ok := procField("/proc/meminfo", "MemTotal"); ok {
		if kb, err := strconv.ParseInt(strings.TrimSuffix(v, " kB"), 10, 64); err == nil {
			m.memory = fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
		}
	}
	return m
}

// procField is the value of the first "name : value" line of a /proc file.
func procField(path, name string) (string, bool) {
	f, err := os.Open(path)
	if err != nil {
		return "", false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == name {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// revision names the atlas commit measured, and says when the work tree
// differs from it.
func revision(repo string) string {
	out, err := command(repo, "git", "describe", "--always", "--dirty", "--abbrev=12")
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(out)
}

// loadAverage is the 1-minute load average, which tells how busy a shared
// machine was while it measured; "unknown" outside Linux.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if fields := strings.Fields(string(data)); err == nil && len(fields) > 0 {
		return fields[0]
	}
	return "unknown"
}
