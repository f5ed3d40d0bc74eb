#pragma once
// corpus/manifest.tsv: facts about corpus files that beat what extraction
// guesses (title, kind, year, symbol).
//
// Tab-separated, one header line naming the columns (any order; unknown
// columns ignored): file, title, kind, year, symbol. `file` is relative to
// the manifest's folder. Lines starting with '#' and blank lines are skipped.
#include <filesystem>
#include <string>
#include <vector>

namespace unxref {

struct ManifestEntry {
  std::filesystem::path file;  // absolute, lexically normal
  std::string title;
  std::string kind;
  int year = 0;
  std::string symbol;  // canonical when the manifest's spelling is a valid symbol
};

class Manifest {
 public:
  // Throws FileError naming the file and the line for malformed input
  // (no header, no `file` column, a non-numeric year).
  static Manifest load(const std::filesystem::path& tsv);

  // Adds the entries of another manifest; later entries win for the same file.
  void merge(const Manifest& other);

  // The entry for `file` (any spelling of the same path), or nullptr.
  const ManifestEntry* find(const std::filesystem::path& file) const;
  const std::vector<ManifestEntry>& entries() const { return entries_; }

 private:
  std::vector<ManifestEntry> entries_;
};

// The key both sides are compared by: absolute and lexically normal.
std::filesystem::path manifest_key(const std::filesystem::path& file);

}  // namespace unxref
