// Names as documents really write them: a preposition or article changed,
// a common typo, ILO conventions by their number, and a short form whose
// words go on into a name the registry may not hold ("the Convention on
// human trafficking"), which must not be taken for the last convention named.
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
  std::vector<std::string> targets;  // in text order, "?" = unresolved short form
};

std::vector<std::string> found(const char* text) {
  static const Detector detector;
  std::vector<std::string> out;
  for (const auto& f : run_detector(detector, text)) out.push_back(f.target.empty() ? "?" : f.target);
  return out;
}

class InstrumentVariants : public ::testing::TestWithParam<Case> {};

TEST_P(InstrumentVariants, ResolveToTheInstrumentMeant) {
  EXPECT_EQ(found(GetParam().text), GetParam().targets) << GetParam().text;
}

const Case kVariants[] = {
    {"ced_against", "the International Convention for the Protection of all Persons against Enforced Disappearance",
     {"treaty:ced"}},
    {"ced_on_plural", "accede to the Convention on the Protection of All Persons from Enforced Disappearances",
     {"treaty:ced"}},
    {"african_charter_no_apostrophe", "the African Charter on Human and Peoples Rights", {"treaty:unts-26363"}},
    {"african_charter_straight_apostrophe", "the African Charter on Human and Peoples' Rights",
     {"treaty:unts-26363"}},
    {"african_charter_for", "the African Charter for Human and Peoples Rights", {"treaty:unts-26363"}},
    {"african_charter_rights_twice", "the African Charter of Human Rights and Peoples’ Rights", {"treaty:unts-26363"}},
    {"african_charter_peoples_singular", "the African Charter for Human and People’s Rights", {"treaty:unts-26363"}},
    {"rome_statue_no_article", "the Rome Statue of International Criminal Court", {"treaty:rome-statute"}},
    {"article_left_out", "the Convention on the Rights of Child", {"treaty:crc"}},
    {"same_convention", "the Convention on the Rights of the Child. Article 3 of the same Convention",
     {"treaty:crc", "treaty:crc"}},
    // "to" after a short form is most often the verb's ("urges States parties
    // to the Convention to implement it"), so it does not end the short form.
    {"to_infinitive_belongs_to_the_verb", "the Convention on the Rights of the Child. It urges States parties to the "
     "Convention to implement it", {"treaty:crc", "treaty:crc"}},
    {"convention_to_which", "the Convention on the Rights of the Child. The Convention to which it is a party",
     {"treaty:crc", "treaty:crc"}},
    {"genocide_no_article", "the Convention on the Prevention and Punishment of Crime of Genocide",
     {"treaty:genocide-convention"}},
    {"rome_statue", "ratified the Rome Statue of the International Criminal Court", {"treaty:rome-statute"}},
    {"covenant_for", "the International Covenant for Civil and Political Rights", {"treaty:iccpr"}},
    {"two_covenants", "the two International Covenants", {"A/RES/2200(XXI)"}},
    // ILO conventions by number.
    {"ilo_number_on", "the ILO Convention 189 on Decent Work for Domestic Workers", {"treaty:ilo-c189"}},
    {"ilo_no_after", "Convention No. 169 of the ILO", {"treaty:ilo-c169"}},
    {"ilo_nos_list", "ILO Conventions Nos. 138 and 182", {"treaty:unts-14862", "treaty:ilo-c182"}},
    {"ilo_sign_repeated", "ILO Conventions No. 29, No. 105 and No. 182;",
     {"treaty:ilo-c029", "treaty:ilo-c105", "treaty:ilo-c182"}},
    {"ilo_fr", "la Convention no 182 de l'OIT", {"treaty:ilo-c182"}},
    {"ilo_es", "el Convenio núm. 169 de la OIT", {"treaty:ilo-c169"}},
    {"ilo_unknown_number_is_none", "ILO Convention No. 999", {}},
    // Short forms whose name goes on must not resolve backwards.
    {"short_form_continues_number", "the CRPD. It should ratify the Convention No. 169 of the ILO concerning "
     "indigenous and tribal peoples", {"treaty:crpd", "treaty:ilo-c169"}},
    {"short_form_continues_lower_case", "the CRPD. It should ratify the Convention on human trafficking",
     {"treaty:crpd"}},
    {"short_form_relating_to", "the CEDAW. It is party to the Convention relating to the abolition of slavery",
     {"treaty:cedaw"}},
    {"short_form_on_lower_case_name", "the CRC. It should accede to the Convention on the protection of all persons "
     "against enforced disappearances", {"treaty:crc", "treaty:ced"}},
    {"short_form_still_resolves", "the Convention on the Rights of the Child. Under the Convention, States",
     {"treaty:crc", "treaty:crc"}},
};

// The registry's source lists the Plan's own title among the 2017 Political
// Declaration's other titles; a text of 2019 naming the Plan cites the Plan.
TEST(InstrumentNames, AnotherInstrumentsTitleIsThatInstruments) {
  static const Detector detector;
  const auto found = run_detector(detector, "the United Nations Global Plan of Action to Combat Trafficking in Persons",
                                  2019);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].target, "A/RES/64/293");
}

std::string case_name(const ::testing::TestParamInfo<Case>& info) { return info.param.name; }
INSTANTIATE_TEST_SUITE_P(English, InstrumentVariants, ::testing::ValuesIn(kVariants), case_name);

}  // namespace
}  // namespace unxref
