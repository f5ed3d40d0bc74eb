#pragma once
// Titles that name a kind of section or body, not one document
// ("Introduction", "United Nations"): data/generic-titles.tsv, the list the
// detector also uses. Private to the graph stage.
#include <string_view>

namespace unxref::graph {

// Whether `title`, compared without case and with spaces collapsed, is
// one of the list's exact titles.
bool is_generic_title(std::string_view title);

}  // namespace unxref::graph
