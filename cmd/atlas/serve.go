package main

import (
	"fmt"
	"io"
)

func serveCommand(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "atlas serve: not written yet")
	return 2
}
