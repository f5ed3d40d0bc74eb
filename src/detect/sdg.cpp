// Finds Sustainable Development Goals, targets and indicators: a cue word in
// one of the six languages ("target", "la cible", "задача", "具体目标", "الغاية")
// followed by a code or a list of codes, each checked against the official
// framework (data/sdg-codes.tsv), so that "target 8.11" is nothing.
#include <array>

#include "detect/finder.hpp"
#include "detect/normalize.hpp"
#include "detect/registry.hpp"
#include "detect/registry_matching.hpp"
#include "unxref/core/embedded.hpp"
#include "unxref/core/error.hpp"

namespace unxref::detect {
namespace {

enum class Level { any, goal, target, indicator };

Level parse_level(const std::string& s, const TsvRow& row) {
  if (s == "any") return Level::any;
  if (s == "goal") return Level::goal;
  if (s == "target") return Level::target;
  if (s == "indicator") return Level::indicator;
  throw FileError("data/sdg-cues.tsv", "line " + std::to_string(row.line) + ": unknown level '" + s + "'");
}

struct Code {
  std::string text;  // "8.7"
  int depth = 0;     // 1 goal, 2 target, 3 indicator
  std::size_t start = 0, end = 0;
};

bool ascii_digit(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }
bool ascii_lower(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= 'a' && t[i] <= 'z'; }

// A code separator: '.' or the Arabic decimal separator U+066B.
std::size_t separator_len(std::string_view t, std::size_t i) {
  if (i < t.size() && t[i] == '.') return 1;
  if (t.substr(i).starts_with("\xD9\xAB")) return 2;
  return 0;
}

// "16", "8.7", "1.a", "16.2.2", "1.a.1" at pos; depth 0 when there is none or
// the number runs on ("8.7.1.2", "5a", "2030").
Code parse_code(std::string_view t, std::size_t pos) {
  Code c;
  c.start = pos;
  std::size_t end = npos;
  const int goal = parse_number(t, pos, 2, &end);
  if (goal < 1) return c;
  c.text = std::to_string(goal);
  c.depth = 1;
  for (int part = 2; part <= 3; ++part) {
    const std::size_t sep = separator_len(t, end);
    if (sep == 0) break;
    const std::size_t p = end + sep;
    std::size_t e = npos;
    if (ascii_digit(t, p)) {
      const int n = parse_number(t, p, 2, &e);
      if (n < 0) return {};
      c.text += "." + std::to_string(n);
    } else if (part == 2 && ascii_lower(t, p) && !ascii_lower(t, p + 1)) {
      e = p + 1;
      c.text += "." + std::string(1, t[p]);
    } else {
      break;  // a full stop after the code
    }
    end = e;
    c.depth = part;
  }
  if (!word_ends_at(t, end)) return {};
  const std::size_t sep = separator_len(t, end);
  if (sep && (ascii_digit(t, end + sep) || ascii_lower(t, end + sep))) return {};
  c.end = end;
  return c;
}

// "8.7 per cent" after a cue is a quantity, not a code.
bool is_quantity(std::string_view rest) {
  static constexpr std::array<std::string_view, 8> kUnits = {
      "%", " %", " per cent", " percent", " pour cent", " por ciento", " процент", "٪"};
  for (auto u : kUnits)
    if (rest.starts_with(u)) return true;
  return false;
}

// Goals of other frameworks that are written like SDG goals.
bool other_framework_goal(std::string_view t, std::size_t cue_start, std::size_t code_end) {
  const std::size_t from = cue_start > 24 ? cue_start - 24 : 0;
  std::string_view before = t.substr(from, cue_start - from);
  if (before.find("millennium") != std::string_view::npos) return true;
  std::string_view after = t.substr(code_end, 48);
  for (std::string_view w : {"millénaire", "milenio", "тысячелетия", "of the global compact", "of the compact",
                             "du pacte", "del pacto", "глобального договора"})
    if (after.find(w) != std::string_view::npos) return true;
  return false;
}

// What may stand between two codes of a list: "5.2, 8.7 and 16.2".
constexpr std::array<std::string_view, 17> kListSeparators = {
    ", and ", ", or ", ", ", " and ", " & ", " or ", " et ", " y ", " e ", " и ", " و ", " و", "、", "，", "和", "及", "与"};

class SdgFinder final : public Finder {
 public:
  SdgFinder() : codes_(builtin_sdg_codes()) {
    for (const TsvRow& row : embedded_tsv("sdg-cues.tsv", 2)) {
      cues_.push_back(normalize(row.cells[0]).text);
      levels_.push_back(parse_level(row.cells[1], row));
    }
  }

