// Typed citations: the clause verb that governs each mention, as written and
// as a relation, in the six UN languages, through the real Detector.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detector_run.hpp"
#include "unxref/detect/clause_relation.hpp"
#include "unxref/detect/detect.hpp"

namespace unxref {
namespace {

struct ClauseCase {
  const char* name;
  const char* text;
  const char* target;    // the mention asserted on (the first with this target)
  const char* relation;
  const char* verb;      // as written; nullptr: not checked
  bool chapter_vii = false;
};

std::string case_name(const ::testing::TestParamInfo<ClauseCase>& info) { return info.param.name; }

const Detector& detector() {
  static const Detector d;
  return d;
}

const Mention* find_target(const std::vector<Mention>& ms, const std::string& target) {
  for (const Mention& m : ms)
    if (m.target == target) return &m;
  return nullptr;
}

class ClauseVerbTable : public ::testing::TestWithParam<ClauseCase> {};

TEST_P(ClauseVerbTable, MentionTakesTheVerbOfItsClause) {
  const ClauseCase& c = GetParam();
  const std::vector<Mention> ms = detector().detect(std::string_view(c.text), "test");
  const Mention* m = find_target(ms, c.target);
  ASSERT_NE(m, nullptr) << "no mention of " << c.target << " in: " << c.text;
  EXPECT_EQ(m->relation, c.relation) << "verb found: '" << m->verb << "'";
  if (c.verb) {
    EXPECT_EQ(m->verb, c.verb);
  }
  EXPECT_EQ(m->chapter_vii, c.chapter_vii);
}

// A long clause: the verb, then a title, a list and a capitalised name
// after a comma ("..., United Nations entities") before the citation.
constexpr const char* kLongEnglish =
    "The General Assembly, Recalling its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of "
    "the Third International Conference on Financing for Development, which is an integral part of the 2030 "
    "Agenda for Sustainable Development, supports and complements it, helps to contextualize its means of "
    "implementation targets with concrete policies and actions, and reaffirms the strong political commitment "
    "to address the challenge of financing, United Nations entities and regional organizations included, and "
    "its resolution 70/1 of 25 September 2015, Stressing the need for coherence,";

constexpr const char* kSecurityCouncil =
    "The Security Council, Recalling its resolution 2331 (2016), Acting under Chapter VII of the Charter of the "
    "United Nations, 1. Decides that the measures imposed by paragraph 8 of resolution 2374 (2017) shall remain "
    "in force; 2. Requests the Secretary-General to report on resolution 2417 (2018);";

const ClauseCase kCases[] = {
    // English
    {"en_recalling", "The General Assembly, Recalling its resolution 70/1 of 25 September 2015,", "A/RES/70/1",
     "recalls", "Recalling"},
    {"en_reaffirming_also", "The General Assembly, Reaffirming also its resolution 70/1 of 25 September 2015,",
     "A/RES/70/1", "reaffirms", "Reaffirming also"},
    {"en_long_clause", kLongEnglish, "A/RES/70/1", "recalls", "Recalling"},
    {"en_welcoming", "Noting the report, Welcoming the adoption of resolution 70/1,", "A/RES/70/1", "welcomes",
     "Welcoming"},
    {"en_takes_note", "2. Requests a report; 3. Takes note of the report of the Secretary-General (A/76/299);",
     "A/76/299", "takes-note", "Takes note"},
    {"en_also_decides", "4. Also decides to consider resolution 70/1 at its next session;", "A/RES/70/1", "decides",
     "Also decides"},
    {"en_urges", "5. Urges Member States to implement resolution 70/1;", "A/RES/70/1", "urges", "Urges"},
    {"en_unlisted_participle", "Recalling resolution 69/313, Highlighting resolution 70/1,", "A/RES/70/1", "other",
     "Highlighting"},
    {"en_chapter_vii_acting", kSecurityCouncil, "S/RES/2374(2017)", "decides", "Decides", true},
    {"en_chapter_vii_before", kSecurityCouncil, "S/RES/2331(2016)", "recalls", "Recalling", false},
    {"en_chapter_vii_later_paragraph", kSecurityCouncil, "S/RES/2417(2018)", "requests", "Requests", true},
    // French
    {"fr_rappelant", "L’Assemblée générale, Rappelant sa résolution 70/1 du 25 septembre 2015,", "A/RES/70/1",
     "recalls", "Rappelant"},
    {"fr_prie_instamment", "2. Prie instamment les États Membres d’appliquer la résolution 70/1 ;", "A/RES/70/1",
     "urges", "Prie instamment"},
    {"fr_chapitre_vii",
     "Le Conseil de sécurité, Agissant en vertu du Chapitre VII de la Charte des Nations Unies, 1. Décide que les "
     "mesures imposées par la résolution 2374 (2017) restent en vigueur ;",
     "S/RES/2374(2017)", "decides", "Décide", true},
    {"fr_se_felicitant", "Se félicitant de l’adoption de la résolution 70/1,", "A/RES/70/1", "welcomes",
     "Se félicitant"},
    // Spanish
    {"es_recordando", "La Asamblea General, Recordando su resolución 70/1, de 25 de septiembre de 2015,",
     "A/RES/70/1", "recalls", "Recordando"},
    {"es_toma_nota", "3. Toma nota del informe del Secretario General (A/76/299);", "A/76/299", "takes-note",
     "Toma nota"},
    {"es_acogiendo", "Acogiendo con beneplácito la aprobación de la resolución 70/1,", "A/RES/70/1", "welcomes",
     "Acogiendo con beneplácito"},
    {"es_capitulo_vii",
     "El Consejo de Seguridad, Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas, 1. Decide "
     "que las medidas impuestas en la resolución 2374 (2017) sigan en vigor;",
     "S/RES/2374(2017)", "decides", "Decide", true},
    // Russian: preambular participles are written in lower case
    {"ru_ssylayas", "Генеральная Ассамблея, ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года,",
     "A/RES/70/1", "recalls", "ссылаясь"},
    {"ru_vnov_podtverzhdaya", "вновь подтверждая свою резолюцию 70/1 от 25 сентября 2015 года,", "A/RES/70/1",
     "reaffirms", "вновь подтверждая"},
    {"ru_prinimaet_k_svedeniyu", "1. принимает к сведению доклад Генерального секретаря (A/76/299);", "A/76/299",
     "takes-note", "принимает к сведению"},
    {"ru_glava_vii",
     "Совет Безопасности, действуя на основании главы VII Устава Организации Объединенных Наций, 1. постановляет, "
     "что меры, введенные резолюцией 2374 (2017), остаются в силе;",
     "S/RES/2374(2017)", "decides", "постановляет", true},
    // Arabic: the Assembly's verbs are feminine, the Council's masculine
    {"ar_wa_idh_tushir", "إن الجمعية العامة، إذ تشير إلى قرارها 69/313، وإذ تعيد تأكيد قرارها 70/1،", "A/RES/70/1",
     "reaffirms", "وإذ تعيد تأكيد"},
    {"ar_idh_tushir", "إن الجمعية العامة، إذ تشير إلى قرارها 70/1،", "A/RES/70/1", "recalls", "إذ تشير"},
    {"ar_tuhit_ilman", "1 - تحيط علما بتقرير الأمين العام (A/76/299)؛", "A/76/299", "takes-note", "تحيط علما"},
    {"ar_fasl_sabi",
     "إن مجلس الأمن، إذ يشير إلى قراره 2331 (2016)، وإذ يتصرف بموجب الفصل السابع من ميثاق الأمم المتحدة، 1 - يقرر "
     "أن تظل التدابير المفروضة بموجب القرار 2374 (2017) سارية؛",
     "S/RES/2374(2017)", "decides", "يقرر", true},
    // Chinese: no spaces; the comma and the paragraph number bound the clause
    {"zh_huigu", "大会，回顾其2015年9月25日第70/1号决议，", "A/RES/70/1", "recalls", "回顾"},
    {"zh_you_chongshen", "大会，回顾第69/313号决议，又重申第70/1号决议，", "A/RES/70/1", "reaffirms", "又重申"},
    {"zh_biaoshi_zhuyidao", "1. 表示注意到秘书长的报告(A/76/299)；", "A/76/299", "takes-note", "表示注意到"},
};

INSTANTIATE_TEST_SUITE_P(SixLanguages, ClauseVerbTable, ::testing::ValuesIn(kCases), case_name);

// A footnote citation takes the relation of the clause carrying the marker.
struct NoteCase {
  const char* name;
  std::vector<std::pair<Role, const char*>> blocks;
  const char* target;
  const char* relation;
};

std::string note_name(const ::testing::TestParamInfo<NoteCase>& info) { return info.param.name; }

class FootnoteTable : public ::testing::TestWithParam<NoteCase> {};

TEST_P(FootnoteTable, FootnoteTakesTheClauseOfItsMarker) {
  const NoteCase& c = GetParam();
  FlatText flat;
  for (const auto& [role, text] : c.blocks) {
    if (!flat.text.empty()) flat.text += "\n\n";
    const std::size_t start = flat.text.size();
    flat.text += text;
    flat.segments.push_back({start, flat.text.size(), 1, role, flat.segments.size()});
  }
  const std::vector<Mention> ms = detector().detect(flat, CitingDocument{"test", "2021", {}});
  const Mention* m = find_target(ms, c.target);
  ASSERT_NE(m, nullptr) << "no mention of " << c.target;
  EXPECT_EQ(m->relation, c.relation) << "verb found: '" << m->verb << "'";
}

const NoteCase kNotes[] = {
    {"pdf_footnote_block",
     {{Role::body, "The General Assembly,"},
      {Role::body, "Taking note of the report of the Secretary-General,1"},
      {Role::body, "Recalling the Political Declaration,2"},
      {Role::body, "1. Decides to remain seized of the matter;"},
      {Role::footnote, "1 A/76/299."},
      {Role::footnote, "2 Resolution 72/1, annex."}},
     "A/76/299",
     "takes-note"},
    {"pdf_second_footnote",
     {{Role::body, "The General Assembly,"},
      {Role::body, "Taking note of the report of the Secretary-General,1"},
      {Role::body, "Recalling the Political Declaration,2"},
      {Role::body, "1. Decides to remain seized of the matter;"},
      {Role::footnote, "1 A/76/299."},
      {Role::footnote, "2 Resolution 72/1, annex."}},
     "A/RES/72/1",
     "recalls"},
    // One text per resolution, its notes at the end as "[1] ...".
    {"text_end_notes",
     {{Role::body,
       "The General Assembly, Welcoming the report of the Secretary-General,1 Recalling the Political "
       "Declaration,2 1. Requests the Secretary-General to report to it; 52nd plenary meeting 16 December 2021 "
       "[1] A/76/299. [2] Resolution 72/1, annex."}},
     "A/76/299",
     "welcomes"},
    {"text_end_notes_second",
     {{Role::body,
       "The General Assembly, Welcoming the report of the Secretary-General,1 Recalling the Political "
       "Declaration,2 1. Requests the Secretary-General to report to it; 52nd plenary meeting 16 December 2021 "
       "[1] A/76/299. [2] Resolution 72/1, annex."}},
     "A/RES/72/1",
     "recalls"},
    // A Chinese text copies each note under its clause: the copy ends with a
    // full stop, and is no clause of its own.
    {"zh_inline_note_copy",
     {{Role::body, "大会，"},
      {Role::body, "回顾其1947年11月29日第181(II)号决议，"},
      {Role::body, "又回顾大会2004年7月20日第ES-10/15号决议，"},
      {Role::body, "见A/ES-10/273和A/ES-10/273/Corr.1。"},
      {Role::body, "特别是斥责在东耶路撒冷修建定居点，"},
      {Role::body, "1. 决定继续处理此案。"}},
     "A/ES-10/273",
     "recalls"},
    {"zh_inline_note_copy_with_comma",
     {{Role::body, "大会，"},
      {Role::body, "欢迎奥林匹克休战的理想，"},
      {Role::body, "第S-27/2号决议，附件。"},
      {Role::body, "1. 敦促会员国遵守休战。"}},
     "A/RES/S-27/2",
     "welcomes"},
};

INSTANTIATE_TEST_SUITE_P(Footnotes, FootnoteTable, ::testing::ValuesIn(kNotes), note_name);

struct VerbRelation {
  const char* name;
  const char* verb;
  const char* relation;
};

class ClauseRelationTable : public ::testing::TestWithParam<VerbRelation> {};

TEST_P(ClauseRelationTable, VerbAsWrittenHasItsRelation) {
  EXPECT_EQ(clause_relation(GetParam().verb), GetParam().relation);
}

const VerbRelation kVerbs[] = {
    {"en_recalling_further", "Recalling further", "recalls"},
    {"en_takes_note_with_appreciation", "Takes note with appreciation", "takes-note"},
    {"en_notes_with_concern", "Notes with concern", "notes"},
    {"en_calls_upon", "Calls upon", "urges"},
    {"en_stressing", "Stressing", "other"},
    {"fr_se_felicite", "Se\u00a0félicite", "welcomes"},
    {"fr_prenant_acte", "Prenant acte", "takes-note"},
    {"es_hace_suyo", "Hace suyo", "endorses"},
    {"ru_osobo_otmechaya", "особо отмечая", "other"},
    {"ru_s_udovletvoreniem", "с удовлетворением отмечая", "notes"},
    {"ar_wa_idh_tuhit", "وإذ تحيط علما", "takes-note"},
    {"ar_taqarrar", "تقرر", "decides"},
    {"zh_qiangli_qianze", "强烈谴责", "condemns"},
    {"zh_hueigu", "还回顾", "recalls"},
    {"unknown", "Xyzzy", "other"},
};

INSTANTIATE_TEST_SUITE_P(Lexicon, ClauseRelationTable, ::testing::ValuesIn(kVerbs),
                         [](const ::testing::TestParamInfo<VerbRelation>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace unxref
