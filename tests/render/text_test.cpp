// Escaping of document text for Graphviz: table-driven, one layer at a time.
#include "render/text.hpp"

#include <gtest/gtest.h>

namespace unxref::rendering {
namespace {

struct Case {
  std::string input;
  std::string expected;
};

TEST(CleanText, MakesOneLineOfValidUtf8) {
  const Case cases[] = {
      {"plain", "plain"},
      {"  two\nlines\r\n", "two lines"},
      {"tab\there", "tab here"},
      {"bell\x07 and \x01 escape\x1b", "bell and escape"},
      {std::string("nul\0byte", 8), "nulbyte"},
      {"bad \xC3\x28 lead", "bad \xEF\xBF\xBD( lead"},
      {"truncated \xE2\x82", "truncated \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"C1 \xC2\x85next \xC2\x9B", "C1 next"},
      {"\xEF\xBF\xBE noncharacter", "noncharacter"},
      {"قرار 61/180", "قرار 61/180"},
      {"大会第61/180号决议", "大会第61/180号决议"},
      {"emoji \xF0\x9F\x93\x9C ok", "emoji \xF0\x9F\x93\x9C ok"},
  };
  for (const Case& c : cases) EXPECT_EQ(clean_text(c.input), c.expected) << c.input;
}

TEST(Shorten, CutsAtCodePointsAndPrefersWordBoundaries) {
  struct ShortCase {
    std::string input;
    std::size_t max;
    std::string expected;
  };
  const ShortCase cases[] = {
      {"short", 10, "short"},
      {"exactly10!", 10, "exactly10!"},
      {"abcdefghijkl", 10, "abcdefghi…"},
      {"General Assembly resolution", 20, "General Assembly…"},
      {"a bcdefghijklmnopqrstuvwxyz", 10, "a bcdefgh…"},  // the space is too early to cut at
      {"大会第61/180号决议大会第61/180号决议", 8, "大会第61/1…"},
      {"قرار الجمعية العامة بشأن", 12, "قرار الجمعي…"},
      {"", 5, ""},
  };
  for (const ShortCase& c : cases) EXPECT_EQ(shorten(c.input, c.max), c.expected) << c.input;
}

TEST(EscapeLabel, NeutralisesGraphvizEscapesAndEntities) {
  const Case cases[] = {
      {"A/RES/72/1", "A/RES/72/1"},
      {"\\N\\G\\L", "\\\\N\\\\G\\\\L"},
      {"trailing\\", "trailing\\\\"},
      {"a & b", "a &amp; b"},
      {"&amp; &nbsp;", "&amp;amp; &amp;nbsp;"},
      {"\"quoted\" <tag>", "\"quoted\" <tag>"},  // quoting is dot_quote's job; <> are plain text
  };
  for (const Case& c : cases) EXPECT_EQ(escape_label(c.input), c.expected) << c.input;
}

TEST(EscapeTooltip, NeedsFourBackslashesForOne) {
  const Case cases[] = {
      {"A/RES/72/1", "A/RES/72/1"},
      {"\\N", "\\\\\\\\N"},
      {"a & b", "a &amp; b"},
  };
  for (const Case& c : cases) EXPECT_EQ(escape_tooltip(c.input), c.expected) << c.input;
}

TEST(DotQuote, WritesStringsTheDotScannerReadsBack) {
  const Case cases[] = {
      {"plain", "\"plain\""},
      {"a\"b", "\"a\\\"b\""},
      {"even\\\\", "\"even\\\\\""},
      {"odd\\", "\"odd\\\\\""},              // would otherwise escape the closing quote
      {"odd\\\"q", "\"odd\\\\\\\"q\""},      // odd run before a quote is doubled
      {"even\\\\\"q", "\"even\\\\\\\"q\""},  // an even run stays as it is
      {"line\nbreak\r", "\"line\\nbreak\""},
      {"", "\"\""},
  };
  for (const Case& c : cases) EXPECT_EQ(dot_quote(c.input), c.expected) << c.input;
}

}  // namespace
}  // namespace unxref::rendering
