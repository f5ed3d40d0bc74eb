#include "graph/text_safety.hpp"

#include "unxref/core/utf8.hpp"

namespace unxref::graph {
namespace {

// Length of the valid UTF-8 sequence at s[i] that XML allows, or 0: U+FFFE
// and U+FFFF are well-formed UTF-8 but not XML characters.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const std::size_t len = well_formed_length(s, i);
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (len == 3 && b(0) == 0xEF && b(1) == 0xBF && (b(2) == 0xBE || b(2) == 0xBF)) return 0;
  return len;
}

}  // namespace

std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      out += ' ';
      ++i;
      continue;
    }
    if (c == 0x7F) {
      out += ' ';
      ++i;
      continue;
    }
    std::size_t len = utf8_length(text, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text.substr(i, len));
      i += len;
    }
  }
  return out;
}

std::string one_line(std::string_view text) {
  std::string out = xml_safe(text);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

}  // namespace unxref::graph
