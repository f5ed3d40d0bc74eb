// Hostile text from documents must come out of every path — to_dot() read by
// the `dot` program, and render() through the library — as plain text,
// exactly as written (after cleaning and shortening), with no markup added.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "fixtures.hpp"
#include "support/paths.hpp"
#include "tools.hpp"
#include "unxref/render/render.hpp"

namespace unxref {
namespace {

using testing::parse_svg;
using testing::scratch_dir;
using testing::shell_quote;

// SVG written by `dot -Tsvg` from to_dot(), or nullopt (test skipped) when
// the dot program is not installed.
std::optional<std::filesystem::path> svg_via_dot_program(const CitationGraph& g,
                                                         const std::filesystem::path& dir) {
  if (!testing::have_program("dot")) return std::nullopt;
  const auto dot = dir / "graph.dot";
  const auto svg = dir / "graph.svg";
  testing::write_file(dot, to_dot(g));
  const auto rc = testing::run("dot -Tsvg " + shell_quote(dot.string()) + " -o " +
                               shell_quote(svg.string()) + " 2>&1");
  EXPECT_TRUE(rc.has_value()) << "dot rejected the DOT text of " << dot;
  return svg;
}

std::filesystem::path svg_via_library(const CitationGraph& g, const std::filesystem::path& dir) {
  const auto svg = dir / "graph.svg";
  render(g, svg);
  return svg;
}

enum class Path { dot_program, library };

class HostileText : public ::testing::TestWithParam<Path> {
 protected:
  void SetUp() override {
    if (!testing::have_program("python3")) GTEST_SKIP() << "python3 not found: cannot parse SVG";
    const auto dir = scratch_dir(GetParam() == Path::library ? "hostile_lib" : "hostile_dot");
    if (GetParam() == Path::library) {
      svg_ = svg_via_library(testing::hostile_graph(), dir);
    } else {
      auto svg = svg_via_dot_program(testing::hostile_graph(), dir);
      if (!svg) GTEST_SKIP() << "Graphviz's dot program not found";
      svg_ = *svg;
    }
  }
  std::filesystem::path svg_;
};

TEST_P(HostileText, SvgIsWellFormedAndHasNoInjectedElements) {
  const auto content = parse_svg(svg_);
  ASSERT_TRUE(content.has_value()) << svg_ << " is not well-formed XML";
  const std::set<std::string> allowed{"svg",     "g",        "title", "text", "a",    "polygon",
                                      "ellipse", "polyline", "path",  "defs", "image"};
  for (const auto& name : content->element_names) {
    EXPECT_TRUE(allowed.count(name)) << "unexpected element <" << name << "> in " << svg_;
  }
  const std::string raw = testing::read_file(svg_);
  EXPECT_EQ(raw.find("<script"), std::string::npos);
  EXPECT_EQ(raw.find("<img"), std::string::npos);
  EXPECT_EQ(raw.find("<b>"), std::string::npos);
  // 11 vertices + 6 year headings + the key: a title that broke out of its
  // string would have declared nodes of its own.
  EXPECT_EQ(content->nodes, 18u);
  EXPECT_EQ(content->edges, 18u);
}

TEST_P(HostileText, LabelsShowExactlyWhatWasWritten) {
  const auto content = parse_svg(svg_);
  ASSERT_TRUE(content.has_value());
  const auto& texts = content->texts;
  const auto shown = [&](const std::string& s) {
    return std::find(texts.begin(), texts.end(), s) != texts.end();
  };
  const std::string expected[] = {
      "\"><script>alert(1)</script>",
      "a\"b\\\"c",
      "\\N\\G\\L\\l\\n\\E\\T\\H",
      "first line second line third tab",
      "<b>bold</b> & <i>it</i>",
      "قرار الجمعية العامة",
      "大会第61/180号决议",
      "bad \xEF\xBF\xBD( utf8 \xEF\xBF\xBD\xEF\xBF\xBD end",
      std::string(31, 'L') + "…",
      "{}[];->--\"",
      "A/RES/72/1",
  };
  for (const auto& e : expected) EXPECT_TRUE(shown(e)) << "label not shown as written: " << e;
}

TEST_P(HostileText, TooltipsKeepTheTitleAsText) {
  const auto content = parse_svg(svg_);
  ASSERT_TRUE(content.has_value());
  const auto has = [&](const std::string& needle) {
    return std::any_of(content->tooltips.begin(), content->tooltips.end(),
                       [&](const std::string& t) { return t.find(needle) != std::string::npos; });
  };
  EXPECT_TRUE(has("\"><script>alert(1)</script><img src=x onerror=alert(2)>"));
  EXPECT_TRUE(has("a\"b\\\"c ends with a backslash\\"));
  EXPECT_TRUE(has("\\N\\G\\L \\ \\\\ trailing\\"));
  EXPECT_TRUE(has("<TABLE><TR><TD>cell</TD></TR></TABLE> &amp; &nbsp; &#60; & ; &lt;"));
  EXPECT_TRUE(has("title with newlines and a NUL-free bell"));
  EXPECT_TRUE(has("打击贩运人口全球行动计划"));
  EXPECT_TRUE(has("Political declaration \"quoted\" \\ back <tag> & amp"));
  EXPECT_TRUE(has("para. \"11\" (j) \\ <x>"));  // an edge's pinpoint
  // The 5,000-character title is cut, with more kept than in the label.
  const auto longest = std::max_element(
      content->tooltips.begin(), content->tooltips.end(),
      [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  ASSERT_NE(longest, content->tooltips.end());
  EXPECT_LT(longest->size(), 1200u);
  EXPECT_TRUE(has(std::string(100, 'x') + "…"));
}

INSTANTIATE_TEST_SUITE_P(Paths, HostileText, ::testing::Values(Path::dot_program, Path::library),
                         [](const auto& info) {
                           return info.param == Path::library ? "library" : "dot_program";
                         });

struct GraphCase {
  const char* name;
  CitationGraph (*make)();
  RenderOptions options;
};

CitationGraph small_synthetic() { return testing::synthetic_graph(30, 80, 4); }

class DotAccepted : public ::testing::TestWithParam<GraphCase> {};

TEST_P(DotAccepted, ByTheDotProgramAsWellFormedSvg) {
  const auto dir = scratch_dir(std::string("dot_accepted_") + GetParam().name);
  if (!testing::have_program("dot")) GTEST_SKIP() << "Graphviz's dot program not found";
  const auto dot = dir / "graph.dot";
  const auto svg = dir / "graph.svg";
  testing::write_file(dot, to_dot(GetParam().make(), GetParam().options));
  ASSERT_TRUE(
      testing::run("dot -Tsvg " + shell_quote(dot.string()) + " -o " + shell_quote(svg.string())))
      << "dot rejected " << dot;
  if (!testing::have_program("python3")) GTEST_SKIP() << "python3 not found: cannot parse SVG";
  EXPECT_TRUE(parse_svg(svg).has_value()) << svg << " is not well-formed XML";
}

RenderOptions nothing_left() {
  RenderOptions o;
  o.min_weight = 1000;
  return o;
}

INSTANTIATE_TEST_SUITE_P(Graphs, DotAccepted,
                         ::testing::Values(GraphCase{"realistic", testing::realistic_graph, {}},
                                           GraphCase{"hostile", testing::hostile_graph, {}},
                                           GraphCase{"synthetic", small_synthetic, {}},
                                           GraphCase{"empty", testing::realistic_graph,
                                                     nothing_left()}),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace unxref
