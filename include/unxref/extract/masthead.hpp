#pragma once
// The UN masthead: symbol, distribution date, original language and sponsors
// printed on the first page of UN documents. Shared by the PDF layout and the
// text/Markdown readers.
#include <string>
#include <string_view>
#include <vector>

namespace unxref {

struct Masthead {
  std::string symbol;
  std::string date;
  std::string language;
  std::vector<std::string> sponsors;
  std::vector<std::size_t> lines;  // indexes of the input lines that belong to the masthead
};

// Looks at the first lines of a document (one string per line, top to bottom)
// and returns what it recognises. Lines not listed in `lines` are body text.
Masthead parse_masthead(const std::vector<std::string>& first_lines);

}  // namespace unxref
