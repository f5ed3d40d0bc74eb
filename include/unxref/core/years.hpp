#pragma once
// Years written in text: the one scanner every stage uses for a date's year,
// a file name's year, a year near a mention.
#include <cstddef>
#include <string_view>

namespace unxref {

// The years any UN text or file name refers to: the League of Nations' first
// treaties to the end of the century ahead.
constexpr int kFirstYear = 1900, kLastYear = 2099;

// Whether a four-digit year in [kFirstYear, kLastYear] stands at `pos`, not
// glued to other digits ("2016" in "(2016)", not in "20161" or "12016").
bool year_at(std::string_view text, std::size_t pos);

// The first such year in `text` ("27 February 2019" -> 2019,
// "ARM_70_2015" -> 2015), 0 if none.
int first_year(std::string_view text);

}  // namespace unxref
