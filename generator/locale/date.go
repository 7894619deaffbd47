package locale

import (
	"fmt"
	"strconv"
	"time"
)

// Date writes a date at the precision it is known to: year only when month
// is 0 ("2023"), month and year when day is 0 ("نونبر 2023", "novembre
// 2023"), else the full date ("6 نونبر 2023", "1er novembre 2023"). Years
// are not grouped. A date that does not exist (month 13, 31 April, a day
// without a month) is written as plain numbers, "2023-13-06", so that a bad
// input shows on the page instead of stopping the build.
func (l *Locale) Date(year, month, day int) string {
	if !validDate(year, month, day) {
		return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	}
	y := strconv.Itoa(year)
	if month == 0 {
		return y
	}
	my := l.words.months[month-1] + " " + y
	if day == 0 {
		return my
	}
	d := strconv.Itoa(day)
	if day == 1 && l.words.first != "" {
		d = l.words.first
	}
	return d + " " + my
}

// validDate reports whether the parts name a year, a month of it, or a day
// of it.
func validDate(year, month, day int) bool {
	switch {
	case month == 0:
		return day == 0
	case month < 1 || month > 12:
		return false
	case day == 0:
		return true
	}
	return day >= 1 && day <= daysIn(year, month)
}

// daysIn returns the number of days of a month, leap years included.
func daysIn(year, month int) int {
	// Day 0 of the next month is the last day of this one.
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
