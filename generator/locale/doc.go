// Package locale turns numbers, money, dates and counted nouns into text for
// the two languages of the atlas, Moroccan Arabic (ar, formatted as ar-MA)
// and French (fr, formatted as fr-MA), and holds the interface text catalogs.
//
// # Catalog files
//
// Each language has one TOML file, <dir>/<lang>.toml (layouts/i18n/ar.toml,
// layouts/i18n/fr.toml). Every language must have exactly the same keys,
// so that a text missing in one language fails the build instead of showing
// up on a page. A file holds two kinds of entries:
//
//   - A plain text is a top-level key with a string value. Keys with dots
//     must be quoted, because TOML reads an unquoted dotted key as a table:
//
//     "kind.convention" = "اتفاقية"
//
//   - A plural entry is a table whose keys are CLDR plural categories
//     (zero, one, two, few, many, other) and whose values are strings. It is
//     used by Locale.Count. In a text, {n} stands for the number, formatted
//     by Locale.Int; nothing else is a placeholder.
//
//     [doctors]
//     one = "طبيب واحد"  # exactly 1: the number is not shown
//     two = "طبيبان"     # exactly 2
//     few = "{n} أطباء"  # 3–10, 103–110, …
//     many = "{n} طبيبًا" # 11–99, 111–199, …
//     other = "{n} طبيب" # 100–102, 200–202, … and 0
//
// The categories a plural entry needs come from the CLDR rules of its
// language (golang.org/x/text/feature/plural): every category that some
// whole number falls into is required, except zero, which may be left out
// and then uses other (as CLDR's own Arabic data does). So Arabic needs one,
// two, few, many and other; French needs one and other, and its one also
// covers 0 ("0 médecin"). A category the language never uses is an error,
// since a translator would expect it to be shown. A text may leave out {n}
// only if its category stands for a single number (Arabic zero, one, two);
// French one covers both 0 and 1, so it must show {n}.
//
// # Formats
//
// Numbers use the CLDR symbols of ar-MA and fr-MA with Western digits:
// "443.000.000", decimal comma "3,7". Money is written two ways: Amount in
// readable words that may be rounded ("443 مليون درهم", "3,7 millions de
// dirhams") and AmountExact as the exact figure ("443.000.000 درهم",
// "443.000.000 dirhams"); pages show both. The unit and month words are
// grammar, not interface text, so they live in this package (words.go)
// rather than in the catalogs.
//
// A Locale is read-only once made by New and safe for concurrent use.
package locale
