#pragma once
// Helpers shared by the report writers (private to the stage).
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "unxref/uptake/uptake.hpp"

namespace unxref::uptake {

// Count of recommendations per verdict, indexed by Verdict.
std::array<std::size_t, 4> verdict_counts(const UptakeReport& report);

// The paragraph numbers of a result's taken-up matches, "12; 14 (a)".
std::string paragraph_list(const UptakeReport& report, const RecommendationResult& result);

// "source#R3" when the report has several sources, else "R3".
std::string qualified_id(const UptakeReport& report, const Recommendation& rec);

// At most `max_chars` code points of `text` on one line, "…" when cut; never
// splits a UTF-8 sequence.
std::string one_line(std::string_view text, std::size_t max_chars);

}  // namespace unxref::uptake
