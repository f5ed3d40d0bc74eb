#pragma once
// The grammar around resolution numbers that the resolution finder reads:
// organs, lists of numbers with their dates, parts, titles, footnote
// markers and pinpoints, in the six UN languages. One object per lexicon,
// with its lookup tables; every function reads normalised text.
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "detect/normalize.hpp"
#include "detect/resolutions_lexicon.hpp"
#include "detect/resolutions_numbers.hpp"

namespace unxref::detect {

// One number of a list, with what the text says about it.
struct ListItem {
  ResolutionNumber number;
  std::string date;
  std::string pinpoint;
  std::size_t tail_end = 0;  // after the date, title, pinpoint and marker that follow the number
};

struct OrganHit {
  Organ organ = Organ::unknown;
  std::size_t start = 0, end = 0;
};

class ResolutionGrammar {
 public:
  explicit ResolutionGrammar(const ResolutionLexicon& lex);
  const ResolutionLexicon& lexicon() const { return lex_; }

  // --- organs (resolution_organs.cpp) ---
  // The longest organ name at `p`: its index in lexicon().organs and length, or -1.
  int organ_at(std::string_view s, std::size_t p, std::size_t* len) const;
  // An organ ending right before `pos`: "Security Council resolution", "大会第".
  OrganHit organ_adjacent_before(std::string_view s, std::size_t pos) const;
  // "resolution 61/180 of the General Assembly", "резолюция 61/180 Генеральной
  // Ассамблеи", but never the organ of the next citation ("... and Human
  // Rights Council resolution 17/4").
  Organ organ_after(std::string_view s, std::size_t pos) const;
  // The nearest organ earlier in the same sentence, no further back than
  // `window` bytes (0: the usual reach).
  Organ organ_in_sentence(std::string_view s, std::size_t pos, std::size_t window = 0) const;
  // The organ acting right before a possessive cue ("the Human Rights
  // Council in its resolution"), or unknown.
  Organ subject_before(std::string_view s, std::size_t cue_start) const;
  // After an organ at `p`: "and the Security Council", "y del Consejo de
  // Seguridad", Arabic "ومجلس الأمن" — where that second organ ends, or p.
  std::size_t second_organ_end(std::string_view s, std::size_t p) const;
  // Whether `organ` is named in the text shortly before `pos`.
  bool organ_named_before(std::string_view s, std::size_t pos, Organ organ) const;
  // Whether a cue, 第 or a number follows an organ's name.
  bool names_a_citation(std::string_view s, std::size_t organ_end) const;
  // Chinese "关于设立人权理事会的第60/251号决议" (the resolution on establishing
  // the Council): an organ inside a 关于 ... 的 phrase is what the resolution
  // is about, not who adopted it.
  static bool topic_of_phrase(std::string_view s, std::size_t organ_start, std::size_t organ_end);
  // "The Security Council," at the top of a resolution.
  Organ opening_organ(const NormalizedText& t) const;
  // "its resolution", "sa résolution", "свою резолюцию", "回顾其": a possessive
  // right before `word_start`; or an Arabic cue with a possessive ending
  // between `cue_end` and `word_end` ("قرارها").
  // Returns 1 for "its own", -1 for a possessive that points to another
  // organ named before (value "other"), 0 for none.
  int possessive_before(std::string_view s, std::size_t word_start) const;
  int possessive_suffix(std::string_view s, std::size_t cue_end, std::size_t word_end) const;
  // Whether a cue word starts at `q` (with `numbers_after_only`, one that
  // numbers follow, not the Chinese 号决议).
  bool cue_at(std::string_view s, std::size_t q, bool numbers_after_only) const;

