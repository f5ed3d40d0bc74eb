#include "cli/reading_order_option.hpp"

#include <string>

namespace unxref::cli {

void add_reading_order_option(CLI::App* sub, ReadingOrder& order) {
  sub->add_option_function<std::string>(
         "--reading-order",
         [&order](const std::string& v) { order = v == "geometry" ? ReadingOrder::geometry : ReadingOrder::automatic; },
         "PDF reading order: auto (a tagged PDF whose tags carry its text in the order of its structure tree, "
         "other PDFs by the page's geometry) or geometry (the tags ignored)")
      ->check(CLI::IsMember({"auto", "geometry"}, CLI::ignore_case).description(""))
      ->type_name("auto|geometry")
      ->default_str("auto");
}

}  // namespace unxref::cli
