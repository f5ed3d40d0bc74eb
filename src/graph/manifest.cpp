#include "unxref/graph/manifest.hpp"

#include <charconv>
#include <fstream>
#include <map>

#include "unxref/core/error.hpp"
#include "unxref/core/un_symbol.hpp"

namespace unxref {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      std::string cell = line.substr(start, i - start);
      while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\r')) cell.pop_back();
      while (!cell.empty() && cell.front() == ' ') cell.erase(cell.begin());
      cells.push_back(std::move(cell));
      start = i + 1;
    }
  }
  return cells;
}

bool skippable(const std::string& line) {
  for (char c : line) {
    if (c == '#') return true;
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

}  // namespace

std::filesystem::path manifest_key(const std::filesystem::path& file) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(file, ec);
  return (ec ? file : abs).lexically_normal();
}

Manifest Manifest::load(const std::filesystem::path& tsv) {
  std::ifstream in(tsv, std::ios::binary);
  if (!in) throw FileError(tsv, "cannot open manifest for reading");
  const std::filesystem::path base = manifest_key(tsv).parent_path();
  Manifest m;
  std::map<std::string, std::size_t> column;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // BOM
    if (skippable(line)) continue;
    std::vector<std::string> cells = split_tabs(line);
    if (column.empty()) {
      for (std::size_t i = 0; i < cells.size(); ++i) column.emplace(cells[i], i);
      if (!column.count("file"))
        throw FileError(tsv, "line " + std::to_string(line_no) +
                                 ": header has no 'file' column (expected tab-separated "
                                 "file, title, kind, year, symbol)");
      continue;
    }
    auto cell = [&](const char* name) -> std::string {
      auto it = column.find(name);
      return it != column.end() && it->second < cells.size() ? cells[it->second] : std::string();
    };
    ManifestEntry e;
    const std::string file = cell("file");
    if (file.empty()) throw FileError(tsv, "line " + std::to_string(line_no) + ": empty 'file'");
    e.file = (base / file).lexically_normal();
    e.title = cell("title");
    e.kind = cell("kind");
    const std::string year = cell("year");
    if (!year.empty()) {
      auto [p, ec] = std::from_chars(year.data(), year.data() + year.size(), e.year);
      if (ec != std::errc{} || p != year.data() + year.size())
        throw FileError(tsv, "line " + std::to_string(line_no) + ": year '" + year + "' is not a number");
    }
    const std::string symbol = cell("symbol");
    e.symbol = canonical_un_symbol(symbol).value_or(symbol);
    m.entries_.push_back(std::move(e));
  }
  if (column.empty()) throw FileError(tsv, "manifest is empty (no header line)");
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
