// A treaty body shares its treaty's abbreviation ("CEDAW", "the CRC"): when
// the text makes it an agent that recommends, comments or has views, it is
// the committee, and the spec says a treaty body is not its treaty. The same
// abbreviation as the object of ratifying or implementing stays the treaty.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detector_run.hpp"

namespace unxref {
namespace {

using testing::run_detector;

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> targets;  // in text order
};

std::vector<std::string> found(const char* text) {
  static const Detector detector;
  std::vector<std::string> out;
  for (const auto& f : run_detector(detector, text)) out.push_back(f.target.empty() ? "?" : f.target);
  return out;
}

class TreatyBodies : public ::testing::TestWithParam<Case> {};

TEST_P(TreatyBodies, AreNotTheirTreaties) {
  EXPECT_EQ(found(GetParam().text), GetParam().targets) << GetParam().text;
}

const Case kBodies[] = {
    {"according_to", "According to CEDAW, gender stereotypes remained widespread.", {}},
    {"recommendations_of", "It followed up the recommendations of the CRC on juvenile justice.", {}},
    {"comments_by_the", "the comments made by the CRC and the CEDAW on the report", {}},
    {"reporting_verb", "In 2008, CEDAW had commended the new law.", {}},
    {"coordinated_agents", "as CEDAW and the CRC have pointed out, the age of marriage is low", {}},
    {"verb_after_abbreviation", "CRC recommended that the State raise the age of criminal responsibility.", {}},
    {"flagged", "Noting that CEDAW had flagged the persistence of harmful practices", {}},
    {"abbreviation_recommendations", "in line with CEDAW recommendations on the age of marriage", {}},
    {"committee_full_name", "the Committee on the Elimination of All Forms of Discrimination against Women (CEDAW) "
     "noted progress", {}},
    {"secretariat_of_convention", "the Secretariat of the Convention on Biological Diversity published data", {}},
    {"treaty_body_is_no_short_form", "reports to the Treaty Body were late", {}},
    // The treaty itself.
    {"ratify", "The State should ratify CEDAW without reservations.", {"treaty:cedaw"}},
    {"in_line_with", "legislation in line with CEDAW and the CRC", {"treaty:cedaw", "treaty:crc"}},
    {"report_under", "the CEDAW report was submitted in 2010", {"treaty:cedaw"}},
    {"implementation_of", "the implementation of the CRC at the local level", {"treaty:crc"}},
    {"full_name_then_verb", "the Convention on the Rights of the Child recommended nothing: it is a treaty",
     {"treaty:crc"}},
};

std::string case_name(const ::testing::TestParamInfo<Case>& info) { return info.param.name; }
INSTANTIATE_TEST_SUITE_P(English, TreatyBodies, ::testing::ValuesIn(kBodies), case_name);

}  // namespace
}  // namespace unxref
