#pragma once
// The files compiled into the report stage (CMakeLists.txt: unxref_report_assets):
// d3.min.js from Debian's node-d3, and src/report/assets/* (the overview's
// script and the pages' style). Private to the stage.
#include <string_view>

namespace unxref::report {

// The bytes of the asset with this file name, empty when there is none.
std::string_view embedded_data(std::string_view name);

}  // namespace unxref::report
