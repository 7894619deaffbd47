// Package locale turns numbers, money, dates and counted nouns into text for
// the languages of the atlas, and holds their catalogs. A language is data:
// its catalog says how it is written, so a new language needs no code.
//
// # Catalog files
//
// Each language has one TOML file, <dir>/<lang>.toml (layouts/i18n/ar.toml,
// layouts/i18n/fr.toml); the languages with a file are those the atlas can
// publish (Available). Every language of a site must have exactly the same
// interface keys, so that a text missing in one language fails the check
// instead of showing up on a page. A file holds three kinds of entries:
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
//   - The [language] table says how the language itself is written. It is
//     not compared across languages; each catalog must have one:
//
//     [language]
//     dir = "ltr"            # rtl or ltr, for the dir attribute of pages
//     locale = "fr-MA"       # CLDR locale of numbers, plural rules and sorting
//     months = ["janvier", "février", …, "décembre"] # from January
//     day_one = "1er"        # optional: how day 1 is written; "1" otherwise
//     exact = "{n} dirhams"  # after an exact figure (AmountExact)
//     [language.dirhams]     # Amount below a thousand
//     [language.thousands]   # Amount counted in thousands
//     [language.millions]    # … in millions
//     [language.billions]    # … in billions
//
//     Each of the five money keys is either one text with {n}, for a word
//     that never changes with the number (the Arabic exact "{n} درهم"), or
//     a table of plural texts checked like any plural entry.
//
// The categories a plural entry needs come from the CLDR rules of the
// locale its [language] table names (golang.org/x/text/feature/plural):
// every category that some whole number falls into is required, except
// zero, which may be left out and then uses other (as CLDR's own Arabic data
// does). So Arabic needs one, two, few, many and other; French needs one and
// other, and its one also covers 0 ("0 médecin") and 1,5. A category the
// language never uses is an error, since a translator would expect it to be
// shown. A text may leave out {n} only if its category stands for a single
// number (Arabic zero, one, two); French one covers 0 and 1, so it must
// show {n}.
//
// Two categories outside CLDR are optional in any entry: none, the text of
// exactly 0 ("aucun accord" rather than "0 accord"), and exactly_one, the
// text of exactly 1 ("mille dirhams" rather than "1 mille dirhams", while
// "1,5 mille dirhams" keeps CLDR's one). Neither is used for a negative
// number, nor is any text without {n}: the sign would be lost.
//
// ReadCatalogs reports every problem of the catalogs as a diagnostic at its
// line and column: invalid TOML, a malformed entry, a missing category, a
// [language] table that does not describe its language, a key one catalog
// has and another lacks (at the key, naming the file that lacks it).
// LoadCatalogs is the same as one error.
//
// # Formats
//
// Numbers use the CLDR symbols of the catalog's locale with its digits:
// ar-MA and fr-MA write "443.000.000" and the decimal comma "3,7". Money is
// written two ways: Amount in readable words that may be rounded ("443
// مليون درهم", "3,7 millions de dirhams") and AmountExact as the exact
// figure ("443.000.000 درهم", "443.000.000 dirhams"); pages show both.
//
// A Locale is read-only once made by New and safe for concurrent use.
package locale
