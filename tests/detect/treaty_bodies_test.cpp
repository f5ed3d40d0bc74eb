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


using Case = testing::NamedCase;
using testing::case_name;

class TreatyBodies : public ::testing::TestWithParam<Case> {};

TEST_P(TreatyBodies, AreNotTheirTreaties) {
  EXPECT_EQ(testing::targets_in_order(GetParam().text), GetParam().targets) << GetParam().text;
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
    // The decolonization committee is named after the Declaration it follows up.
    {"special_committee_en", "the Special Committee on the Situation with regard to the Implementation of the "
     "Declaration on the Granting of Independence to Colonial Countries and Peoples", {}},
    {"special_committee_fr", "du Comité spécial chargé d’étudier la situation en ce qui concerne l’application de la "
     "Déclaration sur l’octroi de l’indépendance aux pays et aux peuples coloniaux", {}},
    {"special_committee_es", "del Comité Especial encargado de Examinar la Situación con respecto a la Aplicación de "
     "la Declaración sobre la Concesión de la Independencia a los Países y Pueblos Coloniales", {}},
    {"special_committee_ru", "доклад Специального комитета по вопросу о ходе осуществления Декларации о "
     "предоставлении независимости колониальным странам и народам", {}},
    {"special_committee_ar", "تقرير اللجنة الخاصة المعنية بحالة تنفيذ إعلان منح الاستقلال للبلدان والشعوب المستعمرة",
     {}},
    {"special_committee_zh", "给予殖民地国家和人民独立宣言执行情况特别委员会的报告", {}},
    {"declaration_itself_en", "Recalling the Declaration on the Granting of Independence to Colonial Countries and "
     "Peoples", {"treaty:decolonization-declaration"}},
    {"treaty_body_is_no_short_form", "reports to the Treaty Body were late", {}},
    // An organization named after its treaty (the fourth instrument audit's
    // fix half: the CTBTO in French).
    {"organization_after_en", "the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization",
     {}},
    {"organisation_du_fr", "la Commission préparatoire de l’Organisation du Traité d’interdiction complète des essais "
     "nucléaires", {}},
    {"organizacion_del_es", "la Comisión Preparatoria de la Organización del Tratado de Prohibición Completa de los "
     "Ensayos Nucleares", {}},
    // The treaty itself.
    {"ratify", "The State should ratify CEDAW without reservations.", {"treaty:cedaw"}},
    {"in_line_with", "legislation in line with CEDAW and the CRC", {"treaty:cedaw", "treaty:crc"}},
    {"report_under", "the CEDAW report was submitted in 2010", {"treaty:cedaw"}},
    {"implementation_of", "the implementation of the CRC at the local level", {"treaty:crc"}},
    {"full_name_then_verb", "the Convention on the Rights of the Child recommended nothing: it is a treaty",
     {"treaty:crc"}},
};

INSTANTIATE_TEST_SUITE_P(English, TreatyBodies, ::testing::ValuesIn(kBodies), case_name);

}  // namespace
}  // namespace unxref
