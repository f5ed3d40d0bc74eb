// Cues at the very edges of the text, cut-off codes and broken UTF-8 next to
// names: the registry finders must neither crash nor read past the text.
#include <gtest/gtest.h>

#include <string>

#include "detector_run.hpp"

namespace unxref {
namespace {


using testing::run_detector;

TEST(RegistryFindersAtEdges, CuesCutOffByTheEndOfText) {
  static const Detector finders;
  for (const char* text : {"target", "target ", "target 8", "target 8.", "target 8.7.", "SDG", "SDG target",
                           "targets 5.2,", "targets 5.2, 8.", "the", "The Protocol", "supra", "ibid", "op.",
                           "Global Compact for Migration", "Global Compact for Migration objective",
                           "Forced Labour Convention, 19", "Forced Labour Convention (No. 2", "Pivoting toward the",
                           "الغاية", "والغاية ٨٫", "具体目标", "Конвенци", "\xD9", "\xE5\x85"}) {
    SCOPED_TRACE(text);
    EXPECT_NO_THROW(run_detector(finders, text, 2020));
  }
}

TEST(RegistryFindersAtEdges, IllFormedUtf8AroundNames) {
  static const Detector finders;
  const std::string text = "\xFF\xFETIP Protocol\xC3 target 8.7\xE2\x82 the Protocol\xF0\x9F";
  const auto found = run_detector(finders, text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].target, "treaty:tip-protocol");
  EXPECT_EQ(found[1].target, "sdg:8.7");
  EXPECT_EQ(found[2].target, "treaty:tip-protocol");
}

TEST(RegistryFindersAtEdges, EndOfTextCodesStillCount) {
  static const Detector finders;
  const auto found = run_detector(finders, "see target 8.7");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].target, "sdg:8.7");
  EXPECT_TRUE(run_detector(finders, "targets 5.2, 8.").size() == 1u);
}

TEST(RegistryFindersAtEdges, LongRepetitiveInputStaysLinear) {
  static const Detector finders;
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "the Protocol the Convention ibid. target 8.7, ";
  const auto found = run_detector(finders, text);
  EXPECT_EQ(found.size(), 80000u);
}

}  // namespace
}  // namespace unxref
