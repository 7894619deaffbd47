package main

import (
	"fmt"
	"io"
)

func newCommand(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "atlas new: not written yet")
	return 2
}
