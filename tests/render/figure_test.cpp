// Figures for print (issue 12): the page size, the smallest text at that
// size, full labels, the ego view marked and named, years to scale, greyscale
// and a key that names only what is drawn.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "fixtures.hpp"
#include "support/paths.hpp"
#include "unxref/render/render.hpp"

namespace unxref {
namespace {

struct SvgFacts {
  double width_pt = 0, height_pt = 0, scale = 1;
  std::vector<double> font_sizes;
  std::vector<std::string> texts;
  std::string all_text;  // the texts joined by spaces
};

SvgFacts read_svg(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string svg = buf.str();
  SvgFacts f;
  std::smatch m;
  if (std::regex_search(svg, m, std::regex(R"re(<svg width="([0-9.]+)pt" height="([0-9.]+)pt")re"))) {
    f.width_pt = std::stod(m[1]);
    f.height_pt = std::stod(m[2]);
  }
  if (std::regex_search(svg, m, std::regex(R"re(class="graph" transform="scale\(([0-9.]+))re"))) f.scale = std::stod(m[1]);
  const std::regex text(R"re(<text[^>]*font-size="([0-9.]+)"[^>]*>([^<]*)</text>)re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text); it != std::sregex_iterator(); ++it) {
    f.font_sizes.push_back(std::stod((*it)[1]));
    f.texts.push_back((*it)[2]);
    f.all_text += (*it)[2].str() + " ";
  }
  return f;
}

// Three papers with long titles, citing a handful of targets: fits a page.
CitationGraph small_graph() {
  testing::GraphBuilder b;
  const Vertex a = b.doc("doc:a", "a", 2016, "Trafficking in Persons and the Protection of Victims in Armed Conflict");
  const Vertex c = b.doc("doc:c", "c", 2019, "Trafficking in Persons and the Sustainable Development Goals");
  const Vertex d = b.doc("doc:d", "d", 2021, "Non-Punishment of Victims of Trafficking: From Principle to Practice");
  const Vertex r = b.target("A/RES/64/293", "resolution", "A/RES/64/293", "Global Plan of Action", 2010);
  const Vertex t = b.target("treaty:tip-protocol", "treaty", "TIP Protocol", "", 2000);
  const Vertex s = b.target("sdg:8.7", "sdg-target", "SDG 8.7");
  b.cite(a, r, 2);
  b.cite(a, t);
  b.cite(c, s, 3);
  b.cite(c, a);
  b.cite(d, t, 2);
  b.cite(d, c);
  return b.graph();
}

class FigurePresets : public ::testing::TestWithParam<const char*> {};

TEST_P(FigurePresets, FitsThePageWithFullLabelsAndLegibleText) {
  const FigurePreset preset = *figure_preset(GetParam());
  const auto dir = testing::scratch_dir("figure");
  RenderOptions o;
  o.figure = preset.name;
  const CitationGraph g = small_graph();
  render(g, dir / "f.svg", o);
  const SvgFacts f = read_svg(dir / "f.svg");
  EXPECT_LE(f.width_pt, preset.width_in * 72 + 1);
  EXPECT_LE(f.height_pt, preset.height_in * 72 + 1);
  ASSERT_FALSE(f.font_sizes.empty());
  for (std::size_t i = 0; i < f.font_sizes.size(); ++i)
    EXPECT_GE(f.font_sizes[i] * f.scale, preset.min_font_pt - 0.05) << "'" << f.texts[i] << "' is too small";
  EXPECT_EQ(f.all_text.find("…"), std::string::npos) << "no label is cut";
  for (const char* title : {"Trafficking in Persons and the Protection of Victims in Armed Conflict",
                            "Trafficking in Persons and the Sustainable Development Goals",
                            "Non-Punishment of Victims of Trafficking: From Principle to Practice"}) {
    std::string escaped = std::regex_replace(std::string(title), std::regex("-"), "&#45;");
    EXPECT_NE(f.all_text.find(escaped), std::string::npos) << title << " in " << f.all_text;
  }
}

INSTANTIATE_TEST_SUITE_P(Presets, FigurePresets, ::testing::Values("paper", "slide", "poster"));

// 200 documents do not fit a paper page legibly: the least-cited targets go,
// and the caption says how many are left, or how small the text gets.
TEST(Figure, LargeGraphKeepsItsPageAndSaysWhatItLeftOut) {
  const auto dir = testing::scratch_dir("figure");
  RenderOptions o;
  o.figure = "paper";
  const RenderStats stats = render(testing::synthetic_graph(200, 80, 4), dir / "f.svg", o);
  const SvgFacts f = read_svg(dir / "f.svg");
  EXPECT_LE(f.width_pt, 6.3 * 72 + 1);
  EXPECT_LE(f.height_pt, 8.5 * 72 + 1);
  EXPECT_GT(stats.targets_dropped, 0u);
  EXPECT_NE(f.all_text.find("most&#45;cited of 80 targets"), std::string::npos) << f.all_text.substr(0, 300);
  if (stats.smallest_font_pt < 6) {
    EXPECT_NE(f.all_text.find("under the 6 pt asked"), std::string::npos);
  }
}

// Ten papers a year apart citing sixty targets (the shipped corpus's shape):
// with the targets drawn, years as columns are the better shape; once most
// targets are left out, the ten documents' year columns are far wider than
// the page, and rows let the text be twice as large.
TEST(Figure, DirectionIsChosenAgainAfterTargetsAreLeftOut) {
  testing::GraphBuilder b;
  std::vector<Vertex> targets;
  for (int k = 0; k < 60; ++k)
    targets.push_back(b.target("A/RES/70/" + std::to_string(k + 1), "resolution", "A/RES/70/" + std::to_string(k + 1)));
  std::vector<Vertex> docs;
  for (int y = 0; y < 10; ++y) {
    docs.push_back(b.doc("doc:" + std::to_string(y), "d" + std::to_string(y), 2012 + y + (y > 4 ? 1 : 0),
                         "A Policy Paper on Trafficking in Persons, Number " + std::to_string(y) + " of the Series"));
    for (int k = 0; k < 60; k += 1 + y % 3) b.cite(docs.back(), targets[static_cast<std::size_t>(k)], 1 + k % 4);
    if (y > 0) b.cite(docs.back(), docs[static_cast<std::size_t>(y - 1)]);
  }
  const auto dir = testing::scratch_dir("figure");
  RenderOptions o;
  o.figure = "paper";
  const RenderStats stats = render(b.graph(), dir / "f.svg", o);
  EXPECT_GT(stats.targets_dropped, 0u);
  EXPECT_GE(stats.smallest_font_pt, 3.0);
}

TEST(Figure, EgoIsMarkedAndNamedInTheCaption) {
  RenderOptions o;
  o.ego = "doc:c";
  const std::string dot = to_dot(small_graph(), o);
  EXPECT_NE(dot.find("Neighbourhood of Trafficking in Persons and the Sustainable Development Goals (doc:c), 1 hop"),
            std::string::npos)
      << dot.substr(0, 600);
  EXPECT_NE(dot.find("peripheries=\"2\""), std::string::npos);
  EXPECT_NE(dot.find("the focal document"), std::string::npos) << "the key explains the mark";
}

// A figure's caption is an HTML-like label (the key is under it): a title
// with markup in it is shown as written, never read as markup.
TEST(Figure, HostileTitleInTheCaptionIsShownAsWritten) {
  testing::GraphBuilder b;
  const Vertex p = b.doc("doc:p", "p", 2018, "Trafficking <B>and</B> & \"Markup\" </TD></TR></TABLE>>");
  b.cite(p, b.target("sdg:8.7", "sdg-target", "SDG 8.7"));
  RenderOptions o;
  o.figure = "paper";
  o.ego = "doc:p";
  const auto dir = testing::scratch_dir("figure");
  render(b.graph(), dir / "f.svg", o);
  const SvgFacts f = read_svg(dir / "f.svg");
  EXPECT_NE(f.all_text.find("Trafficking &lt;B&gt;and&lt;/B&gt; &amp; &quot;Markup&quot;"), std::string::npos)
      << f.all_text.substr(0, 400);
  EXPECT_NE(f.all_text.find("Key"), std::string::npos);
}

TEST(Figure, EmptyYearsKeepTheirColumn) {
  const std::string dot = to_dot(small_graph());
  for (const char* year : {"year2016", "year2017", "year2018", "year2019", "year2020", "year2021"})
    EXPECT_NE(dot.find(year), std::string::npos) << year;
}

TEST(Figure, GreyscaleHasNoColour) {
  RenderOptions o;
  o.greyscale = true;
  const std::string dot = to_dot(small_graph(), o);
  const std::regex colour("#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})");
  std::size_t seen = 0;
  for (auto it = std::sregex_iterator(dot.begin(), dot.end(), colour); it != std::sregex_iterator(); ++it, ++seen)
    EXPECT_TRUE((*it)[1] == (*it)[2] && (*it)[2] == (*it)[3]) << (*it)[0];
  EXPECT_GT(seen, 5u);
}

TEST(Figure, KeyNamesARegistryPublicationAsCitedNotRead) {
  testing::GraphBuilder b;
  const Vertex paper = b.doc("doc:p", "p", 2018, "A paper");
  VertexProps pub;
  pub.id = "icat:issue-brief-2017";
  pub.kind = "document";
  pub.label = "ICAT brief 2017";
  b.cite(paper, b.graph().add_vertex(pub));
  const std::string dot = to_dot(b.graph());
  EXPECT_NE(dot.find("publication (cited, not read)"), std::string::npos);
  EXPECT_NE(dot.find("shape=\"note\""), std::string::npos);
}

}  // namespace
}  // namespace unxref
