#pragma once
// Each subcommand lives in its own cmd_*.cpp and registers itself on the app.
// The callbacks store the process exit code (unxref::ExitCode) in `exit_code`.
#include <CLI/CLI.hpp>

namespace unxref::cli {

struct Context {
  int exit_code = 0;
};

void add_extract_command(CLI::App& app, Context& ctx);
void add_detect_command(CLI::App& app, Context& ctx);
void add_scan_command(CLI::App& app, Context& ctx);
void add_uptake_command(CLI::App& app, Context& ctx);
void add_export_command(CLI::App& app, Context& ctx);
void add_report_command(CLI::App& app, Context& ctx);
void add_relation_command(CLI::App& app, Context& ctx);

}  // namespace unxref::cli
