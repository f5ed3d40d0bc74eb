#pragma once
// Runs the real Detector on a plain text and keeps what a test of one kind
// of finder asserts on. Every detector test goes through Detector::detect,
// never through a copy of its pipeline.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "unxref/detect/detect.hpp"

namespace unxref::testing {

struct Found {
  std::string target;  // empty for an unresolved short form
  TargetKind kind = TargetKind::symbol;
  std::string surface;
  std::string pinpoint;
  std::string resolved_from;  // the short form as written, for short forms
  std::size_t start = 0, end = 0;
};

// Mentions of `text` (one body block, page 1) by `detector`, for a citing
// document of `citing_year` (0 = unknown): all of them, whatever finder
// they come from.
inline std::vector<Found> run_detector(const Detector& detector, std::string_view text, int citing_year = 0) {
  const FlatText flat{std::string(text), {{0, text.size(), 1, Role::body, 0}}};
  const CitingDocument doc{"test", citing_year ? std::to_string(citing_year) : std::string(), {}};
  std::vector<Found> out;
  for (const Mention& m : detector.detect(flat, doc))
    out.push_back({m.target, m.kind, m.surface, m.pinpoint, m.resolved_from, m.start, m.end});
  return out;
}

// The targets found, "?" standing for an unresolved short form.
inline std::multiset<std::string> targets_of(const std::vector<Found>& found) {
  std::multiset<std::string> out;
  for (const Found& f : found) out.insert(f.target.empty() ? "?" : f.target);
  return out;
}

// Every target of `text` in text order, "?" for an unresolved short form,
// by one default Detector shared by the tests of a program.
inline std::vector<std::string> targets_in_order(std::string_view text) {
  static const Detector detector;
  std::vector<std::string> out;
  for (const Found& f : run_detector(detector, text)) out.push_back(f.target.empty() ? "?" : f.target);
  return out;
}

// A table row with a name that ctest shows ("…/ilo_no_after").
struct NamedCase {
  const char* name;
  const char* text;
  std::vector<std::string> targets;
};

inline std::string case_name(const ::testing::TestParamInfo<NamedCase>& info) { return info.param.name; }

inline std::set<std::string> distinct_targets(const std::vector<Found>& found) {
  std::set<std::string> out;
  for (const Found& f : found) out.insert(f.target.empty() ? "?" : f.target);
  return out;
}

}  // namespace unxref::testing
