#pragma once
// UTF-8 helpers shared by the stages (PDF text, text cleaning, Markdown
// entities, drawing labels).
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace unxref {

// Appends the UTF-8 form of `cp`. The caller guarantees a Unicode scalar
// value (not a surrogate, at most U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

// The length of the well-formed UTF-8 sequence at s[i] (1 for ASCII), 0 when
// it is ill-formed (overlong, a surrogate, past U+10FFFF, cut short), by
// ICU's U8_NEXT: the one check of every reader and writer that repairs text.
// Inline: the text cleaner and the detector ask it of every non-ASCII byte.
inline std::size_t well_formed_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (static_cast<unsigned char>(s[i]) < 0x80) return 1;
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data()) + i;
  // U8_NEXT takes an int32_t length: a window of the longest sequence does.
  const auto n = static_cast<std::int32_t>(std::min<std::size_t>(s.size() - i, U8_MAX_LENGTH));
  std::int32_t k = 0;
  UChar32 c = 0;
  U8_NEXT(p, k, n, c);
  return c < 0 ? 0 : static_cast<std::size_t>(k);
}

}  // namespace unxref
