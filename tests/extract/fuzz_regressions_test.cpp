// The saved inputs of the PDF fuzz target (fuzz/regressions/extract_pdf/),
// replayed through the real extractor: each gives a Document or a FileError,
// never a crash or a hang.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "support/paths.hpp"
#include "unxref/core/error.hpp"
#include "unxref/extract/extract.hpp"

namespace unxref {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> saved_inputs() {
  std::vector<std::string> names;
  const fs::path dir = testing::source_dir() / "fuzz" / "regressions" / "extract_pdf";
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

class FuzzRegression : public ::testing::TestWithParam<std::string> {};

TEST_P(FuzzRegression, GivesADocumentOrAClearError) {
  const fs::path file = testing::source_dir() / "fuzz" / "regressions" / "extract_pdf" / GetParam();
  try {
    const Document doc = extract_file(file);
    for (const Block& b : doc.blocks) {
      EXPECT_GE(b.page, 1);
      if (doc.meta.page_count > 0) {
        EXPECT_LE(b.page, doc.meta.page_count);
      }
    }
  } catch (const FileError& e) {
    EXPECT_EQ(e.file(), file);
  }
}

TEST(FuzzRegressions, FolderIsNotEmpty) { EXPECT_GE(saved_inputs().size(), 5u); }

INSTANTIATE_TEST_SUITE_P(Saved, FuzzRegression, ::testing::ValuesIn(saved_inputs()), [](const auto& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
});

}  // namespace
}  // namespace unxref
