// render(): files of each format, their structure, and failures.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <ostream>

#include "fixtures.hpp"
#include "support/paths.hpp"
#include "tools.hpp"
#include "unxref/core/error.hpp"
#include "unxref/render/render.hpp"

namespace unxref {
namespace {

using testing::read_file;
using testing::scratch_dir;

struct FormatCase {
  const char* file;
  std::string magic;
};

std::ostream& operator<<(std::ostream& os, const FormatCase& c) { return os << c.file; }

// Width and height from a PNG's IHDR chunk.
std::pair<std::uint32_t, std::uint32_t> png_size(const std::string& bytes) {
  const auto be32 = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes.at(at + i));
    return v;
  };
  return {be32(16), be32(20)};
}

class RenderFormat : public ::testing::TestWithParam<FormatCase> {};

TEST_P(RenderFormat, WritesFileWithItsMagicBytes) {
  const auto dir = scratch_dir("render_format");
  const auto out = dir / GetParam().file;
  const RenderStats stats = render(testing::realistic_graph(), out);
  ASSERT_TRUE(std::filesystem::exists(out));
  const std::string bytes = read_file(out);
  EXPECT_EQ(bytes.substr(0, GetParam().magic.size()), GetParam().magic);
  EXPECT_GT(bytes.size(), 1000u);
  EXPECT_LT(bytes.size(), 20u << 20);
  EXPECT_EQ(stats.layout, "dot");
  EXPECT_EQ(stats.vertices, 38u);  // every vertex of the fixture has an edge
}

INSTANTIATE_TEST_SUITE_P(Formats, RenderFormat,
                         ::testing::Values(FormatCase{"g.svg", "<?xml"},
                                           FormatCase{"g.png", "\x89PNG\r\n\x1a\n"},
                                           FormatCase{"g.PDF", "%PDF-"},
                                           FormatCase{"g.dot", "digraph"}),
                         [](const auto& info) {
                           std::string name = info.param.file;
                           return name.substr(2);
                         });

TEST(Render, PngIsCappedAtTheRequestedSize) {
  const auto out = scratch_dir("render_png_cap") / "g.png";
  RenderOptions o;
  o.max_png_pixels = 500;
  render(testing::realistic_graph(), out, o);
  const auto [w, h] = png_size(read_file(out));
  EXPECT_LE(std::max(w, h), 500u);
  EXPECT_GE(std::max(w, h), 400u);  // scaled down to the cap, not collapsed
}

TEST(Render, PngOfASmallGraphIsNotEnlarged) {
  testing::GraphBuilder b;
  b.cite(b.doc("doc:a", "A", 2020), b.target("treaty:crc", "treaty", "CRC"));
  const auto out = scratch_dir("render_png_small") / "g.png";
  RenderOptions o;
  o.legend = false;
  render(b.graph(), out, o);
  const auto [w, h] = png_size(read_file(out));
  EXPECT_LT(std::max(w, h), 600u);
}

TEST(Render, DotOutputHasPositions) {
  const auto out = scratch_dir("render_dot_pos") / "g.dot";
  render(testing::realistic_graph(), out);
  const std::string dot = read_file(out);
  EXPECT_NE(dot.find("pos=\""), std::string::npos);
  EXPECT_NE(dot.find("bb=\""), std::string::npos);
}

TEST(Render, NothingLeftAfterFilteringStillDrawsAnExplanation) {
  const auto out = scratch_dir("render_empty") / "g.svg";
  RenderOptions o;
  o.min_weight = 1000;
  const RenderStats stats = render(testing::realistic_graph(), out, o);
  EXPECT_EQ(stats.vertices, 0u);
  EXPECT_NE(read_file(out).find("Nothing to draw"), std::string::npos);
}

TEST(Render, ReportsWhatWasDrawn) {
  const auto out = scratch_dir("render_stats") / "g.svg";
  RenderOptions o;
  o.ego = "A/RES/64/293";
  const RenderStats stats = render(testing::realistic_graph(), out, o);
  EXPECT_EQ(stats.layout, "dot");
  EXPECT_EQ(stats.vertices, 4u);  // the resolution and its three citers
  EXPECT_EQ(stats.edges, 3u);
  EXPECT_GT(stats.layout_seconds, 0.0);
  EXPECT_TRUE(stats.warnings.empty()) << stats.warnings.front();
}

TEST(Render, LayoutOptionChoosesTheEngine) {
  const auto out = scratch_dir("render_sfdp") / "g.svg";
  RenderOptions o;
  o.layout = "sfdp";
  EXPECT_EQ(render(testing::realistic_graph(), out, o).layout, "sfdp");
  EXPECT_EQ(read_file(out).substr(0, 5), "<?xml");
}

struct FailureCase {
  const char* name;
  std::string file;  // relative to the scratch folder
  RenderOptions options;
  std::string cause;  // part of the message
};

std::ostream& operator<<(std::ostream& os, const FailureCase& c) { return os << c.name; }

RenderOptions options_with_layout(const char* layout) {
  RenderOptions o;
  o.layout = layout;
  return o;
}
RenderOptions options_with_ego(const char* ego) {
  RenderOptions o;
  o.ego = ego;
  return o;
}
RenderOptions options_with_cap(int pixels) {
  RenderOptions o;
  o.max_png_pixels = pixels;
  return o;
}

class RenderFailure : public ::testing::TestWithParam<FailureCase> {};

TEST_P(RenderFailure, ThrowsFileErrorNamingTheFileAndLeavesNothing) {
  const auto dir = scratch_dir("render_failure");
  const auto out = dir / GetParam().file;
  try {
    render(testing::realistic_graph(), out, GetParam().options);
    FAIL() << "no error for " << GetParam().name;
  } catch (const FileError& e) {
    EXPECT_EQ(e.file(), out);
    EXPECT_NE(std::string(e.what()).find(out.string()), std::string::npos) << e.what();
    EXPECT_NE(e.cause().find(GetParam().cause), std::string::npos) << e.cause();
  }
  EXPECT_FALSE(std::filesystem::exists(out));
  std::size_t left = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++left;
  EXPECT_EQ(left, 0u) << "a temporary file was left behind";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RenderFailure,
    ::testing::Values(
        FailureCase{"unknown_extension", "g.xyz", {}, "unsupported output format '.xyz'"},
        FailureCase{"no_extension", "graph", {}, "unsupported output format"},
        FailureCase{"missing_folder", "no/such/dir/g.svg", {}, "does not exist"},
        FailureCase{"unknown_layout", "g.svg", options_with_layout("nosuch"),
                    "unknown layout 'nosuch'"},
        FailureCase{"unknown_ego", "g.svg", options_with_ego("A/RES/0/0"),
                    "no vertex with id 'A/RES/0/0'"},
        FailureCase{"bad_png_cap", "g.png", options_with_cap(0), "max_png_pixels"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Render, TargetThatIsAFolderFailsCleanly) {
  const auto dir = scratch_dir("render_folder_target");
  const auto out = dir / "taken.svg";
  std::filesystem::create_directories(out);
  EXPECT_THROW(render(testing::realistic_graph(), out), FileError);
  EXPECT_TRUE(std::filesystem::is_directory(out));
}

}  // namespace
}  // namespace unxref
