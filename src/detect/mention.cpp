#include "unxref/detect/mention.hpp"

namespace unxref {

std::string_view to_string(TargetKind kind) {
  switch (kind) {
    case TargetKind::resolution: return "resolution";
    case TargetKind::symbol: return "symbol";
    case TargetKind::treaty: return "treaty";
    case TargetKind::sdg_goal: return "sdg-goal";
    case TargetKind::sdg_target: return "sdg-target";
    case TargetKind::sdg_indicator: return "sdg-indicator";
    case TargetKind::document: return "document";
  }
  return "symbol";
}

}  // namespace unxref
