// Byte-level repair of text files: encodings, line ends, control bytes.
#include <gtest/gtest.h>

#include <string>

#include "extract/text/text_clean.hpp"

namespace unxref::text {
namespace {

using namespace std::string_literals;

struct CleanCase {
  const char* name;
  std::string input;
  std::string expected;
  std::size_t warnings;
};

class CleanTextBytes : public ::testing::TestWithParam<CleanCase> {};

TEST_P(CleanTextBytes, RepairsWithoutThrowing) {
  const CleanCase& c = GetParam();
  std::vector<std::string> warnings;
  EXPECT_EQ(clean_text_bytes(c.input, warnings), c.expected);
  EXPECT_EQ(warnings.size(), c.warnings);
}

const std::string kFFFD = "\xEF\xBF\xBD";

INSTANTIATE_TEST_SUITE_P(
    Cases, CleanTextBytes,
    ::testing::Values(
        CleanCase{"plain_ascii", "resolution 64/293\n", "resolution 64/293\n", 0},
        CleanCase{"utf8_bom_removed", "\xEF\xBB\xBFTitle", "Title", 0},
        CleanCase{"crlf_to_lf", "a\r\nb\r\n", "a\nb\n", 0},
        CleanCase{"lone_cr_to_lf", "a\rb", "a\nb", 0},
        CleanCase{"valid_multibyte_kept", "r\xC3\xA9solution \xE2\x80\x94 \xF0\x9F\x98\x80", "r\xC3\xA9solution \xE2\x80\x94 \xF0\x9F\x98\x80", 0},
        CleanCase{"lone_continuation_byte", "a\x80z", "a" + kFFFD + "z", 1},
        CleanCase{"latin1_byte", "caf\xE9 ok", "caf" + kFFFD + " ok", 1},
        CleanCase{"overlong_slash", "A\xC0\xAF", "A" + kFFFD + kFFFD, 1},
        CleanCase{"utf16_surrogate_in_utf8", "\xED\xA0\x80x", kFFFD + kFFFD + kFFFD + "x", 1},
        CleanCase{"truncated_at_end", "ab\xE2\x80", "ab" + kFFFD + kFFFD, 1},
        CleanCase{"beyond_unicode", "\xF4\x90\x80\x80", kFFFD + kFFFD + kFFFD + kFFFD, 1},
        CleanCase{"nul_dropped", "a\0b"s, "ab", 1},
        CleanCase{"nul_and_bad_byte", "a\0\xFF"s, "a" + kFFFD, 2},
        CleanCase{"form_feed_and_tab_kept", "a\fb\tc", "a\fb\tc", 0},
        CleanCase{"other_controls_to_space", "a\x1B" "b\x7F" "c\vd", "a b c d", 0},
        CleanCase{"utf16le_with_bom", "\xFF\xFE" "A\0\xE9\0\n\0"s, "A\xC3\xA9\n", 0},
        CleanCase{"utf16be_with_bom", "\xFE\xFF\0A\0B"s, "AB", 0},
        CleanCase{"utf16le_surrogate_pair", "\xFF\xFE\x3D\xD8\x00\xDE"s, "\xF0\x9F\x98\x80", 0},
        CleanCase{"utf16le_lone_surrogate", "\xFF\xFE\x3D\xD8" "A\0"s, kFFFD + "A", 1},
        CleanCase{"utf16_odd_byte", "\xFF\xFE" "A\0B"s, "A" + kFFFD, 1},
        CleanCase{"empty", "", "", 0}),
    [](const ::testing::TestParamInfo<CleanCase>& info) { return std::string(info.param.name); });


TEST(CleanTextBytes, WarningNamesTheRepair) {
  std::vector<std::string> warnings;
  clean_text_bytes("x\x80\x80\0"s, warnings);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("replaced 2 invalid"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[1].find("1 NUL"), std::string::npos) << warnings[1];
}

}  // namespace
}  // namespace unxref::text
