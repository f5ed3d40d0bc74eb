// data/instruments.tsv is generated (tools/gen-instruments.py) from the
// project's rows in tools/instruments/ and ../shared/data/instruments/: it
// must be what its sources give, so that an edit to either is not lost.
#include <gtest/gtest.h>

#include <cstdlib>

#include "support/paths.hpp"

namespace {

TEST(RegistryData, InstrumentsTsvIsWhatItsSourcesGive) {
  const auto shared = unxref::testing::shared_dir() / "data" / "instruments" / "instruments.tsv";
  if (!std::filesystem::exists(shared)) GTEST_SKIP() << shared << " not found: the registry's source lives in ../shared";
  if (std::system("python3 -c '' >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not available";
  const std::string cmd = "python3 '" + (unxref::testing::source_dir() / "tools" / "gen-instruments.py").string() + "' --check";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << "data/instruments.tsv is out of date: run tools/gen-instruments.py";
}

}  // namespace
