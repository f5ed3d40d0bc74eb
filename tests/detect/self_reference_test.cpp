// A document's own title is no citation of itself, and must not hide the
// citations printed inside that title (the longest-span rule would let it).
#include <gtest/gtest.h>

#include <algorithm>

#include "unxref/detect/detect.hpp"

namespace unxref {
namespace {

Detector detector_knowing(const std::string& id, const std::string& title) {
  DetectorOptions options;
  options.known_documents.push_back({id, {title}, 2018});
  return Detector(options);
}

bool has_target(const std::vector<Mention>& ms, const std::string& target) {
  return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.target == target; });
}

const char* const kTitle =
    "Implementing Security Council Resolutions 2331 (2016) and 2388 (2017) in Practice";

TEST(SelfReference, OwnTitleIsNotACitationAndKeepsTheResolutionsInside) {
  const Detector d = detector_knowing("doc:paper.md", kTitle);
  const auto ms = d.detect(std::string(kTitle) + "\n\nThe paper reviews practice.", "doc:paper.md");
  EXPECT_FALSE(has_target(ms, "doc:paper.md"));
  EXPECT_TRUE(has_target(ms, "S/RES/2331(2016)"));
  EXPECT_TRUE(has_target(ms, "S/RES/2388(2017)"));
}

TEST(SelfReference, AnotherDocumentCitingTheTitleStillLinks) {
  const Detector d = detector_knowing("doc:paper.md", kTitle);
  const auto ms = d.detect(std::string("See ") + kTitle + ".", "doc:other.md");
  EXPECT_TRUE(has_target(ms, "doc:paper.md"));
}

// A resolution's heading and running headers name the resolution itself.
TEST(SelfReference, ResolutionHeadingAndRunningHeadersAreNotCitations) {
  const Detector d;
  const std::string text =
      "Resolution 343 (1973) of 14 December 1973\n\nThe Security Council,\n\nRecalling resolution 338 (1973),\n"
      "Door Seals S/RES/343 (1973) (3) 3.3: Orbital ...";
  const auto ms = d.detect(unxref::FlatText{text, {{0, text.size(), 1, Role::body, 0}}}, "S/RES/343(1973)");
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].target, "S/RES/338(1973)");
}

// Text files keep the UN's page footer inline: symbol next to the job number.
TEST(SelfReference, PageFooterWithJobNumberIsNotACitation) {
  const Detector d;
  EXPECT_TRUE(d.detect("has not been fully met, 6/55 15-29658  01/10/2015 A/70/PV.22 although").empty());
  EXPECT_TRUE(d.detect("A/72/PV.3 17-29341 (E) 2/30 of the world").empty());
  const auto ms = d.detect("as recorded in A/70/PV.22, in 2015-2030 the plan");
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].target, "A/70/PV.22");
  // A citation beside a footer, with words or brackets in between, stays.
  EXPECT_EQ(d.detect("(see A/69/PV.6) 15-29437 29/09/2015").size(), 1u);
  EXPECT_EQ(d.detect("15-29437 the report A/70/1 says").size(), 1u);
}

}  // namespace
}  // namespace unxref
