#include "unxref/core/tsv.hpp"

#include <fstream>
#include <sstream>

#include "unxref/core/embedded.hpp"
#include "unxref/core/error.hpp"

namespace unxref {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<TsvRow> parse_tsv(std::string_view data, const std::filesystem::path& source, std::size_t min_columns,
                              std::vector<std::string>* warnings) {
  std::vector<TsvRow> rows;
  int line = 0;
  while (!data.empty()) {
    ++line;
    const std::size_t nl = data.find('\n');
    std::string_view text = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view{} : data.substr(nl + 1);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (trim(text).empty() || trim(text).front() == '#') continue;
    TsvRow row;
    row.line = line;
    for (std::size_t from = 0;;) {
      const std::size_t tab = text.find('\t', from);
      row.cells.emplace_back(trim(text.substr(from, tab == std::string_view::npos ? tab : tab - from)));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    if (row.cells.size() < min_columns) {
      const std::string cause = "line " + std::to_string(line) + ": expected " + std::to_string(min_columns) +
                                " tab-separated columns, found " + std::to_string(row.cells.size());
      if (!warnings) throw FileError(source, cause);
      warnings->push_back(source.string() + ": " + cause + "; the line is left out");
      continue;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<TsvRow> embedded_tsv(std::string_view name, std::size_t min_columns) {
  const std::filesystem::path source = std::filesystem::path("data") / std::string(name);
  const std::string_view data = embedded_data(name);
  if (data.empty()) throw FileError(source, "not embedded in this build");
  return parse_tsv(data, source, min_columns);
}

std::vector<TsvRow> read_tsv_file(const std::filesystem::path& file, std::size_t min_columns,
                                  std::vector<std::string>* warnings) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) throw FileError(file, "is a directory, not a tab-separated file");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError(file, "cannot open for reading");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw FileError(file, "read error");
  return parse_tsv(buf.str(), file, min_columns, warnings);
}

std::vector<std::string> split_list(std::string_view cell, std::string_view sep) {
  std::vector<std::string> out;
  while (true) {
    const std::size_t at = cell.find(sep);
    const std::string_view part = trim(cell.substr(0, at));
    if (!part.empty()) out.emplace_back(part);
    if (at == std::string_view::npos) break;
    cell.remove_prefix(at + sep.size());
  }
  return out;
}

void throw_row_error(const std::filesystem::path& source, const TsvRow& row, const std::string& cause) {
  throw FileError(source, "line " + std::to_string(row.line) + ": " + cause);
}

}  // namespace unxref
