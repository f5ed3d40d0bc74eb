#pragma once
// Normalised text for matching, with a map back to the original bytes.
//
// Normalisation: ICU NFKC + case folding (ASCII runs take a fast path with
// the same result), decimal digits of any script to ASCII ('٦١' -> "61"),
// every run of white space (including newlines, form feeds, NBSP) to one
// ' '. Finders match on `text`; mentions report original offsets.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "unxref/core/offset_map.hpp"

namespace unxref::detect {

using unxref::OffsetMap;

struct NormalizedText {
  std::string_view original;
  std::string text;
  OffsetMap map;

  // The offset in `original` of the byte that produced byte `norm_offset`
  // of `text` (norm_offset in [0, text.size()]).
  std::size_t original_offset(std::size_t norm_offset) const { return map.to_original(norm_offset); }
  // The first offset in `text` produced at or after original byte `orig`.
  std::size_t normalized_offset(std::size_t orig) const { return map.from_original(orig); }
  // The original span of normalised [start, end): end maps to the end of the
  // original character that produced byte end-1.
  std::pair<std::size_t, std::size_t> original_span(std::size_t start, std::size_t end) const;
};

// Invalid UTF-8 in `original` becomes U+FFFD in `text`, never an error.
NormalizedText normalize(std::string_view original);
// The same into `out`, reusing its buffers: for callers that normalise one
// document after another.
void normalize(std::string_view original, NormalizedText& out);

}  // namespace unxref::detect
