#pragma once
// Shared by the resolution and symbol tests: run the real Detector and keep
// the resolution and symbol targets, so that other finders' output (SDGs,
// treaties) never changes what these tables assert.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "support/case_names.hpp"
#include "unxref/detect/detect.hpp"

namespace unxref::testing {

inline const Detector& shared_detector() {
  static const Detector detector;
  return detector;
}

inline std::vector<Mention> resolution_mentions(std::string_view text) {
  std::vector<Mention> all = shared_detector().detect(text, "test");
  std::erase_if(all, [](const Mention& m) { return m.kind != TargetKind::resolution && m.kind != TargetKind::symbol; });
  return all;
}

// Targets in text order, joined by " " ("" when none, "?" for a mention
// reported unresolved).
inline std::string resolution_targets(std::string_view text) {
  std::string out;
  for (const Mention& m : resolution_mentions(text)) {
    if (!out.empty()) out += ' ';
    out += m.target.empty() ? "?" : m.target;
  }
  return out;
}

struct TargetCase {
  const char* text;
  const char* targets;  // space-separated, in text order; "" = nothing
};

inline void PrintTo(const TargetCase& c, std::ostream* os) { *os << '"' << c.text << '"'; }

inline std::string target_case_name(const ::testing::TestParamInfo<TargetCase>& info) {
  return readable_case_name(info.param.text, info.index);
}

}  // namespace unxref::testing
