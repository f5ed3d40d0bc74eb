#pragma once
// A resolution series drawn as a timeline: one column per year from the
// oldest member to the newest (years without a member keep their space), the
// members in their year's column, the "on the subject" links between them.
#include <vector>

#include "render/model.hpp"
#include "unxref/graph/lineage.hpp"

namespace unxref::rendering {

DrawModel build_series_model(const CitationGraph& graph, const std::vector<LineageMember>& members,
                             const std::string& subject);

}  // namespace unxref::rendering
