// The `unxref scan` command as users run it: outputs, progress, per-file
// failures and exit codes.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/paths.hpp"

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int code = -1;
  std::string err;
};

CliRun run(const std::string& args, const fs::path& dir) {
  const fs::path err = dir / "stderr.txt";
  const std::string cmd = std::string(UNXREF_EXE) + " " + args + " >/dev/null 2>" + err.string();
  const int status = std::system(cmd.c_str());
  CliRun r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err);
  std::stringstream buf;
  buf << in.rdbuf();
  r.err = buf.str();
  return r;
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

TEST(ScanCli, BrokenFileCostsOnlyItselfAndExitsOne) {
  const fs::path dir = unxref::testing::scratch_dir("scan_cli_broken");
  write(dir / "in" / "a.txt", "Note\n\nRecalling resolution 2331 (2016) and General Assembly resolution 72/1,\n");
  write(dir / "in" / "b.md", "# Brief\n\nThe Trafficking in Persons Protocol and SDG target 8.7.\n");
  write(dir / "in" / "sub" / "broken.pdf", "%PDF-1.4\nthis is not a PDF body\n");
  const CliRun r = run("scan " + (dir / "in").string() + " --out " + (dir / "out").string() + " --formats svg,dot", dir);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("broken.pdf"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("[3/3]"), std::string::npos) << "progress lines expected:\n" << r.err;
  for (const char* f : {"citations.svg", "citations.dot", "citations.graphml", "mentions.jsonl", "mentions.csv",
                        "targets.csv", "documents.csv"})
    EXPECT_TRUE(fs::exists(dir / "out" / f)) << f;
  std::ifstream jsonl(dir / "out" / "mentions.jsonl");
  std::string line;
  std::set<std::string> targets;
  while (std::getline(jsonl, line)) targets.insert(nlohmann::json::parse(line)["target"].get<std::string>());
  EXPECT_TRUE(targets.count("S/RES/2331(2016)"));
  EXPECT_TRUE(targets.count("A/RES/72/1"));
  EXPECT_TRUE(targets.count("sdg:8.7"));
}

TEST(ScanCli, CleanRunExitsZeroAndUsageErrorsExitTwo) {
  const fs::path dir = unxref::testing::scratch_dir("scan_cli_codes");
  write(dir / "in" / "a.txt", "Note\n\nRecalling resolution 2331 (2016).\n");
  EXPECT_EQ(run("scan " + (dir / "in").string() + " --out " + (dir / "out").string() + " --formats dot", dir).code, 0);
  EXPECT_EQ(run("scan " + (dir / "in").string(), dir).code, 2);  // no --out
  EXPECT_EQ(run("scan " + (dir / "missing").string() + " --out " + (dir / "o2").string(), dir).code, 2);
  EXPECT_EQ(run("scan " + (dir / "in").string() + " --out " + (dir / "o3").string() + " --kind x --ego nope", dir).code,
            2);
  EXPECT_EQ(run("rank " + (dir / "in").string() + " --by fame", dir).code, 2);
  EXPECT_EQ(run("citers nope " + (dir / "in").string(), dir).code, 2);
  EXPECT_EQ(run("citers 'S/RES/2331 (2016)' " + (dir / "in").string(), dir).code, 0);
}

}  // namespace

namespace {

// A malformed --registry is a usage error naming the file and line, for
// every command that runs the detector (it used to abort the process).
TEST(RegistryOption, MalformedFileIsAUsageErrorNamingFileAndLine) {
  const fs::path dir = unxref::testing::scratch_dir("registry_option");
  write(dir / "in" / "a.txt", "Recalling resolution 2331 (2016).\n");
  write(dir / "bad.tsv", "# a registry\nmy-treaty\ttreaty:my-treaty\n");
  for (const std::string& command :
       {"detect " + (dir / "in" / "a.txt").string(), "scan " + (dir / "in").string() + " --out " + (dir / "o").string(),
        "rank " + (dir / "in").string()}) {
    const CliRun r = run(command + " --registry " + (dir / "bad.tsv").string(), dir);
    EXPECT_EQ(r.code, 2) << command << "\n" << r.err;
    EXPECT_NE(r.err.find("bad.tsv: line 2"), std::string::npos) << command << "\n" << r.err;
  }
  write(dir / "good.tsv", "my-treaty\ttreaty:my-treaty\t-\t2020\tMy Treaty\tconvention\t-\tTreaty of Somewhere\n");
  EXPECT_EQ(run("detect " + (dir / "in" / "a.txt").string() + " --registry " + (dir / "good.tsv").string(), dir).code, 0);
}

}  // namespace
