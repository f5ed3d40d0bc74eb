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

}  // namespace
}  // namespace unxref
