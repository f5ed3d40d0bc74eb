// Which organ a resolution number belongs to: named before the cue ("Security
// Council resolution"), after the number ("of the General Assembly"), earlier
// in the sentence, or the document's own ("its resolution", the opening
// "The General Assembly,").
#include "detect/resolution_grammar.hpp"

namespace unxref::detect {
namespace {

constexpr std::size_t kOrganWindow = 160;  // bytes before the cue searched for an organ
constexpr std::size_t kOrganAfter = 24;    // "of the ", "de l’" before an organ named after
constexpr std::size_t kOpeningWindow = 600;

}  // namespace

ResolutionGrammar::ResolutionGrammar(const ResolutionLexicon& lex) : lex_(lex) {
  for (std::size_t i = 0; i < lex_.organs.size(); ++i) {
    const std::string& ph = lex_.organs[i].first.text;
    organs_by_byte_[static_cast<unsigned char>(ph[0])].push_back(i);
    if (ph.find('*') != std::string::npos)
      wild_organs_.push_back(i);
    else
      organs_by_last_byte_[static_cast<unsigned char>(ph.back())].push_back(i);
  }
  for (std::size_t i = 0; i < lex_.pinpoints.size(); ++i)
    pinpoints_by_byte_[static_cast<unsigned char>(lex_.pinpoints[i].text[0])].push_back(i);
}

int ResolutionGrammar::organ_at(std::string_view s, std::size_t p, std::size_t* len) const {
  int best = -1;
  std::size_t best_len = 0;
  if (p >= s.size()) return -1;
  for (std::size_t k : organs_by_byte_[static_cast<unsigned char>(s[p])]) {
    std::size_t n = match_phrase(s, p, lex_.organs[k].first.text);
    if (n > best_len) {
      best_len = n;
      best = static_cast<int>(k);
    }
  }
  *len = best_len;
  return best;
}

OrganHit ResolutionGrammar::organ_adjacent_before(std::string_view s, std::size_t pos) const {
  std::size_t end = pos;
  if (end > 0 && s[end - 1] == ' ') --end;
  // Normalised text has one apostrophe (’ folds into ').
  if (end >= 2 && s.compare(end - 2, 2, "'s") == 0) end -= 2;
  OrganHit best;
  if (end == 0) return best;
  for (std::size_t k : organs_by_last_byte_[static_cast<unsigned char>(s[end - 1])]) {
    const std::string& ph = lex_.organs[k].first.text;
    if (ph.size() > end || s.compare(end - ph.size(), ph.size(), ph) != 0) continue;
    if (match_phrase(s, end - ph.size(), ph) != ph.size()) continue;
    if (ph.size() > best.end - best.start) best = {lex_.organs[k].second, end - ph.size(), end};
  }
  // A '*' phrase has no fixed length: try it against each word start before.
  const std::size_t from = end > 80 ? end - 80 : 0;
  const std::string_view window = s.substr(0, end);
  for (std::size_t k : wild_organs_) {
    const std::string& ph = lex_.organs[k].first.text;
    for (std::size_t p = window.find(ph[0], from); p != std::string_view::npos; p = window.find(ph[0], p + 1)) {
      if (p > 0 && s[p - 1] != ' ') continue;
      if (match_phrase(s, p, ph) == end - p && end - p > best.end - best.start) best = {lex_.organs[k].second, p, end};
    }
  }
  return best;
}

Organ ResolutionGrammar::organ_after(std::string_view s, std::size_t pos) const {
  for (std::size_t p = pos; p < s.size() && p <= pos + kOrganAfter; ++p) {
    if (s[p] == '.' || s[p] == ';' || s[p] == ',' || ascii_digit(s[p])) break;
    std::size_t len = 0;
    // "and", "et", "и": what follows is the next citation, with an organ of its own.
    if (p == pos || s[p - 1] == ' ') {
      const int sep = match_any(s, p, lex_.separators, &len);
      if (sep >= 0 && conjunction(lex_.separators[static_cast<std::size_t>(sep)])) break;
    }
    if (int k = organ_at(s, p, &len); k >= 0) {
      // "... Human Rights Council resolution 17/4": that organ opens a citation of its own.
      std::size_t q = skip_one_space(s, p + len);
      if (s.compare(q, 3, "'s ") == 0) q += 3;
      if (cue_at(s, q, true)) return Organ::unknown;
      return lex_.organs[static_cast<std::size_t>(k)].second;
    }
  }
  return Organ::unknown;
}

bool ResolutionGrammar::topic_of_phrase(std::string_view s, std::size_t organ_start, std::size_t organ_end) {
  static constexpr std::string_view kOf = "\xE7\x9A\x84";             // 的
  static constexpr std::string_view kAbout = "\xE5\x85\xB3\xE4\xBA\x8E";  // 关于
  static constexpr std::string_view kComma = "\xEF\xBC\x8C";          // ，
  static constexpr std::string_view kEnumeration = "\xE3\x80\x81";    // 、
  if (s.compare(organ_end, kOf.size(), kOf) != 0) return false;
  // Back to the start of the phrase: a comma, an enumeration comma or 的
  // closes the clause the organ could be the topic of.
  constexpr std::size_t kReach = 90;
  const std::size_t floor = organ_start > kReach ? organ_start - kReach : 0;
  for (std::size_t p = organ_start; p > floor;) {
    --p;
    const std::string_view at = s.substr(p);
    if (at.starts_with(kAbout)) return true;
    if (at.starts_with(kOf) || at.starts_with(kComma) || at.starts_with(kEnumeration)) return false;
  }
  return false;
}

Organ ResolutionGrammar::organ_in_sentence(std::string_view s, std::size_t pos, std::size_t window) const {
  if (window == 0) window = kOrganWindow;
  const std::size_t floor = pos > window ? pos - window : 0;
  std::size_t from = pos;
  while (from > floor) {  // back to the sentence start: ". ", "; " or "。"
    const char c = s[from - 1];
    if ((c == '.' || c == ';') && from < s.size() && s[from] == ' ') break;
    if (c == '\x82' && from >= 3 && s[from - 3] == '\xE3' && s[from - 2] == '\x80') break;
    --from;
  }
  Organ found = Organ::unknown;
  for (std::size_t p = from; p < pos; ++p) {
    const auto b = static_cast<unsigned char>(s[p]);
    // Names start words: skip the inside of ASCII words and UTF-8 continuation bytes.
    if ((b & 0xC0) == 0x80 || (b < 0x80 && p > from && static_cast<unsigned char>(s[p - 1]) < 0x80 &&
                               s[p - 1] != ' ' && s[p - 1] != '(' && s[p - 1] != '"'))
      continue;
    std::size_t len = 0;
    if (int k = organ_at(s, p, &len); k >= 0) {
      if (!topic_of_phrase(s, p, p + len)) found = lex_.organs[static_cast<std::size_t>(k)].second;
      p += len - 1;
    }
  }
  return found;
}

Organ ResolutionGrammar::subject_before(std::string_view s, std::size_t cue_start) const {
  // The organ "its" stands for is named right before it ("the Human Rights
  // Council in its resolution", "the Council, in its", "le Conseil ... dans
  // sa résolution"); past another word ("Council,\nRecalling its
  // resolution") a preambular clause speaks for the organ of the whole text.
  constexpr std::size_t kGap = 24;
  const std::size_t floor = cue_start > kGap ? cue_start - kGap : 0;
  for (std::size_t e = cue_start; e > floor; --e) {
    if (s[e - 1] == ' ' || s[e - 1] == ',' || (static_cast<unsigned char>(s[e - 1]) & 0xC0) == 0x80) continue;
    const OrganHit hit = organ_adjacent_before(s, e);
    if (hit.organ == Organ::unknown || hit.end != e) continue;
    if (topic_of_phrase(s, hit.start, hit.end)) return Organ::unknown;
    // "establishing the Human Rights Council, and its resolution": "and"
    // joins another item of the clause, whose "its" is the text's organ.
    std::size_t first = e;
    while (first < cue_start && (s[first] == ' ' || s[first] == ',')) ++first;
    std::size_t len = 0;
    if (const int sep = match_any(s, first, lex_.separators, &len);
        sep >= 0 && conjunction(lex_.separators[static_cast<std::size_t>(sep)]))
      return Organ::unknown;
    int words = 0;
    bool short_words = true;
    for (std::size_t p = e; p < cue_start;) {
      while (p < cue_start && (s[p] == ' ' || s[p] == ',')) ++p;
      const std::size_t w = p;
      while (p < cue_start && s[p] != ' ' && s[p] != ',') ++p;
      if (p > w) {
        ++words;
        short_words = short_words && p - w <= 8;
      }
    }
    if (words <= 2 && short_words) return hit.organ;
    return Organ::unknown;
  }
  return Organ::unknown;
}

std::size_t ResolutionGrammar::second_organ_end(std::string_view s, std::size_t p) const {
  std::size_t len = 0;
  // Arabic glues "and" to the name: "ومجلس الأمن".
  static constexpr std::string_view kWaw = "\xD9\x88";
  if (s.compare(p, kWaw.size(), kWaw) == 0) {
    const std::string_view rest = s.substr(p + kWaw.size());
    for (std::size_t k : organs_by_byte_[rest.empty() ? 0 : static_cast<unsigned char>(rest[0])])
      if (const std::size_t n = match_phrase(rest, 0, lex_.organs[k].first.text)) len = std::max(len, n);
    if (len > 0) return p + kWaw.size() + len;
  }
  const int sep = match_any(s, p, lex_.separators, &len);
  if (sep < 0 || !conjunction(lex_.separators[static_cast<std::size_t>(sep)])) return p;
  std::size_t q = skip_one_space(s, p + len);
  std::size_t link = 0;
  if (match_any(s, q, lex_.pin_links, &link) >= 0 && organ_at(s, skip_one_space(s, q + link), &len) >= 0)
    q = skip_one_space(s, q + link);
  for (std::string_view article : {"the ", "le ", "la ", "el "})
    if (s.compare(q, article.size(), article) == 0 && organ_at(s, q + article.size(), &len) >= 0) q += article.size();
  return organ_at(s, q, &len) >= 0 ? q + len : p;
}

bool ResolutionGrammar::organ_named_before(std::string_view s, std::size_t pos, Organ organ) const {
  constexpr std::size_t kReach = 600;
  const std::size_t from = pos > kReach ? pos - kReach : 0;
  std::size_t len = 0;
  for (std::size_t p = from; p < pos; ++p) {
    if ((static_cast<unsigned char>(s[p]) & 0xC0) == 0x80 || (p > 0 && s[p - 1] != ' ' && static_cast<unsigned char>(s[p]) < 0x80))
      continue;
    if (const int k = organ_at(s, p, &len); k >= 0 && lex_.organs[static_cast<std::size_t>(k)].second == organ) return true;
  }
  return false;
}

bool ResolutionGrammar::names_a_citation(std::string_view s, std::size_t organ_end) const {
  std::size_t q = skip_one_space(s, organ_end);
  if (s.compare(q, 3, "'s ") == 0) q += 3;
  static constexpr std::string_view kOrdinal = "\xE7\xAC\xAC";  // 第
  return cue_at(s, q, true) || s.compare(q, kOrdinal.size(), kOrdinal) == 0 || (q < s.size() && ascii_digit(s[q]));
}

Organ ResolutionGrammar::opening_organ(const NormalizedText& t) const {
  const std::string_view s = t.text;
  std::string_view head = s.substr(0, std::min(s.size(), kOpeningWindow));
  // Every hit of one document asks the same question: remember the answer
  // for the last head seen (keyed by its bytes, so it is never stale).
  thread_local std::string cached_head;
  thread_local Organ cached = Organ::unknown;
  thread_local const ResolutionGrammar* cached_by = nullptr;
  if (cached_by == this && head == cached_head) return cached;
  cached_head.assign(head);
  cached_by = this;
  cached = scan_opening(t, head);
  return cached;
}

Organ ResolutionGrammar::scan_opening(const NormalizedText& t, std::string_view head) const {
  // An opening starts its line, capitalised ("The Security Council,"), not
  // the middle of a sentence ("... established the Human Rights Council, and").
  const auto starts_line = [&](std::size_t at) {
    std::size_t o = t.original_offset(at);
    while (o > 0 && (t.original[o - 1] == ' ' || t.original[o - 1] == '\t')) --o;
    return o == 0 || t.original[o - 1] == '\n' || t.original[o - 1] == '\r' || t.original[o - 1] == '\f';
  };
  for (const auto& [phrase, organ] : lex_.openings) {
    for (std::size_t at = head.find(phrase.text); at != std::string_view::npos; at = head.find(phrase.text, at + 1)) {
      if (match_phrase(t.text, at, phrase.text) && starts_line(at)) return organ;
    }
  }
  return Organ::unknown;
}

int ResolutionGrammar::possessive_before(std::string_view s, std::size_t word_start) const {
  std::size_t end = word_start;
  if (end > 0 && s[end - 1] == ' ') --end;
  for (const Phrase& p : lex_.possessives) {
    if (p.value.starts_with("suffix")) continue;
    const std::string_view w = p.text;
    // "сво*": a stem and any ending, as the word before.
    if (w.back() == '*') {
      // Back to the word's start, no further than a word is long: Chinese
      // has no spaces to stop at.
      std::size_t b = end;
      while (b > 0 && s[b - 1] != ' ' && end - b < 32) --b;
      if (b < end && match_phrase(s, b, w) == end - b) return p.value == "other" ? -1 : 1;
      continue;
    }
    // Chinese writes 其 right before the date or 第, with no space.
    if (w.size() <= end && s.compare(end - w.size(), w.size(), w) == 0 &&
        match_phrase(s, end - w.size(), w) == w.size())
      return p.value == "other" ? -1 : 1;
  }
  return 0;
}

int ResolutionGrammar::possessive_suffix(std::string_view s, std::size_t cue_end, std::size_t word_end) const {
  if (word_end <= cue_end) return 0;
  const std::string_view ending = s.substr(cue_end, word_end - cue_end);
  for (const Phrase& p : lex_.possessives) {
    if (!ending.ends_with(p.text)) continue;
    if (p.value == "suffix") return 1;
    if (p.value == "suffix-other") return -1;
  }
  return 0;
}

bool ResolutionGrammar::cue_at(std::string_view s, std::size_t q, bool numbers_after_only) const {
  if (q >= s.size()) return false;
  for (const auto& cue : lex_.cues)
    if (!(numbers_after_only && cue.numbers_before) && s[q] == cue.text[0] && s.compare(q, cue.text.size(), cue.text) == 0)
      return true;
  return false;
}

}  // namespace unxref::detect
