//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris

package write

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// lock takes an exclusive lock on the file name, made if missing, and
// calls waiting once if another process or goroutine holds it first. The
// lock is flock's, which belongs to the open file: two builds in one
// process exclude each other as two processes do, and a killed build's
// lock goes with it.
func lock(name string, waiting func()) (unlock func(), err error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	fd := int(f.Fd())
	err = flock(fd, unix.LOCK_EX|unix.LOCK_NB)
	if errors.Is(err, unix.EWOULDBLOCK) {
		waiting()
		err = flock(fd, unix.LOCK_EX)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	// Closing the file releases the lock.
	return func() { f.Close() }, nil
}

// flock retries when a signal interrupts the wait.
func flock(fd, how int) error {
	for {
		if err := unix.Flock(fd, how); err != unix.EINTR {
			return err
		}
	}
}
