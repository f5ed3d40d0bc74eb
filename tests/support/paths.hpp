#pragma once
// Where tests find the project's files and ../shared/. Tests that need
// ../shared/ call shared_dir_or_skip() so a clone without it stays green.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace unxref::testing {

inline std::filesystem::path source_dir() { return UNXREF_SOURCE_DIR; }

inline std::filesystem::path shared_dir() { return UNXREF_SHARED_DIR; }

inline bool have_shared() { return std::filesystem::is_directory(shared_dir() / "corpus"); }

// A fresh scratch folder for one test, under the build tree. It lives under
// the running test's own name: CTest runs the instances of a parameterised
// test in parallel, and a folder shared between them would be emptied by one
// while another writes into it.
inline std::filesystem::path scratch_dir(const std::string& name) {
  std::string owner = "no-test";
  if (const auto* info = ::testing::UnitTest::GetInstance()->current_test_info()) {
    owner = std::string(info->test_suite_name()) + "." + info->name();
    for (char& c : owner)
      if (c == '/') c = '_';
  }
  std::filesystem::path p = std::filesystem::path(UNXREF_TEST_TMP) / owner / name;
  std::filesystem::remove_all(p);
  std::filesystem::create_directories(p);
  return p;
}

}  // namespace unxref::testing

#define UNXREF_REQUIRE_SHARED()                                                         \
  do {                                                                                  \
    if (!::unxref::testing::have_shared())                                              \
      GTEST_SKIP() << "../shared/corpus not found next to the project; skipping test "  \
                      "that reads the real documents";                                  \
  } while (0)
