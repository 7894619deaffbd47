package parallel

import (
	"runtime"
	"testing"
)

func TestForCallsEachIndexOnce(t *testing.T) {
	for _, procs := range []int{1, 2, 8} {
		for _, n := range []int{0, 1, 7, 1000} {
			prev := runtime.GOMAXPROCS(procs)
			calls := make([]int, n)
			For(n, func(i int) { calls[i]++ })
			runtime.GOMAXPROCS(prev)
			for i, c := range calls {
				if c != 1 {
					t.Fatalf("GOMAXPROCS=%d n=%d: index %d called %d times", procs, n, i, c)
				}
			}
		}
	}
}
