#include "detect/sc_years.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "detect/registry.hpp"
#include "unxref/core/embedded.hpp"
#include "unxref/core/error.hpp"

namespace unxref::detect {
namespace {

struct YearTable {
  std::vector<std::pair<int, int>> first_of_year;  // (first number, year), ascending
  int last = 0;                                    // the highest number known
};

int whole_number(const std::string& cell, const std::filesystem::path& source, int line) {
  std::size_t used = 0;
  int v = -1;
  try {
    v = std::stoi(cell, &used);
  } catch (const std::exception&) {
  }
  if (v <= 0 || used != cell.size())
    throw FileError(source, "line " + std::to_string(line) + ": '" + cell + "' is not a positive number");
  return v;
}

YearTable load() {
  const std::filesystem::path source = "data/sc-resolution-years.tsv";
  YearTable t;
  for (const TsvRow& row : embedded_tsv("sc-resolution-years.tsv", 2)) {
    if (row.cells[0] == "last") {
      t.last = whole_number(row.cells[1], source, row.line);
      continue;
    }
    const int year = whole_number(row.cells[0], source, row.line);
    const int first = whole_number(row.cells[1], source, row.line);
    if (!t.first_of_year.empty() &&
        (first <= t.first_of_year.back().first || year <= t.first_of_year.back().second))
      throw FileError(source, "line " + std::to_string(row.line) + ": years and numbers must both grow");
    t.first_of_year.emplace_back(first, year);
  }
  if (t.first_of_year.empty() || t.last < t.first_of_year.back().first)
    throw FileError(source, "needs one row per year and a 'last' row");
  return t;
}

}  // namespace

int sc_year_of(int number) {
  static const YearTable table = load();
  if (number <= 0 || number > table.last || number < table.first_of_year.front().first) return 0;
  auto it = std::upper_bound(table.first_of_year.begin(), table.first_of_year.end(), std::make_pair(number, 1 << 30));
  return std::prev(it)->second;
}

}  // namespace unxref::detect
