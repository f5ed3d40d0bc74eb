#pragma once
// Matching registry names and cue words against normalised text: word
// boundaries that work for Latin, Cyrillic and Arabic script (and are not
// required next to Chinese characters), registry names with word stems, and
// case checks on the original text, where normalisation has folded case away.
#include <cstddef>
#include <string_view>
#include <vector>

#include "detect/normalize.hpp"

namespace unxref::detect {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

// The code point at byte i (U+FFFD for a bad sequence), its length in `len`.
char32_t code_point_at(std::string_view s, std::size_t i, std::size_t* len = nullptr);
// The code point that ends at byte i (0 at the start of `s`).
char32_t code_point_before(std::string_view s, std::size_t i, std::size_t* len = nullptr);

// Letters and digits of the scripts that separate words with spaces. Han,
// kana and hangul are not word characters: Chinese names need no boundary.
bool is_word_char(char32_t c);

// True when no word continues across `pos` into [pos, ...): the character
// before it is not a word character, or is an Arabic proclitic (و ب ل ف ك)
// standing alone before an Arabic word ("والغاية").
bool word_starts_at(std::string_view text, std::size_t pos);
// True when the word ending at `pos` ends there.
bool word_ends_at(std::string_view text, std::size_t pos);

// True when a name may end at `pos`: no word goes on there, or only a
// footnote number is printed against it: one to three digits after its last
// letter ("... Political Rights19"), one or two after a closing year
// ("... à l'horizon 20309") or a two-digit number ("Programa 215").
bool name_ends_at(std::string_view text, std::size_t pos);

// Where `phrase` starts when it is the words right before the space at
// pos - 1 ("according to" before "according to cedaw"), else npos.
std::size_t words_before(std::string_view text, std::size_t pos, std::string_view phrase);
// Where `phrase` ends when it is the words right after the space at `pos`,
// ending at a word boundary, else npos.
std::size_t words_after(std::string_view text, std::size_t pos, std::string_view phrase);

// Matches a normalised registry name at `pos`: bytes compare equal, and each
// '*' takes any run of word characters (a declension ending). Returns the end
// of the match or npos.
std::size_t match_name(std::string_view text, std::size_t pos, std::string_view name);

// match_name, for a whole name: it ends where its last word does (or
// before a glued note marker, name_ends_at). The end, or npos.
std::size_t match_whole_name(std::string_view text, std::size_t pos, std::string_view name);

// The literal part of a name before its first '*', used as its scanner cue.
std::string_view name_cue(std::string_view name);

// Whether the original character behind normalised offset `pos` is upper case.
bool original_is_upper(const NormalizedText& text, std::size_t pos);
// Whether every letter of the original behind [start, end) is upper case.
bool original_all_upper(const NormalizedText& text, std::size_t start, std::size_t end);
// The original bytes behind normalised [start, end).
std::string_view original_of(const NormalizedText& text, std::size_t start, std::size_t end);

// Parses a run of ASCII digits at `pos` (at most `max_digits`); returns the
// value and sets `end`, or -1 when there is no digit at `pos` or more follow.
int parse_number(std::string_view text, std::size_t pos, std::size_t max_digits, std::size_t* end);

// The four-digit year (1900-2099) written nearest to [start, end) within
// `window` bytes on either side, for which `wanted(year)` holds; 0 if none.
template <class Pred>
int year_near(std::string_view text, std::size_t start, std::size_t end, std::size_t window, Pred wanted);

// The articles ("the", "la", "los" ...) and conjunctions ("and", "et", "y")
// of data/function-words.tsv, normalised as the text is (lower case).
const std::vector<std::string>& articles();
const std::vector<std::string>& conjunctions();
bool is_one_of(std::string_view word, const std::vector<std::string>& words);

}  // namespace unxref::detect

#include "detect/registry_matching_inl.hpp"
