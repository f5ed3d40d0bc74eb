#pragma once
// --registry FILE for every command that runs the detector: the file is read
// while the arguments are parsed, so a malformed one is a usage error (exit
// 2) naming the file and line, before any work starts.
#include <string>
#include <vector>

#include "cli/commands.hpp"

namespace unxref::cli {

void add_registry_option(CLI::App* sub, std::vector<std::string>& registries);

}  // namespace unxref::cli
