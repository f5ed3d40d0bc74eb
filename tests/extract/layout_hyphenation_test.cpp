#include <gtest/gtest.h>

#include "extract/layout/hyphenation.hpp"
#include "extract/layout/word_list.hpp"

namespace unxref::layout {
namespace {

struct JoinCase {
  std::vector<std::string> known;  // other words printed in the document
  std::string paragraph, next_line, expected;
};

class Dehyphenation : public ::testing::TestWithParam<JoinCase> {};

TEST_P(Dehyphenation, JoinsLines) {
  const JoinCase& c = GetParam();
  Dehyphenator d;
  for (const std::string& w : c.known) d.learn(w);
  // Every word on the page is learned, including the continuation itself.
  d.learn(c.next_line.substr(0, c.next_line.find(' ')));
  std::string text = c.paragraph;
  d.append_line(text, c.next_line);
  EXPECT_EQ(text, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Dehyphenation,
    ::testing::Values(
        // Ordinary line break: a space.
        JoinCase{{}, "the maintenance of", "international peace", "the maintenance of international peace"},
        // A word broken by hyphenation, no other evidence: rejoined.
        JoinCase{{}, "human traf-", "ficking and", "human trafficking and"},
        // The whole word occurs elsewhere in the document: rejoined.
        JoinCase{{"peacebuilding"}, "support peace-", "building efforts", "support peacebuilding efforts"},
        // The hyphenated compound occurs elsewhere: hyphen kept.
        JoinCase{{"conflict-affected"}, "in conflict-", "affected areas", "in conflict-affected areas"},
        // Both halves are words of the document: a compound, hyphen kept.
        JoinCase{{"conflict", "affected"}, "in conflict-", "affected areas", "in conflict-affected areas"},
        // An upper-case continuation is a proper compound.
        JoinCase{{}, "the Secretary-", "General to report", "the Secretary-General to report"},
        JoinCase{{}, "a Member-", "State initiative", "a Member-State initiative"},
        // Digits after the hyphen: a range.
        JoinCase{{}, "for 2015-", "2030 and", "for 2015-2030 and"},
        // The head is a word of the document, the tail is not seen elsewhere:
        // a compound.
        JoinCase{{"conflict"}, "and conflict-", "related violence", "and conflict-related violence"},
        // A broken syllable that is no word: rejoined.
        JoinCase{{"conflict"}, "the protec-", "tion of", "the protection of"},
        // A prefix written with a hyphen.
        JoinCase{{}, "regional co-", "operation is", "regional co-operation is"},
        JoinCase{{}, "non-", "governmental organizations", "non-governmental organizations"},
        // A soft hyphen only ever marks a break.
        JoinCase{{}, "co\xC2\xAD", "operation", "cooperation"},
        // A dash standing alone is not a hyphen.
        JoinCase{{}, "peace -", "and security", "peace - and security"},
        // Punctuation after the continuation does not hide the evidence.
        JoinCase{{"resolutions"}, "its resolu-", "tions, and", "its resolutions, and"}));

// InDesign hyphenates where Word does not, and the halves of its breaks are
// often words of the document ("put", "work"): Hunspell's English word list
// (hunspell-en-us) tells the broken word from the compound.
class DehyphenationWithWordList : public ::testing::TestWithParam<JoinCase> {};

TEST_P(DehyphenationWithWordList, JoinsLines) {
  const WordList* list = WordList::english();
  if (!list) GTEST_SKIP() << "hunspell-en-us is not installed (tools/setup.sh installs it)";
  const JoinCase& c = GetParam();
  Dehyphenator d(list);
  for (const std::string& w : c.known) d.learn(w);
  d.learn(c.next_line.substr(0, c.next_line.find(' ')));
  std::string text = c.paragraph;
  d.append_line(text, c.next_line);
  EXPECT_EQ(text, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, DehyphenationWithWordList,
    ::testing::Values(
        JoinCase{{"put", "ting"}, "by put-", "ting children first", "by putting children first"},
        JoinCase{{"work", "force"}, "the work-", "force of the region", "the workforce of the region"},
        JoinCase{{"(put"}, "(put-", "ting)", "(putting)"},
        JoinCase{{"non", "governmental"}, "and non-", "governmental organizations", "and non-governmental organizations"},
        JoinCase{{"conflict", "affected"}, "in conflict-", "affected areas", "in conflict-affected areas"},
        JoinCase{{}, "human traf-", "ficking and", "human trafficking and"},
        JoinCase{{}, "the Secretary-", "General", "the Secretary-General"}));

TEST(WordList, KnowsEnglishWords) {
  const WordList* list = WordList::english();
  if (!list) GTEST_SKIP() << "hunspell-en-us is not installed";
  EXPECT_TRUE(list->knows("putting"));
  EXPECT_FALSE(list->knows("ficking"));
  EXPECT_FALSE(list->knows(""));
}

TEST(Dehyphenation, EmptyParagraphTakesTheLine) {
  Dehyphenator d;
  std::string text;
  d.append_line(text, "first");
  d.append_line(text, "");
  EXPECT_EQ(text, "first");
}

}  // namespace
}  // namespace unxref::layout
