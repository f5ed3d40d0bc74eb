#pragma once
// The one reader of tab-separated files: every file in data/ and every file a
// user gives (--registry, manifests). One error policy: a malformed line is
// an error naming the file and the line; a caller that may go on without
// the line (a manifest) asks for warnings instead, each naming file and line.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace unxref {

struct TsvRow {
  int line = 0;                    // 1-based line number in the file
  std::vector<std::string> cells;  // split on tabs, spaces and '\r' trimmed
};

// Rows of `data`: '#' lines and blank lines skipped. A row with fewer than
// `min_columns` cells throws FileError(source, "line N: ..."), or, when
// `warnings` is given, is left out with a warning "<source>: line N: ...".
std::vector<TsvRow> parse_tsv(std::string_view data, const std::filesystem::path& source, std::size_t min_columns,
                              std::vector<std::string>* warnings = nullptr);

// The rows of data/<name>, compiled into the binary (FileError when it is not).
std::vector<TsvRow> embedded_tsv(std::string_view name, std::size_t min_columns);

// The rows of a file on disk (FileError when it cannot be read).
std::vector<TsvRow> read_tsv_file(const std::filesystem::path& file, std::size_t min_columns,
                                  std::vector<std::string>* warnings = nullptr);

// Splits a cell on `sep`, trimming spaces around each part, dropping empty parts.
std::vector<std::string> split_list(std::string_view cell, std::string_view sep);

// A FileError for the row: "<source>: line N: <cause>".
[[noreturn]] void throw_row_error(const std::filesystem::path& source, const TsvRow& row, const std::string& cause);

}  // namespace unxref
