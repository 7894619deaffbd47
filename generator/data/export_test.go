package data

// Decimal is decimal, for the tests of package data_test.
var Decimal = decimal
