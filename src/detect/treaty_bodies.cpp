#include "detect/treaty_bodies.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detect/registry_matching.hpp"
#include "unxref/core/error.hpp"
#include "unxref/core/tsv.hpp"

namespace unxref::detect {
namespace {

struct BodyCues {
  std::vector<std::string> agent_before, agent_verbs, auxiliaries, body_of, body_after;
};

const BodyCues& cues() {
  static const BodyCues c = [] {
    BodyCues out;
    std::unordered_map<std::string_view, std::vector<std::string>*> lists = {{"agent-before", &out.agent_before},
                                                                             {"agent-verb", &out.agent_verbs},
                                                                             {"auxiliary", &out.auxiliaries},
                                                                             {"body-of", &out.body_of},
                                                                             {"body-after", &out.body_after}};
    for (const TsvRow& row : embedded_tsv("treaty-body-cues.tsv", 3)) {
      auto it = lists.find(row.cells[0]);
      if (it == lists.end())
        throw FileError("data/treaty-body-cues.tsv",
                        "line " + std::to_string(row.line) + ": unknown kind '" + row.cells[0] + "'");
      it->second->push_back(normalize(row.cells[2]).text);
    }
    return out;
  }();
  return c;
}


// The position before an article that ends right before `pos`.
std::size_t skip_article_before(std::string_view t, std::size_t pos) {
  for (const std::string& a : articles())
    if (const std::size_t s = words_before(t, pos, a); s != npos) return s;
  return pos;
}

bool any_before(std::string_view t, std::size_t pos, const std::vector<std::string>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const std::string& p) { return words_before(t, pos, p) != npos; });
}

// The word of capitals ending right before the space at pos - 1 ("CRC" in
// "the CRC and the CEDAW"), as its start, or npos.
std::size_t abbreviation_before(const NormalizedText& text, std::size_t pos) {
  const std::string_view t = text.text;
  if (pos < 2 || t[pos - 1] != ' ') return npos;
  std::size_t s = pos - 1;
  while (s > 0 && is_word_char(code_point_before(t, s))) {
    std::size_t len = 1;
    code_point_before(t, s, &len);
    s -= len ? len : 1;
  }
  return pos - 1 - s >= 2 && original_all_upper(text, s, pos - 1) ? s : npos;
}

// "According to [the] CEDAW"; "the comments of the CRC and [the] CEDAW".
bool agent_before(const NormalizedText& text, std::size_t start, bool coordinated) {
  const std::string_view t = text.text;
  const std::size_t p = skip_article_before(t, start);
  if (any_before(t, p, cues().agent_before)) return true;
  if (coordinated) return false;
  for (const std::string& a : conjunctions()) {
    const std::size_t q = words_before(t, p, a);
    if (q == npos) continue;
    const std::size_t first = abbreviation_before(text, q);
    if (first != npos) return agent_before(text, first, true);
  }
  return false;
}

// "CEDAW had commended"; "CEDAW and the CRC have pointed out".
bool agent_after(const NormalizedText& text, std::size_t end) {
  const std::string_view t = text.text;
  std::size_t p = end;
  for (const std::string& a : conjunctions()) {
    std::size_t q = words_after(t, p, a);
    if (q == npos) continue;
    for (const std::string& art : articles())
      if (const std::size_t r = words_after(t, q, art); r != npos) q = r;
    const std::size_t w = q + 1;
    std::size_t e = w;
    for (std::size_t len = 1; e < t.size() && is_word_char(code_point_at(t, e, &len));) e += len ? len : 1;
    if (e - w >= 2 && original_all_upper(text, w, e)) p = e;
    break;
  }
  for (bool skipped = true; skipped;) {
    skipped = false;
    for (const std::string& aux : cues().auxiliaries)
      if (const std::size_t q = words_after(t, p, aux); q != npos) {
        p = q;
        skipped = true;
        break;
      }
  }
  return std::any_of(cues().agent_verbs.begin(), cues().agent_verbs.end(),
                     [&](const std::string& v) { return words_after(t, p, v) != npos; });
}

}  // namespace

bool names_a_body(const NormalizedText& text, std::size_t start, std::size_t end, bool abbreviation) {
  const std::string_view t = text.text;
  if (any_before(t, skip_article_before(t, start), cues().body_of) || any_before(t, start, cues().body_of)) return true;
  for (const std::string& b : cues().body_after) {
    // Han text runs on with no space: "...公约缔约方会议".
    const bool han = code_point_at(b, 0) >= 0x2E80;
    if (words_after(t, end, b) != npos || (han && t.compare(end, b.size(), b) == 0)) return true;
  }
  if (!abbreviation) return false;
  if (t.substr(end).starts_with(" committee") || t.substr(end).starts_with("'s ")) return true;
  // "the Committee on the Elimination of Discrimination against Women (CEDAW)"
  if (start > 0 && t[start - 1] == '(') {
    constexpr std::size_t kNameReach = 120;
    const std::size_t from = start > kNameReach ? start - kNameReach : 0;
    const std::string_view before = t.substr(from, start - from);
    const std::size_t close = before.rfind(')');
    const std::string_view own = close == std::string_view::npos ? before : before.substr(close);
    if (own.find("committee") != std::string_view::npos || own.find("comit") != std::string_view::npos) return true;
  }
  return agent_before(text, start, false) || agent_after(text, end);
}

}  // namespace unxref::detect
