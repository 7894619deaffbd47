//go:build !linux

package write

import "errors"

// exchange is known to the atlas on Linux only; elsewhere a swap takes
// two renames.
func exchange(from, to string) error {
	return errors.ErrUnsupported
}
