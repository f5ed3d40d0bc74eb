#include "uptake/cues.hpp"

#include <algorithm>

#include "unxref/core/embedded.hpp"
#include "uptake/tokenize.hpp"

namespace unxref::uptake {
namespace {

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t next = line.find(sep, pos);
    out.push_back(line.substr(pos, next == std::string_view::npos ? next : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

bool phrase_at(const std::vector<std::string>& words, std::size_t at, const Phrase& phrase) {
  if (phrase.empty() || at + phrase.size() > words.size()) return false;
  return std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(at));
}

}  // namespace

std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> out;
  for (const RawToken& t : break_words(text)) out.push_back(fold_case(text.substr(t.start, t.end - t.start)));
  return out;
}

Cues Cues::parse(std::string_view tsv) {
  Cues cues;
  for (std::string_view line : split(tsv, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto cols = split(line, '\t');
    if (cols.size() < 3 || cols[2].empty()) continue;
    const std::string_view kind = cols[0];
    Phrase phrase = folded_words(cols[2]);
    if (phrase.empty()) continue;
    if (kind == "heading") cues.headings.push_back(std::move(phrase));
    else if (kind == "verb") cues.verbs.push_back(std::move(phrase));
    else if (kind == "preamble") cues.preambles.push_back(std::move(phrase));
    else if (kind == "boilerplate") cues.boilerplate.push_back(std::move(phrase));
    else if (kind == "stopword")
      for (auto& w : phrase) cues.stopwords[std::string(cols[1])].insert(std::move(w));
  }
  // Longest first, so the longest boilerplate phrase wins at a position.
  std::stable_sort(cues.boilerplate.begin(), cues.boilerplate.end(),
                   [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
  return cues;
}

const Cues& Cues::builtin() {
  static const Cues cues = parse(embedded_data("uptake-cues.tsv"));
  return cues;
}

bool starts_with_any(const std::vector<std::string>& words, const std::vector<Phrase>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const Phrase& p) { return phrase_at(words, 0, p); });
}

bool contains_any(const std::vector<std::string>& words, const std::vector<Phrase>& phrases) {
  for (std::size_t i = 0; i < words.size(); ++i)
    for (const Phrase& p : phrases)
      if (phrase_at(words, i, p)) return true;
  return false;
}

}  // namespace unxref::uptake
