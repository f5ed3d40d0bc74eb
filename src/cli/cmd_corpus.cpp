#include "cli/cmd_corpus.hpp"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <map>

#include "cli/progress.hpp"
#include "cli/reading_order_option.hpp"
#include "cli/registry_option.hpp"
#include "unxref/core/error.hpp"
#include "unxref/core/un_symbol.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/pipeline/manifest.hpp"

namespace unxref::cli {
namespace {

namespace fs = std::filesystem;

// SQLite files start with this 16-byte string.
bool is_sqlite_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  char head[16] = {};
  return in.read(head, sizeof head) && std::string(head, sizeof head) == std::string("SQLite format 3\0", 16);
}

}  // namespace

void add_corpus_options(CLI::App* sub, CorpusArgs& args) {
  sub->add_option("paths", args.paths,
                  "Files or folders to scan (folders recursively: .pdf, .txt, .md; README.* skipped); for the "
                  "queries also an index made by unxref scan, or a folder holding one (unxref.db): read, not scanned")
      ->required()
      ->check(CLI::ExistingPath);
  sub->add_option("--manifest", args.manifests,
                  "Tab-separated file, title, kind, year, symbol per corpus file; wins over "
                  "extracted metadata (manifest.tsv files inside scanned folders are read too)")
      ->check(CLI::ExistingFile);
  add_registry_option(sub, args.registries);
  add_reading_order_option(sub, args.reading_order);
  sub->add_flag("-q,--quiet", args.quiet, "No progress or warnings on stderr, errors only");
  sub->add_flag("-v,--verbose", args.verbose, "A line for every file, the skipped ones named");
}

ScanOptions scan_options(const CorpusArgs& args) {
  ScanOptions options;
  for (const std::string& m : args.manifests) options.manifests.emplace_back(m);
  for (const std::string& r : args.registries) options.registries.emplace_back(r);
  options.extract.reading_order = args.reading_order;
  return options;
}

ScanResult run_scan(const CorpusArgs& args, const std::string& command, Index& index, ScanOptions options) {
  std::vector<fs::path> roots(args.paths.begin(), args.paths.end());
  ProgressReport report(isatty(STDERR_FILENO) != 0, args.verbose);
  ScanProgress progress;
  if (args.progress && !args.quiet) progress = [&report](const ScanStep& step) { report(step); };
  ScanResult result = index.scan(roots, options, progress);
  report.finish();
  if (args.verbose) {
    for (const std::string& f : result.skipped) std::cerr << "unxref " << command << ": skipped " << f << "\n";
  }
  if (!args.quiet && !result.skipped.empty()) {
    std::map<std::string, std::size_t> by_extension;
    for (const std::string& f : result.skipped) {
      const std::string ext = fs::path(f).extension().string();
      ++by_extension[ext.empty() ? "no extension" : ext];
    }
    std::cerr << "unxref " << command << ": warning: skipped " << result.skipped.size()
              << " files that no reader takes (only .pdf, .txt and .md are read):";
    const char* sep = " ";
    for (const auto& [ext, n] : by_extension) {
      std::cerr << sep << n << " " << ext;
      sep = ", ";
    }
    std::cerr << "\n";
  }
  if (!args.quiet) {
    for (const std::string& w : result.warnings) std::cerr << "unxref " << command << ": warning: " << w << "\n";
  }
  for (const std::string& f : result.failures) std::cerr << "unxref " << command << ": error: " << f << "\n";
  return result;
}

fs::path index_for_query(const CorpusArgs& args) {
  if (!args.index.empty()) return args.index;
  if (args.paths.size() != 1 || !args.manifests.empty()) return {};
  const fs::path p(args.paths.front());
  std::error_code ec;
  if (fs::is_directory(p, ec)) return fs::is_regular_file(p / kIndexName, ec) ? p / kIndexName : fs::path();
  return is_sqlite_file(p) ? p : fs::path();
}

ScanResult load_corpus(const CorpusArgs& args, const std::string& command) {
  const fs::path file = index_for_query(args);
  if (file.empty()) {
    Index index(":memory:");
    return run_scan(args, command, index, scan_options(args));
  }
  // Labels of targets from extra registries: the detector registers them.
  if (!args.registries.empty()) {
    DetectorOptions o;
    for (const std::string& r : args.registries) o.extra_registries.emplace_back(r);
    Detector registering(o);
  }
  Index index(file);
  if (!index.has_scan()) throw FileError(file, "index holds no finished scan; run unxref scan first");
  return index.read();
}

std::string resolve_id(const ScanResult& result, const std::string& name) {
  if (result.graph.find(name)) return name;
  if (auto symbol = canonical_un_symbol(name); symbol && result.graph.find(*symbol)) return *symbol;
  if (result.graph.find("doc:" + name)) return "doc:" + name;
  // A path as typed, or a bare file name, of a scanned document.
  const fs::path typed(name);
  for (const CorpusDocument& d : result.documents) {
    const fs::path shown(d.path);
    if (shown == typed || shown.filename() == typed.filename() || manifest_key(typed) == manifest_key(shown))
      return d.id;
  }
  return {};
}

}  // namespace unxref::cli
