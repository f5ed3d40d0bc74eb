// Documents cited by title: the built-in ICAT publications and the caller's
// known documents, matched word by word across changed punctuation.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "detector_run.hpp"
#include "unxref/detect/registry.hpp"

namespace unxref {
namespace {

using testing::distinct_targets;

using testing::run_detector;

struct Case {
  const char* text;
  std::set<std::string> targets;
};

class DocumentTitles : public ::testing::TestWithParam<Case> {};

TEST_P(DocumentTitles, FindsExactlyTheseTargets) {
  static const Detector finders;
  const Case& c = GetParam();
  EXPECT_EQ(distinct_targets(run_detector(finders, c.text)), c.targets) << c.text;
}

const Case kTitles[] = {
    {"ICAT, Preventing Trafficking in Persons by Addressing Demand (September 2014)", {"icat:policy-paper-2014"}},
    {"[Providing Effective Remedies for Victims of Trafficking in Persons](#) (January 2016)",
     {"icat:policy-paper-2016-01"}},
    {"Pivoting toward the Evidence: Building effective counter-trafficking responses using accumulated, "
     "knowledge and a shared approach to monitoring, evaluation and learning",
     {"icat:policy-paper-2016-12"}},
    {"see Pivoting toward the Evidence, p. 4", {"icat:policy-paper-2016-12"}},
    {"The International Legal Frameworks concerning Trafficking in Persons (October 2012)",
     {"icat:policy-paper-2012"}},
    {"The Trafficking in Persons and Smuggling of Migrants Issue Brief (October 2016)", {"icat:issue-brief-01"}},
    {"The Gender Dimensions of Human Trafficking Issue Brief", {"icat:issue-brief-03"}},
    {"the Trafficking in Persons and Refugee Status brief", {"icat:issue-brief-04"}},
    {"Trafficking in Persons in Humanitarian Crises", {"icat:issue-brief-02"}},
    {"the Toolkit for guidance in designing and evaluating counter-trafficking programmes",
     {"icat:toolkit-2016"}},
    {"In 2010, ICAT issued An Analytical Review, 10 years on from the adoption of the Trafficking in Persons "
     "(TIP) Protocol.",
     {"icat:analytical-review-2010", "treaty:tip-protocol"}},
};

const Case kNotTitles[] = {
    {"trafficking in persons and smuggling of migrants are distinct crimes", {}},
    {"pivoting toward the evidence is hard", {}},
    {"an analytical review of the data", {}},
    {"Preventing Trafficking in Persons", {}},
};

INSTANTIATE_TEST_SUITE_P(Publications, DocumentTitles, ::testing::ValuesIn(kTitles));
INSTANTIATE_TEST_SUITE_P(LookAlikes, DocumentTitles, ::testing::ValuesIn(kNotTitles));

TEST(DocumentTitles, KnownDocumentsOfTheCallerAreFound) {
  DetectorOptions options;
  options.known_documents.push_back({"corpus:gd-2019", {"Trafficking and the Sea: A Study of Forced Labour"}, 2019});
  const Detector finders(options);
  const auto found = run_detector(finders, "as shown in trafficking and the sea - a study of forced labour (2019)");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].target, "corpus:gd-2019");
  EXPECT_EQ(found[0].kind, TargetKind::document);
  EXPECT_EQ(found[0].surface, "trafficking and the sea - a study of forced labour");
}

TEST(DocumentTitles, BuiltinPublicationsCanBeLeftOut) {
  DetectorOptions options;
  options.include_builtin_publications = false;
  const Detector finders(options);
  EXPECT_TRUE(run_detector(finders, "Preventing Trafficking in Persons by Addressing Demand").empty());
}

TEST(DocumentTitles, ShortTitlesAreNotRegistered) {
  DetectorOptions options;
  options.known_documents.push_back({"corpus:report", {"Annual Report"}, 2020});
  const Detector finders(options);
  EXPECT_TRUE(run_detector(finders, "the Annual Report of the Secretary-General").empty());
}

TEST(DocumentTitles, PublicationTitleForLabels) {
  EXPECT_EQ(publication_title("icat:policy-paper-2014"), "Preventing Trafficking in Persons by Addressing Demand");
  EXPECT_EQ(publication_title("icat:nothing"), "");
}

}  // namespace
}  // namespace unxref
