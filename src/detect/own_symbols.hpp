#pragma once
// A document's own symbol, wherever it appears in it, is not a citation
// (spec/citation-ids.md): the symbol the caller knows (its masthead), and
// the ones the text shows as its own — alone at the top of a text file
// ("[S/6121]" under a resolution's heading), on a running-header line with
// only dates and page numbers beside it ("29/09/2015 A/70/PV.17"), or after
// "previously issued under".
#include <string>
#include <vector>

#include "detect/finder.hpp"

namespace unxref::detect {

// The targets among `candidates` that are the document's own; `markers` are
// the reissue finder's (make_reissue_finder), sorted by start.
std::vector<std::string> own_symbols(const NormalizedText& text, const std::vector<Candidate>& candidates,
                                     const std::vector<Candidate>& markers);

}  // namespace unxref::detect
