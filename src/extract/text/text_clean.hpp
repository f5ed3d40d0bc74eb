#pragma once
// Turns the raw bytes of a text file into clean UTF-8 with '\n' line ends,
// so the readers above never see encoding damage.
#include <string>
#include <string_view>
#include <vector>

#include "unxref/core/offset_map.hpp"

namespace unxref::text {

// Strips a UTF-8 BOM, decodes UTF-16 when a UTF-16 BOM says so, replaces
// invalid UTF-8 with U+FFFD, drops NUL bytes, maps CRLF and lone CR to '\n'
// and other C0 controls (except tab and form feed) to spaces. Anything
// repaired is described in `warnings`; nothing here throws on bad input.
// `to_file`, when given, maps each byte of the result to the offset in
// `bytes` of the character it came from.
std::string clean_text_bytes(std::string_view bytes, std::vector<std::string>& warnings, OffsetMap* to_file = nullptr);

}  // namespace unxref::text
