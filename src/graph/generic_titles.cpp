#include "graph/generic_titles.hpp"

#include <cctype>
#include <set>
#include <string>

#include "unxref/core/tsv.hpp"

namespace unxref::graph {
namespace {

std::string key_of(std::string_view text) {
  std::string key;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isspace(u) || c == '.' || c == ':') {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += static_cast<char>(std::tolower(u));
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

}  // namespace

bool is_generic_title(std::string_view title) {
  static const std::set<std::string> exact = [] {
    std::set<std::string> out;
    for (const TsvRow& row : embedded_tsv("generic-titles.tsv", 2))
      if (row.cells[0] == "exact") out.insert(key_of(row.cells[1]));
    return out;
  }();
  return exact.count(key_of(title)) > 0;
}

}  // namespace unxref::graph
