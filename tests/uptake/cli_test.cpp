// `unxref uptake` end to end: exit codes, folders, formats. Runs the built
// binary; skips when it has not been built (test_uptake does not depend on it).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "support/paths.hpp"

namespace {

struct CliRun {
  int status = -1;
  std::string out;
};

CliRun run(const std::string& args) {
  const std::string cmd = std::string(UNXREF_EXE) + " uptake " + args + " 2>/dev/null";
  CliRun r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) r.out.append(buf, n);
  const int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class UptakeCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(UNXREF_EXE)) GTEST_SKIP() << "unxref not built";
    const auto corpus = unxref::testing::source_dir() / "corpus";
    source = (corpus / "submissions" / "icat-gpa-appraisal-submission-2017.md").string();
    target = (corpus / "declarations" / "political-declaration-gpa-2017.md").string();
  }
  std::string source, target;
};

TEST_F(UptakeCli, ExitCodes) {
  EXPECT_EQ(run("'" + source + "' '" + target + "'").status, 0);
  EXPECT_EQ(run("'" + target + "'").status, 2);                               // no SOURCE
  EXPECT_EQ(run("'" + source + "' '" + target + "' --format xml").status, 2);  // bad format
  EXPECT_EQ(run("'" + source + "' '" + target + "' --threshold nope=1").status, 2);
  EXPECT_EQ(run("/no/such/file.md '" + target + "'").status, 1);
  EXPECT_EQ(run("'" + source + "' /no/such/target.md").status, 1);
}

TEST_F(UptakeCli, FolderSourceAndHtml) {
  const auto dir = unxref::testing::scratch_dir("uptake_cli");
  const CliRun r = run("--source '" + std::filesystem::path(source).parent_path().string() + "' '" + target +
                    "' --format html -o '" + (dir / "u.html").string() + "'");
  EXPECT_EQ(r.status, 0);
  std::ifstream in(dir / "u.html");
  std::stringstream html;
  html << in.rdbuf();
  EXPECT_NE(html.str().find("<mark>"), std::string::npos);
  EXPECT_NE(html.str().find("verbatim 4, adapted 5, thematic 5, absent 6"), std::string::npos);
}

TEST_F(UptakeCli, StrictRefusesATargetOlderThanItsSource) {
  const auto dir = unxref::testing::scratch_dir("uptake_cli_strict");
  const std::string older = (dir / "resolution-2016.md").string(), newer = (dir / "report-2019.md").string();
  std::ofstream(newer) << "## Recommendations\n\n- States should fund shelters for victims.\n";
  std::ofstream(older) << "The General Assembly,\n\n1\\. Decides to fund shelters for victims.\n";
  EXPECT_EQ(run("'" + older + "' '" + newer + "' --strict").status, 0);  // the right way round
  EXPECT_EQ(run("'" + newer + "' '" + older + "'").status, 0);           // swapped: a warning only
  EXPECT_EQ(run("'" + newer + "' '" + older + "' --strict").status, 1);  // swapped, refused
}

}  // namespace
