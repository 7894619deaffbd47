package input

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// KindError is a path that holds something other than what belongs there:
// a link, a pipe or a device where a file or a folder is read.
type KindError struct {
	Path string // slash-separated, inside the folder
	Is   string // what the path holds, e.g. "a symbolic link"
	Want string // "a regular file" or "a folder"
}

func (e *KindError) Error() string { return e.Path + " " + e.Problem() }

// Problem is the error without its path, for messages that place it.
func (e *KindError) Problem() string { return "is " + e.Is + ", not " + e.Want }

// Link reports whether the path is a symbolic link.
func (e *KindError) Link() bool { return e.Is == symlink }

// SizeError is a file larger than its folder allows.
type SizeError struct {
	Path  string
	Size  int64 // -1 when the file only proved longer than Limit while read
	Limit int64
	Noun  string // "a content file"
}

func (e *SizeError) Error() string { return e.Path + " " + e.Problem() }

// Problem is the error without its path, e.g. "is 3.2 MB; a content file
// is at most 1 MB".
func (e *SizeError) Problem() string {
	size := megabytes(e.Size)
	if e.Size < 0 || size == megabytes(e.Limit) {
		size = "more than " + megabytes(e.Limit)
	}
	return fmt.Sprintf("is %s; %s is at most %s", size, e.Noun, megabytes(e.Limit))
}

// megabytes writes n bytes in decimal megabytes, to one decimal.
func megabytes(n int64) string {
	s := strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0") + " MB"
}

const symlink = "a symbolic link"

// Describe names what a file mode is, in words a contributor knows.
func Describe(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeSymlink != 0:
		return symlink
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0, mode&fs.ModeCharDevice != 0:
		return "a device"
	case mode.IsDir():
		return "a folder"
	case mode.IsRegular():
		return "a regular file"
	}
	return "a special file"
}
