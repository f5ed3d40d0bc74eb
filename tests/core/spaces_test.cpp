#include "unxref/core/spaces.hpp"

#include <gtest/gtest.h>

namespace unxref {
namespace {

TEST(CollapseSpaces, JoinsRunsAndTrims) {
  EXPECT_EQ(collapse_spaces("  a \t b\n c  "), "a b c");
  EXPECT_EQ(collapse_spaces(""), "");
  EXPECT_EQ(collapse_spaces(" \t "), "");
}

// A clause verb as written across a PDF line end or a page break.
TEST(CollapseSpaces, CarriageReturnAndFormFeedAreSpaces) {
  EXPECT_EQ(collapse_spaces("Recalling\r\nalso"), "Recalling also");
  EXPECT_EQ(collapse_spaces("Taking\fnote \r"), "Taking note");
}

}  // namespace
}  // namespace unxref
