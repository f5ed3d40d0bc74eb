// ToUnicode and encoding CMaps parsed from their program text.
#include <gtest/gtest.h>

#include <string>

#include "extract/pdf/cmap.hpp"

namespace unxref::pdf {
namespace {

std::string wrap(const std::string& body) {
  return "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
         "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
         "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n" +
         body + "\nendcmap CMapName currentdict /CMap defineresource pop end end\n";
}

struct UnicodeCase {
  const char* what;
  std::string program;
  std::uint32_t code;
  std::optional<std::string> expected;
};

class CMapUnicode : public ::testing::TestWithParam<UnicodeCase> {};

TEST_P(CMapUnicode, MapsCodeToText) {
  const UnicodeCase& c = GetParam();
  EXPECT_EQ(CMap::parse(wrap(c.program)).unicode(c.code), c.expected) << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    Table, CMapUnicode,
    ::testing::Values(
        UnicodeCase{"bfchar", "2 beginbfchar <0003> <0041> <0004> <00E9> endbfchar", 0x0004, "\xC3\xA9"},
        UnicodeCase{"bfchar miss", "1 beginbfchar <0003> <0041> endbfchar", 0x0005, std::nullopt},
        UnicodeCase{"ligature value fi", "1 beginbfchar <0010> <00660069> endbfchar", 0x10, "fi"},
        UnicodeCase{"presentation-form ligature expands", "1 beginbfchar <0011> <FB03> endbfchar", 0x11, "ffi"},
        UnicodeCase{"surrogate pair", "1 beginbfchar <0012> <D835DC00> endbfchar", 0x12, "\xF0\x9D\x90\x80"},
        UnicodeCase{"lone surrogate replaced", "1 beginbfchar <0013> <D835> endbfchar", 0x13, "\xEF\xBF\xBD"},
        UnicodeCase{"bfrange start", "1 beginbfrange <0020> <007E> <0020> endbfrange", 0x0020, " "},
        UnicodeCase{"bfrange counts up", "1 beginbfrange <0020> <007E> <0020> endbfrange", 0x0041, "A"},
        UnicodeCase{"bfrange end", "1 beginbfrange <0020> <007E> <0020> endbfrange", 0x007E, "~"},
        UnicodeCase{"bfrange past end", "1 beginbfrange <0020> <007E> <0020> endbfrange", 0x007F, std::nullopt},
        UnicodeCase{"bfrange carries past a byte", "1 beginbfrange <01> <03> <00FF> endbfrange", 0x02,
                    "\xC4\x80"},
        UnicodeCase{"bfrange array form", "1 beginbfrange <05> <07> [<0041> <00660066> <0043>] endbfrange", 0x06,
                    "ff"},
        UnicodeCase{"bfrange array short", "1 beginbfrange <05> <07> [<0041>] endbfrange", 0x07, std::nullopt},
        UnicodeCase{"one-byte codes", "1 beginbfchar <41> <0042> endbfchar", 0x41, "B"},
        UnicodeCase{"glyph-name destination", "1 beginbfchar <01> /endash endbfchar", 0x01, "\xE2\x80\x93"},
        UnicodeCase{"later bfchar wins", "2 beginbfchar <01> <0041> <01> <0042> endbfchar", 0x01, "B"},
        UnicodeCase{"control characters dropped", "1 beginbfchar <01> <0007> endbfchar", 0x01, ""},
        UnicodeCase{"no-break space is a space", "1 beginbfchar <01> <00A0> endbfchar", 0x01, " "}),
    [](const auto& info) {
      std::string n = info.param.what;
      for (char& ch : n) if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

TEST(CMap, CodespaceRangesCutMixedLengthCodes) {
  const CMap m = CMap::parse(wrap("2 begincodespacerange <00> <80> <8140> <FFFF> endcodespacerange"));
  const std::string bytes("\x41\x81\x40\x42", 4);
  EXPECT_EQ(m.code_length(bytes, 0, 2), 1);
  EXPECT_EQ(m.code_length(bytes, 1, 2), 2);
  EXPECT_EQ(m.code_length(bytes, 3, 2), 1);
  // A lead byte whose code is cut off by the end of the string takes what is left.
  EXPECT_EQ(m.code_length(std::string("\x81", 1), 0, 2), 1);
}

TEST(CMap, WithoutCodespaceUsesFallbackLength) {
  const CMap m = CMap::parse(wrap("1 beginbfchar <0041> <0041> endbfchar"));
  EXPECT_FALSE(m.has_codespace());
  EXPECT_EQ(m.code_length("ABCD", 0, 2), 2);
  EXPECT_EQ(m.code_length("ABC", 2, 2), 1);
}

TEST(CMap, CidCharAndRange) {
  const CMap m = CMap::parse(
      "/CIDInit /ProcSet findresource begin begincmap /WMode 1 def "
      "1 begincodespacerange <0000> <FFFF> endcodespacerange "
      "1 begincidrange <0020> <007E> 1 endcidrange 1 begincidchar <3000> 633 endcidchar "
      "/Identity-H usecmap endcmap");
  EXPECT_EQ(m.cid(0x0020), 1u);
  EXPECT_EQ(m.cid(0x0041), 34u);
  EXPECT_EQ(m.cid(0x3000), 633u);
  EXPECT_EQ(m.cid(0x0010), std::nullopt);
  EXPECT_EQ(m.parent(), "Identity-H");
  EXPECT_TRUE(m.vertical());
  EXPECT_FALSE(m.has_unicode());
}

TEST(CMap, JunkNeverThrowsAndKeepsWhatParsed) {
  const std::string junk[] = {
      "",
      "beginbfchar",
      "2 beginbfchar <01> endbfchar",
      "1 beginbfrange <01> <05> [<0041> <0042> endbfrange",
      "1 beginbfchar <01> <0041> endbfchar beginbfrange (((( <<>> ]]] endbfrange",
      std::string("\x00\xff<<<<\\(", 8),
      "1 beginbfrange <FFFFFFFF> <00000000> <0041> endbfrange",
  };
  for (const std::string& s : junk) {
    const CMap m = CMap::parse(s);
    (void)m.unicode(1);
    (void)m.code_length("ab", 0, 2);
  }
  EXPECT_EQ(CMap::parse(junk[4]).unicode(1), "A");
}

TEST(CMap, HugeRangeIsNotExpanded) {
  // A full 32-bit range must cost a range record, not four billion entries.
  const CMap m = CMap::parse(wrap("1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange"));
  EXPECT_EQ(m.unicode(1), "B");
}

}  // namespace
}  // namespace unxref::pdf
