#include "unxref/core/html_escape.hpp"

#include <gtest/gtest.h>

namespace unxref {
namespace {

struct EscapeCase {
  const char* name;
  std::string text, html;
};

void PrintTo(const EscapeCase& c, std::ostream* os) { *os << c.name; }

class HtmlEscape : public ::testing::TestWithParam<EscapeCase> {};

TEST_P(HtmlEscape, AsElementTextAndAttribute) { EXPECT_EQ(html_escape(GetParam().text), GetParam().html); }

INSTANTIATE_TEST_SUITE_P(
    Table, HtmlEscape,
    ::testing::Values(EscapeCase{"Plain", "A/RES/70/1", "A/RES/70/1"},
                      EscapeCase{"Markup", "<b class=\"x\">'&'</b>", "&lt;b class=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;"},
                      EscapeCase{"Utf8Kept", "résolution 决议 قرار", "résolution 决议 قرار"},
                      EscapeCase{"InvalidByte", "a\xFF" "b", "a\xEF\xBF\xBD" "b"},
                      EscapeCase{"TruncatedSequence", "a\xC3", "a\xEF\xBF\xBD"},
                      EscapeCase{"Surrogate", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
                      EscapeCase{"Controls", "a\x01" "b\tc\nd\x7F", "a b\tc\nd "}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace unxref
