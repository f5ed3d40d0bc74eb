#include "extract/text/text_pages.hpp"

#include "unxref/extract/masthead.hpp"

namespace unxref::text {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

std::vector<Lines> split_pages(std::string_view text) {
  std::vector<Lines> pages(1);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\f') continue;
    pages.back().emplace_back(text.substr(start, i - start));
    if (i < text.size() && text[i] == '\f') pages.emplace_back();
    start = i + 1;
  }
  // A form feed followed by nothing but whitespace ends the last page rather
  // than starting an empty one (printers and pdftotext both write that).
  while (pages.size() > 1) {
    bool empty = true;
    for (const auto& l : pages.back()) empty = empty && is_blank(l);
    if (!empty) break;
    pages.pop_back();
  }
  return pages;
}

std::vector<bool> find_masthead(const Lines& lines, const std::vector<std::string>* shown, DocumentMeta& meta) {
  std::vector<bool> flags(lines.size(), false);
  std::vector<std::string> first;
  std::vector<std::size_t> origin;  // index in `lines` of each entry of `first`
  for (std::size_t i = 0; i < lines.size() && first.size() < kMastheadLookahead; ++i) {
    if (is_blank(lines[i])) continue;
    first.emplace_back(shown ? std::string_view((*shown)[i]) : lines[i]);
    origin.push_back(i);
  }
  if (first.empty()) return flags;
  Masthead m = parse_masthead(first);
  for (std::size_t k : m.lines) {
    if (k < origin.size()) flags[origin[k]] = true;
  }
  meta.symbol = std::move(m.symbol);
  meta.date = std::move(m.date);
  meta.language = std::move(m.language);
  meta.sponsors = std::move(m.sponsors);
  return flags;
}

}  // namespace unxref::text
