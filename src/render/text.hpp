#pragma once
// Turning text from documents into safe Graphviz attribute values.
//
// Three layers, applied in this order:
//  1. clean_text: valid UTF-8 on one line, without control characters (XML
//     forbids most of them, and a raw newline would end a DOT string).
//  2. shorten: at most N code points, cut at a word boundary when one is near.
//  3. escape_label / escape_tooltip: Graphviz interprets these values itself
//     — "\N", "\G", "\l" are escapes and "&amp;"-style entities are decoded —
//     so user backslashes and ampersands are escaped to come out exactly as
//     written.
// dot_quote then writes any value as a DOT quoted string.
#include <cstddef>
#include <string>
#include <string_view>

namespace unxref::rendering {

// Replaces invalid UTF-8 with U+FFFD, whitespace runs (including newlines and
// tabs) with one space, drops other control characters, trims both ends.
std::string clean_text(std::string_view text);

// At most `max_code_points` code points; a cut string ends in "…".
std::string shorten(std::string_view text, std::size_t max_code_points);

// A value for an escString attribute (label, tooltip) that Graphviz displays
// as `text`. `text` should already be clean.
std::string escape_label(std::string_view text);

// The same for a tooltip. Graphviz 2.42/2.43 expands backslash escapes in
// tooltips twice (measured: "\\\\" shows as one backslash, "\\N" as the node
// name), so a backslash needs four. tests/render/escaping_test.cpp checks
// this against the installed Graphviz.
std::string escape_tooltip(std::string_view text);

// `value` as a DOT double-quoted string, quotes included. Values built by
// escape_label round-trip exactly; a stray odd backslash before the closing
// quote or a raw newline is neutralised rather than breaking the file.
std::string dot_quote(std::string_view value);

}  // namespace unxref::rendering
