#pragma once
// Pages and lines of cleaned text, and the masthead found on page one: the
// parts the plain-text and Markdown readers share.
#include <string>
#include <string_view>
#include <vector>

#include "unxref/extract/document.hpp"

namespace unxref::text {

// Views into the cleaned text they were split from.
using Lines = std::vector<std::string_view>;

// Pages are separated by form feeds. Empty pages in the middle are kept so
// page numbers match the printed ones; a form feed that only ends the file
// does not start a page. Always at least one page.
std::vector<Lines> split_pages(std::string_view text);

bool is_blank(std::string_view line);

// How many non-blank lines at the top of page one may hold a masthead.
inline constexpr std::size_t kMastheadLookahead = 30;

// Hands the first non-blank lines of page one (in the reader's display form,
// `(*shown)[i]` for `lines[i]`, or the lines themselves when `shown` is
// null) to parse_masthead(), copies symbol, date, language and sponsors
// into `meta`, and returns one flag per line of `lines`: true where the line
// belongs to the masthead.
std::vector<bool> find_masthead(const Lines& lines, const std::vector<std::string>* shown, DocumentMeta& meta);

}  // namespace unxref::text
