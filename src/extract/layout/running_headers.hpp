#pragma once
// Running headers, footers and page numbers.
#include <string>
#include <string_view>
#include <vector>

#include "extract/layout/model.hpp"

namespace unxref::layout {

// A line that is only a page number: "2", "- 3 -", "3/12", "Page 3 of 12",
// "iv".
bool is_page_number(std::string_view text);

// Margin lines as running text compares them: lower case, every run of digits
// replaced by '#', spaces collapsed ("S/2019/179 3/6" -> "s/#/# #/#").
std::string running_key(std::string_view text);

// Whether the line sits in the top or bottom margin band of its page and is
// among the first or last few lines there.
bool in_margin_band(const PageLines& page, std::size_t line_index);

// Marks Role::header_footer on margin lines whose running_key() recurs on
// another page in the same band, and on lone page numbers in the margins.
void mark_running_lines(std::vector<PageLines>& pages);

}  // namespace unxref::layout
