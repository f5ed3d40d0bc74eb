// Placeholder registration until the scan stage lands; replaced by its owner.
#include <iostream>

#include "cli/commands.hpp"
#include "unxref/core/error.hpp"

namespace unxref::cli {

void add_scan_command(CLI::App& app, Context& ctx) {
  auto* sub = app.add_subcommand("scan", "(not built yet)");
  sub->allow_extras();
  sub->callback([&ctx] {
    std::cerr << "unxref scan: not available in this build\n";
    ctx.exit_code = kExitUsage;
  });
}

}  // namespace unxref::cli
