#pragma once
// The words around resolution numbers in the six UN languages, read from
// data/resolution-cues.tsv and normalised like the text they are matched on.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "unxref/core/tsv.hpp"

namespace unxref::detect {

using unxref::TsvRow;

enum class Organ { unknown, ga, sc, ecosoc, hrc, chr, council, assembly, other };

struct Phrase {
  std::string text;  // normalised; a word ending in '*' matches any continuation
  std::string value;
};

// Phrases of one kind, indexed by their first byte: match_any looks only at
// the few that can start where it looks, on every number of every list.
class PhraseList {
 public:
  void push_back(Phrase p) {
    if (!p.text.empty()) by_first_[static_cast<unsigned char>(p.text[0])].push_back(items_.size());
    items_.push_back(std::move(p));
  }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const Phrase& operator[](std::size_t i) const { return items_[i]; }
  std::vector<Phrase>::const_iterator begin() const { return items_.begin(); }
  std::vector<Phrase>::const_iterator end() const { return items_.end(); }
  // Indices of the phrases starting with byte `b`.
  const std::vector<std::size_t>& starting_with(unsigned char b) const { return by_first_[b]; }

 private:
  std::vector<Phrase> items_;
  std::array<std::vector<std::size_t>, 256> by_first_;
};

struct ResolutionLexicon {
  struct Cue {
    std::string text;
    bool numbers_before = false;  // Chinese: 第61/180号决议
  };
  std::vector<Cue> cues;
  std::vector<std::string> prefixes;  // glued before a cue: Arabic "ال"
  std::vector<std::pair<Phrase, Organ>> organs;
  std::vector<std::pair<Phrase, Organ>> openings;
  PhraseList number_signs, separators, date_leads, months, pinpoints, pin_links;
  PhraseList pin_frames;  // "第#段": '#' is where the number stands
  // "its", "sa", "сво*", "其"; a value of "suffix" marks an ending glued to
  // the cue (Arabic "قرارها").
  PhraseList possessives;
  PhraseList sessions;      // "es-" (value emergency), "s-" (special), "د-" (regular)
  PhraseList parts;         // "باء" -> "B", Cyrillic "в" -> "B"
  PhraseList ordinals;      // a section's number as a word: "الثالث" -> "III"
  PhraseList ranges;        // "to" in "A to E"
  PhraseList date_tails;    // "года"
  PhraseList title_leads;   // "entitled"
  PhraseList topics;        // "on", "sur"

  // The lexicon from the rows of data/resolution-cues.tsv; throws
  // FileError naming the file and line on a malformed row.
  static ResolutionLexicon from_rows(const std::vector<TsvRow>& rows, const std::filesystem::path& source);
  static const ResolutionLexicon& builtin();
};

// Byte length of `phrase` matched at `pos` in normalised `text` (0 = no match).
// Word boundaries are required where the text and phrase are alphabetic.
std::size_t match_phrase(std::string_view text, std::size_t pos, std::string_view phrase);

// The longest of `phrases` matching at `pos`; returns its index or -1.
int match_any(std::string_view text, std::size_t pos, const PhraseList& phrases,
              std::size_t* length);

// True if the code point ending just before `pos` / starting at `pos` is a letter or digit.
bool letter_before(std::string_view text, std::size_t pos);
bool letter_at(std::string_view text, std::size_t pos);
// A letter or digit of a script that spaces its words (not Han) ends before `pos`.
bool spaced_letter_before(std::string_view text, std::size_t pos);

}  // namespace unxref::detect
