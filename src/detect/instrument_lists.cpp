// Instruments named by one plural head and a list of what tells them apart:
// "the treaties of Tlatelolco,6 Rarotonga,7 Bangkok8 and Pelindaba9", "les
// Traités de Tlatelolco, de Rarotonga ...", "ومعاهدات تلاتيلولكو وراروتونغا".
// Each item is a citation when its singular name ("Treaty of Rarotonga") is
// a registry name, so the list needs no data of its own beyond the words of
// data/instrument-lists.tsv. The list is one mention of all its members, as a
// collection is: no antecedent of a later "the Treaty".
#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "detect/finder.hpp"
#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "unxref/core/error.hpp"
#include "unxref/core/tsv.hpp"

namespace unxref::detect {
namespace {

constexpr std::string_view kSource = "data/instrument-lists.tsv";

struct Head {
  std::string prefix, suffix;  // of the singular name around the item, normalised
};

constexpr std::string_view kArabicComma = "\u060C";  // ،

bool is_letter(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DIACRITIC);
}

class ListFinder final : public Finder {
 public:
  ListFinder() {
    for (const TsvRow& row : embedded_tsv("instrument-lists.tsv", 3)) {
      const std::string words = normalize(row.cells[2]).text;
      if (row.cells[0] == "head" && row.cells.size() >= 4) {
        const std::string singular = normalize(row.cells[3]).text;
        const std::size_t slot = singular.find("{}");
        if (slot == std::string::npos)
          throw FileError(std::string(kSource), "line " + std::to_string(row.line) + ": no {} in the singular");
        cues_.push_back(words);
        heads_.push_back({singular.substr(0, slot), singular.substr(slot + 2)});
      } else if (row.cells[0] == "joiner") {
        joiners_.push_back(words);
      } else if (row.cells[0] == "glued") {
        glued_.push_back(words);
      } else {
        throw FileError(std::string(kSource), "line " + std::to_string(row.line) + ": unknown row");
      }
    }
    for (const Instrument& in : builtin_instruments().instruments())
      for (const InstrumentName& n : in.names)
        if (!n.exact_case && n.normalized.find('*') == std::string::npos) targets_.emplace(n.normalized, in.target);
  }

  std::vector<std::string> cues() const override { return cues_; }

  void find(const NormalizedText& text, std::size_t cue, std::size_t hit_start, std::size_t hit_end,
            std::vector<Candidate>& out) const override {
    const std::string_view t = text.text;
    if (!word_starts_at(t, hit_start) || !word_ends_at(t, hit_end)) return;
    const Head& head = heads_[cue];
    constexpr int kMaxItems = 12;
    std::vector<std::string> found;
    std::size_t pos = hit_end, last_end = 0;
    for (int items = 0; items < kMaxItems; ++items) {
      pos = skip_between(t, pos, items > 0);
      std::size_t end = pos;
      for (std::size_t len = 0; end < t.size() && is_letter(code_point_at(t, end, &len)) && len > 0;) end += len;
      if (end == pos) break;
      const std::string* target = target_of(head, t.substr(pos, end - pos));
      if (!target) break;
      if (std::find(found.begin(), found.end(), *target) == found.end()) found.push_back(*target);
      last_end = end;
      pos = end;
    }
    if (found.size() < 2) return;
    Candidate c;
    c.start = hit_start;
    c.end = last_end;
    c.kind = TargetKind::treaty;
    c.cite(std::move(found));
    c.priority = 1;
    out.push_back(std::move(c));
  }

 private:
  // Past the space after the head, or past what stands between two items:
  // a note marker ("6", "(6)"), a comma, spaces and the joining words.
  std::size_t skip_between(std::string_view t, std::size_t pos, bool after_item) const {
    const auto digits = [&](std::size_t p) {
      while (p < t.size() && t[p] >= '0' && t[p] <= '9') ++p;
      return p;
    };
    if (!after_item) return pos < t.size() && t[pos] == ' ' ? pos + 1 : t.size();
    pos = digits(pos);
    if (pos < t.size() && t[pos] == '(') {
      const std::size_t close = digits(pos + 1);
      if (close > pos + 1 && close < t.size() && t[close] == ')') pos = close + 1;
    }
    bool joined = false;
    if (pos < t.size() && t[pos] == ',') {
      pos = digits(pos + 1);
      joined = true;
    } else if (t.substr(pos).starts_with(kArabicComma)) {
      pos = digits(pos + kArabicComma.size());
      joined = true;
    }
    for (bool more = true; more;) {
      more = false;
      if (pos >= t.size() || t[pos] != ' ') break;
      for (const std::string& j : joiners_)
        if (const std::size_t e = words_after(t, pos, j); e != npos) {
          pos = e;
          joined = more = true;
          break;
        }
      if (more) continue;
      for (const std::string& g : glued_)
        if (t.compare(pos + 1, g.size(), g) == 0) return pos + 1 + g.size();
    }
    if (!joined) return t.size();
    return pos < t.size() && t[pos] == ' ' ? pos + 1 : t.size();
  }

  const std::string* target_of(const Head& head, std::string_view item) const {
    auto it = targets_.find(head.prefix + std::string(item) + head.suffix);
    return it == targets_.end() ? nullptr : &it->second;
  }

  std::vector<std::string> cues_;
  std::vector<Head> heads_;
  std::vector<std::string> joiners_, glued_;
  std::unordered_map<std::string, std::string> targets_;
};

}  // namespace

std::unique_ptr<Finder> make_instrument_list_finder() { return std::make_unique<ListFinder>(); }

}  // namespace unxref::detect
