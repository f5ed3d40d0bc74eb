// Instruments cited together: a plural name ("the Geneva Conventions of
// 1949"), a range of Treaty Series numbers ("Nos. 970–973"), each a citation
// of every member, in the six languages; and the same words inside another
// instrument's title, which are not. Also names that end in a year with a
// note marker glued on ("à l'horizon 20309").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detector_run.hpp"

namespace unxref {
namespace {

using Case = testing::NamedCase;
using testing::case_name;

class InstrumentCollections : public ::testing::TestWithParam<Case> {};

TEST_P(InstrumentCollections, CiteEveryMemberOnce) {
  EXPECT_EQ(testing::targets_in_order(GetParam().text), GetParam().targets) << GetParam().text;
}

const std::vector<std::string> kGeneva = {"treaty:geneva-convention-i", "treaty:geneva-convention-ii",
                                          "treaty:geneva-convention-iii", "treaty:geneva-convention-iv"};

const std::vector<std::string> kZoneTreaties = {"treaty:tlatelolco-treaty", "treaty:unts-24592",
                                                "treaty:unts-33873", "treaty:pelindaba-treaty"};

std::vector<std::string> geneva_and(std::vector<std::string> more) {
  std::vector<std::string> out = kGeneva;
  out.insert(out.end(), more.begin(), more.end());
  return out;
}

const Case kCollections[] = {
    {"en_of_1949_and_protocol_thereto", "Reaffirming the Geneva Conventions of 1949 and Additional Protocol I "
     "thereto of 1977,", geneva_and({"treaty:geneva-ap-i"})},
    {"en_with_note_marker", "the Geneva Conventions of 19492 and", kGeneva},
    {"en_additional_protocols", "the Additional Protocols thereto of 1977",
     {"treaty:geneva-ap-i", "treaty:geneva-ap-ii"}},
    {"fr", "les Conventions de Genève du 12 août 1949", kGeneva},
    {"es", "los Convenios de Ginebra de 12 de agosto de 1949", kGeneva},
    {"ru_genitive", "участниками Женевских конвенций от 12 августа 1949 года", kGeneva},
    {"ru_singular_is_not_the_four", "четвертой Женевской конвенции", {}},
    {"ar", "اتفاقيات جنيف المعقودة في 12 آب/أغسطس 1949", kGeneva},
    {"zh", "回顾1949年8月12日日内瓦四公约", kGeneva},
    // The conventions' name inside a protocol's title is the protocol's.
    {"en_protocol_title", "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the "
     "Protection of Victims of International Armed Conflicts (Protocol I)", {"treaty:geneva-ap-i"}},
    {"ru_protocol_to", "Дополнительный протокол к Женевским конвенциям от 12 августа 1949 года", {}},
    {"zh_protocol_after", "1949年8月12日日内瓦四公约关于保护国际性武装冲突受难者的附加议定书", {}},
    // Treaty Series ranges.
    {"unts_range_en", "United Nations, Treaty Series, vol. 75, Nos. 970–973.", kGeneva},
    {"unts_range_fr", "Nations Unies, Recueil des Traités, vol. 75, nos 970 à 973.", kGeneva},
    {"unts_range_es", "Naciones Unidas, Treaty Series, vol. 75, núms. 970 a 973.", kGeneva},
    {"unts_range_zh", "联合国，《条约汇编》，第75卷，第970-973号。", kGeneva},
    {"unts_one_of_the_range", "United Nations, Treaty Series, vol. 75, No. 971.", {"treaty:geneva-convention-ii"}},
    {"unts_range_too_wide", "United Nations, Treaty Series, vol. 75, Nos. 970–1973.", {}},
    // Names ending in a year, with a note marker glued on.
    {"fr_year_and_note", "le Programme de développement durable à l’horizon 20309, y compris", {"A/RES/70/1"}},
    {"es_year_and_note", "del Documento Final de la Cumbre Mundial 20051,", {"treaty:world-summit-outcome-2005"}},
    {"year_then_three_digits_is_no_name", "le Programme de développement durable à l’horizon 2030915", {}},
    {"zh_short_agenda", "回顾《2030年议程》", {"A/RES/70/1"}},
    // AKN tune resolutions, read with tools/audits/tune-heads/parallel.py.
    {"ar_additional_protocols", "والبروتوكولان الإضافيان الملحقان باتفاقيات جنيف المؤرخان 8 حزيران/يونيه 1977",
     {"treaty:geneva-ap-i", "treaty:geneva-ap-ii"}},
    {"zh_additional_protocols", "回顾1949年8月12日日内瓦四公约2 及其1977年6月8日《附加议定书》，3 并回顾",
     geneva_and({"treaty:geneva-ap-i", "treaty:geneva-ap-ii"})},
    {"zh_additional_protocols_of_1977", "包括可适用的1949年日内瓦四公约6 及其1977年《附加议定书》7 等国际法相关规范",
     geneva_and({"treaty:geneva-ap-i", "treaty:geneva-ap-ii"})},
    {"ar_its_two_additional_protocols", "بما في ذلك اتفاقيات جنيف لعام 1949(6) وبروتوكولاها الإضافيان لعام 1977(7)، حسب",
     geneva_and({"treaty:geneva-ap-i", "treaty:geneva-ap-ii"})},
    {"ar_its_two_additional_protocols_genitive", "اتفاقيات جنيف المؤرخة 12 آب/أغسطس 1949(2) وبروتوكوليها الإضافيين "
     "المؤرخين 8 حزيران/يونيه 1977",
     geneva_and({"treaty:geneva-ap-i", "treaty:geneva-ap-ii"})},
    {"unts_range_ar", "() المرجع نفسه، المجلد 75، الأرقام 970 إلى 973.", kGeneva},
    {"unts_range_ar_dash", "() المرجع نفسه، المجلد 75 الأرقام 970-973.", kGeneva},
    // "The treaties of A, B and C": each "Treaty of A" the registry knows
    // (AKN tune resolutions on nuclear-weapon-free zones).
    {"en_treaties_of", "Recognizing that the Antarctic Treaty,5 the treaties of Tlatelolco,6 Rarotonga,7 Bangkok8 and "
     "Pelindaba9 and the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,10 as well as",
     {"treaty:antarctic-treaty", "treaty:tlatelolco-treaty", "treaty:unts-24592", "treaty:unts-33873",
      "treaty:pelindaba-treaty", "treaty:unts-51633"}},
    {"en_treaties_of_then_other_words", "the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba, as well as of "
     "Central Asia and",
     kZoneTreaties},
    {"fr_traites_de", "les Traités de Tlatelolco, de Rarotonga, de Bangkok et de Pelindaba continuent", kZoneTreaties},
    {"fr_notes", "les traités de Tlatelolco6, Rarotonga7, Bangkok8 et Pelindaba9 et le", kZoneTreaties},
    {"es_tratados_de", "los tratados de Tlatelolco6, Rarotonga7, Bangkok8 y Pelindaba9 y el Tratado sobre una Zona "
     "Libre de Armas Nucleares en Asia Central11",
     {"treaty:tlatelolco-treaty", "treaty:unts-24592", "treaty:unts-33873", "treaty:pelindaba-treaty",
      "treaty:unts-51633"}},
    {"ar_muahadat", "إسهام معاهدة أنتاركتيكا ومعاهدات تلاتيلولكو وراروتونغا وبانكوك وبليندابا في إخلاء",
     {"treaty:antarctic-treaty", "treaty:tlatelolco-treaty", "treaty:unts-24592", "treaty:unts-33873",
      "treaty:pelindaba-treaty"}},
    {"ar_notes_and_tatweel", "معاهدات تلاتيــلولكو(5) وراروتونــغا(6) وبانـكوك(7) وبليندابا(8) المنشِئة لمناطق",
     kZoneTreaties},
    {"ar_arabic_commas", "إسهام معاهدات تلاتيلولكو، وراروتونغا، وبليندابا في", {"treaty:tlatelolco-treaty",
     "treaty:unts-24592", "treaty:pelindaba-treaty"}},
    {"en_places_no_treaty_names", "the bilateral treaties of Germany, France and Italy", {}},
    {"en_one_known_is_no_list", "the treaties of Tlatelolco and Westphalia", {}},
};
INSTANTIATE_TEST_SUITE_P(Table, InstrumentCollections, ::testing::ValuesIn(kCollections), case_name);

}  // namespace
}  // namespace unxref
