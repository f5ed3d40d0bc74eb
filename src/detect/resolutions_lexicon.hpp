#pragma once
// The words around resolution numbers in the six UN languages, read from
// data/resolution-cues.tsv and normalised like the text they are matched on.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace unxref::detect {

enum class Organ { unknown, ga, sc, ecosoc, hrc, chr, council, assembly, other };

struct Phrase {
  std::string text;  // normalised; a word ending in '*' matches any continuation
  std::string value;
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
  std::vector<Phrase> number_signs, separators, date_leads, months, pinpoints, pin_links;
  std::vector<Phrase> pin_frames;  // "第#段": '#' is where the number stands
  // "its", "sa", "сво*", "其"; a value of "suffix" marks an ending glued to
  // the cue (Arabic "قرارها").
  std::vector<Phrase> possessives;
  std::vector<Phrase> sessions;      // "es-" (value emergency), "s-" (special), "د-" (regular)
  std::vector<Phrase> parts;         // "باء" -> "B", Cyrillic "в" -> "B"
  std::vector<Phrase> ranges;        // "to" in "A to E"
  std::vector<Phrase> date_tails;    // "года"
  std::vector<Phrase> title_leads;   // "entitled"
  std::vector<Phrase> topics;        // "on", "sur"

  // Parses the TSV format of data/resolution-cues.tsv; throws
  // std::runtime_error naming the line on a malformed row.
  static ResolutionLexicon parse(std::string_view tsv);
  static const ResolutionLexicon& builtin();
};

// Byte length of `phrase` matched at `pos` in normalised `text` (0 = no match).
// Word boundaries are required where the text and phrase are alphabetic.
std::size_t match_phrase(std::string_view text, std::size_t pos, std::string_view phrase);

// The longest of `phrases` matching at `pos`; returns its index or -1.
int match_any(std::string_view text, std::size_t pos, const std::vector<Phrase>& phrases,
              std::size_t* length);

// True if the code point ending just before `pos` / starting at `pos` is a letter or digit.
bool letter_before(std::string_view text, std::size_t pos);
bool letter_at(std::string_view text, std::size_t pos);
// A letter or digit of a script that spaces its words (not Han) ends before `pos`.
bool spaced_letter_before(std::string_view text, std::size_t pos);

}  // namespace unxref::detect
