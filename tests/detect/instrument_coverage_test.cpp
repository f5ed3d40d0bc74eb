// The instruments UN texts cite beyond the trafficking core (data/instruments.tsv,
// built by tools/gen-instruments.py), in the six languages: each optional
// protocol its own target, citations by Treaty Series number, short forms
// bound only to a compatible instrument, treaty bodies that are not treaties.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unxref/detect/detect.hpp"

namespace {

struct Case {
  const char* text;
  const char* targets;  // instrument targets in text order, space-separated; "?" unresolved
};

void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.text << '"'; }

std::string instrument_targets(std::string_view text) {
  static const unxref::Detector detector;
  std::string out;
  for (const unxref::Mention& m : detector.detect(text, "test")) {
    const bool instrument = m.kind == unxref::TargetKind::treaty || m.target.rfind("treaty:", 0) == 0 ||
                            (!m.resolved_from.empty() && m.kind != unxref::TargetKind::resolution);
    if (!instrument) continue;
    if (!out.empty()) out += ' ';
    out += m.target.empty() ? "?" : m.target;
  }
  return out;
}

class Instruments : public ::testing::TestWithParam<Case> {};

TEST_P(Instruments, ExactTargets) { EXPECT_EQ(instrument_targets(GetParam().text), GetParam().targets) << GetParam().text; }

INSTANTIATE_TEST_SUITE_P(
    English, Instruments,
    ::testing::Values(
        Case{"the purposes and principles of the Charter of the United Nations", "treaty:un-charter"},
        Case{"the Universal Declaration of Human Rights and the Rome Statute of the International Criminal Court",
             "treaty:udhr treaty:rome-statute"},
        Case{"the International Convention on the Elimination of All Forms of Racial Discrimination",
             "treaty:icerd"},
        Case{"the International Convention for the Protection of All Persons from Enforced Disappearance",
             "treaty:ced"},
        Case{"the Treaty on the Non-Proliferation of Nuclear Weapons and the United Nations Convention on the Law of "
             "the Sea",
             "treaty:npt treaty:unclos"},
        Case{"the Paris Agreement adopted under the United Nations Framework Convention on Climate Change",
             "treaty:paris-agreement treaty:unfccc"},
        // Optional protocols are their own instruments, however they are written.
        Case{"the Second Optional Protocol to the International Covenant on Civil and Political Rights",
             "treaty:iccpr-op2"},
        Case{"ratified the OP-CRC-SC and the OP-CRC-AC", "treaty:crc-opsc treaty:crc-opac"},
        Case{"the Optional Protocol to the Convention against Torture (OP-CAT)", "treaty:opcat treaty:opcat"},
        // A short form binds only to an instrument of its kind named before it.
        Case{"the United Nations Convention on the Law of the Sea ... States parties to the Convention",
             "treaty:unclos treaty:unclos"},
        Case{"the Convention entered into force", "?"},
        // A treaty body is not its treaty.
        Case{"the CEDAW Committee and the recommendations made by CEDAW", ""},
        Case{"ratification of CEDAW", "treaty:cedaw"}));

INSTANTIATE_TEST_SUITE_P(
    TreatySeries, Instruments,
    ::testing::Values(Case{"United Nations, Treaty Series, vol. 1577, No. 27531.", "treaty:crc"},
                      // The protocols share their convention's number; the volume tells them apart.
                      Case{"United Nations, Treaty Series, vol. 2237, No. 39574.", "treaty:tip-protocol"},
                      Case{"United Nations, Treaty Series, vol. 2225, No. 39574.", "treaty:untoc"},
                      Case{"Nations Unies, Recueil des Traités, vol. 1771, no 30822.", "treaty:unfccc"},
                      Case{"Naciones Unidas, Treaty Series, vol. 729, núm. 10485.", "treaty:npt"},
                      Case{"联合国，《条约汇编》，第1577卷，第27531号。", "treaty:crc"},
                      Case{"United Nations, Treaty Series, vol. 9999, No. 99999999.", ""}));

// "Ibid., vol. 2171, No. 27531": the footnote before named the Treaty Series;
// the volume and number name the instrument, not the note before.
INSTANTIATE_TEST_SUITE_P(
    TreatySeriesIbid, Instruments,
    ::testing::Values(Case{"United Nations, Treaty Series, vol. 1577, No. 27531. Ibid., vol. 2171, No. 27531.",
                           "treaty:crc treaty:crc-opsc"},
                      Case{"Nations Unies, Recueil des Traités, vol. 1577, no 27531. Ibid., vol. 2173, no 27531.",
                           "treaty:crc treaty:crc-opac"},
                      Case{"联合国，《条约汇编》，第1577卷，第27531号。同上，第2171卷，第27531号。",
                           "treaty:crc treaty:crc-opsc"},
                      Case{"the Convention on the Rights of the Child. Ibid., art. 3.", "treaty:crc treaty:crc"}));

// A footnote number printed against the last word: "... Political Rights19".
INSTANTIATE_TEST_SUITE_P(
    FootnoteMarkers, Instruments,
    ::testing::Values(Case{"the International Covenant on Civil and Political Rights19 entered into force", "treaty:iccpr"},
                      Case{"la Convention relative aux droits de l'enfant3, ratifiée", "treaty:crc"},
                      Case{"اتفاقية حقوق الطفل12 و", "treaty:crc"},
                      Case{"the Convention on the Rights of the Child2000", ""}));

// A secretariat carries its treaty's name and is not the treaty; a Conference
// of the Parties cites its treaty (the shared seed gold says so).
INSTANTIATE_TEST_SUITE_P(
    BodiesNamedAfterTreaties, Instruments,
    ::testing::Values(
        Case{"the secretariat of the United Nations Convention against Transnational Organized Crime", ""},
        Case{"le secrétariat de la Convention des Nations Unies contre la criminalité transnationale organisée", ""},
        Case{"联合国打击跨国有组织犯罪公约秘书处", ""},
        Case{"the Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
             "treaty:untoc"},
        Case{"States parties to the Convention on the Rights of Persons with Disabilities", "treaty:crpd"}));

INSTANTIATE_TEST_SUITE_P(
    OtherLanguages, Instruments,
    ::testing::Values(Case{"la Convention internationale sur l’élimination de toutes les formes de discrimination raciale",
                           "treaty:icerd"},
                      Case{"la Charte des Nations Unies et le Statut de Rome", "treaty:un-charter treaty:rome-statute"},
                      Case{"la Convención de las Naciones Unidas sobre el Derecho del Mar", "treaty:unclos"},
                      Case{"el Acuerdo de París", "treaty:paris-agreement"},
                      // Russian names decline; their stems match every case.
                      Case{"Международная конвенция о ликвидации всех форм расовой дискриминации", "treaty:icerd"},
                      Case{"в Международной конвенции о ликвидации всех форм расовой дискриминации", "treaty:icerd"},
                      Case{"Уставом Организации Объединенных Наций", "treaty:un-charter"},
                      Case{"الإعلان العالمي لحقوق الإنسان", "treaty:udhr"},
                      Case{"《联合国海洋法公约》和《世界人权宣言》", "treaty:unclos treaty:udhr"}));

}  // namespace
