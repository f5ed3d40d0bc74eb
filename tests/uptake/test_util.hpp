#pragma once
// Builders for hand-made Documents and readers for the labelled data files.
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "support/paths.hpp"
#include "unxref/extract/document.hpp"

namespace unxref::uptake::testing {

inline Block block(Role role, std::string text, int level = 0) {
  Block b;
  b.role = role;
  b.text = std::move(text);
  b.level = level;
  return b;
}

inline Document document(std::vector<Block> blocks, std::string path = "doc.md") {
  Document d;
  d.meta.path = std::move(path);
  d.blocks = std::move(blocks);
  return d;
}

// Rows of a tab-separated file with a header line; '#' lines are comments.
inline std::vector<std::map<std::string, std::string>> read_tsv(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::vector<std::map<std::string, std::string>> rows;
  std::vector<std::string> header;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::size_t pos = 0;
    while (true) {
      const std::size_t tab = line.find('\t', pos);
      cols.push_back(line.substr(pos, tab == std::string::npos ? tab : tab - pos));
      if (tab == std::string::npos) break;
      pos = tab + 1;
    }
    if (header.empty()) {
      header = cols;
      continue;
    }
    std::map<std::string, std::string> row;
    for (std::size_t i = 0; i < header.size() && i < cols.size(); ++i) row[header[i]] = cols[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

inline std::filesystem::path data_dir() { return unxref::testing::source_dir() / "tests" / "uptake" / "data"; }

}  // namespace unxref::uptake::testing
