#include <gtest/gtest.h>

#include "uptake/align.hpp"
#include "uptake/cues.hpp"

namespace unxref::uptake {
namespace {

class AlignTest : public ::testing::Test {
 protected:
  Lexicon lex{Cues::builtin(), "english"};
  std::string span(const std::string& text, const std::vector<Token>& t, std::size_t b, std::size_t e) {
    return text.substr(t[b].start, t[e - 1].end - t[b].start);
  }
};

TEST_F(AlignTest, FindsTheSharedPassageAcrossSmallEdits) {
  const std::string a = "States should ratify and fully implement the Protocol without delay";
  const std::string b = "Calls upon all States to ratify and implement the Protocol without any delay, and to report";
  const auto ta = lex.tokenize(a), tb = lex.tokenize(b);
  const auto al = align(ta, tb);
  ASSERT_FALSE(al.empty());
  EXPECT_EQ(span(a, ta, al[0].a_begin, al[0].a_end), "States should ratify and fully implement the Protocol without delay");
  EXPECT_EQ(span(b, tb, al[0].b_begin, al[0].b_end), "States to ratify and implement the Protocol without any delay");
}

TEST_F(AlignTest, SeveralPassagesDoNotOverlap) {
  const std::string a = "fund shelters for male victims and train judges on trauma";
  const std::string b = "train judges on trauma in every region; separately, fund shelters for male victims";
  const auto al = align(lex.tokenize(a), lex.tokenize(b));
  ASSERT_EQ(al.size(), 2u);
  EXPECT_TRUE(al[0].a_end <= al[1].a_begin || al[1].a_end <= al[0].a_begin);
}

TEST_F(AlignTest, BoilerplateAloneIsNoPassage) {
  const auto al = align(lex.tokenize("Member States should combat trafficking in persons"),
                        lex.tokenize("urges Member States to combat trafficking in persons"));
  EXPECT_TRUE(al.empty());
}

TEST_F(AlignTest, EmptyInputs) {
  EXPECT_TRUE(align({}, lex.tokenize("something")).empty());
  EXPECT_TRUE(align(lex.tokenize("something"), {}).empty());
}

}  // namespace
}  // namespace unxref::uptake
