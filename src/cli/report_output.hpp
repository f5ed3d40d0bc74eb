#pragma once
// Writing report.html (and report/) from an index: shared by `scan` and `report`.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.hpp"
#include "unxref/pipeline/scan.hpp"

namespace unxref::cli {

struct ReportArgs {
  std::vector<std::string> uptake;  // "SOURCE,TARGET" file pairs
  std::string title = "Citation report";
};

// The files of an --uptake "SOURCE,TARGET" pair: split at the first comma,
// so a target path may hold commas.
std::pair<std::filesystem::path, std::filesystem::path> uptake_pair_files(const std::string& pair);

// --uptake SOURCE,TARGET (repeatable) and --title.
void add_report_options(CLI::App* sub, ReportArgs& args);

// Writes the report of the index's last scan into `out`. Errors are printed
// as "unxref <command>: error: ..." and counted in the result.
int write_report(Index& index, const ScanResult& corpus, const std::filesystem::path& out, const ReportArgs& args,
                 const std::string& command, bool quiet);

}  // namespace unxref::cli
