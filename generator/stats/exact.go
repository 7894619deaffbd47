package stats

import (
	"fmt"
	"math"
)

// ErrOverflow says that a total grew beyond what int64 holds. Check bounds
// every figure, so it takes millions of files at the bound to get there;
// a wrong total is never printed instead.
type ErrOverflow struct {
	What string // which total, e.g. "dirhams, national"
}

func (e *ErrOverflow) Error() string {
	return fmt.Sprintf("the total of %s is too large to add up exactly", e.What)
}

// addExact returns a+b, or ok false when the sum does not fit in int64.
func addExact(a, b int64) (sum int64, ok bool) {
	if (b > 0 && a > math.MaxInt64-b) || (b < 0 && a < math.MinInt64-b) {
		return 0, false
	}
	return a + b, true
}
