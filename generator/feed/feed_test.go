package feed

import (
	"testing"

	"atlas/generator/content"
)

func TestTimestamp(t *testing.T) {
	for d, want := range map[content.Date]string{
		{Year: 2023, Month: 11, Day: 6}: "2023-11-06T00:00:00Z",
		{Year: 2023, Month: 11}:         "2023-11-01T00:00:00Z",
		{Year: 2023}:                    "2023-01-01T00:00:00Z",
	} {
		if got := timestamp(d); got != want {
			t.Errorf("timestamp(%v) = %q, want %q", d, got, want)
		}
	}
}
