#pragma once
// What one Markdown source line opens: the line-level half of the Markdown
// reader, kept apart so each rule can be tested on its own.
#include <optional>
#include <string_view>

namespace unxref::text {

struct AtxHeading {
  int level = 1;
  std::string_view text;  // without the #s, closing #s or surrounding spaces
};
// "# Title", "### Title ###" (at most 3 spaces of indent, 1-6 #s).
std::optional<AtxHeading> match_atx_heading(std::string_view line);

// "---", "* * *", "___" (3 or more of one character): a horizontal rule.
bool is_thematic_break(std::string_view line);

// "===" under a paragraph -> 1, "---" -> 2, anything else 0.
int setext_level(std::string_view line);

enum class ListMarker { none, bullet, number_one, number, letter };
struct ListItem {
  ListMarker marker = ListMarker::none;
  std::string_view label;  // the marker as written: "-", "1.", "(a)"
  std::string_view text;   // after the marker
};
// "- x", "* x", "+ x", "• x", "1. x", "2) x", "(a) x", "(iv) x", "(3) x".
std::optional<ListItem> match_list_item(std::string_view line);

struct FootnoteStart {
  std::string_view label;
  std::string_view text;
};
// "[^1]: text" (a Markdown footnote definition).
std::optional<FootnoteStart> match_footnote_definition(std::string_view line);
// "<sup>1</sup> text" (footnote bodies as written by converters from Word).
std::optional<FootnoteStart> match_sup_footnote(std::string_view line);

// "```" or "~~~" opening or closing a fenced code block.
bool is_code_fence(std::string_view line);

// "| --- | :-: |": the row under a table header.
bool is_table_delimiter_row(std::string_view line);

std::string_view trim(std::string_view s);

}  // namespace unxref::text
