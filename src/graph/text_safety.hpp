#pragma once
// Text that goes into XML and CSV must be valid UTF-8 without the control
// characters XML 1.0 forbids; extracted text does not promise either.
#include <string>
#include <string_view>

namespace unxref::graph {

// Invalid UTF-8 sequences become U+FFFD; C0 controls other than tab, line
// feed and carriage return become spaces.
std::string xml_safe(std::string_view text);

// xml_safe() and on one line: tabs and line breaks become spaces too, so
// that every GraphML reader sees the same value (some collapse whitespace).
std::string one_line(std::string_view text);

}  // namespace unxref::graph