  std::vector<std::string> cues() const override { return cues_; }

  void find(const NormalizedText& text, std::size_t cue, std::size_t hit_start, std::size_t hit_end,
            std::vector<Candidate>& out) const override {
    if (cue >= cues_.size()) return;
    const std::string_view t = text.text;
    if (is_word_char(code_point_at(t, hit_start)) && !word_starts_at(t, hit_start)) return;
    Level level = levels_[cue];
    std::size_t pos = hit_end;
    if (level == Level::any) pos = skip_level_word(t, pos, level);
    // One space or hyphen before the code, or none ("SDG8", "具体目标8.7").
    if (pos < t.size() && (t[pos] == ' ' || t[pos] == '-')) ++pos;
    Code first = parse_code(t, pos);
    if (!accepts(first, level, t)) return;
    if (first.depth == 1 && other_framework_goal(t, hit_start, first.end)) return;
    out.push_back(candidate(hit_start, first));
    // Further codes of a list take the depth of the first.
    std::size_t end = first.end;
    while (true) {
      std::size_t next = npos;
      for (std::string_view sep : kListSeparators) {
        if (t.substr(end).starts_with(sep)) {
          next = end + sep.size();
          break;
        }
      }
      if (next == npos) break;
      Code c = parse_code(t, next);
      if (c.depth != first.depth || !accepts(c, level == Level::any ? depth_level(first.depth) : level, t)) break;
      out.push_back(candidate(c.start, c));
      end = c.end;
    }
  }

 private:
  static Level depth_level(int depth) {
    return depth == 1 ? Level::goal : depth == 2 ? Level::target : Level::indicator;
  }

  bool accepts(const Code& c, Level level, std::string_view t) const {
    if (c.depth == 0) return false;
    if (level != Level::any && depth_level(c.depth) != level) return false;
    if (is_quantity(t.substr(c.end))) return false;
    return codes_.contains(c.text);
  }

  static Candidate candidate(std::size_t start, const Code& c) {
    Candidate cand;
    cand.start = start;
    cand.end = c.end;
    cand.kind = c.depth == 1 ? TargetKind::sdg_goal : c.depth == 2 ? TargetKind::sdg_target : TargetKind::sdg_indicator;
    cand.target = "sdg:" + c.text;
    return cand;
  }

  // "SDG target 8.7": a level word after an "any" cue sets the level.
  std::size_t skip_level_word(std::string_view t, std::size_t pos, Level& level) const {
    if (pos >= t.size() || t[pos] != ' ') return pos;
    std::size_t best = pos;
    for (std::size_t i = 0; i < cues_.size(); ++i) {
      if (levels_[i] == Level::any) continue;
      const std::string& w = cues_[i];
      if (t.compare(pos + 1, w.size(), w) != 0 || !word_ends_at(t, pos + 1 + w.size())) continue;
      if (pos + 1 + w.size() > best) {
        best = pos + 1 + w.size();
        level = levels_[i];
      }
    }
    return best;
  }

  const SdgCodes& codes_;
  std::vector<std::string> cues_;
  std::vector<Level> levels_;
};

}  // namespace

std::unique_ptr<Finder> make_sdg_finder() { return std::make_unique<SdgFinder>(); }

}  // namespace unxref::detect
