#include "render/style.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace unxref::rendering {
namespace {

constexpr std::array<KindStyle, 8> kStyles{{
    {"document", "corpus document", "box", "#d6e9f8", "#0072b2", ""},
    // A publication the registry knows but the corpus does not hold: cited, not read.
    {"publication", "publication (cited, not read)", "note", "#eef5fb", "#0072b2", ""},
    {"resolution", "resolution", "ellipse", "#fbe0c6", "#d55e00", ""},
    {"symbol", "other UN document", "ellipse", "#eeeeee", "#666666", ""},
    {"treaty", "treaty / instrument", "hexagon", "#cdeee0", "#009e73", ""},
    {"sdg-goal", "SDG goal", "doubleoctagon", "#f3cde3", "#cc79a7", ""},
    {"sdg-target", "SDG target", "octagon", "#f8e1ee", "#cc79a7", ""},
    {"sdg-indicator", "SDG indicator", "octagon", "#fcf0f6", "#cc79a7", "dashed"},
}};

constexpr KindStyle kUnknown{"", "other", "ellipse", "#f5f5f5", "#999999", ""};

}  // namespace

std::span<const KindStyle> kind_styles() { return kStyles; }

const KindStyle& style_for(std::string_view kind) {
  for (const KindStyle& s : kStyles) {
    if (s.kind == kind) return s;
  }
  return kUnknown;
}

double font_size_for(std::size_t citers) {
  return std::min(22.0, 10.0 + 2.5 * std::log2(1.0 + static_cast<double>(citers)));
}

double pen_width_for(int mentions) {
  return std::min(6.0, 1.0 + 1.2 * std::log2(std::max(1, mentions)));
}

std::string format_number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

}  // namespace unxref::rendering
