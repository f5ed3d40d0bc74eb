#pragma once
// The scan pipeline: files -> extract -> detect -> build. Per-file failures
// are collected, never thrown: one broken file costs only itself.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "unxref/detect/mention.hpp"
#include "unxref/extract/extract.hpp"
#include "unxref/graph/builder.hpp"
#include "unxref/graph/citation_graph.hpp"

namespace unxref {

struct ScanOptions {
  // Manifests given explicitly; they win over discovered ones.
  std::vector<std::filesystem::path> manifests;
  // Also read every manifest.tsv found in the scanned folders.
  bool discover_manifests = true;
  // Extra instrument registries for the detector (data/instruments.tsv format).
  std::vector<std::filesystem::path> registries;
  ExtractOptions extract;
  BuildOptions build;
};

// A file to scan and the path users see for it.
struct InputFile {
  std::filesystem::path file;
  std::string display;  // relative to a scanned folder's parent ("sc-resolutions/x.txt"), or as given
};

struct ScanResult {
  std::vector<CorpusDocument> documents;  // in scan order; failed files left out
  std::vector<Mention> mentions;          // all of them, unresolved ones included
  CitationGraph graph;
  std::vector<std::string> failures;  // "<file>: <cause>", one per failed file or root
  std::vector<std::string> warnings;  // "<file>: <warning>"
  std::size_t files = 0;              // inputs found
};

// `phase` is "extract" or "detect"; `done` counts from 1 to `total`.
using ScanProgress = std::function<void(std::string_view phase, std::size_t done, std::size_t total,
                                        const InputFile& file)>;

// Supported files (extract::is_supported_file) under each folder, recursively
// and sorted, README.* files left out; a root that is a file is taken
// whatever its extension. Roots
// that do not exist or cannot be walked add a failure. Each file once.
std::vector<InputFile> collect_inputs(const std::vector<std::filesystem::path>& roots,
                                      std::vector<std::string>& failures,
                                      std::vector<std::filesystem::path>* manifests_found = nullptr);

ScanResult scan(const std::vector<std::filesystem::path>& roots, const ScanOptions& options = {},
                const ScanProgress& progress = {});

}  // namespace unxref
