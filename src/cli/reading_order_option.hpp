#pragma once
// --reading-order auto|geometry for the commands that extract PDFs.
#include "cli/commands.hpp"
#include "unxref/extract/extract.hpp"

namespace unxref::cli {

void add_reading_order_option(CLI::App* sub, ReadingOrder& order);

}  // namespace unxref::cli