  // --- lists (resolution_lists.cpp) ---
  // The numbers of a list starting at `p`: "61/180", "2331 (2016) and 2388
  // (2017)", "51/45 B of 10 December 1996, 52/38 N of 9 December 1997,4 ...".
  std::vector<ListItem> parse_list(const NormalizedText& t, std::size_t p) const;
  // "resolutions on Iraq, in particular 1500 (2003)": where such a list
  // starts after the cue, or npos.
  std::size_t first_dated_number_after(const NormalizedText& t, std::size_t p) const;
  // The Chinese list whose last number ends right before the cue at `cue`:
  // "2008年12月19日第63/206号、2009年12月21日第64/191号决议". Sets `start` to
  // where it begins (its first date or 第). Empty when there is none.
  std::vector<ListItem> parse_list_before(const NormalizedText& t, std::size_t cue, std::size_t* start) const;
  // Where the Chinese list before, which the list starting at `list_start`
  // goes on from, ends: "...第39/6号决议，10 关于记者安全的2020年10月6日第45/18号决议"
  // (past a separator, a footnote number and a topic "关于...的"), or npos.
  std::size_t previous_list_end(std::string_view s, std::size_t list_start) const;

  // --- dates (resolution_dates.cpp) ---
  // ", of 30 July 2010", " du 18 décembre 2007", " от 30 июля 2010 года"; the
  // date as written into `date`; returns the end (p when none).
  std::size_t parse_date(const NormalizedText& t, std::size_t p, std::string* date) const;
  // "2005年12月16日" starting at `p`; returns its end (p when none).
  std::size_t chinese_date_at(const NormalizedText& t, std::size_t p, std::string* date) const;

  // --- pinpoints (resolution_pinpoints.cpp) ---
  // ", op. 16", ", annex II", ", para. 11 (j)" at p; returns the end.
  std::size_t parse_pinpoint(const NormalizedText& t, std::size_t p, std::string* pin) const;
  // ", entitled “...”, op. 15", "Resolution 2006/27. *Title*, op. 16".
  std::size_t parse_pinpoint_after_title(const NormalizedText& t, std::size_t p, std::string* pin) const;
  // "paragraph 16 of resolution", "пункт 16 резолюции": a pinpoint ending at `start`.
  std::string pinpoint_before(const NormalizedText& t, std::size_t start) const;
  // "第16段" at `p`; returns its end.
  std::size_t pin_frame_at(const NormalizedText& t, std::size_t p, std::string* pin) const;

 private:
  std::size_t pinpoint_value(const NormalizedText& t, std::size_t p, std::string* value, bool framed = false) const;
  bool opens_next_citation(std::string_view s, std::size_t end) const;
  std::size_t month_across_hyphen(std::string_view s, std::size_t q) const;
  std::size_t item_tail(const NormalizedText& t, ListItem& item) const;
  std::size_t skip_title(std::string_view s, std::size_t p) const;
  std::size_t skip_marker(std::string_view s, std::size_t p) const;
  std::size_t next_after_topic(const NormalizedText& t, std::size_t p, const ListItem& last) const;
  bool introduced(std::string_view s, std::size_t q) const;
  Organ scan_opening(const NormalizedText& t, std::string_view head) const;

  const ResolutionLexicon& lex_;
  std::array<std::vector<std::size_t>, 256> organs_by_byte_;
  // For matching backwards from a position: fixed phrases by their last
  // byte, and the few with a '*' that have no fixed end.
  std::array<std::vector<std::size_t>, 256> organs_by_last_byte_;
  std::vector<std::size_t> wild_organs_;
  std::array<std::vector<std::size_t>, 256> pinpoints_by_byte_;
};

// Shared by the grammar's files.
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline std::size_t skip_one_space(std::string_view s, std::size_t pos) {
  return pos < s.size() && s[pos] == ' ' ? pos + 1 : pos;
}
// "and", "et", "и", "和" join list items outright; after a "soft" one (a
// comma, "in particular") a paragraph or footnote number may follow.
inline bool conjunction(const Phrase& sep) { return sep.value != "soft"; }

}  // namespace unxref::detect
