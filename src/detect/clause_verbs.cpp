#include "detect/clause_verbs.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>
#include <unordered_map>

#include "detect/scanner.hpp"
#include "unxref/core/error.hpp"
#include "unxref/core/spaces.hpp"
#include "unxref/core/tsv.hpp"
#include "unxref/detect/clause_relation.hpp"

namespace unxref::detect {
namespace {

constexpr std::size_t npos = std::string::npos;
// How far back a clause opening is looked for: a preambular clause listing
// thirty resolutions with their dates and titles runs to about 3,000 bytes.
constexpr std::size_t kReach = 6000;
// How far back a footnote's marker is looked for.
constexpr std::size_t kMarkerReach = 200000;

struct Entry {
  std::string phrase;  // normalised
  std::string relation;
  bool modifier = false;
  bool cased = false;   // English, French, Spanish: a preambular clause opens with a capital
  bool cjk = false;     // Chinese: no spaces, no word boundary after the phrase
  bool opener = false;  // Arabic modifiers open a clause even before an unlisted verb
  bool after = false;   // comes after a verb ("also"); never opens a clause
};

// Looked up by string_view without making a string of every word asked.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Lexicon {
  // by first word, or first code point (Chinese)
  std::unordered_map<std::string, std::vector<Entry>, ViewHash, std::equal_to<>> by_first;
  std::vector<std::string> chapter_vii;
  std::vector<std::string> participles;
  std::vector<std::string> series;  // data/series-cues.tsv
};

bool is_space_or_punct(unsigned char b) {
  return b == ' ' || b == ',' || b == ';' || b == ':' || b == '.' || b == '(' || b == ')' || b == '"' || b == '\'';
}

// The word at `at`, up to a space or an ASCII mark; with `longest`, cut
// after that many bytes plus one, at a code point.
std::string_view first_word(std::string_view t, std::size_t at, std::size_t longest = std::string_view::npos) {
  const std::size_t stop = longest < t.size() - at ? at + longest + 1 : t.size();
  std::size_t e = at;
  while (e < stop && !is_space_or_punct(static_cast<unsigned char>(t[e]))) ++e;
  if (e == stop && e < t.size())
    while (e > at && (static_cast<unsigned char>(t[e]) & 0xC0) == 0x80) --e;
  return t.substr(at, e - at);
}

// A lookup key is at most as long as the longest verb: Chinese runs on with
// no space or ASCII mark for a whole paragraph, and a lookup at every clause
// must not cost the rest of it (a 600 KB Chinese text took 5 s). Longer
// words match no verb.
constexpr std::size_t kLongestKey = 64;

std::string_view first_code_point(std::string_view t, std::size_t at) {
  if (at >= t.size()) return {};
  const auto b = static_cast<unsigned char>(t[at]);
  const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  return t.substr(at, std::min(len, t.size() - at));
}

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon out;
    const std::string source = "data/clause-verbs.tsv";
    for (const TsvRow& row : embedded_tsv("clause-verbs.tsv", 3)) {
      const std::string& lang = row.cells[0];
      const std::string& kind = row.cells[1];
      const std::string phrase = normalize(row.cells[2]).text;
      if (phrase.empty()) throw_row_error(source, row, "empty phrase");
      if (kind == "chapter-vii") {
        out.chapter_vii.push_back(phrase);
        continue;
      }
      if (kind == "participle") {
        out.participles.push_back(phrase);
        continue;
      }
      if (kind != "verb" && kind != "modifier" && kind != "after")
        throw_row_error(source, row, "unknown kind '" + kind + "'");
      Entry e;
      e.phrase = phrase;
      e.modifier = kind == "modifier";
      e.after = kind == "after";
      if (!e.modifier && !e.after) {
        if (row.cells.size() < 4 || row.cells[3].empty()) throw_row_error(source, row, "a verb needs a relation");
        e.relation = row.cells[3];
      }
      e.cased = lang == "en" || lang == "fr" || lang == "es";
      e.cjk = lang == "zh";
      e.opener = e.modifier && lang == "ar";
      const std::string key(e.cjk ? first_code_point(phrase, 0) : first_word(phrase, 0));
      out.by_first[key].push_back(std::move(e));
    }
    for (const TsvRow& row : embedded_tsv("series-cues.tsv", 2)) out.series.push_back(normalize(row.cells[1]).text);
    return out;
  }();
  return lex;
}

