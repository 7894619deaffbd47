package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// sample is one run of a program.
type sample struct {
	wall, cpu time.Duration
	rss       int64 // peak resident set, bytes; 0 when unknown
}

// tail keeps the last lines of a program's output.
func tail(s string, lines int) string {
	parts := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(parts) > lines {
		parts = append([]string{"…"}, parts[len(parts)-lines:]...)
	}
	return strings.Join(parts, "\n")
}

// median is the middle value of each measure taken separately: the
// machine is shared, and one slow run should not move the figures.
func median(runs []sample) sample {
	pick := func(get func(sample) int64) int64 {
		v := make([]int64, len(runs))
		for i, r := range runs {
			v[i] = get(r)
		}
		slices.Sort(v)
		if len(v)%2 == 1 {
			return v[len(v)/2]
		}
		return (v[len(v)/2-1] + v[len(v)/2]) / 2
	}
	return sample{
		wall: time.Duration(pick(func(s sample) int64 { return int64(s.wall) })),
		cpu:  time.Duration(pick(func(s sample) int64 { return int64(s.cpu) })),
		rss:  pick(func(s sample) int64 { return s.rss }),
	}
}

// tree is the size of a built site.
type tree struct {
	bytes int64
	files int
	pages int // .html files
}

func measureTree(dir string) (tree, error) {
	var t tree
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		t.bytes += info.Size()
		t.files++
		if strings.HasSuffix(path, ".html") {
			t.pages++
		}
		return nil
	})
	return t, err
}

// copyTree copies src into a new folder dst the plain way, reading each
// file whole and writing it, as cp -r does: the floor any generator
// writing the same files has to pay.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.Mkdir(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// timedCopy measures one copy of src into a fresh dst, removed afterwards.
func timedCopy(src, dst string) (sample, error) {
	if err := os.RemoveAll(dst); err != nil {
		return sample{}, err
	}
	start := time.Now()
	if err := copyTree(src, dst); err != nil {
		return sample{}, fmt.Errorf("copying %s: %w", src, err)
	}
	s := sample{wall: time.Since(start)}
	return s, os.RemoveAll(dst)
}

// environ is the current environment with GOMAXPROCS set to procs, or
// removed when procs is "all", so that Go uses every CPU it may.
func environ(procs string) []string {
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "GOMAXPROCS=") })
	if procs != "all" {
		env = append(env, "GOMAXPROCS="+procs)
	}
	return env
}
