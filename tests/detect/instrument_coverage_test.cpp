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
