#pragma once
// What the graph shows for a target id: its label, its long title, and the
// target it is part of. Knowledge of instruments comes from the detector's
// registry; SDG structure is read off the code itself.
#include <optional>
#include <string>

#include "unxref/detect/mention.hpp"

namespace unxref::graph {

struct Parent {
  std::string id;
  TargetKind kind;
};

std::string label_of(const std::string& id, TargetKind kind);
std::string title_of(const std::string& id, TargetKind kind);
int year_of(const std::string& id);  // adoption year of an instrument, 0 = unknown

// sdg:16.2.2 -> sdg:16.2 -> sdg:16; treaty:tip-protocol -> treaty:untoc.
std::optional<Parent> parent_of(const std::string& id);

}  // namespace unxref::graph
