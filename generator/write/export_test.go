package write

// Events has f called at each step of a write ("wrote index.html", "moved
// aside"…), so that a test may stop a build there.
func Events(f func(string)) Option {
	return func(o *options) { o.event = f }
}
