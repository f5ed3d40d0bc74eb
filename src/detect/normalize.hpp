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
#include <vector>

namespace unxref::detect {

struct NormalizedText {
  std::string_view original;
  std::string text;
  // For each byte of `text` (and one past the end), the offset in `original`
  // of the byte that produced it.
  std::vector<std::uint32_t> to_original;

  std::size_t original_offset(std::size_t norm_offset) const { return to_original[norm_offset]; }
  // The original span of normalised [start, end): end maps to the end of the
  // original character that produced byte end-1.
  std::pair<std::size_t, std::size_t> original_span(std::size_t start, std::size_t end) const;
};

// Invalid UTF-8 in `original` becomes U+FFFD in `text`, never an error.
NormalizedText normalize(std::string_view original);

}  // namespace unxref::detect
