// What a mention carries besides its target: the surface exactly as written
// and a one-line context, both valid UTF-8 whatever the input bytes.
#include <gtest/gtest.h>

#include <string>

#include "unxref/detect/detect.hpp"

namespace {

const unxref::Detector& detector() {
  static const unxref::Detector d;
  return d;
}

struct TextCase {
  const char* input;
  const char* surface;
  const char* context;
};

class MentionText : public ::testing::TestWithParam<TextCase> {};

TEST_P(MentionText, SurfaceAndContext) {
  const auto ms = detector().detect(std::string(GetParam().input), "doc");
  ASSERT_EQ(ms.size(), 1u) << GetParam().input;
  EXPECT_EQ(ms[0].surface, GetParam().surface);
  EXPECT_EQ(ms[0].context, GetParam().context);
  EXPECT_EQ(ms[0].page, 1);
  EXPECT_EQ(ms[0].section, "body");
}

INSTANTIATE_TEST_SUITE_P(
    Table, MentionText,
    ::testing::Values(
        TextCase{"See A/RES/72/1.", "A/RES/72/1", "See A/RES/72/1."},
        // Line breaks stay in the surface and become single spaces in the context.
        TextCase{"Recalling\n\n  its\tresolution\n61/180 of  2006\x01 ok", "resolution\n61/180",
                 "Recalling its resolution 61/180 of 2006 ok"},
        TextCase{"  \n lead A/RES/72/1  \n", "A/RES/72/1", "lead A/RES/72/1"},
        // Invalid bytes become U+FFFD in the context; the surface stays valid.
        TextCase{"x\xFF A/RES/72/1 \xC3", "A/RES/72/1", "x\xEF\xBF\xBD A/RES/72/1 \xEF\xBF\xBD"},
        // An overlong '/' and a lone surrogate are ill-formed, not characters.
        TextCase{"\xC0\xAF A/RES/72/1 \xED\xA0\x80", "A/RES/72/1",
                 "\xEF\xBF\xBD\xEF\xBF\xBD A/RES/72/1 \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        TextCase{"résolution  ٦١/١٨٠ de l’Assemblée", "résolution  ٦١/١٨٠", "résolution ٦١/١٨٠ de l’Assemblée"}));

}  // namespace
