#pragma once
// One detected reference, with its span in FlatText::text. Field names are
// the column names of mentions.jsonl / mentions.csv.
#include <cstddef>
#include <string>
#include <string_view>

namespace unxref {

enum class TargetKind { resolution, symbol, treaty, sdg_goal, sdg_target, sdg_indicator, document };
std::string_view to_string(TargetKind kind);  // "resolution", "sdg-target", ...

struct Mention {
  std::string doc;        // citing document id (its path as given, or its symbol)
  std::string target;     // canonical id, ../shared/spec/citation-ids.md
  TargetKind kind = TargetKind::symbol;
  std::string surface;    // the text as written (the original bytes of [start, end))
  std::size_t start = 0;  // byte offsets into FlatText::text (original, not normalised)
  std::size_t end = 0;
  int page = 0;
  std::string section;        // to_string(Role) of the block: "body", "footnote", ...
  std::string pinpoint;       // "op. 16", "annex II", "art. 3", "para. 11 (j)", "objective 10"
  std::string date;           // "20 December 2006" when the text gives one
  std::string resolved_from;  // for short forms: "the Protocol", "supra", ...
  std::string context;        // a snippet around the mention, one line
  bool unresolved = false;    // a short form with no compatible antecedent; target is empty
};

}  // namespace unxref
