#pragma once
// Dates as UN documents print them, in ISO 8601 for the data files.
#include <string>
#include <string_view>

namespace unxref {

// "27 February 2019", "February 27, 2019", "2019-02-27", "27/02/2019" ->
// "2019-02-27"; "February 2019" -> "2019-02"; a bare year -> "2019"; "" when
// no date is recognised. English month names, or any start of one of at
// least three letters ("Sept", "Dec.").
std::string iso_date(std::string_view text);

// The number (1-12) of a month name of data/months.tsv, given case-folded
// ("february", "février", "июля", "ديسمبر"), or 0.
int month_named(std::string_view folded);

}  // namespace unxref
