// `kill -9` at any moment of a scan leaves an index that SQLite finds
// sound, and the next scan ends with the same outputs as a scan never
// interrupted.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "support/paths.hpp"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

pid_t start_scan(const fs::path& docs, const fs::path& out) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int devnull = ::open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    execl(UNXREF_EXE, UNXREF_EXE, "scan", docs.c_str(), "--out", out.c_str(), "--formats", "dot", "--quiet",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string integrity(const fs::path& db) {
  sqlite3* h = nullptr;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    sqlite3_close(h);
    return "cannot open";
  }
  std::string result;
  sqlite3_exec(
      h, "PRAGMA integrity_check",
      [](void* r, int, char** values, char**) {
        *static_cast<std::string*>(r) += values[0] ? values[0] : "";
        return 0;
      },
      &result, nullptr);
  sqlite3_close(h);
  return result;
}

long stored_documents(const fs::path& db) {
  sqlite3* h = nullptr;
  long n = -1;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_exec(
        h, "SELECT count(*) FROM documents",
        [](void* r, int, char** values, char**) {
          *static_cast<long*>(r) = values[0] ? std::atol(values[0]) : 0;
          return 0;
        },
        &n, nullptr);
  }
  sqlite3_close(h);
  return n;
}

// The shipped sample documents and enough made-up notes that a scan takes a while.
fs::path make_corpus(const fs::path& dir) {
  const fs::path docs = dir / "docs";
  fs::create_directories(docs);
  for (const auto& e : fs::directory_iterator(unxref::testing::source_dir() / "corpus"))
    if (e.is_regular_file()) fs::copy_file(e.path(), docs / e.path().filename());
  for (int i = 0; i < 300; ++i) {
    std::ofstream(docs / ("note-" + std::to_string(i) + ".txt"))
        << "Note " << i << "\n\nRecalling Security Council resolution " << 2000 + i << " (" << 2000 + i % 20
        << ") and General Assembly resolution 72/" << i + 1 << ", and SDG target 8." << i % 10 + 1 << ".\n";
  }
  return docs;
}

TEST(ScanKill, KilledScansLeaveASoundIndexAndTheNextScanEndsTheSame) {
  const fs::path dir = unxref::testing::scratch_dir("scan_kill");
  const fs::path docs = make_corpus(dir);
  const auto t0 = Clock::now();
  ASSERT_EQ(wait_for(start_scan(docs, dir / "ref")), 0);
  const auto full = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();

  const unsigned seed = std::random_device{}();
  std::mt19937 rng(seed);
  std::uniform_int_distribution<long> when(0, full);
  const fs::path out = dir / "out";
  int midway = 0;  // kills of a running scan with documents in the index
  for (int round = 0; round < 12 && (round < 6 || midway < 3); ++round) {
    const long ms = when(rng);
    const pid_t pid = start_scan(docs, out);
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    kill(pid, SIGKILL);
    const bool killed = wait_for(pid) == -1;
    if (!fs::exists(out / "unxref.db")) continue;
    EXPECT_EQ(integrity(out / "unxref.db"), "ok") << "seed " << seed << ", killed after " << ms << " ms";
    if (killed && stored_documents(out / "unxref.db") > 0) ++midway;
  }
  EXPECT_GT(midway, 0) << "no kill landed while the scan was storing documents; seed " << seed;
  ASSERT_EQ(wait_for(start_scan(docs, out)), 0);
  EXPECT_EQ(integrity(out / "unxref.db"), "ok");
  for (const char* f : {"mentions.jsonl", "mentions.csv", "documents.csv", "targets.csv", "citations.graphml"})
    EXPECT_EQ(slurp(out / f), slurp(dir / "ref" / f)) << f << " differs; seed " << seed;
}

}  // namespace
