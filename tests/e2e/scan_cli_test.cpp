// The `unxref scan` command as users run it: outputs, progress, per-file
// failures and exit codes.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "support/paths.hpp"

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int code = -1;
  std::string err, out;
};

std::string slurp_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

CliRun run(const std::string& args, const fs::path& dir, const std::string& env = "") {
  const fs::path err = dir / "stderr.txt", out = dir / "stdout.txt";
  const std::string cmd = env + std::string(UNXREF_EXE) + " " + args + " >" + out.string() + " 2>" + err.string();
  const int status = std::system(cmd.c_str());
  CliRun r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = slurp_file(err);
  r.out = slurp_file(out);
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

namespace {

TEST(ScanCli, CrashingWorkerCostsOneFileExitsOneAndListsItInFailuresCsv) {
  const fs::path dir = unxref::testing::scratch_dir("scan_cli_crash");
  write(dir / "in" / "a.txt", "Note\n\nRecalling resolution 2331 (2016).\n");
  write(dir / "in" / "poison.txt", "Memo\n\nRecalling resolution 2332 (2016).\n");
  const CliRun r = run("scan " + (dir / "in").string() + " --out " + (dir / "out").string() +
                           " --formats dot --jobs 2",
                       dir, "UNXREF_TEST_WORKER_FAULT=segv:poison ");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("in/poison.txt"), std::string::npos) << r.err;
  EXPECT_EQ(slurp_file(dir / "out" / "failures.csv"),
            "file,reason\r\nin/poison.txt,\"extraction worker crashed (signal 11, Segmentation fault)\"\r\n");
  EXPECT_NE(slurp_file(dir / "out" / "mentions.csv").find("S/RES/2331(2016)"), std::string::npos);

  // Fixed: the next run has no failures, and failures.csv goes.
  const CliRun again = run("scan " + (dir / "in").string() + " --out " + (dir / "out").string() + " --formats dot", dir);
  EXPECT_EQ(again.code, 0) << again.err;
  EXPECT_FALSE(fs::exists(dir / "out" / "failures.csv"));
}

TEST(ScanCli, OutputFolderInsideTheScannedFolderIsNotReadBack) {
  const fs::path dir = unxref::testing::scratch_dir("scan_cli_out_inside");
  write(dir / "in" / "a.txt", "Note\n\nRecalling resolution 2331 (2016).\n");
  const std::string cmd = "scan " + (dir / "in").string() + " --out " + (dir / "in" / "graphs").string() + " --formats pdf,dot";
  ASSERT_EQ(run(cmd, dir).code, 0);
  const CliRun second = run(cmd, dir);
  EXPECT_EQ(second.code, 0) << second.err;
  EXPECT_NE(second.err.find("1 of 1 files"), std::string::npos) << second.err;
  EXPECT_EQ(slurp_file(dir / "in" / "graphs" / "documents.csv").find("citations"), std::string::npos);
}

}  // namespace

