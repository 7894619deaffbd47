package locale

import "golang.org/x/text/feature/plural"

// words are the fixed words of one language: month names and the units of
// money. They follow the grammar of numbers, which translators of interface
// text should not have to re-derive, so they are code, not catalog entries.
// New builds them afresh for each Locale, so no two Locales share them.
type words struct {
	months [12]string
	first  string // how day 1 of a month is written; "" writes "1"

	dirhams scale    // below a thousand
	scales  [3]scale // thousand, million, billion, in rising order
	exact   forms    // unit after an exact figure (AmountExact)
}

// scale is one magnitude of Amount: its size in dirhams, the text for
// exactly one of it, and the texts for other counts of it.
type scale struct {
	size  uint64
	one   string // exactly 1, positive; "" uses forms
	forms forms
}

// arabicWords follow Moroccan press usage: the Moroccan month names, and
// counted nouns with the dual (مليونا درهم), the plural for 3–10 (ملايين)
// and the singular from 11 on and after decimals (3,7 مليون درهم). The dual
// is the nominative, as a figure standing alone is read.
func arabicWords() *words {
	return &words{
		months: [12]string{"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"},
		dirhams: scale{size: 1, forms: forms{
			plural.One: "درهم واحد", plural.Two: "درهمان", plural.Few: "{n} دراهم",
			plural.Many: "{n} درهما", plural.Other: "{n} درهم",
		}},
		scales: [3]scale{
			{size: 1e3, one: "ألف درهم", forms: forms{
				plural.Two: "ألفا درهم", plural.Few: "{n} آلاف درهم", plural.Other: "{n} ألف درهم",
			}},
			{size: 1e6, one: "مليون درهم", forms: forms{
				plural.Two: "مليونا درهم", plural.Few: "{n} ملايين درهم", plural.Other: "{n} مليون درهم",
			}},
			{size: 1e9, one: "مليار درهم", forms: forms{
				plural.Two: "مليارا درهم", plural.Few: "{n} مليارات درهم", plural.Other: "{n} مليار درهم",
			}},
		},
		// After an exact figure the currency reads as a unit label, as on
		// a price list, so it does not change with the number.
		exact: forms{plural.Other: "{n} درهم"},
	}
}

// frenchWords: "million" and "milliard" are nouns that take "de" and agree
// from 2 on (CLDR one covers 0 ≤ n < 2, so "1,5 million"); "mille" is
// invariable and takes no "de", and one thousand is "mille", not "1 mille".
func frenchWords() *words {
	return &words{
		months: [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		first:  "1er",
		dirhams: scale{size: 1, forms: forms{
			plural.One: "{n} dirham", plural.Other: "{n} dirhams",
		}},
		scales: [3]scale{
			{size: 1e3, one: "mille dirhams", forms: forms{plural.Other: "{n} mille dirhams"}},
			{size: 1e6, forms: forms{plural.One: "{n} million de dirhams", plural.Other: "{n} millions de dirhams"}},
			{size: 1e9, forms: forms{plural.One: "{n} milliard de dirhams", plural.Other: "{n} milliards de dirhams"}},
		},
		exact: forms{plural.One: "{n} dirham", plural.Other: "{n} dirhams"},
	}
}
