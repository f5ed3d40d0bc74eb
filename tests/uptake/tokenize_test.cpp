#include <gtest/gtest.h>

#include "uptake/cues.hpp"
#include "uptake/tokenize.hpp"

namespace unxref::uptake {
namespace {

std::vector<std::string> surfaces(std::string_view text) {
  std::vector<std::string> out;
  for (const RawToken& t : break_words(text)) out.emplace_back(text.substr(t.start, t.end - t.start));
  return out;
}

TEST(BreakWords, DropsPunctuationAndKeepsByteOffsets) {
  EXPECT_EQ(surfaces("Calls upon States, in 2017, to act."),
            (std::vector<std::string>{"Calls", "upon", "States", "in", "2017", "to", "act"}));
  EXPECT_EQ(surfaces("Réaffirmant la résolution 64/293"),
            (std::vector<std::string>{"Réaffirmant", "la", "résolution", "64", "293"}));
  EXPECT_TRUE(break_words("").empty());
  EXPECT_TRUE(break_words(" ,.;  ").empty());
}

TEST(BreakWords, InvalidUtf8NeverThrows) {
  const std::string bad = "abc \xff\xfe def \xc3";
  const auto tokens = break_words(bad);
  ASSERT_FALSE(tokens.empty());
  for (const RawToken& t : tokens) EXPECT_LE(t.end, bad.size());
}

TEST(FoldCase, AsciiAndUnicode) {
  EXPECT_EQ(fold_case("Member"), "member");
  EXPECT_EQ(fold_case("RÉSOLUTION"), "résolution");
  EXPECT_EQ(fold_case("Straße"), "strasse");  // full folding, not just lower-casing
}

TEST(Lexicon, StemsAndClassifies) {
  Lexicon lex(Cues::builtin(), "english");
  const auto a = lex.tokenize("Recommends ratifying the Treaty");
  const auto b = lex.tokenize("recommended ratification of treaties");
  ASSERT_EQ(a.size(), 4u);
  ASSERT_EQ(b.size(), 4u);
  EXPECT_EQ(a[0].stem, b[0].stem);  // recommend
  EXPECT_NE(a[0].word, b[0].word);  // but not the same word
  EXPECT_EQ(a[2].cls, TokenClass::stopword);
  EXPECT_EQ(a[0].cls, TokenClass::content);
}

TEST(Lexicon, OverlappingBoilerplatePhrasesAllCount) {
  Lexicon lex(Cues::builtin(), "english");
  // "combat trafficking" and "trafficking in persons" overlap on "trafficking".
  const auto t = lex.tokenize("Member States combat trafficking in persons through shelters");
  ASSERT_EQ(t.size(), 8u);
  for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(t[i].cls, TokenClass::boilerplate) << i;
  EXPECT_EQ(t[7].cls, TokenClass::content);
  EXPECT_FLOAT_EQ(t[0].weight, Lexicon::kBoilerplateWeight);
}

TEST(Lexicon, UnknownLanguageIsAClearError) {
  EXPECT_THROW(Lexicon(Cues::builtin(), "klingon"), std::invalid_argument);
}

TEST(Cues, EmbeddedDataHasEveryKind) {
  const Cues& c = Cues::builtin();
  EXPECT_FALSE(c.headings.empty());
  EXPECT_FALSE(c.verbs.empty());
  EXPECT_FALSE(c.preambles.empty());
  EXPECT_FALSE(c.boilerplate.empty());
  EXPECT_TRUE(c.stopwords.count("the"));
}

TEST(Cues, ParseSkipsCommentsAndBadLines) {
  const Cues c = Cues::parse("# comment\nverb\ten\tCalls Upon\nbad line\nunknown\ten\tx\n\nheading\tfr\tRecommandations\r\n");
  ASSERT_EQ(c.verbs.size(), 1u);
  EXPECT_EQ(c.verbs[0], (Phrase{"calls", "upon"}));
  ASSERT_EQ(c.headings.size(), 1u);
  EXPECT_EQ(c.headings[0], (Phrase{"recommandations"}));
}

TEST(Cues, PhraseLookups) {
  const std::vector<Phrase> phrases = {{"calls", "upon"}, {"urges"}};
  EXPECT_TRUE(contains_any(folded_words("The Assembly CALLS UPON States"), phrases));
  EXPECT_FALSE(contains_any(folded_words("upon calls"), phrases));
  EXPECT_TRUE(starts_with_any(folded_words("Urges all States"), phrases));
  EXPECT_FALSE(starts_with_any(folded_words("It urges"), phrases));
}

}  // namespace
}  // namespace unxref::uptake
