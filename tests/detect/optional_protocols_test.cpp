// Optional protocols are cited through their parent: "ICCPR-OP 2", "the
// Optional Protocol to CRC on the sale of children", "the Convention against
// Torture and its Optional Protocol", "the two Optional Protocols to the
// CRC". Each is the protocol's citation (every protocol named gets its own
// mention), never a second citation of the parent, and an anaphor resolves
// through the instrument it hangs on, not to whichever protocol came last.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "detector_run.hpp"

namespace unxref {
namespace {


using Case = testing::NamedCase;
using testing::case_name;

std::vector<std::string> sorted_targets(const char* text) {
  std::vector<std::string> out = testing::targets_in_order(text);
  std::sort(out.begin(), out.end());
  return out;
}

class OptionalProtocols : public ::testing::TestWithParam<Case> {};

TEST_P(OptionalProtocols, AreTheProtocolsNotTheirParent) {
  const Case& c = GetParam();
  std::vector<std::string> want = c.targets;
  std::sort(want.begin(), want.end());
  EXPECT_EQ(sorted_targets(c.text), want) << c.text;
}

const Case kThroughTheParent[] = {
    {"abbrev_op_number", "Kenya acceded to the ICCPR-OP 2 in 2010.", {"treaty:iccpr-op2"}},
    {"abbrev_op_numbers_spaced", "accession to ICCPR OP1 and ICCPR OP2 is pending",
     {"treaty:iccpr-op1", "treaty:iccpr-op2"}},
    {"abbrev_op_suffix", "It has signed CEDAW-OP and CAT-OP.", {"treaty:cedaw-op", "treaty:opcat"}},
    {"abbrev_op_prefix", "ratification of OP-CAT and OP-CRPD", {"treaty:opcat", "treaty:crpd-op"}},
    {"to_abbreviation_with_subject",
     "ratify the Optional Protocol to CRC on the sale of children, child prostitution and child pornography",
     {"treaty:crc-opsc"}},
    {"to_abbreviation_armed_conflict", "the Optional Protocol to the CRC on the involvement of children in armed "
     "conflict entered into force", {"treaty:crc-opac"}},
    {"ordinal_third", "signed the third Optional Protocol to the Convention on the Rights of the Child",
     {"treaty:crc-opic"}},
    {"ordinal_second_to_abbreviation", "the Second Optional Protocol to ICCPR, aiming at the abolition of the death "
     "penalty", {"treaty:iccpr-op2"}},
    {"plural_numeral", "the State ratified the two Optional Protocols to the CRC in 2002",
     {"treaty:crc-opac", "treaty:crc-opsc"}},
    {"plural_ordinals", "the First and Second Optional Protocols to the International Covenant on Civil and Political "
     "Rights", {"treaty:iccpr-op1", "treaty:iccpr-op2"}},
    {"only_protocol_of_parent", "the Optional Protocol to the Convention on the Rights of Persons with Disabilities",
     {"treaty:crpd-op"}},
    {"lower_case_plural_to_parent", "it should ratify the two optional protocols to CRC",
     {"treaty:crc-opac", "treaty:crc-opsc"}},
    {"their_respective_is_none", "the ICCPR, the CRPD and their respective Optional Protocols",
     {"treaty:iccpr", "treaty:crpd"}},
    {"draft_protocol_is_none", "States began work on a draft optional protocol to the Convention on the Rights of "
     "the Child", {"treaty:crc"}},
    // French, Spanish, Russian: the parent after the head.
    {"fr_second", "le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits civils "
     "et politiques", {"treaty:iccpr-op2"}},
    {"es_second", "el Segundo Protocolo Facultativo del Pacto Internacional de Derechos Civiles y Políticos",
     {"treaty:iccpr-op2"}},
    {"ru_to_cat", "Факультативный протокол к Конвенции против пыток", {"treaty:opcat"}},
};

const Case kAnaphors[] = {
    {"thereto", "the International Covenant on Economic, Social and Cultural Rights and the Optional Protocol thereto",
     {"treaty:icescr", "treaty:icescr-op"}},
    {"thereto_after_abbreviation", "to accede to CAT and the Optional Protocol thereto, as provided for by the "
     "Protocol", {"treaty:cat", "treaty:opcat", "treaty:opcat"}},
    {"thereto_not_the_last_protocol", "It ratified OPCAT in 2005. It should ratify the Convention on the Rights of "
     "Persons with Disabilities and the Optional Protocol thereto.",
     {"treaty:opcat", "treaty:crpd", "treaty:crpd-op"}},
    {"its_protocol", "the Convention against Torture and its Optional Protocol", {"treaty:cat", "treaty:opcat"}},
    {"its_second_protocol", "the ICCPR and its Second Optional Protocol", {"treaty:iccpr", "treaty:iccpr-op2"}},
    {"its_protocol_is_the_first", "the ICCPR and its Optional Protocol", {"treaty:iccpr", "treaty:iccpr-op1"}},
    {"its_two_protocols", "the Convention on the Rights of the Child and its two Optional Protocols",
     {"treaty:crc", "treaty:crc-opac", "treaty:crc-opsc"}},
    {"its_protocol_ambiguous", "the Convention on the Rights of the Child and its Optional Protocol",
     {"treaty:crc", "?"}},
    {"bare_after_parent", "reservations to the Convention on the Elimination of All Forms of Discrimination against "
     "Women, and the Optional Protocol has not been ratified", {"treaty:cedaw", "treaty:cedaw-op"}},
    {"bare_within_sentence", "reservations to the Convention on the Elimination of All Forms of Discrimination against "
     "Women have not been withdrawn and the Optional Protocol has not been ratified",
     {"treaty:cedaw", "treaty:cedaw-op"}},
    {"lower_case_bare_is_none", "the CAT. Delegates discussed an optional protocol in general terms", {"treaty:cat"}},
    {"abbreviation_then_thereto", "The CRPD and the Optional Protocol thereto were ratified.",
     {"treaty:crpd", "treaty:crpd-op"}},
    {"fr_thereto", "la Convention contre la torture et le Protocole facultatif s'y rapportant",
     {"treaty:cat", "treaty:opcat"}},
    {"fr_its_two", "la Convention relative aux droits de l'enfant et ses deux Protocoles facultatifs",
     {"treaty:crc", "treaty:crc-opac", "treaty:crc-opsc"}},
    {"fr_its_second", "le Pacte international relatif aux droits civils et politiques et son deuxième Protocole "
     "facultatif", {"treaty:iccpr", "treaty:iccpr-op2"}},
    {"es_its", "la Convención contra la Tortura y su Protocolo Facultativo", {"treaty:cat", "treaty:opcat"}},
    {"es_its_two", "la Convención sobre los Derechos del Niño y sus dos Protocolos Facultativos",
     {"treaty:crc", "treaty:crc-opac", "treaty:crc-opsc"}},
    {"ru_thereto", "Конвенцию против пыток и Факультативный протокол к ней", {"treaty:cat", "treaty:opcat"}},
    {"zh_its", "《禁止酷刑公约》及其任择议定书", {"treaty:cat", "treaty:opcat"}},
    {"ar_thereto", "اتفاقية مناهضة التعذيب والبروتوكول الاختياري الملحق بها", {"treaty:cat", "treaty:opcat"}},
    // A note marker glued to "thereto" (AKN tune resolutions, read with
    // tools/audits/tune-heads/parallel.py).
    {"ru_thereto_note", "включая Конвенцию о правах ребенка22 и факультативные протоколы к ней23, и отмечая",
     {"treaty:crc", "treaty:crc-opac", "treaty:crc-opsc", "treaty:crc-opic"}},
    {"en_thereto_note", "the Convention against Torture and the Optional Protocol thereto5, the",
     {"treaty:cat", "treaty:opcat"}},
    {"ru_thereto_then_word", "Конвенцию против пыток и Факультативный протокол к нейтральным", {"treaty:cat"}},
    {"es_its_note", "la Convención sobre los Derechos del Niño22 y sus Protocolos Facultativos23, y",
     {"treaty:crc", "treaty:crc-opac", "treaty:crc-opsc", "treaty:crc-opic"}},
    {"es_of_the_un_convention", "parte en los Protocolos Facultativos de la Convención de las Naciones Unidas sobre "
     "los Derechos del Niño",
     {"treaty:crc-opac", "treaty:crc-opsc", "treaty:crc-opic"}},
    {"ar_two_annexed_to", "انضمام الصومال إلى البروتوكولين الاختياريين الملحقين باتفاقية حقوق الطفل وإلى",
     {"treaty:crc-opac", "treaty:crc-opsc"}},
    {"zh_its_each", "包括《儿童权利公约》22 及其各项任择议定书23 在内",
     {"treaty:crc", "treaty:crc-opac", "treaty:crc-opsc", "treaty:crc-opic"}},
    // "the Protocols thereto": every protocol of the instrument named before,
    // optional or not (AKN tune resolutions: the Organized Crime Convention's
    // three protocols, cited so in every crime resolution).
    {"en_protocols_thereto", "the United Nations Convention against Transnational Organized Crime and the Protocols "
     "thereto, and",
     {"treaty:untoc", "treaty:tip-protocol", "treaty:smuggling-protocol", "treaty:firearms-protocol"}},
    {"en_its_protocols", "the Organized Crime Convention and its Protocols", {"treaty:untoc", "treaty:tip-protocol",
                                                                              "treaty:smuggling-protocol",
                                                                              "treaty:firearms-protocol"}},
    {"fr_protocols_thereto", "la Convention des Nations Unies contre la criminalité transnationale organisée et les "
     "Protocoles s’y rapportant",
     {"treaty:untoc", "treaty:tip-protocol", "treaty:smuggling-protocol", "treaty:firearms-protocol"}},
    {"es_its_protocols", "la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus "
     "Protocolos",
     {"treaty:untoc", "treaty:tip-protocol", "treaty:smuggling-protocol", "treaty:firearms-protocol"}},
    {"ru_protocols_thereto", "Конвенции Организации Объединенных Наций против транснациональной организованной "
     "преступности и Протоколов к ней, и",
     {"treaty:untoc", "treaty:tip-protocol", "treaty:smuggling-protocol", "treaty:firearms-protocol"}},
    {"ar_protocols_thereto", "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الملحقة بها،",
     {"treaty:untoc", "treaty:tip-protocol", "treaty:smuggling-protocol", "treaty:firearms-protocol"}},
    {"zh_its_protocols", "《联合国打击跨国有组织犯罪公约》及其各项议定书",
     {"treaty:untoc", "treaty:tip-protocol", "treaty:smuggling-protocol", "treaty:firearms-protocol"}},
    // Arabic glues "its" to the head: "وبروتوكولها الاختياري" (and its Optional
    // Protocol; AKN tune resolution 76/304, where the English has "thereto").
    {"ar_its_glued", "اتفاقية القضاء على جميع أشكال التمييز ضد المرأة وبروتوكولها الاختياري(5) واتفاقية مناهضة التعذيب",
     {"treaty:cedaw", "treaty:cedaw-op", "treaty:cat"}},
    {"ar_its_two_glued", "حث الدول التي لم تنضم بعد إلى اتفاقية حقوق الطفل وبروتوكوليها الاختياريين على",
     {"treaty:crc", "treaty:crc-opsc", "treaty:crc-opac"}},
    // Plain "Protocols" need their parent before them: no guess otherwise,
    // and one with no protocols leaves them unresolved.
    {"en_protocols_bare", "the Protocols were discussed", {}},
    // "its protocols" in lower case, or with a subject after it, is a
    // State's procedures, not a treaty's protocols (review, 2026-12-04).
    {"en_its_protocols_lower_case", "the Convention against Torture. The State party should review its protocols "
     "on interrogation",
     {"treaty:cat"}},
    {"fr_its_protocols_of_agreement", "la Convention contre la torture et ses protocoles d’accord avec les ONG",
     {"treaty:cat"}},
    {"en_protocols_of_a_treaty_without", "the Charter of the United Nations and the Protocols thereto",
     {"?", "treaty:un-charter"}},
};


INSTANTIATE_TEST_SUITE_P(ThroughTheParent, OptionalProtocols, ::testing::ValuesIn(kThroughTheParent), case_name);
INSTANTIATE_TEST_SUITE_P(Anaphors, OptionalProtocols, ::testing::ValuesIn(kAnaphors), case_name);

}  // namespace
}  // namespace unxref
