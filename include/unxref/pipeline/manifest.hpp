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

#include "unxref/graph/builder.hpp"

namespace unxref {

class Manifest {
 public:
  // Read through the shared TSV loader (core/tsv.hpp). A manifest without a
  // usable header (none, or no `file` column) or that cannot be read throws
  // FileError naming it. A bad line (empty `file`, a year that is not a
  // number) costs that line alone: it is left out and a warning
  // "<manifest>: line N: <cause>; the line is left out" is added.
  static Manifest load(const std::filesystem::path& tsv, std::vector<std::string>& warnings);

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
