package write

import "errors"

// Events has f called at each step of a write ("wrote index.html",
// "moved aside"…), so that a test may stop a build there.
func Events(f func(string)) Option {
	return func(o *options) { o.event = f }
}

// Failing makes the calls of a swap fail as f says: f gets the call
// ("exchange", "rename" or "remove") and its paths, and returns the
// error to give, or nil to let the call be made.
func Failing(f func(call string, paths ...string) error) Option {
	return func(o *options) {
		m := osMoves()
		o.moves = moves{
			exchange: func(from, to string) error {
				if err := f("exchange", from, to); err != nil {
					return err
				}
				return m.exchange(from, to)
			},
			rename: func(from, to string) error {
				if err := f("rename", from, to); err != nil {
					return err
				}
				return m.rename(from, to)
			},
			remove: func(dir string) error {
				if err := f("remove", dir); err != nil {
					return err
				}
				return m.remove(dir)
			},
		}
	}
}

// NoExchange swaps by two renames, as on systems that cannot exchange
// two folders.
func NoExchange() Option {
	return Failing(func(call string, _ ...string) error {
		if call == "exchange" {
			return errors.ErrUnsupported
		}
		return nil
	})
}

// Exchange is exchange, to learn whether this system has it.
var Exchange = exchange
