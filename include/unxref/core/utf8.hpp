#pragma once
// UTF-8 helpers shared by the stages (PDF text, text cleaning, Markdown
// entities, drawing labels).
#include <string>

namespace unxref {

// Appends the UTF-8 form of `cp`. The caller guarantees a Unicode scalar
// value (not a surrogate, at most U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

}  // namespace unxref