// Whether a phrase ending at `end` ends a word there.
bool ends_word(std::string_view t, std::size_t end) {
  if (end >= t.size()) return true;
  UChar32 c;
  auto i = static_cast<std::int32_t>(end);
  U8_NEXT(t.data(), i, static_cast<std::int32_t>(t.size()), c);
  return c < 0 || !(u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
}

struct Match {
  std::size_t end = 0;
  const Entry* entry = nullptr;
};

// A yes or no asked at most once, and only when needed: whether the
// original text has a capital at a clause candidate costs a lookup in the
// offset map, and most candidates open with no phrase of the lexicon at all.
template <class F>
class Lazy {
 public:
  explicit Lazy(F f) : f_(std::move(f)) {}
  bool operator()() {
    if (!known_) value_ = f_(), known_ = true;
    return value_;
  }

 private:
  F f_;
  bool known_ = false, value_ = false;
};

// Entries of the lexicon that match at `at`. `capital_or_operative()`: the
// original text has a capital letter there, or a paragraph number before.
template <class Capital>
std::vector<Match> matches_at(std::string_view t, std::size_t at, Capital& capital_or_operative) {
  std::vector<Match> out;
  const Lexicon& lex = lexicon();
  auto take = [&](std::string_view key) {
    auto it = lex.by_first.find(key);
    if (it == lex.by_first.end()) return;
    for (const Entry& e : it->second) {
      if (e.cased && !capital_or_operative()) continue;
      if (t.compare(at, e.phrase.size(), e.phrase) != 0) continue;
      if (!e.cjk && !ends_word(t, at + e.phrase.size())) continue;
      out.push_back({at + e.phrase.size(), &e});
    }
  };
  const std::string_view word = first_word(t, at, kLongestKey);
  take(word);
  const std::string_view cp = first_code_point(t, at);
  if (cp.size() > 1 && cp != word) take(cp);
  return out;
}

std::size_t skip_space(std::string_view t, std::size_t at) { return at < t.size() && t[at] == ' ' ? at + 1 : at; }

struct VerbFound {
  std::size_t end = 0;
  std::string relation;
  bool opener = false;     // an Arabic opener stood before it
  std::size_t after_modifiers = 0;
};

bool yes() { return true; }
using Always = Lazy<bool (*)()>;

// The longest verb at `at`, behind up to three modifiers.
template <class Capital>
std::optional<VerbFound> verb_at(std::string_view t, std::size_t at, Capital& capital_or_operative, int depth = 0) {
  std::optional<VerbFound> best;
  for (const Match& m : matches_at(t, at, capital_or_operative)) {
    if (m.entry->after) continue;
    if (!m.entry->modifier) {
      if (!best || m.end > best->end) best = VerbFound{m.end, m.entry->relation, false, at};
      continue;
    }
    if (depth >= 3) continue;
    // After a modifier the case of the next word no longer matters ("Also decides").
    VerbFound found;
    bool have = false;
    Always any_case(yes);
    if (std::optional<VerbFound> behind = verb_at(t, skip_space(t, m.end), any_case, depth + 1);
        behind && (!behind->relation.empty() || m.entry->opener)) {
      found = std::move(*behind);
      have = true;
    }
    if (!have && m.entry->opener) {
      // An Arabic opener before a verb the lexicon does not list still opens a clause.
      found.end = m.end;
      found.after_modifiers = skip_space(t, m.end);
      have = true;
    }
    if (!have) continue;
    found.opener = found.opener || m.entry->opener;
    if (!best || found.end > best->end) best = std::move(found);
  }
  return best;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A paragraph number at `at` ("3. ", "3 - ", "3- "): where its verb begins, or npos.
std::size_t after_paragraph_number(std::string_view t, std::size_t at) {
  std::size_t i = at;
  while (i < t.size() && i - at < 4 && t[i] >= '0' && t[i] <= '9') ++i;
  if (i == at || i - at > 3 || i >= t.size()) return npos;
  if (t[i] == '.') {
    // "3. Decides", never "3.5" or "E.96.IV.8" (a sales number)
    if (i + 1 < t.size() && t[i + 1] != ' ') return npos;
    return skip_space(t, i + 1);
  }
  // "3 - Requests" (Arabic texts), never "4-15 September"
  std::size_t j = skip_space(t, i);
  if (j + 2 < t.size() && t[j] == '-' && t[j + 1] == ' ' && (t[j + 2] < '0' || t[j + 2] > '9')) return j + 2;
  return npos;
}

// The last bytes of the marks after which a clause may open (see
// after_boundary): right before it, or before the space before it.
constexpr std::array<bool, 256> byte_set(std::string_view bytes) {
  std::array<bool, 256> out{};
  for (char b : bytes) out[static_cast<unsigned char>(b)] = true;
  return out;
}
constexpr std::array<bool, 256> kEndsClause = byte_set(",;:.\x8C\x9B\x82");
constexpr std::array<bool, 256> kEndsClauseBeforeSpace = byte_set(",;:.\x8C\x9B\x82)\"\x9D" "0123456789");

// Whether byte `i` of `t` may start a word of a new clause: after , ; : .
// (and the Arabic comma and semicolon, the Chinese full stop), with or
// without a space.
bool after_boundary(std::string_view t, std::size_t i) {
  if (i == 0) return true;
  std::size_t j = i;
  if (t[j - 1] == ' ') --j;
  if (j == 0) return true;
  // A footnote marker glued to the end of the clause before ("...2020,1 Recalling").
  std::size_t d = j;
  while (d > 0 && j - d < 3 && t[d - 1] >= '0' && t[d - 1] <= '9') --d;
  if (d < j && d > 0 && j < i) {
    const char q = t[d - 1];
    if (q == ',' || q == ';' || q == '.' || q == ':') j = d;
  }
  const char p = t[j - 1];
  if (p == ',' || p == ';' || p == ':' || p == '.') return true;
  // A note written inside the text ends where its line ended, often on a
  // bracket or a quote: "... (A/62/54) Having considered ...".
  if ((p == ')' || p == '"') && j < i) return true;
  if (j >= 3 && j < i && t.compare(j - 3, 3, "\xE2\x80\x9D") == 0) return true;  // ”
  if (j >= 2 && static_cast<unsigned char>(t[j - 2]) == 0xD8 &&
      (static_cast<unsigned char>(t[j - 1]) == 0x8C || static_cast<unsigned char>(t[j - 1]) == 0x9B))
    return true;  // ، ؛
  return j >= 3 && t.compare(j - 3, 3, "\xE3\x80\x82") == 0;  // 。
}

}  // namespace

ClauseVerbs::ClauseVerbs(const NormalizedText& text, std::vector<std::size_t> segment_starts,
                         std::vector<std::pair<std::size_t, std::size_t>> notes)
    : text_(text), segment_starts_(std::move(segment_starts)), vii_from_(npos), first_operative_(npos) {
  // A block opens where its first word does (an indented line, a
  // full-width space before a Chinese clause).
  for (std::size_t& s : segment_starts_)
    while (s < text_.text.size() && text_.text[s] == ' ') ++s;
  std::sort(segment_starts_.begin(), segment_starts_.end());
  // A text of many blocks has a block for each clause (a resolution's PDF,
  // a text written one clause a line): only a block opens a clause, so a
  // verb inside a clause ("..., и подтверждая", "، وإذ يعرب") never does. One
  // block of running text falls back on punctuation.
  by_block_ = segment_starts_.size() >= 3;
  const std::string_view t = text_.text;
  // Footnote blocks: the label opens the block ("12 See ...", "[12] ...").
  for (auto [s, e] : notes) {
    std::size_t i = s;
    while (i < e && (t[i] == '[' || t[i] == '(' || t[i] == '^' || t[i] == ' ')) ++i;
    std::size_t d = i;
    while (d < e && t[d] >= '0' && t[d] <= '9') ++d;
    notes_.push_back(Note{s, e, s, std::string(t.substr(i, d - i))});
  }
  // "[1] ... [2] ...": notes written at the end of a text, numbered from 1.
  int next = 1;
  for (std::size_t i = t.find('['); i != npos; i = t.find('[', i + 1)) {
    if (i > 0 && t[i - 1] != ' ') continue;
    std::size_t d = i + 1;
    while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
    if (d == i + 1 || d + 1 >= t.size() || t[d] != ']' || t[d + 1] != ' ') continue;
    const std::string label(t.substr(i + 1, d - i - 1));
    if (label != std::to_string(next)) continue;
    ++next;
    const bool first = label == "1";
    if (!first && !notes_.empty()) notes_.back().end = i;
    notes_.push_back(Note{i, t.size(), first || notes_.empty() ? i : notes_.back().group_start, label});
  }
  std::sort(notes_.begin(), notes_.end(), [](const Note& a, const Note& b) { return a.start < b.start; });
  // Footnote blocks one after another (a page's notes) share their group:
  // the marker of each is in the body before the first.
  for (std::size_t k = 1; k < notes_.size(); ++k)
    if (notes_[k].start <= notes_[k - 1].end + 3 && notes_[k].group_start == notes_[k].start)
      notes_[k].group_start = notes_[k - 1].group_start;
  note_from_.assign(notes_.size(), kUnknown);
  // Resolutions put their preamble first: after the first operative
  // paragraph number, a verb without a number ("..., вновь подтверждает")
  // is inside its paragraph.
  for (std::size_t i = 0; i < t.size() && first_operative_ == npos; ++i) {
    if (t[i] < '0' || t[i] > '9' || (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9')) continue;
    const bool block = std::binary_search(segment_starts_.begin(), segment_starts_.end(), i);
    const bool spaced_boundary = !by_block_ && i >= 2 && t[i - 1] == ' ' && after_boundary(t, i);
    if ((block || i == 0 || spaced_boundary) && after_paragraph_number(t, i) != npos) first_operative_ = i;
  }
  find_openings();
  // "Acting under Chapter VII of the Charter": the operative paragraphs after
  // it are adopted under Chapter VII. The phrase stands in an "acts under"
  // clause, right after its verb.
  for (std::size_t k = 0; k < openings_.size() && vii_from_ == npos; ++k) {
    const Opening& o = openings_[k];
    if (o.relation != "acts-under") continue;
    const std::size_t next = k + 1 < openings_.size() ? openings_[k + 1].start : t.size();
    const std::size_t last = std::min(next - 1, o.verb_end + 40);  // where the phrase may start
    for (const std::string& phrase : lexicon().chapter_vii)
      if (last >= o.start && t.substr(o.start, last - o.start + phrase.size()).find(phrase) != npos) vii_from_ = o.start;
  }
}

bool ClauseVerbs::upper_at(std::size_t norm_offset) const {
  const std::string_view orig = text_.original;
  auto i = static_cast<std::int32_t>(text_.original_offset(norm_offset));
  UChar32 c;
  U8_NEXT(orig.data(), i, static_cast<std::int32_t>(orig.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool ClauseVerbs::reads_as_note(std::size_t from) const {
  const std::string_view t = text_.text;
  auto seg = std::upper_bound(segment_starts_.begin(), segment_starts_.end(), from);
  const std::size_t end = std::min({t.size(), from + kReach, seg != segment_starts_.end() ? *seg : t.size()});
  static constexpr std::string_view kFullStop = "\u3002";
  for (std::size_t p = from; p < end; ++p) {
    if ((t[p] == ',' || t[p] == ';') && p + 1 < t.size() && t[p + 1] == ' ') return false;
    if (t.compare(p, kFullStop.size(), kFullStop) == 0) return true;
  }
  return false;
}

std::optional<ClauseVerbs::Opening> ClauseVerbs::opening_at(std::size_t word, bool spaced) const {
  const std::string_view t = text_.text;
  Opening o;
  o.start = word;
  o.verb_start = word;
  // A paragraph number stands after a space or at a block start ("; 2. Requests"),
  // never glued to what comes before ("decision 1/CP.21. annex").
  if (std::size_t v = spaced ? after_paragraph_number(t, word) : npos; v != npos) {
    o.operative = true;
    o.verb_start = v;
  }
  if (o.verb_start >= t.size()) return std::nullopt;
  Lazy capital([&] { return o.operative || upper_at(o.verb_start); });
  if (std::optional<VerbFound> v = verb_at(t, o.verb_start, capital)) {
    o.verb_end = v->end;
    // "Reaffirming also", "Rappelant en outre", "وإذ تشير أيضا": words after
    // the verb that the verb as written includes.
    Always any_case(yes);
    for (const Match& m : matches_at(t, skip_space(t, o.verb_end), any_case))
      if (m.entry->after) o.verb_end = std::max(o.verb_end, m.end);
    o.relation = v->relation.empty() ? "other" : v->relation;
    if (v->relation.empty()) o.verb_end = v->after_modifiers + first_word(t, v->after_modifiers).size();
    return o;
  }
  // Chinese: a comma with a space after it ended a line, so a clause opens
  // there even when its verb is not first ("在以前各届会议上审议了...").
  // The verb may stand behind an adverbial ("尤其回顾", "在以前各届会议上审议了"):
  // the first listed verb among the clause's first characters types it.
  if (spaced && o.verb_start >= 2 && static_cast<unsigned char>(t[o.verb_start]) >= 0xE3 &&
      (t[o.verb_start - 2] == ',' || t[o.verb_start - 2] == ';')) {
    o.relation = "other";
    o.verb_end = o.verb_start;
    constexpr std::size_t kAdverbialBytes = 3 * 12;
    for (std::size_t p = o.verb_start; p < t.size() && p < o.verb_start + kAdverbialBytes;
         p += first_code_point(t, p).size()) {
      if (static_cast<unsigned char>(t[p]) < 0xE3) break;  // a comma, a space, a number: the verb is not here
      // Two characters at least: one-character verbs (请) are too common inside words.
      Always any_case(yes);
      if (std::optional<VerbFound> v = verb_at(t, p, any_case); v && !v->relation.empty() && v->end - p >= 6) {
        o.relation = v->relation;
        o.verb_end = v->end;
        break;
      }
    }
    // A note's copy under the clause that cites it ("见A/ES-10/273。",
    // "第55/2号决议，附件。") is no clause: it ends with a full stop, a
    // preambular clause with a comma.
    if (o.relation == "other" && !o.operative && reads_as_note(o.verb_start)) return std::nullopt;
    return o;
  }
  const std::string_view word_text = first_word(t, o.verb_start);
  // A participle is followed by a word in lower case ("Highlighting the"),
  // which tells it from a name ("Beijing, 4-15 September", "the Beijing Declaration").
  const std::size_t next_word = o.verb_start + word_text.size() + 1;
  const bool participle = std::any_of(lexicon().participles.begin(), lexicon().participles.end(),
                                      [&](const std::string& s) {
                                        return word_text.size() > s.size() + 2 && ends_with(word_text, s);
                                      }) &&
                          capital() && next_word < t.size() && t[next_word - 1] == ' ' && !upper_at(next_word);
  if (!o.operative && !participle) return std::nullopt;
  o.relation = "other";
  // A Chinese operative verb that the lexicon does not know has no word end to stop at.
  const bool cjk = !word_text.empty() && static_cast<unsigned char>(word_text[0]) >= 0xE3;
  o.verb_end = o.verb_start + (cjk ? 0 : word_text.size());
  return o;
}

void ClauseVerbs::find_openings() {
  // Every clause opening of the text, once, in text order: looking back from
  // each citation (and forward from each clause for its end) scanned the same
  // bytes again for every citation of a clause.
  const std::string_view t = text_.text;
  const auto keep = [&](std::size_t i, bool spaced) {
    std::optional<Opening> o = opening_at(i, spaced);
    if (o && (o->operative || first_operative_ == npos || o->start < first_operative_))
      openings_.push_back(std::move(*o));
  };
  if (by_block_) {
    for (std::size_t k = 0; k < segment_starts_.size(); ++k) {
      const std::size_t i = segment_starts_[k];
      if (i >= t.size() || (k > 0 && segment_starts_[k - 1] == i) || t[i] == ' ') continue;
      keep(i, true);
    }
    return;
  }
  // Where a clause may open: block starts, the text's start, and the byte
  // after a mark of after_boundary (or after the space behind it). Found from
  // the marks, since a byte-by-byte test of the whole text cost more than
  // reading the clauses; taken as they come, merged with the block starts,
  // since two lists of every mark of a long text cost a page fault per 4 KB.
  auto seg = segment_starts_.begin();
  std::size_t last = npos;
  const auto consider = [&](std::size_t i) {
    // Block starts before `i` come first, each once.
    for (; seg != segment_starts_.end() && *seg <= i; ++seg) {
      if (*seg == last) continue;
      last = *seg;
      if (last < t.size() && t[last] != ' ') keep(last, true);
    }
    if (i == last || i >= t.size() || t[i] == ' ') return;
    last = i;
    if (!after_boundary(t, i)) return;
    keep(i, i == 0 || t[i - 1] == ' ');
  };
  consider(0);
  consider(1);
  for (std::size_t p = 0; p + 1 < t.size(); ++p) {
    const auto b = static_cast<unsigned char>(t[p]);
    if (!kEndsClauseBeforeSpace[b]) continue;
    if (t[p + 1] == ' ')
      consider(p + 2);
    else if (kEndsClause[b])
      consider(p + 1);
  }
  consider(npos);
}

std::optional<ClauseVerbs::Opening> ClauseVerbs::opening_before(std::size_t at) const {
  at = std::min(at, text_.text.size());
  const std::size_t low = at > kReach ? at - kReach : 0;
  auto it = std::lower_bound(openings_.begin(), openings_.end(), at,
                             [](const Opening& o, std::size_t a) { return o.start < a; });
  if (it == openings_.begin() || std::prev(it)->start < low) return std::nullopt;
  return *std::prev(it);
}

std::size_t ClauseVerbs::next_opening(std::size_t from) const {
  const std::size_t high = std::min(text_.text.size(), from + kReach);
  auto it = std::upper_bound(openings_.begin(), openings_.end(), from,
                             [](std::size_t f, const Opening& o) { return f < o.start; });
  return it != openings_.end() && it->start < high ? it->start : high;
}

bool ClauseVerbs::names_series(const Opening& o) const {
  if (o.relation != "recalls" && o.relation != "reaffirms") return false;
  if (auto it = series_.find(o.start); it != series_.end()) return it->second;
  if (!series_cues_) {
    // One pass for all the cues of the text: a search of the clause for
    // each of the sixty cues cost more than finding its clause.
    static const CueScanner scanner({lexicon().series});
    series_cues_.emplace();
    for (const CueHit& h : scanner.scan(text_.text)) series_cues_->emplace_back(h.start, h.end);
  }
  const std::size_t end = next_opening(o.verb_end);
  auto it = std::lower_bound(series_cues_->begin(), series_cues_->end(), o.start,
                             [](const std::pair<std::size_t, std::size_t>& c, std::size_t s) { return c.first < s; });
  bool named = false;
  for (; it != series_cues_->end() && it->first < end && !named; ++it) named = it->second <= end;
  series_.emplace(o.start, named);
  return named;
}

std::size_t ClauseVerbs::inline_copy_of(const Note& note) const {
  const std::string_view t = text_.text;
  std::size_t body = note.start;
  while (body < note.end && t[body] != ' ') ++body;  // past the label
  body = skip_space(t, body);
  const std::size_t len = std::min<std::size_t>(48, note.end > body ? note.end - body : 0);
  if (len < 8 || note.group_start == 0) return npos;
  const std::string_view start_of_note = t.substr(body, len);
  // Only the reach before the notes is searched: an unbounded rfind went
  // back through the whole text for every citation in a note (a folder
  // read as one text spent most of its detection time here).
  const std::size_t low = note.group_start > kMarkerReach ? note.group_start - kMarkerReach : 0;
  // The last occurrence, by memmem forwards: string_view's rfind compares
  // at every byte, and the needle is long and rare.
  const char* const end = t.data() + note.group_start;
  std::size_t last = npos;
  for (const char* from = t.data() + low;;) {
    const void* hit = memmem(from, static_cast<std::size_t>(end - from), start_of_note.data(), start_of_note.size());
    if (hit == nullptr) break;
    last = static_cast<std::size_t>(static_cast<const char*>(hit) - t.data());
    from = static_cast<const char*>(hit) + 1;
  }
  return last;
}

std::size_t ClauseVerbs::marker_of(const Note& note) const {
  const std::string_view t = text_.text;
  const std::string& label = note.label;
  if (label.empty() || note.group_start == 0) return npos;
  const std::size_t low = note.group_start > kMarkerReach ? note.group_start - kMarkerReach : 0;
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  // The label's occurrences after `low`, last first, found by their first
  // byte: rfind compares the label at every byte on the way.
  const auto occurrence_before = [&](std::size_t end) -> std::size_t {  // the last starting in (low, end)
    while (end > low + 1) {
      const void* hit = memrchr(t.data() + low + 1, label[0], end - low - 1);
      if (hit == nullptr) return npos;
      const auto i = static_cast<std::size_t>(static_cast<const char*>(hit) - t.data());
      if (t.compare(i, label.size(), label) == 0) return i;
      end = i;
    }
    return npos;
  };
  for (std::size_t i = occurrence_before(note.group_start); i != npos; i = occurrence_before(i)) {
    if (i + label.size() > note.group_start) continue;
    const char before = t[i - 1];
    const char after = i + label.size() < t.size() ? t[i + label.size()] : ' ';
    if (digit(before) || before == ' ' || before == '/' || before == '-') continue;
    // "Add.1", "No.1": a number after an abbreviation's full stop is no marker.
    if (before == '.' && i >= 2 && !digit(t[i - 2]) && t[i - 2] != ')') continue;
    if (digit(after) || after == '/' || (after == '.' && i + label.size() + 1 < t.size() && digit(t[i + label.size() + 1])))
      continue;
    if (static_cast<unsigned char>(after) < 0x80 && std::isalpha(static_cast<unsigned char>(after))) continue;
    return i;
  }
  return npos;
}

std::string ClauseVerbs::written(const Opening& o) const {
  if (o.verb_end <= o.verb_start) return {};
  const auto [from, to] = text_.original_span(o.verb_start, o.verb_end);
  if (to <= from) return {};
  return collapse_spaces(text_.original.substr(from, to - from));
}

ClauseVerb ClauseVerbs::at(std::size_t at) const {
  std::size_t from = at;
  auto it = std::upper_bound(notes_.begin(), notes_.end(), at, [](std::size_t a, const Note& n) { return a < n.start; });
  if (it != notes_.begin() && at < std::prev(it)->end) {
    const auto k = static_cast<std::size_t>(std::prev(it) - notes_.begin());
    // Every citation of a note takes the same clause: look for it once.
    if (note_from_[k] == kUnknown) {
      const Note& note = notes_[k];
      note_from_[k] = inline_copy_of(note);
      if (note_from_[k] == npos) note_from_[k] = marker_of(note);
    }
    if (note_from_[k] != npos) from = note_from_[k];
  }
  std::optional<Opening> o = opening_before(from);
  if (!o) return ClauseVerb{{}, "other", false, false};
  const bool vii = vii_from_ != npos && o->start >= vii_from_ && (o->operative || o->start == vii_from_);
  return ClauseVerb{written(*o), o->relation, vii, names_series(*o)};
}

}  // namespace unxref::detect

namespace unxref {

std::string clause_relation(std::string_view verb) {
  const std::string t = detect::normalize(verb).text;
  std::size_t at = 0;
  if (std::size_t v = detect::after_paragraph_number(t, 0); v != detect::npos) at = v;
  detect::Always any_case(detect::yes);
  const std::optional<detect::VerbFound> found = detect::verb_at(t, at, any_case);
  return found && !found->relation.empty() ? found->relation : "other";
}

}  // namespace unxref
