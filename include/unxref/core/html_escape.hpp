#pragma once
// Text for HTML: the one escaper every HTML writer (the report, the uptake
// page) uses, so that hostile titles and texts are handled one way.
#include <string>
#include <string_view>

namespace unxref {

// `text` for element content and quoted attribute values: & < > " ' as
// entities, C0 controls other than tab and line feed (and DEL) as spaces,
// invalid UTF-8 as U+FFFD; valid UTF-8 is copied as it is.
std::string html_escape(std::string_view text);

}  // namespace unxref
