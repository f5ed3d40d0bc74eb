#pragma once
// The UN masthead on a PDF's first page, and the symbol repeated as a
// running header on the pages after it.
#include <string>

#include "extract/layout/model.hpp"

namespace unxref::layout {

// Reads the masthead from page 1's lines: marks its lines Role::masthead
// (print-shop job numbers Role::header_footer) and fills symbol, date,
// language and sponsors. Returns the sponsors' "...: draft resolution" line,
// the title UN drafts carry, or "".
std::string apply_masthead(PageLines& first_page, DocumentMeta& meta);

// Marks margin lines that hold only the document symbol, a page number or
// the job number ("S/2019/179", "2/6   19-03355") as Role::header_footer.
void mark_symbol_headers(std::vector<PageLines>& pages, const std::string& symbol);

}  // namespace unxref::layout
