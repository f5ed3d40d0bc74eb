#include "graph/target_info.hpp"

#include <algorithm>
#include <cctype>

namespace unxref::graph {
namespace {

constexpr std::string_view kSdg = "sdg:";
constexpr std::string_view kTreaty = "treaty:";

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

std::string label_of(const std::string& id, TargetKind kind) {
  if (starts_with(id, kSdg)) return "SDG " + id.substr(kSdg.size());
  if (kind == TargetKind::treaty && starts_with(id, kTreaty)) {
    std::string key = id.substr(kTreaty.size());
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return key;
  }
  return id;
}

std::string title_of(const std::string&, TargetKind) { return {}; }

std::optional<Parent> parent_of(const std::string& id) {
  if (starts_with(id, kSdg)) {
    const std::string code = id.substr(kSdg.size());
    const std::size_t last_dot = code.rfind('.');
    if (last_dot == std::string::npos || last_dot == 0) return std::nullopt;  // a goal
    const std::string up = code.substr(0, last_dot);
    const bool up_is_goal = up.find('.') == std::string::npos;
    return Parent{std::string(kSdg) + up, up_is_goal ? TargetKind::sdg_goal : TargetKind::sdg_target};
  }
  return std::nullopt;
}

}  // namespace unxref::graph
