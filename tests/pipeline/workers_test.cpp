// Extraction runs in worker processes: a file whose worker crashes or hangs
// costs that file alone, recorded with the reason. The faults come from the
// test hook UNXREF_TEST_WORKER_FAULT, inside the real worker.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>

#include "support/paths.hpp"
#include "unxref/pipeline/scan.hpp"

namespace unxref {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

class FaultHook {
 public:
  explicit FaultHook(const char* value) { ::setenv("UNXREF_TEST_WORKER_FAULT", value, 1); }
  ~FaultHook() { ::unsetenv("UNXREF_TEST_WORKER_FAULT"); }
};

struct Fault {
  const char* name;
  const char* hook;
  const char* reason;
};

class WorkerFault : public ::testing::TestWithParam<std::tuple<Fault, unsigned>> {};

TEST_P(WorkerFault, CostsOneFile) {
  const auto& [fault, jobs] = GetParam();
  const fs::path dir = testing::scratch_dir("fault");
  for (int i = 0; i < 6; ++i)
    write(dir / "docs" / ("note-" + std::to_string(i) + ".txt"),
          "Note " + std::to_string(i) + "\n\nRecalling resolution " + std::to_string(2300 + i) + " (2016).\n");
  write(dir / "docs" / "poison.txt", "Recalling resolution 2331 (2016).\n");
  FaultHook hook(fault.hook);
  ScanOptions options;
  options.workers.jobs = jobs;
  options.workers.seconds_per_file = 2;
  Index index(dir / "index.db");
  const ScanResult r = index.scan({dir / "docs"}, options);
  EXPECT_EQ(r.documents.size(), 6u);
  ASSERT_EQ(r.failed_files.size(), 1u);
  EXPECT_EQ(r.failed_files[0].file, "docs/poison.txt");
  EXPECT_NE(r.failed_files[0].reason.find(fault.reason), std::string::npos) << r.failed_files[0].reason;
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_NE(r.failures[0].find("poison.txt"), std::string::npos);
  EXPECT_EQ(r.counts.failed, 1u);
  for (int i = 0; i < 6; ++i) {
    const std::string target = "S/RES/" + std::to_string(2300 + i) + "(2016)";
    EXPECT_TRUE(r.graph.find(target)) << target;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Faults, WorkerFault,
    ::testing::Combine(::testing::Values(Fault{"segfault", "segv:poison", "crashed (signal 11"},
                                         Fault{"hang", "hang:poison", "took longer than 2 s"}),
                       ::testing::Values(1u, 2u)),
    [](const auto& info) {
      return std::string(std::get<0>(info.param).name) + "_jobs" + std::to_string(std::get<1>(info.param));
    });

TEST(Workers, FailedFileIsTriedAgainOnTheNextScan) {
  const fs::path dir = testing::scratch_dir("retry");
  write(dir / "docs" / "poison.txt", "Recalling resolution 2331 (2016).\n");
  Index index(dir / "index.db");
  {
    FaultHook hook("segv:poison");
    EXPECT_EQ(index.scan({dir / "docs"}).failed_files.size(), 1u);
  }
  const ScanResult r = index.scan({dir / "docs"});
  EXPECT_TRUE(r.failed_files.empty());
  EXPECT_EQ(r.counts.extracted, 1u);
  EXPECT_TRUE(r.graph.find("S/RES/2331(2016)"));
}

TEST(Workers, FileOverTheSizeLimitIsNotRead) {
  const fs::path dir = testing::scratch_dir("size");
  write(dir / "docs" / "big.txt", std::string((2u << 20) + 1, 'a'));
  write(dir / "docs" / "small.txt", "Recalling resolution 2331 (2016).\n");
  ScanOptions options;
  options.workers.max_file_mib = 2;
  Index index(":memory:");
  const ScanResult r = index.scan({dir / "docs"}, options);
  ASSERT_EQ(r.failed_files.size(), 1u);
  EXPECT_EQ(r.failed_files[0].file, "docs/big.txt");
  EXPECT_NE(r.failed_files[0].reason.find("limit of 2 MiB"), std::string::npos);
  EXPECT_EQ(r.documents.size(), 1u);
}

}  // namespace
}  // namespace unxref
