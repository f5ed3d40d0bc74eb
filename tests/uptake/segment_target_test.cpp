// Target paragraphs as the UN structures them: clause starts found inside
// blocks, page breaks mended, numbers that must follow on, six languages.
#include <gtest/gtest.h>

#include "test_util.hpp"
#include "unxref/uptake/uptake.hpp"

namespace unxref::uptake {
namespace {

using testing::block;
using testing::document;

// "number|kind|verb|text" per paragraph, to compare in one line.
std::vector<std::string> shape(const Document& doc) {
  std::vector<std::string> out;
  for (const Paragraph& p : segment_paragraphs(doc))
    out.push_back(p.number + "|" + std::string(to_string(p.kind)) + "|" + p.verb + "|" + p.text);
  return out;
}

struct Case {
  const char* name;
  std::vector<std::string> blocks;  // body blocks, in order; "\f" before a block starts a new page
  std::vector<std::string> want;
};

class SegmentTarget : public ::testing::TestWithParam<Case> {};

TEST_P(SegmentTarget, Table) {
  std::vector<Block> blocks;
  int page = 1;
  for (std::string b : GetParam().blocks) {
    if (b.starts_with("\f")) ++page, b.erase(0, 1);
    Block x = block(Role::body, b);
    x.page = page;
    blocks.push_back(std::move(x));
  }
  EXPECT_EQ(shape(document(blocks)), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SegmentTarget,
    ::testing::Values(
        Case{"OneBlockResolution",
             {"The Security Council, Recalling its resolution 2561 (2021), Noting also the report,1 S/2021/1. "
              "1.  Decides to extend the mandate; 2.  Requests the Secretary-General to report by 5. July; "
              "3.  Decides to remain seized of the matter."},
             {"p1|other||The Security Council,", "pp1|preambular|Recalling|Recalling its resolution 2561 (2021),",
              "pp2|preambular|Noting also|Noting also the report,1 S/2021/1.",
              "1|operative|Decides|Decides to extend the mandate;",
              "2|operative|Requests|Requests the Secretary-General to report by 5. July;",
              "3|operative|Decides|Decides to remain seized of the matter."}},
        Case{"SubHeadingJoinedBeforeTheFirstNumber",
             {"Acting under Chapter VII of the Charter of the United Nations, Measures 1. Reaffirms its decision in "
              "paragraph 1 (a) above; 2. Decides so."},
             {"pp1|preambular|Acting|Acting under Chapter VII of the Charter of the United Nations, Measures",
              "1|operative|Reaffirms|Reaffirms its decision in paragraph 1 (a) above;",
              "2|operative|Decides|Decides so."}},
        Case{"LowercaseParticipleInsideAClauseIsNoStart",
             {"Welcoming the report, and noting with appreciation the efforts of the Mission,", "1. Decides so."},
             {"pp1|preambular|Welcoming|Welcoming the report, and noting with appreciation the efforts of the Mission,",
              "1|operative|Decides|Decides so."}},
        Case{"PageBreakInsideAParagraph",
             {"1. Requests the Secretary-General to submit a report on the", "\fimplementation of this resolution;",
              "2. Decides to remain seized of the matter."},
             {"1|operative|Requests|Requests the Secretary-General to submit a report on the implementation of this "
              "resolution;",
              "2|operative|Decides|Decides to remain seized of the matter."}},
        Case{"SubItemsAfterALeadIn",
             {"4. Calls upon the two leaders to: (a) provide political support; (b) engage the Technical Committees;"},
             {"4|operative|Calls upon|Calls upon the two leaders to:", "4 (a)|operative||provide political support;",
              "4 (b)|operative||engage the Technical Committees;"}},
        Case{"UnlistedParticipleByForm",
             {"Strongly condemning all attacks on peacekeepers,", "Determining that the situation remains a threat,",
              "1. Decides to renew the measures."},
             {"pp1|preambular|Strongly condemning|Strongly condemning all attacks on peacekeepers,",
              "pp2|preambular|Determining|Determining that the situation remains a threat,",
              "1|operative|Decides|Decides to renew the measures."}},
        Case{"FootnoteRepeatedInlineStaysWithItsClause",
             {"Recalling the Vienna Declaration,1", "Resolution 69/137, annex I.", "Reaffirming its support,",
              "1. Decides so."},
             {"pp1|preambular|Recalling|Recalling the Vienna Declaration,1 Resolution 69/137, annex I.",
              "pp2|preambular|Reaffirming|Reaffirming its support,", "1|operative|Decides|Decides so."}},
        Case{"ArabicNumbersAndParticles",
             {"\u0625\u0646 \u0645\u062c\u0644\u0633 \u0627\u0644\u0623\u0645\u0646\u060c",
              "\u0625\u0630 \u064a\u0634\u064a\u0631 \u0625\u0644\u0649 \u0642\u0631\u0627\u0631\u0627\u062a\u0647\u060c",
              "1 -  \u064a\u0642\u0631\u0631 \u0623\u0646 \u064a\u0628\u0642\u064a \u0627\u0644\u0645\u0633\u0623\u0644\u0629."},
             {"p1|other||\u0625\u0646 \u0645\u062c\u0644\u0633 \u0627\u0644\u0623\u0645\u0646\u060c",
              "pp1|preambular|\u0625\u0630 \u064a\u0634\u064a\u0631|\u0625\u0630 \u064a\u0634\u064a\u0631 \u0625\u0644\u0649 "
              "\u0642\u0631\u0627\u0631\u0627\u062a\u0647\u060c",
              "1|operative|\u064a\u0642\u0631\u0631|\u064a\u0642\u0631\u0631 \u0623\u0646 \u064a\u0628\u0642\u064a "
              "\u0627\u0644\u0645\u0633\u0623\u0644\u0629."}},
        Case{"ChineseVerbsWithoutSpaces",
             {"\u5b89\u5168\u7406\u4e8b\u4f1a\uff0c", "\u53c8\u56de\u987e\u5176\u5404\u9879\u51b3\u8bae\uff0c",
              "1.  \u51b3\u5b9a\u7ee7\u7eed\u5904\u7406\u6b64\u6848\u3002"},
             {"p1|other||\u5b89\u5168\u7406\u4e8b\u4f1a\uff0c",
              "pp1|preambular|\u53c8\u56de\u987e|\u53c8\u56de\u987e\u5176\u5404\u9879\u51b3\u8bae\uff0c",
              "1|operative||\u51b3\u5b9a\u7ee7\u7eed\u5904\u7406\u6b64\u6848\u3002"}}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(SegmentTargetSpans, SpanPointsIntoTheFlatText) {
  const Document doc = document({block(Role::body, "Recalling its resolution, 1.  Decides so.")});
  const std::string flat = flatten(doc).text;
  const auto paras = segment_paragraphs(doc);
  ASSERT_EQ(paras.size(), 2u);
  EXPECT_EQ(flat.substr(paras[0].span.start, paras[0].span.end - paras[0].span.start), "Recalling its resolution,");
  EXPECT_EQ(flat.substr(paras[1].span.start, paras[1].span.end - paras[1].span.start), "1.  Decides so.");
}

}  // namespace
}  // namespace unxref::uptake
