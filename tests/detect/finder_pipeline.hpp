#pragma once
// Runs a set of finders the way the Detector does (cue scan, find, longest
// span wins, resolve_short_forms), with a plain literal search in place of
// the Hyperscan scanner, so that finder tests depend on nothing but the
// finder contract in detect/finder.hpp.
#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "detect/finder.hpp"
#include "detect/normalize.hpp"

namespace unxref::testing {

struct Found {
  std::string target;  // empty for an unresolved short form
  TargetKind kind = TargetKind::symbol;
  std::string surface;
  std::string pinpoint;
  std::string short_form;  // the key, for short forms
  std::size_t start = 0, end = 0;  // original byte offsets
};

inline std::vector<Found> run_finders(std::string_view original,
                                      const std::vector<std::unique_ptr<detect::Finder>>& finders,
                                      int citing_year = 0) {
  using namespace detect;
  const NormalizedText norm = normalize(original);
  struct Hit {
    std::size_t start, end, finder, cue;
  };
  std::vector<Hit> hits;
  for (std::size_t f = 0; f < finders.size(); ++f) {
    const auto cues = finders[f]->cues();
    for (std::size_t c = 0; c < cues.size(); ++c) {
      if (cues[c].empty()) continue;
      for (std::size_t p = norm.text.find(cues[c]); p != std::string::npos; p = norm.text.find(cues[c], p + 1))
        hits.push_back({p, p + cues[c].size(), f, c});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.start < b.start; });
  std::vector<Candidate> cands;
  for (const Hit& h : hits) finders[h.finder]->find(norm, h.cue, h.start, h.end, cands);

  // Longest span wins, then higher priority.
  std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    if (a.end - a.start != b.end - b.start) return a.end - a.start > b.end - b.start;
    return a.priority > b.priority;
  });
  std::vector<Candidate> kept;
  std::map<std::size_t, std::size_t> taken;  // start -> end of kept spans
  for (Candidate& c : cands) {
    auto next = taken.lower_bound(c.start);
    if (next != taken.end() && next->first < c.end) continue;
    if (next != taken.begin() && std::prev(next)->second > c.start) continue;
    taken.emplace(c.start, c.end);
    kept.push_back(std::move(c));
  }
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  resolve_short_forms(kept, citing_year);
  std::erase_if(kept, [](const Candidate& c) { return c.needs_antecedent && c.target.empty(); });

  std::vector<Found> out;
  for (const Candidate& c : kept) {
    auto [a, b] = norm.original_span(c.start, c.end);
    out.push_back({c.target, c.kind, std::string(original.substr(a, b - a)), c.pinpoint, c.short_form, a, b});
  }
  return out;
}

// The targets found, "?" standing for an unresolved short form.
inline std::multiset<std::string> targets_of(const std::vector<Found>& found) {
  std::multiset<std::string> out;
  for (const Found& f : found) out.insert(f.target.empty() ? "?" : f.target);
  return out;
}

inline std::set<std::string> distinct_targets(const std::vector<Found>& found) {
  std::set<std::string> out;
  for (const Found& f : found) out.insert(f.target.empty() ? "?" : f.target);
  return out;
}

// All the finders of this part of the detector.
inline std::vector<std::unique_ptr<detect::Finder>> registry_finders(const DetectorOptions& options = {}) {
  std::vector<std::unique_ptr<detect::Finder>> f;
  f.push_back(detect::make_instrument_finder(options));
  f.push_back(detect::make_sdg_finder());
  f.push_back(detect::make_short_form_finder());
  f.push_back(detect::make_document_finder(options));
  return f;
}

}  // namespace unxref::testing
