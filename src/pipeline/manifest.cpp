#include "unxref/pipeline/manifest.hpp"

#include <charconv>
#include <map>

#include "unxref/core/error.hpp"
#include "unxref/core/tsv.hpp"
#include "unxref/core/un_symbol.hpp"

namespace unxref {

std::filesystem::path manifest_key(const std::filesystem::path& file) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(file, ec);
  return (ec ? file : abs).lexically_normal();
}

Manifest Manifest::load(const std::filesystem::path& tsv, std::vector<std::string>& warnings) {
  std::vector<TsvRow> rows = read_tsv_file(tsv, 1, &warnings);
  if (rows.empty()) throw FileError(tsv, "manifest is empty (no header line)");
  if (!rows.front().cells.empty() && rows.front().cells.front().rfind("\xEF\xBB\xBF", 0) == 0)
    rows.front().cells.front().erase(0, 3);  // a BOM from a spreadsheet

  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < rows.front().cells.size(); ++i) column.emplace(rows.front().cells[i], i);
  if (!column.count("file"))
    throw FileError(tsv, "line " + std::to_string(rows.front().line) +
                             ": header has no 'file' column (expected tab-separated "
                             "file, title, kind, year, symbol)");

  const std::filesystem::path base = manifest_key(tsv).parent_path();
  Manifest m;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const TsvRow& row = rows[r];
    auto cell = [&](const char* name) -> std::string {
      auto it = column.find(name);
      return it != column.end() && it->second < row.cells.size() ? row.cells[it->second] : std::string();
    };
    auto skip = [&](const std::string& cause) {
      warnings.push_back(tsv.string() + ": line " + std::to_string(row.line) + ": " + cause +
                         "; the line is left out");
    };
    ManifestEntry e;
    const std::string file = cell("file");
    if (file.empty()) {
      skip("empty 'file'");
      continue;
    }
    const std::string year = cell("year");
    if (!year.empty()) {
      auto [p, ec] = std::from_chars(year.data(), year.data() + year.size(), e.year);
      if (ec != std::errc{} || p != year.data() + year.size()) {
        skip("year '" + year + "' is not a number");
        continue;
      }
    }
    e.file = (base / file).lexically_normal();
    e.title = cell("title");
    e.kind = cell("kind");
    const std::string symbol = cell("symbol");
    e.symbol = canonical_un_symbol(symbol).value_or(symbol);
    m.entries_.push_back(std::move(e));
  }
  return m;
}

void Manifest::merge(const Manifest& other) {
  entries_.insert(entries_.end(), other.entries_.begin(), other.entries_.end());
}

const ManifestEntry* Manifest::find(const std::filesystem::path& file) const {
  const std::filesystem::path key = manifest_key(file);
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it)
    if (it->file == key) return &*it;
  return nullptr;
}

}  // namespace unxref
