// Package data makes the downloads of the atlas, published in data/: the
// agreements and the totals as JSON, each with its JSON Schema; the
// agreements, their parties and the totals as CSV; and a Frictionless
// Data Package describing the CSV files and their columns.
//
// The files are plain values built from the content and its statistics,
// then encoded once per build: the methodology page lists them with
// their sizes, which only the encoded bytes know.
//
// Field names follow the Open Contracting Data Standard where one fits:
// an agreement has parties with roles, a value with an amount and the
// currency "MAD", a period with a startDate and an endDate, a dateSigned
// and documents (its sources). Dates are ISO 8601 at the precision the
// source gives: "2023", "2023-11" or "2023-11-06". What is unknown is
// absent, or null in a total that no agreement gives; it is never 0. A
// CSV column is named by the path of the same value in the JSON file:
// "value/amount", "title/ar".
package data
