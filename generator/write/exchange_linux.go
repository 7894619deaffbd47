package write

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// exchange swaps the folders from and to in one step: whoever reads
// either path finds one folder or the other, never none. Kernels before
// 3.15 lack the call and some file systems the flag: that is reported
// as errors.ErrUnsupported.
func exchange(from, to string) error {
	err := unix.Renameat2(unix.AT_FDCWD, from, unix.AT_FDCWD, to, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EINVAL), errors.Is(err, unix.EOPNOTSUPP):
		return fmt.Errorf("exchange %s and %s: %w (%v)", from, to, errors.ErrUnsupported, err)
	}
	return &os.LinkError{Op: "exchange", Old: from, New: to, Err: err}
}
