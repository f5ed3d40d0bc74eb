#pragma once
// What `scan` and the analysis subcommands share: the corpus options, running
// the scan pipeline with progress and error reporting, reading a corpus
// from its index, and finding a document or target the user named.
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "unxref/pipeline/scan.hpp"

namespace unxref::cli {

struct CorpusArgs {
  std::vector<std::string> paths;
  std::vector<std::string> manifests;
  std::vector<std::string> registries;
  std::string index;  // --index PATH
  ReadingOrder reading_order = ReadingOrder::automatic;
  bool quiet = false;
  bool verbose = false;
  bool progress = false;  // show progress on stderr (a bar on a terminal, else "[i/n] file" lines)
};

// PATH... (required, existing) plus --manifest, --registry, --reading-order,
// --quiet and --verbose.
void add_corpus_options(CLI::App* sub, CorpusArgs& args);

ScanOptions scan_options(const CorpusArgs& args);

// Runs the pipeline through `index`; prints warnings (unless quiet) and
// every failure on stderr as "unxref <command>: error: <file>: <cause>".
ScanResult run_scan(const CorpusArgs& args, const std::string& command, Index& index, ScanOptions options);

// The index a query reads without scanning: --index, or PATH when it is an
// index file or a folder holding unxref.db. Empty when PATH must be scanned.
std::filesystem::path index_for_query(const CorpusArgs& args);

// The corpus a query asks about: read from its index, or scanned in memory.
ScanResult load_corpus(const CorpusArgs& args, const std::string& command);

// The vertex id for what the user typed: an id as is, a UN symbol in any
// spelling ("S/RES/2331 (2016)"), or a scanned file's path or file name.
// Empty when nothing matches.
std::string resolve_id(const ScanResult& result, const std::string& name);

// Registers underpins, citers, rank, cocitation, coupling, timeline and export.
void add_analysis_commands(CLI::App& app, Context& ctx);
// Registers lineage (cmd_lineage.cpp) and communities (cmd_communities.cpp).
void add_lineage_command(CLI::App& app, Context& ctx);
void add_communities_command(CLI::App& app, Context& ctx);

constexpr const char* kIndexName = "unxref.db";

}  // namespace unxref::cli
