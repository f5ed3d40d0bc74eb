// Inline Markdown markup removal: the words left for citation detection.
#include <gtest/gtest.h>

#include <string>

#include "extract/text/markdown_inline.hpp"

namespace unxref::text {
namespace {

struct InlineCase {
  const char* name;
  const char* markdown;
  const char* text;
};

class StripInline : public ::testing::TestWithParam<InlineCase> {};

TEST_P(StripInline, LeavesThePlainWords) { EXPECT_EQ(strip_inline(GetParam().markdown), GetParam().text); }

INSTANTIATE_TEST_SUITE_P(
    Cases, StripInline,
    ::testing::Values(
        InlineCase{"strong_stars", "**ICAT** meets", "ICAT meets"},
        InlineCase{"strong_underscores", "__bold__ text", "bold text"},
        InlineCase{"em_star", "*An overview*", "An overview"},
        InlineCase{"em_underscore", "see _supra_ above", "see supra above"},
        InlineCase{"nested_emphasis", "***both*** and **a *b* c**", "both and a b c"},
        InlineCase{"intraword_underscore_kept", "file_name_here and snake_case", "file_name_here and snake_case"},
        InlineCase{"lone_star_kept", "a * b and 5 * 3", "a * b and 5 * 3"},
        InlineCase{"unmatched_star_kept", "footnote* marks", "footnote* marks"},
        InlineCase{"code_span", "use `A/RES/64/293` here", "use A/RES/64/293 here"},
        InlineCase{"code_span_keeps_stars", "`**x**`", "**x**"},
        InlineCase{"double_backtick_code", "``a ` b``", "a ` b"},
        InlineCase{"unclosed_backtick", "a `b", "a `b"},
        InlineCase{"link", "[Global Plan of Action](https://x.org/a_(b)) text", "Global Plan of Action text"},
        InlineCase{"link_hash_url", "a [submission](#) on", "a submission on"},
        InlineCase{"link_with_escaped_parens", "[the \\(TIP\\) Protocol](#)", "the (TIP) Protocol"},
        InlineCase{"link_with_emphasis", "[**bold** link](u)", "bold link"},
        InlineCase{"emphasis_around_link", "**[Toolkit](u)**", "Toolkit"},
        InlineCase{"image", "![logo of ICAT](logo.png)", "logo of ICAT"},
        InlineCase{"reference_link", "[the Protocol][tip] applies", "the Protocol applies"},
        InlineCase{"plain_brackets_kept", "the [sic] word [2017]", "the [sic] word [2017]"},
        InlineCase{"autolink", "site (<http://icat.network>)", "site (http://icat.network)"},
        InlineCase{"email_autolink", "<info@example.org>", "info@example.org"},
        InlineCase{"escapes", "\\*not em\\* and 1\\. x", "*not em* and 1. x"},
        InlineCase{"sup_marker_after_word", "**(ICAT)**<sup>1</sup> is", "(ICAT) is"},
        InlineCase{"sup_marker_between_words", "mandate<sup>4</sup>ICAT", "mandate ICAT"},
        InlineCase{"sup_marker_before_punct", "mandate<sup>4</sup>, ICAT", "mandate, ICAT"},
        InlineCase{"sup_marker_after_comma", "mandate,<sup>4</sup> ICAT", "mandate, ICAT"},
        InlineCase{"sup_not_a_marker", "the 1<sup>st</sup> session", "the 1st session"},
        InlineCase{"bracket_footnote_marker", "persons[^5] in", "persons in"},
        InlineCase{"bracket_footnote_glue", "persons[^a]again", "persons again"},
        InlineCase{"html_tags_dropped", "a <u>b</u> <span class=\"x\">c</span>", "a b c"},
        InlineCase{"br_is_space", "line<br>next", "line next"},
        InlineCase{"html_comment_dropped", "a <!-- note --> b", "a  b"},
        InlineCase{"less_than_kept", "a < b and x<3", "a < b and x<3"},
        InlineCase{"entities", "AT&amp;T &lt;x&gt; &#8212; &#x2014;", "AT&T <x> \xE2\x80\x94 \xE2\x80\x94"},
        InlineCase{"unknown_entity_kept", "R&D; &bogus;", "R&D; &bogus;"},
        InlineCase{"hiv_aids_untouched", "HIV/AIDS (UNAIDS)", "HIV/AIDS (UNAIDS)"}),
    [](const ::testing::TestParamInfo<InlineCase>& info) { return std::string(info.param.name); });

// Hostile input must cost linear time; these would run into CTest's per-test
// timeout if the scanners searched to the end of the paragraph from every bracket.
TEST(StripInline, HostileInputStaysLinear) {
  for (const std::string unit : {"[", "`", "<a", "&", "*a_ ", "[^", "<sup>"}) {
    std::string big;
    while (big.size() < 2'000'000) big += unit;
    const std::string out = strip_inline(big);
    EXPECT_LE(out.size(), big.size());
  }
}

}  // namespace
}  // namespace unxref::text
