#include <gtest/gtest.h>

#include "unxref/core/utf8.hpp"

namespace {

struct Case {
  char32_t cp;
  const char* utf8;
};

class AppendUtf8 : public ::testing::TestWithParam<Case> {};

TEST_P(AppendUtf8, EncodesEveryLength) {
  std::string out = "x";
  unxref::append_utf8(out, GetParam().cp);
  EXPECT_EQ(out, std::string("x") + GetParam().utf8);
}

INSTANTIATE_TEST_SUITE_P(Table, AppendUtf8,
                         ::testing::Values(Case{U'A', "A"}, Case{U'\u00e9', "\xC3\xA9"},
                                           Case{U'\u07FF', "\xDF\xBF"}, Case{U'\u0800', "\xE0\xA0\x80"},
                                           Case{U'\uFB01', "\xEF\xAC\x81"},
                                           Case{U'\U0001F600', "\xF0\x9F\x98\x80"},
                                           Case{U'\U0010FFFF', "\xF4\x8F\xBF\xBF"}));

}  // namespace
