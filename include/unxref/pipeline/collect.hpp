#pragma once
// The one folder walker: which files a scan (or uptake) reads.
#include <filesystem>
#include <string>
#include <vector>

namespace unxref {

// A file to read and the path users see for it.
struct InputFile {
  std::filesystem::path file;
  std::string display;  // relative to a scanned folder's parent ("sc-resolutions/x.txt"), or as given
};

struct CollectOptions {
  // Leave README.* out: a folder's README describes the corpus, it is not part of it.
  bool skip_readme = true;
  // Folders never walked into (a scan's --out inside a scanned folder).
  std::vector<std::filesystem::path> exclude;
};

struct Collected {
  std::vector<InputFile> files;                 // each file once, in walk order
  std::vector<std::filesystem::path> manifests;  // manifest.tsv files met in folders
  std::vector<std::filesystem::path> skipped;    // files in folders that no reader takes
  std::vector<std::string> failures;            // "<root>: <cause>" for roots missing or unreadable
};

// Supported files (extract::is_supported_file) under each folder,
// recursively and sorted; a root that is a file is taken whatever its
// extension.
Collected collect_inputs(const std::vector<std::filesystem::path>& roots, const CollectOptions& options = {});

}  // namespace unxref
