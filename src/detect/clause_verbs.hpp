#pragma once
// The clause verb that governs each citation: "Recalling its resolution
// 70/1" recalls 70/1, "3. Takes note of the report A/76/299" takes note of
// it. A pass over finished mentions, separate from the finders: it reads the
// normalised text around a mention and never changes what was found.
//
// A clause opens at a clause boundary (the start of a block, after , ; : and
// their Arabic and Chinese forms, after an operative paragraph number
// "3." / "3 -") with a verb of data/clause-verbs.tsv, possibly behind
// modifiers ("Also decides", "وإذ تشير", "又回顾"). A citation takes the
// nearest clause opening before it; one inside a footnote takes the clause
// that carries the footnote's marker.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "detect/normalize.hpp"

namespace unxref::detect {

struct ClauseVerb {
  std::string verb;      // as written in the original text ("Recalling also"); empty when none
  std::string relation;  // recalls, reaffirms, ..., other (data/clause-verbs.tsv)
  bool chapter_vii = false;
  // The clause recalls or reaffirms its citations as earlier resolutions on
  // its subject ("its previous resolutions on the subject, including ...",
  // data/series-cues.tsv).
  bool series = false;
};

class ClauseVerbs {
 public:
  // `segment_starts`: normalised offsets where blocks begin (clause
  // boundaries); `notes`: normalised [start, end) of footnote blocks, each
  // opening with its label ("12 See ..."). Footnotes written as "[12] ..."
  // inside the text (one text file per resolution) are found here.
  ClauseVerbs(const NormalizedText& text, std::vector<std::size_t> segment_starts,
              std::vector<std::pair<std::size_t, std::size_t>> notes);

  // The clause governing normalised offset `at`.
  ClauseVerb at(std::size_t at) const;

 private:
  struct Opening {
    std::size_t start = 0, verb_start = 0, verb_end = 0;  // normalised; start includes a paragraph number
    std::string relation;
    bool operative = false;
  };
  struct Note {
    std::size_t start = 0, end = 0, group_start = 0;
    std::string label;
  };

  std::optional<Opening> opening_at(std::size_t word, bool spaced) const;
  void find_openings();
  std::optional<Opening> opening_before(std::size_t at) const;
  std::size_t next_opening(std::size_t from) const;
  bool names_series(const Opening& o) const;
  std::size_t marker_of(const Note& note) const;
  // Where the note's text also stands right after the clause that carries
  // its marker (one resolution per text file writes each note there and
  // again at the end), or npos.
  std::size_t inline_copy_of(const Note& note) const;
  std::string written(const Opening& o) const;
  bool upper_at(std::size_t norm_offset) const;  // the original character there is a capital
  bool reads_as_note(std::size_t from) const;    // a full stop ends the text from there before a clause comma

  const NormalizedText& text_;
  std::vector<std::size_t> segment_starts_;  // sorted
  std::vector<Note> notes_;                  // sorted by start
  std::size_t vii_from_;                     // start of an "Acting under Chapter VII" clause, or npos
  std::size_t first_operative_;              // the first operative paragraph number, or npos
  bool by_block_ = false;                    // clauses open at block starts only
  std::vector<Opening> openings_;            // every clause opening, by start
  mutable std::unordered_map<std::size_t, bool> series_;  // by clause start
  // [start, end) of every series cue in the text, by start; found in one
  // pass when a clause first asks.
  mutable std::optional<std::vector<std::pair<std::size_t, std::size_t>>> series_cues_;
  // By note: where its clause is looked for (its inline copy or its marker),
  // npos for nowhere, kUnknown until a citation in it asks.
  static constexpr std::size_t kUnknown = static_cast<std::size_t>(-2);
  mutable std::vector<std::size_t> note_from_;
};

}  // namespace unxref::detect
