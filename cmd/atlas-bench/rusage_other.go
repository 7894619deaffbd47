//go:build !linux

package main

import "os"

// peakRSS is unknown outside Linux, where Maxrss has other units or none:
// the report shows a dash rather than a wrong figure.
func peakRSS(*os.ProcessState) int64 { return 0 }
