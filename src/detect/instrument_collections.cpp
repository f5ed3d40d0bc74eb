// Instruments cited together under one plural name ("the Geneva Conventions
// of 1949", "les Protocoles additionnels I et II"): one mention of each
// member. The names and members are data (data/instrument-collections.tsv);
// the members' targets come from the registry, so a collection whose member
// the registry lacks is a load-time error, not a silent miss.
#include <algorithm>

#include "detect/finder.hpp"
#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "unxref/core/error.hpp"
#include "unxref/core/tsv.hpp"

namespace unxref::detect {
namespace {

constexpr std::string_view kSource = "data/instrument-collections.tsv";

struct Collection {
  std::vector<std::string> targets;
  TargetKind kind = TargetKind::treaty;
  std::vector<std::string> not_after, not_before;  // normalised
};

std::vector<std::string> normalized_list(const std::string& cell) {
  std::vector<std::string> out;
  if (cell == "-") return out;
  for (const std::string& w : split_list(cell, "|")) out.push_back(normalize(w).text);
  return out;
}

class CollectionFinder final : public Finder {
 public:
  CollectionFinder() {
    for (const TsvRow& row : embedded_tsv("instrument-collections.tsv", 5)) {
      const auto at = [&](const std::string& why) {
        return FileError(std::string(kSource), "line " + std::to_string(row.line) + ": " + why);
      };
      Collection c;
      const auto& all = builtin_instruments().instruments();
      for (const std::string& key : split_list(row.cells[1], ",")) {
        auto in = std::find_if(all.begin(), all.end(), [&](const Instrument& i) { return i.key == key; });
        if (in == all.end()) throw at("member '" + key + "' is not in data/instruments.tsv");
        c.targets.push_back(in->target);
        c.kind = in->kind;
      }
      if (c.targets.size() < 2) throw at("a collection has two members or more");
      c.not_after = normalized_list(row.cells[3]);
      c.not_before = normalized_list(row.cells[4]);
      collections_.push_back(std::move(c));
      for (const std::string& name : normalized_list(row.cells[2])) {
        std::string cue(name_cue(name));
        auto it = std::find(cues_.begin(), cues_.end(), cue);
        if (it == cues_.end()) {
          cues_.push_back(cue);
          names_of_cue_.emplace_back();
          it = cues_.end() - 1;
        }
        names_of_cue_[static_cast<std::size_t>(it - cues_.begin())].push_back({collections_.size() - 1, name});
      }
    }
  }

  std::vector<std::string> cues() const override { return cues_; }

  void find(const NormalizedText& text, std::size_t cue, std::size_t hit_start, std::size_t,
            std::vector<Candidate>& out) const override {
    if (cue >= names_of_cue_.size()) return;
    const std::string_view t = text.text;
    if (is_word_char(code_point_at(t, hit_start)) && !word_starts_at(t, hit_start)) return;
    std::size_t best_end = 0;
    const Collection* best = nullptr;
    for (const Name& n : names_of_cue_[cue]) {
      const std::size_t end = match_whole_name(t, hit_start, n.normalized);
      if (end == npos || end <= best_end) continue;
      best_end = end;
      best = &collections_[n.collection];
    }
    if (!best || part_of_a_title(t, hit_start, best_end, *best)) return;
    Candidate c;
    c.start = hit_start;
    c.end = best_end;
    c.kind = best->kind;
    c.cite(best->targets);
    c.priority = 1;
    out.push_back(std::move(c));
  }

 private:
  struct Name {
    std::size_t collection;
    std::string normalized;
  };

  static bool part_of_a_title(std::string_view t, std::size_t start, std::size_t end, const Collection& c) {
    for (const std::string& w : c.not_after)
      if (words_before(t, start, w) != npos) return true;
    for (const std::string& w : c.not_before)
      if (t.compare(end, w.size(), w) == 0 || words_after(t, end, w) != npos) return true;
    return false;
  }

  std::vector<Collection> collections_;
  std::vector<std::string> cues_;
  std::vector<std::vector<Name>> names_of_cue_;
};

}  // namespace

std::unique_ptr<Finder> make_instrument_collection_finder() { return std::make_unique<CollectionFinder>(); }

}  // namespace unxref::detect
