#include <gtest/gtest.h>

#include "uptake/units.hpp"

namespace unxref::uptake {
namespace {

struct LabelCase {
  std::string text;
  LabelKind kind;
  std::string label;
  std::string body;
};

TEST(LeadingLabel, Table) {
  const std::vector<LabelCase> cases = {
      {"12. Decides to", LabelKind::number, "12", "Decides to"},
      {"  3) Urges", LabelKind::number, "3", "Urges"},
      {"(a) the first", LabelKind::letter, "(a)", "the first"},
      {"b) the second", LabelKind::letter, "(b)", "the second"},
      {"(iv) the fourth", LabelKind::letter, "(iv)", "the fourth"},
      {"(12) twelfth", LabelKind::number, "12", "twelfth"},
      {"\u2022 a bullet", LabelKind::bullet, "\u2022", "a bullet"},
      {"- a dash", LabelKind::bullet, "\u2022", "a dash"},
      {"Recommendation 7: Ratify", LabelKind::number, "7", "Ratify"},
      {"1.5 per cent of victims", LabelKind::none, "", "1.5 per cent of victims"},
      {"(2016) was a year", LabelKind::none, "", "(2016) was a year"},
      {"In 2017, States", LabelKind::none, "", "In 2017, States"},
      {"about it)", LabelKind::none, "", "about it)"},
      {"", LabelKind::none, "", ""},
      {"7.", LabelKind::number, "7", ""},
  };
  for (const LabelCase& c : cases) {
    const Label l = leading_label(c.text);
    EXPECT_EQ(l.kind, c.kind) << c.text;
    EXPECT_EQ(l.text, c.label) << c.text;
    EXPECT_EQ(std::string(trim(std::string_view(c.text).substr(l.body))), c.body) << c.text;
  }
}

TEST(SplitSentences, SpansAreTrimmed) {
  const std::string text = "States should act.  The Group notes progress. Donors are invited to give";
  const auto s = split_sentences(text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(text.substr(s[0].start, s[0].end - s[0].start), "States should act.");
  EXPECT_EQ(text.substr(s[2].start, s[2].end - s[2].start), "Donors are invited to give");
  EXPECT_TRUE(split_sentences("").empty());
}

}  // namespace
}  // namespace unxref::uptake
