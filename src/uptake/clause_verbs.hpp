#pragma once
// The verbs that open the clauses of a UN resolution, in the six languages
// (data/uptake-clause-verbs.tsv, plus the `preamble` cues of
// data/uptake-cues.tsv), matched at a position of a text (private to the stage).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace unxref::uptake {

enum class ClauseKind { preamble, operative };

class ClauseVerbs {
 public:
  // Parses the TSV format of data/uptake-clause-verbs.tsv (kind, language, phrase).
  void add(std::string_view tsv);
  // The embedded data files, parsed on first use.
  static const ClauseVerbs& builtin();

  // Byte length of the longest verb phrase of `kind` that opens `text`
  // (case-insensitive, any run of white space matching one space, ending on a
  // word boundary except in Chinese), or 0.
  std::size_t match(std::string_view text, ClauseKind kind) const;

 private:
  // A modifier right after `text`'s start ("also" after "Noting"): its byte length with the space before it.
  std::size_t modifier_after(std::string_view text) const;
  std::vector<std::u32string> preamble_, operative_, modifiers_;  // case-folded code points, longest first
  void sort();
};

// A preambular clause opening that no list names, recognised by form: a
// capitalised participle ("Determining", "Déterminant", "Determinando"), an
// Arabic "إذ"/"وإذ"/"وقد" opening. Returns the byte length of the opening word(s) or 0.
std::size_t participle_opening(std::string_view text);

// Decodes one UTF-8 code point at text[i] (U+FFFD for a bad byte); advances i.
char32_t next_code_point(std::string_view text, std::size_t& i);

}  // namespace unxref::uptake
