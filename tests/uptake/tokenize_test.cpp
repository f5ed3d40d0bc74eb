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

// Each language weighs down its own function words: without them "la",
// "que", "sobre" counted as shared content and made French and Spanish
// units that no paragraph takes up "thematic" (real pairs T4, T6, U1).
struct FunctionWords {
  const char* language;
  const char* text;
  std::vector<bool> stop;  // per word
};

class LexiconFunctionWords : public ::testing::TestWithParam<FunctionWords> {};

TEST_P(LexiconFunctionWords, AreStopWordsInTheirLanguageOnly) {
  const FunctionWords& c = GetParam();
  Lexicon lex(Cues::builtin(), c.language);
  const auto tokens = lex.tokenize(c.text);
  ASSERT_EQ(tokens.size(), c.stop.size()) << c.text;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    EXPECT_EQ(tokens[i].cls == TokenClass::stopword, c.stop[i]) << c.language << " word " << i << " of " << c.text;
}

const FunctionWords kFunctionWords[] = {
    {"english", "the protection of refugees", {true, false, true, false}},
    {"french", "la protection des réfugiés que nous avons", {true, false, true, false, true, true, true}},
    {"spanish", "la protección de los refugiados sobre el terreno", {true, false, true, true, false, true, true, false}},
    {"russian", "защита беженцев и их права в этом году", {false, false, true, true, false, true, true, false}},
    {"arabic", "حماية اللاجئين في هذه المنطقة", {false, false, true, true, false}},
    // Another language's function words are words: "son" and "sin" in English.
    {"english", "her son sin", {true, false, false}},
    {"french", "the protection", {false, false}},
};

INSTANTIATE_TEST_SUITE_P(Languages, LexiconFunctionWords, ::testing::ValuesIn(kFunctionWords));

// The UN's institutional phrases in the other languages weigh as little as
// in English: "Solicita al Secretario General que ... de la presente
// resolución" was all that real unit T6 shared with a paragraph.
TEST(Lexicon, BoilerplateInTheOtherLanguages) {
  struct Row {
    const char* language;
    const char* text;
    std::vector<bool> boilerplate;
  };
  const Row rows[] = {
      {"spanish", "Solicita al Secretario General que aplique la presente resolución",
       {false, false, true, true, false, false, true, true, true}},
      {"french", "Prie le Secrétaire général d’appliquer la présente résolution",
       {false, false, true, true, false, true, true, true}},
      {"russian", "просит Генерального секретаря выполнить настоящую резолюцию",
       {false, true, true, false, true, true}},
  };
  for (const Row& r : rows) {
    Lexicon lex(Cues::builtin(), r.language);
    const auto tokens = lex.tokenize(r.text);
    ASSERT_EQ(tokens.size(), r.boilerplate.size()) << r.text;
    for (std::size_t i = 0; i < tokens.size(); ++i)
      EXPECT_EQ(tokens[i].cls == TokenClass::boilerplate, r.boilerplate[i]) << r.language << " word " << i;
  }
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
  ASSERT_TRUE(c.stopwords.count("en"));
  EXPECT_TRUE(c.stopwords.at("en").count("the"));
  EXPECT_TRUE(c.stopwords.at("fr").count("les"));
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
