#include "graph/target_info.hpp"

#include <algorithm>
#include <cctype>

#include "unxref/detect/registry.hpp"

namespace unxref::graph {
namespace {

constexpr std::string_view kSdg = "sdg:";
constexpr std::string_view kTreaty = "treaty:";

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

}  // namespace

std::string label_of(const std::string& id, TargetKind kind) {
  if (starts_with(id, kSdg)) return "SDG " + id.substr(kSdg.size());
  if (kind == TargetKind::document) {
    std::string title = publication_title(id);
    return title.empty() ? id : title;
  }
  std::string label = instrument_label(id);
  if (!label.empty()) return label;
  // An unknown treaty key still reads better as an abbreviation.
  if (starts_with(id, kTreaty)) return upper(id.substr(kTreaty.size()));
  return id;
}

std::string title_of(const std::string& id, TargetKind kind) {
  if (starts_with(id, kSdg)) return sdg_label(id);
  if (kind == TargetKind::document) return publication_title(id);
  return instrument_title(id);
}

int year_of(const std::string& id) { return instrument_year(id); }

std::optional<Parent> parent_of(const std::string& id) {
  if (starts_with(id, kSdg)) {
    const std::string code = id.substr(kSdg.size());
    const std::size_t last_dot = code.rfind('.');
    if (last_dot == std::string::npos || last_dot == 0) return std::nullopt;  // a goal
    const std::string up = code.substr(0, last_dot);
    const bool up_is_goal = up.find('.') == std::string::npos;
    return Parent{std::string(kSdg) + up, up_is_goal ? TargetKind::sdg_goal : TargetKind::sdg_target};
  }
  std::string parent = instrument_parent(id);
  if (parent.empty() || parent == id) return std::nullopt;
  return Parent{parent, starts_with(parent, kTreaty) ? TargetKind::treaty : TargetKind::resolution};
}

}  // namespace unxref::graph
