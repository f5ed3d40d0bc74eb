#pragma once
// The scan pipeline: collect files -> extract -> detect -> store -> build.
// Everything goes through an index (an SQLite file, or one in memory for a
// single run): a file whose content the index holds is not extracted again,
// and a document's mentions are detected again only when what detection
// depends on changed. Per-file failures are collected, never thrown: one
// broken file costs only itself.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "unxref/detect/mention.hpp"
#include "unxref/extract/extract.hpp"
#include "unxref/graph/builder.hpp"
#include "unxref/graph/citation_graph.hpp"
#include "unxref/pipeline/collect.hpp"

namespace unxref {

// How extraction runs: worker processes, and the bounds each file gets.
struct WorkerLimits {
  unsigned jobs = 0;                    // worker processes; 0 = one per core
  double seconds_per_file = 120;        // wall clock, then the worker is killed
  std::size_t memory_mib = 2048;        // address space of a worker (not under ASan)
  std::size_t max_file_mib = 512;       // larger files are not read
};

struct ScanOptions {
  // Manifests given explicitly; they win over discovered ones.
  std::vector<std::filesystem::path> manifests;
  // Also read every manifest.tsv found in the scanned folders.
  bool discover_manifests = true;
  // Extra instrument registries for the detector (data/instruments.tsv format).
  std::vector<std::filesystem::path> registries;
  // Folders inside the scanned ones that are never read (the scan's own output).
  std::vector<std::filesystem::path> exclude;
  // Also hand back every mention in ScanResult::mentions (they are always in the index).
  bool keep_mentions = false;
  // Build ScanResult::graph; without it, Index::read() builds it when needed.
  bool build_graph = true;
  ExtractOptions extract;
  WorkerLimits workers;
  BuildOptions build;
};

// What a scan did, file by file.
struct ScanCounts {
  std::size_t files = 0;      // inputs found
  std::size_t extracted = 0;  // documents extracted in this run
  std::size_t reused = 0;     // inputs whose content the index already held
  std::size_t detected = 0;   // documents whose mentions were detected in this run
  std::size_t failed = 0;     // inputs that failed
  std::size_t gone = 0;       // paths in the index no longer found
  std::size_t pages = 0;      // pages of the documents extracted in this run
};

// One input that gave no document, for failures.csv.
struct FileFailure {
  std::string file;    // as shown to users
  std::string reason;  // "extraction worker crashed (signal 11, Segmentation fault)", ...
};

struct ScanResult {
  std::vector<CorpusDocument> documents;  // in scan order; failed files left out
  std::vector<Mention> mentions;          // with ScanOptions::keep_mentions only
  CitationGraph graph;
  std::vector<std::string> failures;  // "<file>: <cause>", one per failed file or root
  std::vector<FileFailure> failed_files;  // the same for files alone
  std::vector<std::string> warnings;  // "<file>: <warning>"
  std::vector<std::string> skipped;   // files in scanned folders that no reader takes
  std::size_t files = 0;              // inputs found
  ScanCounts counts;
  // Equal between two scans exactly when documents, descriptions and
  // mentions are (a digest of contents, detection keys and descriptions).
  std::string fingerprint;
};

// One step of a scan, for progress reports.
struct ScanStep {
  std::string_view phase;  // "extract" or "detect"
  std::size_t done = 0;    // counts from 1 to `total` within the phase
  std::size_t total = 0;
  const InputFile* file = nullptr;
  int pages = 0;  // pages of the document just extracted (extract phase)
  bool failed = false;
};
using ScanProgress = std::function<void(const ScanStep& step)>;

// An index of a corpus.
class Index {
 public:
  // Opens `file`, creating it or bringing an older schema up to date;
  // ":memory:" for an index that lives as long as this object. Throws
  // FileError naming the file when it is not an index this unxref can use.
  explicit Index(const std::filesystem::path& file);
  ~Index();
  Index(Index&&) noexcept;
  Index& operator=(Index&&) noexcept;

  ScanResult scan(const std::vector<std::filesystem::path>& roots, const ScanOptions& options = {},
                  const ScanProgress& progress = {});

  // The corpus of the last finished scan and its graph, read from the index alone.
  ScanResult read(const BuildOptions& options = {});
  bool has_scan();

  // Every mention of the last finished scan, document by document in scan order.
  void for_each_mention(const std::function<void(const Mention&)>& fn);

  // Every document of the last finished scan in scan order, with its text
  // (as the detector saw it, so mention offsets point into it) and its
  // mentions: one document in memory at a time.
  using DocumentVisitor =
      std::function<void(const CorpusDocument& doc, const FlatText& text, const std::vector<Mention>& mentions)>;
  void for_each_document(const DocumentVisitor& fn);

  // What was last written to an output folder (empty when unknown), so that
  // a caller can leave outputs alone when nothing they depend on changed.
  std::string output_stamp(const std::filesystem::path& folder);
  // Records the targets of a graph built by read() (for readers of the index).
  void store_targets(const CitationGraph& graph);
  void set_output_stamp(const std::filesystem::path& folder, const std::string& stamp);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One scan through an index in memory, mentions kept.
ScanResult scan(const std::vector<std::filesystem::path>& roots, const ScanOptions& options = {},
                const ScanProgress& progress = {});

}  // namespace unxref
