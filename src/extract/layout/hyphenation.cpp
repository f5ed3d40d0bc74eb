#include "extract/layout/hyphenation.hpp"

#include <array>
#include <cctype>

#include "extract/layout/word_list.hpp"

namespace unxref::layout {
namespace {

// ASCII-folded letters and digits of a word, hyphens kept; other
// punctuation (quotes, brackets, commas) dropped.
std::string key(std::string_view w) {
  std::string out;
  for (char ch : w) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (c == '-' || c >= 0x80) {
      out += ch;
    }
  }
  return out;
}

// The hyphen the text ends with, if any: ASCII '-', U+2010 hyphen or U+00AD
// soft hyphen. Returns its byte length (0 if none).
std::size_t trailing_hyphen(std::string_view text) {
  if (text.ends_with("\xC2\xAD")) return 2;
  if (text.ends_with("\xE2\x80\x90")) return 3;
  if (text.ends_with("-") && !text.ends_with("--")) return 1;
  return 0;
}

// Prefixes that English writes with a hyphen before a word ("co-operation",
// "non-governmental"), kept when the document has no other evidence. Short
// syllables that also end ordinary line breaks ("re-", "pro-", "inter-") are
// left out on purpose.
constexpr std::array<std::string_view, 11> kHyphenPrefixes = {
    "anti", "co", "counter", "cross", "ex", "multi", "non", "post", "self", "semi", "well"};

std::string_view last_segment(std::string_view head) {
  const std::size_t dash = head.rfind('-');
  return dash == std::string_view::npos ? head : head.substr(dash + 1);
}

// The word at the start of a line, without the punctuation after it
// ("ting," -> "ting").
std::string_view tail_word(std::string_view tail) {
  std::size_t n = 0;
  while (n < tail.size() && (std::isalpha(static_cast<unsigned char>(tail[n])) || static_cast<unsigned char>(tail[n]) >= 0x80)) ++n;
  return tail.substr(0, n);
}

bool starts_lower(std::string_view w) {
  return !w.empty() && std::islower(static_cast<unsigned char>(w.front()));
}

}  // namespace

void Dehyphenator::learn(std::string_view word) {
  std::string k = key(word);
  // Line-end fragments ("traf-") are not words of the document.
  if (k.empty() || k.back() == '-') return;
  ++words_[std::move(k)];
}

std::size_t Dehyphenator::count(const std::string& k) const {
  auto it = words_.find(k);
  return it == words_.end() ? 0 : it->second;
}

bool Dehyphenator::is_break_hyphen(std::string_view head, std::string_view tail) const {
  const std::size_t h = trailing_hyphen(head);
  if (h == 0) return false;
  if (h == 2) return true;  // a soft hyphen only ever marks a break
  std::string_view stem = head.substr(0, head.size() - h);
  // Strip leading punctuation of the tail ("ficking," -> key handles the rest).
  const std::string tail_key = key(tail);
  const std::string stem_key = key(stem);
  if (tail_key.empty() || stem_key.empty()) return false;
  if (!starts_lower(tail)) return false;  // "Secretary-" + "General", "2015-" + "2030"
  if (count(stem_key + "-" + tail_key) > 0) return false;
  if (count(stem_key + tail_key) > 0) return true;
  const std::string seg = key(last_segment(stem));
  for (std::string_view p : kHyphenPrefixes) {
    if (seg == p) return false;
  }
  // The document's own evidence for a compound: its head (and tail) are
  // words it prints elsewhere. Without that, a lower-case continuation is a
  // broken word ("traf-" + "ficking").
  const bool looks_compound = (seg.size() > 1 && count(seg) > 0 && count(tail_key) > 1) || (seg.size() >= 3 && count(seg) > 0);
  if (!looks_compound) return true;
  // The English word list checks that evidence: "put-" + "ting" is
  // "putting", a word, though "put" is one too; "conflict-" + "affected" is
  // no word but two, a compound. Consulted only here, as loading it costs
  // more than reading most documents.
  if (const WordList* list = default_list_ ? WordList::english() : words_list_) {
    std::string_view head_word = stem;
    while (!head_word.empty() && !std::isalnum(static_cast<unsigned char>(head_word.front())) &&
           static_cast<unsigned char>(head_word.front()) < 0x80)
      head_word.remove_prefix(1);  // "(put-" + "ting)"
    const std::string_view tail_part = tail_word(tail);
    if (list->knows(std::string(head_word) + std::string(tail_part))) return true;
    return !(list->knows(last_segment(head_word)) && list->knows(tail_part));
  }
  // Without a word list the evidence stands: word processors rarely
  // hyphenate, and a broken syllable ("traf-") is seldom a word.
  return false;
}

void Dehyphenator::append_line(std::string& text, std::string_view line) const {
  if (line.empty()) return;
  if (text.empty()) {
    text.assign(line);
    return;
  }
  const std::size_t last_space = text.rfind(' ');
  const std::string_view head =
      std::string_view(text).substr(last_space == std::string::npos ? 0 : last_space + 1);
  const std::size_t first_space = line.find(' ');
  const std::string_view tail = line.substr(0, first_space);
  const std::size_t h = trailing_hyphen(head);
  if (h > 0 && head.size() > h) {
    if (is_break_hyphen(head, tail)) text.resize(text.size() - h);
    text.append(line);
    return;
  }
  text += ' ';
  text.append(line);
}

}  // namespace unxref::layout
