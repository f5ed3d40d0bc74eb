#pragma once
// Where each byte of a block's text sits in the file it was read from.
//
// A reader builds a block's text from a known range of lines, with white
// space collapsed and (Markdown) markup dropped and entities decoded. Rather
// than thread offsets through every one of those rewrites, the finished
// text is aligned back to its lines: the text is, character by character, a
// subsequence of the source with some characters replaced, so an in-order
// walk that looks a short way ahead recovers the byte each one came from.
#include <cstddef>
#include <string_view>

#include "unxref/core/offset_map.hpp"

namespace unxref::text {

// The cleaned text a reader splits into lines, and where its bytes were in
// the file (clean_text_bytes's map).
struct CleanSource {
  std::string_view text;
  const OffsetMap& to_file;
  // The cleaned offset of `line`, a view into `text`.
  std::size_t offset_of(std::string_view line) const {
    return static_cast<std::size_t>(line.data() - text.data());
  }
};

// Maps each byte of `shown` to a file offset, `shown` being made from the
// cleaned range [lo, hi) of `source`. The map ends where the last character
// found ends, so a span ending at the end of `shown` ends there too.
OffsetMap align_to_source(std::string_view shown, const CleanSource& source, std::size_t lo, std::size_t hi);

}  // namespace unxref::text
