#include "unxref/core/html_escape.hpp"

#include <unicode/utf8.h>

#include <cstdint>

namespace unxref {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < n;) {
    const std::int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      // ICU skips a maximal ill-formed prefix; one U+FFFD per bad byte keeps
      // the count of what was lost visible, as the text readers do.
      out += "\xEF\xBF\xBD";
      i = at + 1;
      continue;
    }
    if (c >= 0x80) {
      out.append(text.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(i - at)));
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t':
      case '\n': out += static_cast<char>(c); break;
      default: out += (c < 0x20 || c == 0x7F) ? ' ' : static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace unxref
