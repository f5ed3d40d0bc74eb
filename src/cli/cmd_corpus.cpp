#include "cli/cmd_corpus.hpp"

#include <iostream>

#include "cli/registry_option.hpp"
#include "unxref/core/un_symbol.hpp"

namespace unxref::cli {

void add_corpus_options(CLI::App* sub, CorpusArgs& args) {
  sub->add_option("paths", args.paths,
                  "Files or folders to scan (folders recursively: .pdf, .txt, .md; README.* skipped)")
      ->required()
      ->check(CLI::ExistingPath);
  sub->add_option("--manifest", args.manifests,
                  "Tab-separated file, title, kind, year, symbol per corpus file; wins over "
                  "extracted metadata (manifest.tsv files inside scanned folders are read too)")
      ->check(CLI::ExistingFile);
  add_registry_option(sub, args.registries);
  sub->add_flag("-q,--quiet", args.quiet, "No progress or warnings on stderr, errors only");
}

ScanResult run_scan(const CorpusArgs& args, const std::string& command) {
  ScanOptions options;
  for (const std::string& m : args.manifests) options.manifests.emplace_back(m);
  for (const std::string& r : args.registries) options.registries.emplace_back(r);
  std::vector<std::filesystem::path> roots(args.paths.begin(), args.paths.end());
  ScanProgress progress;
  if (args.progress && !args.quiet) {
    progress = [](std::string_view phase, std::size_t done, std::size_t total, const InputFile& f) {
      if (phase == "extract") std::cerr << "[" << done << "/" << total << "] " << f.display << "\n";
    };
  }
  ScanResult result = scan(roots, options, progress);
  if (!args.quiet) {
    for (const std::string& w : result.warnings) std::cerr << "unxref " << command << ": warning: " << w << "\n";
  }
  for (const std::string& f : result.failures) std::cerr << "unxref " << command << ": error: " << f << "\n";
  return result;
}

std::string resolve_id(const ScanResult& result, const std::string& name) {
  if (result.graph.find(name)) return name;
  if (auto symbol = canonical_un_symbol(name); symbol && result.graph.find(*symbol)) return *symbol;
  if (result.graph.find("doc:" + name)) return "doc:" + name;
  // A path as typed, or a bare file name, of a scanned document.
  const std::filesystem::path typed(name);
  for (const CorpusDocument& d : result.documents) {
    const std::filesystem::path shown(d.path);
    if (shown == typed || shown.filename() == typed.filename() ||
        manifest_key(typed) == manifest_key(shown))
      return d.id;
  }
  return {};
}

}  // namespace unxref::cli
