#pragma once
// The one way text is squeezed to single spaces: extracted paragraphs, clause
// verbs as written, titles. Two copies that disagreed on '\r' and '\f' gave
// a verb as written in one place a different form from its paragraph's.
#include <string>
#include <string_view>

namespace unxref {

// Runs of ASCII white space (space, tab, line feed, carriage return, form
// feed) become one space; both ends are trimmed.
std::string collapse_spaces(std::string_view s);

}  // namespace unxref
