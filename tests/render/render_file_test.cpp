// render(): files of each format, their structure, and failures.
#include <gtest/gtest.h>

#include <cstring>

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

}  // namespace
}  // namespace unxref
