// Package content reads the atlas's content folder: the site settings, the
// registry of regions and provinces, and one file per agreement or milestone.
//
// A content file is TOML front matter between two lines holding exactly
// "+++", followed by one Markdown block per language:
//
//	::: ar
//	…
//	:::
//
// Loading never stops at the first problem: every problem becomes a
// diag.Diagnostic with the file, line and column of the offending key or
// value, and the values that could be read are still returned so that the
// check stage can report more. The contract is in docs/content-format.md.
package content
