#pragma once
// Markdown inline markup -> the plain words a reader sees.
#include <string>
#include <string_view>

namespace unxref::text {

// Removes emphasis (** __ * _), code-span backticks, link and image syntax
// ([text](url) -> text, ![alt](src) -> alt, [text][ref] -> text,
// <http://x> -> http://x), backslash escapes, HTML tags and common entities.
// Footnote markers ([^1], <sup>1</sup>) are dropped; where dropping one would
// glue two words together a space is left instead. Intraword underscores and
// unmatched asterisks stay as written.
std::string strip_inline(std::string_view text);

}  // namespace unxref::text
