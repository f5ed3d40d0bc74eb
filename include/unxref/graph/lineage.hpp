#pragma once
// Resolution series: a resolution that recalls earlier resolutions "on the
// subject" (Mention::series) links itself to them; the members that these
// links connect, directly or through other corpus resolutions, form one
// series, which `unxref lineage` prints oldest first.
#include <string>
#include <vector>

#include "unxref/graph/citation_graph.hpp"

namespace unxref {

struct LineageMember {
  std::string id;
  std::string date;   // as a citing text gives it ("18 December 2019"); empty when none does
  int year = 0;       // of the date, else of the symbol or the document
  bool in_corpus = false;
  int position = 0;   // < 0 before the subject, 0 the subject, > 0 after it
};

// The series of `id`, oldest first (by year, then by the numbers of the
// symbol). Only members of the subject's own organ and series of symbols
// count ("A/RES/..." for a General Assembly resolution): a clause that also
// recalls Human Rights Council resolutions does not make them members.
// Empty when `id` is not in the graph; the subject alone when it has no series.
std::vector<LineageMember> lineage(const CitationGraph& graph, const std::string& id);

}  // namespace unxref
