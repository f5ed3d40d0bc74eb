#pragma once
// The year of a Security Council resolution from its number alone: the
// Council numbers its resolutions in one sequence, so "resolution 1325"
// (or S/RES/1325) is S/RES/1325(2000). From data/sc-resolution-years.tsv,
// the first resolution of each year.
namespace unxref::detect {

// The year resolution `number` was adopted in, or 0 when the number is
// beyond the last one the table knows (or not positive).
int sc_year_of(int number);

}  // namespace unxref::detect
