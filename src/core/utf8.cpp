#include "unxref/core/utf8.hpp"

#include <unicode/utf8.h>

namespace unxref {

void append_utf8(std::string& out, char32_t cp) {
  char buf[U8_MAX_LENGTH];
  std::size_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(cp));
  out.append(buf, n);
}

}  // namespace unxref
