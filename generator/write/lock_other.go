//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris || windows)

package write

import (
	"fmt"
	"runtime"
)

// lock refuses where the atlas knows no file lock: without one, two
// builds of the same folder could replace it at once.
func lock(name string, waiting func()) (unlock func(), err error) {
	return nil, fmt.Errorf("no file lock on %s to keep two builds of one folder apart", runtime.GOOS)
}
