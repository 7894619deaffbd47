package main

import (
	"os"
	"syscall"
)

// peakRSS is the child's peak resident set: Linux reports Maxrss in KiB.
func peakRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024
	}
	return 0
}
