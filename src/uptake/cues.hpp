#pragma once
// The cue words of data/uptake-cues.tsv, parsed once (private to the stage).
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace unxref::uptake {

// Phrases are stored as sequences of case-folded words.
using Phrase = std::vector<std::string>;

struct Cues {
  std::vector<Phrase> headings;
  std::vector<Phrase> verbs;
  std::vector<Phrase> preambles;
  std::vector<Phrase> boilerplate;
  // Function words by language code ("en", "fr"): each text weighs down
  // only its own language's ("son" is a word in English, "sin" in French).
  std::unordered_map<std::string, std::unordered_set<std::string>> stopwords;

  // Parses the TSV format of data/uptake-cues.tsv; unknown kinds and
  // malformed lines are skipped (the file is ours and tested).
  static Cues parse(std::string_view tsv);
  // The embedded data/uptake-cues.tsv, parsed on first use.
  static const Cues& builtin();
};

// Case-folded words of `text`, for cue lookups (ICU word breaking).
std::vector<std::string> folded_words(std::string_view text);

// True when `words` starts with one of `phrases`.
bool starts_with_any(const std::vector<std::string>& words, const std::vector<Phrase>& phrases);

// True when one of `phrases` occurs anywhere in `words`.
bool contains_any(const std::vector<std::string>& words, const std::vector<Phrase>& phrases);

}  // namespace unxref::uptake