namespace {

std::string stdout_of(const std::string& args) {
  std::string out;
  FILE* p = ::popen((std::string(UNXREF_EXE) + " " + args + " 2>/dev/null").c_str(), "r");
  char buf[4096];
  for (std::size_t n; p && (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  if (p) ::pclose(p);
  return out;
}

TEST(QueryCli, QueriesAndExportReadTheIndexWithoutTheFiles) {
  const fs::path dir = unxref::testing::scratch_dir("query_index");
  write(dir / "in" / "a.txt", "Note\n\nRecalling resolution 2331 (2016) and resolution 2388 (2017).\n");
  write(dir / "in" / "b.txt", "Memo\n\nRecalling resolution 2331 (2016).\n");
  const fs::path out = dir / "out";
  ASSERT_EQ(run("scan " + (dir / "in").string() + " --out " + out.string() + " --formats dot", dir).code, 0);
  fs::remove_all(dir / "in");

  const auto citers = nlohmann::json::parse(stdout_of("citers 'S/RES/2331 (2016)' " + out.string() + " --format json"));
  EXPECT_EQ(citers["citers"].size(), 2u);
  const std::string rank = stdout_of("rank " + (out / "unxref.db").string() + " --by indegree");
  EXPECT_NE(rank.find("S/RES/2331(2016)"), std::string::npos) << rank;
  EXPECT_EQ(stdout_of("export " + out.string() + " --format jsonl"), slurp_file(out / "mentions.jsonl"));
  EXPECT_EQ(stdout_of("export " + out.string() + " --format csv"), slurp_file(out / "mentions.csv"));
  EXPECT_EQ(stdout_of("export " + out.string() + " --format graphml"), slurp_file(out / "citations.graphml"));
}

}  // namespace

namespace {

// Issue 11: a folder of .docx and .html said "0 of 0 files" and exit 0.
TEST(ScanCli, UnsupportedFilesAreReportedAsSkipped) {
  const fs::path dir = unxref::testing::scratch_dir("scan_cli_unsupported");
  write(dir / "in" / "report.docx", "PK\x03\x04");
  write(dir / "in" / "page.html", "<html></html>");
  write(dir / "in" / "other.html", "<html></html>");
  const CliRun r = run("scan " + (dir / "in").string() + " --out " + (dir / "out").string() + " --formats dot", dir);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("skipped 3 files that no reader takes (only .pdf, .txt and .md are read): 1 .docx, 2 .html"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("nothing to scan"), std::string::npos) << r.err;

  write(dir / "in" / "a.txt", "Recalling resolution 2331 (2016).\n");
  const CliRun mixed = run("scan " + (dir / "in").string() + " --out " + (dir / "out").string() + " --formats dot", dir);
  EXPECT_EQ(mixed.code, 0) << mixed.err;
  EXPECT_NE(mixed.err.find("skipped 3 files"), std::string::npos) << mixed.err;
}

}  // namespace

#include <pty.h>

namespace {

TEST(ScanCli, JsonSummaryOnStdoutCountsWhatTheRunDid) {
  const fs::path dir = unxref::testing::scratch_dir("scan_cli_json");
  write(dir / "in" / "a.txt", "Note\n\nRecalling resolution 2331 (2016).\n");
  write(dir / "in" / "b.txt", "Memo\n\nRecalling resolution 2388 (2017).\n");
  const std::string args = "scan " + (dir / "in").string() + " --out " + (dir / "out").string() + " --formats dot --json -q";
  auto first = nlohmann::json::parse(stdout_of(args));
  EXPECT_EQ(first["files"], 2);
  EXPECT_EQ(first["extracted"], 2);
  EXPECT_EQ(first["failed"], 0);
  write(dir / "in" / "b.txt", "Memo\n\nRecalling resolution 2389 (2017).\n");
  auto second = nlohmann::json::parse(stdout_of(args));
  EXPECT_EQ(second["extracted"], 1);
  EXPECT_EQ(second["unchanged"], 1);
  EXPECT_EQ(second["mentions"], 2);
}

// On a terminal the progress is one bar redrawn in place, not a line per file.
TEST(ScanCli, ProgressOnATerminalIsOneBar) {
  const fs::path dir = unxref::testing::scratch_dir("scan_cli_tty");
  for (int i = 0; i < 5; ++i) write(dir / "in" / (std::to_string(i) + ".txt"), "Recalling resolution 2331 (2016).\n" + std::to_string(i));
  int master = -1;
  const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    const std::string in = (dir / "in").string(), out = (dir / "out").string();
    execl(UNXREF_EXE, UNXREF_EXE, "scan", in.c_str(), "--out", out.c_str(), "--formats", "dot",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  std::string seen;
  char buf[4096];
  for (ssize_t n; (n = ::read(master, buf, sizeof buf)) > 0;) seen.append(buf, static_cast<std::size_t>(n));
  int status = 0;
  waitpid(pid, &status, 0);
  ::close(master);
  EXPECT_EQ(WEXITSTATUS(status), 0) << seen;
  EXPECT_NE(seen.find("\r\x1b[Kextracting ["), std::string::npos) << seen;
  EXPECT_NE(seen.find("5/5 files"), std::string::npos) << seen;
  EXPECT_NE(seen.find("pages/s"), std::string::npos) << seen;
  EXPECT_EQ(seen.find("[1/5]"), std::string::npos) << "plain lines on a terminal:\n" << seen;
  EXPECT_NE(seen.find("5 of 5 files"), std::string::npos) << seen;
}

}  // namespace

namespace {

TEST(ScanCli, NoChangeRescanLeavesTheOutputsAloneAndAnOptionChangeRewritesThem) {
  const fs::path dir = unxref::testing::scratch_dir("scan_cli_unchanged");
  write(dir / "in" / "a.txt", "Note\n\nRecalling resolution 2331 (2016) and resolution 2388 (2017).\n");
  const std::string base = "scan " + (dir / "in").string() + " --out " + (dir / "out").string() + " --formats dot";
  ASSERT_EQ(run(base, dir).code, 0);
  const auto written = fs::last_write_time(dir / "out" / "mentions.csv");
  const CliRun same = run(base, dir);
  EXPECT_EQ(same.code, 0) << same.err;
  EXPECT_NE(same.err.find("nothing changed"), std::string::npos) << same.err;
  EXPECT_EQ(fs::last_write_time(dir / "out" / "mentions.csv"), written);

  fs::remove(dir / "out" / "targets.csv");  // an output gone is written again
  EXPECT_EQ(run(base, dir).code, 0);
  EXPECT_TRUE(fs::exists(dir / "out" / "targets.csv"));
  const CliRun svg = run(base + ",svg", dir);
  EXPECT_EQ(svg.err.find("nothing changed"), std::string::npos) << svg.err;
  EXPECT_TRUE(fs::exists(dir / "out" / "citations.svg"));
}

// Issue 11: one broken file in a folder made every re-scan rewrite every
// output (the report, the tables, all of it), so a corpus that has one never
// got the cheap re-scan. The broken file is still reported, with exit 1.
TEST(ScanCli, NoChangeRescanWithABrokenFileLeavesTheOutputsAlone) {
  const fs::path dir = unxref::testing::scratch_dir("scan_cli_unchanged_broken");
  write(dir / "in" / "a.txt", "Note\n\nRecalling resolution 2331 (2016).\n");
  write(dir / "in" / "broken.pdf", "%PDF-1.4\nthis is not a PDF body\n");
  const std::string base = "scan " + (dir / "in").string() + " --out " + (dir / "out").string() + " --formats dot";
  ASSERT_EQ(run(base, dir).code, 1);
  ASSERT_TRUE(fs::exists(dir / "out" / "failures.csv"));
  const auto written = fs::last_write_time(dir / "out" / "mentions.csv");
  const CliRun same = run(base + " --json", dir);
  EXPECT_EQ(same.code, 1) << same.err;
  EXPECT_NE(same.err.find("broken.pdf"), std::string::npos) << same.err;
  EXPECT_NE(same.err.find("nothing changed"), std::string::npos) << same.err;
  EXPECT_NE(same.out.find("\"failed\":1"), std::string::npos) << same.out;
  EXPECT_NE(same.out.find("broken.pdf"), std::string::npos) << same.out;
  EXPECT_EQ(fs::last_write_time(dir / "out" / "mentions.csv"), written);
  EXPECT_TRUE(fs::exists(dir / "out" / "failures.csv"));

  fs::remove(dir / "in" / "broken.pdf");  // the failure gone: failures.csv goes too
  EXPECT_EQ(run(base, dir).code, 0);
  EXPECT_FALSE(fs::exists(dir / "out" / "failures.csv"));
}

// Issue 12: the uptake pages depend on the --uptake files, which are not in
// the scanned corpus; editing one must rewrite the report, not be skipped as
// "nothing changed".
TEST(ScanCli, EditedUptakeFileRewritesTheReport) {
  const fs::path dir = unxref::testing::scratch_dir("scan_cli_uptake_edit");
  write(dir / "in" / "a.txt", "Note\n\nRecalling resolution 2331 (2016).\n");
  write(dir / "pair" / "source.md", "# Recommendations\n\n1. States should adopt national referral mechanisms.\n");
  write(dir / "pair" / "target.md", "# Declaration\n\n1. We will adopt national referral mechanisms.\n");
  const std::string base = "scan " + (dir / "in").string() + " --out " + (dir / "out").string() +
                           " --formats dot --uptake " + (dir / "pair" / "source.md").string() + "," +
                           (dir / "pair" / "target.md").string();
  const CliRun first = run(base, dir);
  ASSERT_EQ(first.code, 0) << first.err;
  const CliRun same = run(base, dir);
  EXPECT_NE(same.err.find("nothing changed"), std::string::npos) << same.err;

  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  write(dir / "pair" / "target.md", "# Declaration\n\n1. We note the weather.\n");
  const CliRun edited = run(base, dir);
  EXPECT_EQ(edited.code, 0) << edited.err;
  EXPECT_EQ(edited.err.find("nothing changed"), std::string::npos) << edited.err;
}

}  // namespace

namespace {

// Issue 12: detect and scan wrote mentions with different columns (detect's
// CSV had no "unresolved"); both now go through one writer.
TEST(DetectCli, MentionsHaveTheSameColumnsAsScans) {
  const fs::path dir = unxref::testing::scratch_dir("detect_columns");
  write(dir / "in" / "a.txt", "Note\n\nRecalling resolution 2331 (2016) and =SUM(A1) resolution 72/1.\n");
  ASSERT_EQ(run("scan " + (dir / "in").string() + " --out " + (dir / "out").string() + " --formats none", dir).code, 0);
  const std::string scanned = slurp_file(dir / "out" / "mentions.csv");
  const std::string detected = stdout_of("detect " + (dir / "in" / "a.txt").string() + " --format csv");
  EXPECT_EQ(detected.substr(0, detected.find('\n')), scanned.substr(0, scanned.find('\n')));
  const std::string jsonl = stdout_of("detect " + (dir / "in" / "a.txt").string() + " --format jsonl");
  ASSERT_FALSE(jsonl.empty());
  const auto first = nlohmann::json::parse(jsonl.substr(0, jsonl.find('\n')));
  const std::string scanned_jsonl = slurp_file(dir / "out" / "mentions.jsonl");
  const auto scanned_first = nlohmann::json::parse(scanned_jsonl.substr(0, scanned_jsonl.find('\n')));
  std::vector<std::string> keys, scanned_keys;
  for (const auto& [k, v] : first.items()) keys.push_back(k);
  for (const auto& [k, v] : scanned_first.items()) scanned_keys.push_back(k);
  EXPECT_EQ(keys, scanned_keys);
}

}  // namespace
