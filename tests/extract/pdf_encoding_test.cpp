// Simple-font encodings, glyph names and the clean-up every glyph text gets.
#include <gtest/gtest.h>

#include <string>

#include "extract/pdf/simple_encoding.hpp"
#include "extract/pdf/unicode.hpp"

namespace unxref::pdf {
namespace {

struct NameCase {
  const char* name;
  const char* utf8;
};

class GlyphNames : public ::testing::TestWithParam<NameCase> {};

TEST_P(GlyphNames, MapToUnicode) { EXPECT_EQ(glyph_name_to_utf8(GetParam().name), GetParam().utf8) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(Table, GlyphNames,
                         ::testing::Values(NameCase{"A", "A"}, NameCase{"space", " "}, NameCase{"eacute", "\xC3\xA9"},
                                           NameCase{"quoteright", "\xE2\x80\x99"}, NameCase{"endash", "\xE2\x80\x93"},
                                           NameCase{"Euro", "\xE2\x82\xAC"}, NameCase{"fi", "fi"},
                                           NameCase{"ffl", "ffl"}, NameCase{"uni2014", "\xE2\x80\x94"},
                                           NameCase{"uni00660069", "fi"}, NameCase{"u1F600", "\xF0\x9F\x98\x80"},
                                           NameCase{"u00E9", "\xC3\xA9"}, NameCase{"f_f_i", "ffi"},
                                           NameCase{"a.sc", "a"}, NameCase{"T_h.alt", "Th"},
                                           NameCase{"afii10017", "\xD0\x90"}, NameCase{".notdef", ""},
                                           NameCase{"g123", ""}, NameCase{"uniD800", "\xEF\xBF\xBD"},
                                           NameCase{"uniXYZW", ""}, NameCase{"", ""}));

struct EncodingCase {
  const char* encoding;
  int code;
  const char* utf8;
};

class BaseEncodings : public ::testing::TestWithParam<EncodingCase> {};

TEST_P(BaseEncodings, MapCodes) {
  const auto table = base_encoding(GetParam().encoding);
  ASSERT_TRUE(table);
  EXPECT_EQ((*table)[static_cast<std::size_t>(GetParam().code)], GetParam().utf8)
      << GetParam().encoding << " code " << GetParam().code;
}

INSTANTIATE_TEST_SUITE_P(
    Table, BaseEncodings,
    ::testing::Values(EncodingCase{"WinAnsiEncoding", 'A', "A"}, EncodingCase{"WinAnsiEncoding", 0x80, "\xE2\x82\xAC"},
                      EncodingCase{"WinAnsiEncoding", 0x93, "\xE2\x80\x9C"},
                      EncodingCase{"WinAnsiEncoding", 0x96, "\xE2\x80\x93"},
                      EncodingCase{"WinAnsiEncoding", 0xE9, "\xC3\xA9"}, EncodingCase{"WinAnsiEncoding", 0xA0, " "},
                      EncodingCase{"StandardEncoding", 0x27, "\xE2\x80\x99"},
                      EncodingCase{"StandardEncoding", 0xAE, "fi"}, EncodingCase{"MacRomanEncoding", 0x8E, "\xC3\xA9"},
                      EncodingCase{"MacRomanEncoding", 0xD2, "\xE2\x80\x9C"}, EncodingCase{"SymbolEncoding", 0x61, "\xCE\xB1"}));

TEST(BaseEncodings, UnknownNameIsNotAnEncoding) { EXPECT_FALSE(base_encoding("Identity-H")); }

TEST(Base14Widths, FromBuiltInMetrics) {
  EXPECT_EQ(base14_width("Helvetica", 'A', "A"), 667);
  EXPECT_EQ(base14_width("Times-Roman", ' ', " "), 250);
  EXPECT_EQ(base14_width("Courier-Bold", 'x', "x"), 600);
  EXPECT_EQ(base14_width("Arial,Bold", 'A', "A"), 722);  // an alias of Helvetica-Bold
  EXPECT_EQ(base14_width("Helvetica", 0xAE, "fi"), 500);  // the ligature glyph, not "f"
  EXPECT_EQ(base14_width("Symbol", 'a', "\xCE\xB1"), 631);  // by code: alpha
  EXPECT_FALSE(base14_width("Garamond", 'A', "A"));
}

TEST(GlyphText, CleanUp) {
  struct Case {
    char32_t cp;
    const char* utf8;
  };
  const Case cases[] = {{U'A', "A"},        {0xFB01, "fi"},           {0xFB00, "ff"},          {0x00A0, " "},
                        {0x2009, " "},      {0x0009, " "},            {0x0007, ""},            {0x0085, ""},
                        {0xFEFF, ""},       {0xDC00, "\xEF\xBF\xBD"}, {0x110000, "\xEF\xBF\xBD"},
                        {0x10FFFF, "\xF4\x8F\xBF\xBF"}};
  for (const Case& c : cases) {
    std::string out;
    append_glyph_codepoint(out, c.cp);
    EXPECT_EQ(out, c.utf8) << std::hex << static_cast<unsigned>(c.cp);
  }
}

TEST(GlyphText, Utf16BigEndian) {
  std::string out;
  append_utf16be(out, std::string("\x00\x41\xD8\x3D\xDE\x00\xDC\x00\x00", 9));  // A, U+1F600, lone low, odd byte
  EXPECT_EQ(out, "A\xF0\x9F\x98\x80\xEF\xBF\xBD");
}

}  // namespace
}  // namespace unxref::pdf
