#pragma once
// Whether a treaty's name or abbreviation at a hit stands for the body that
// shares it: "According to CEDAW", "the recommendations of the CRC", "CEDAW
// had commended", "the Committee against Torture (CAT)", "the Secretariat of
// the Convention on Biological Diversity". The spec: a treaty body is not its
// treaty. The cue words are data (data/treaty-body-cues.tsv).
#include <cstddef>

#include "detect/normalize.hpp"

namespace unxref::detect {

// [start, end) is a name of a treaty in normalised text; `abbreviation` says
// it is one of the treaty's abbreviations, which committees share.
bool names_a_body(const NormalizedText& text, std::size_t start, std::size_t end, bool abbreviation);

}  // namespace unxref::detect
