#pragma once
// One detected reference, with its span in FlatText::text and in the file. Field names are
// the column names of mentions.jsonl / mentions.csv.
#include <cstddef>
#include <string>
#include <string_view>

#include "unxref/extract/document.hpp"

namespace unxref {

enum class TargetKind { resolution, symbol, treaty, sdg_goal, sdg_target, sdg_indicator, document };
std::string_view to_string(TargetKind kind);  // "resolution", "sdg-target", ...

struct Mention {
  std::string doc;        // citing document id (its path as given, or its symbol)
  std::string target;     // canonical id, ../shared/spec/citation-ids.md
  TargetKind kind = TargetKind::symbol;
  std::string surface;    // the text as written (the original bytes of [start, end))
  std::size_t start = 0;  // byte offsets into FlatText::text (original, not normalised)
  std::size_t end = 0;
  int page = 0;
  std::string section;        // to_string(Role) of the block: "body", "footnote", ...
  std::string pinpoint;       // "op. 16", "annex II", "art. 3", "para. 11 (j)", "objective 10"
  std::string date;           // "20 December 2006" when the text gives one
  std::string resolved_from;  // for short forms: "the Protocol", "supra", ...
  std::string context;        // a snippet around the mention, one line
  bool unresolved = false;    // a short form with no compatible antecedent; target is empty
  // How the document cites it: the verb of the clause that governs the
  // mention as written ("Recalling also", "Prie instamment", "وإذ تشير"), and
  // that verb's relation (unxref/detect/clause_relation.hpp): recalls,
  // reaffirms, welcomes, takes-note, notes, acts-under, decides, requests,
  // urges, condemns, endorses, other. A mention in a footnote has the clause
  // of the footnote's marker. chapter_vii: the clause acts under Chapter VII
  // of the Charter, or is an operative paragraph after such a clause.
  std::string verb;
  std::string relation = "other";
  bool chapter_vii = false;
  // The clause recalls it as an earlier resolution on the document's own
  // subject ("Recalling its previous resolutions on the question, including
  // resolution 74/128"): a link of a resolution series (`unxref lineage`).
  bool series = false;
  // Where it is in the file as written, to highlight it there: byte offsets
  // [file_start, file_end) into a text or Markdown file (before any
  // decoding: a UTF-16 file's bytes, a CRLF file's bytes), -1 when unknown
  // (PDFs, text given on the command line); for PDFs, the box of its block
  // on `page` (all zero when unknown).
  long long file_start = -1;
  long long file_end = -1;
  Box box = {};
};

}  // namespace unxref
