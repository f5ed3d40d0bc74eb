// unxref export PATH --format graphml|csv|jsonl: the graph or the mentions of
// an indexed corpus, written from the index without extracting anything.
#include <fstream>
#include <iostream>
#include <optional>

#include "cli/cmd_corpus.hpp"
#include "unxref/core/error.hpp"
#include "unxref/graph/exports.hpp"

namespace unxref::cli {
namespace {

struct ExportArgs {
  CorpusArgs corpus;
  std::string format = "graphml";
  std::string out;
};

int run(ExportArgs& args) {
  std::optional<Index> index;
  ScanResult result;
  try {
    const std::filesystem::path file = index_for_query(args.corpus);
    if (file.empty()) {
      index.emplace(":memory:");
      result = run_scan(args.corpus, "export", *index, scan_options(args.corpus));
    } else {
      index.emplace(file);
      if (!index->has_scan()) throw FileError(file, "index holds no finished scan; run unxref scan first");
      if (args.format == "graphml") result = index->read();
    }
  } catch (const FileError& e) {
    std::cerr << "unxref export: error: " << e.what() << "\n";
    return kExitUsage;
  }
  auto fill = [&](std::ostream& os) {
    if (args.format == "graphml") {
      write_graphml(result.graph, os);
    } else if (args.format == "jsonl") {
      index->for_each_mention([&](const Mention& m) { write_mention_jsonl(m, os); });
    } else {
      write_mentions_csv_header(os);
      index->for_each_mention([&](const Mention& m) { write_mention_csv(m, os); });
    }
  };
  try {
    if (args.out.empty() || args.out == "-") {
      fill(std::cout);
      std::cout.flush();
    } else {
      write_file(args.out, fill);
    }
  } catch (const FileError& e) {
    std::cerr << "unxref export: error: " << e.what() << "\n";
    return kExitSomeFailed;
  }
  return result.failures.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace

void add_export_command(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<ExportArgs>();
  auto* sub = app.add_subcommand("export",
                                 "Write the citation graph (graphml) or every mention (csv, jsonl: the columns of "
                                 "mentions.csv / mentions.jsonl) of a corpus, read from its index when PATH is one "
                                 "or a folder holding unxref.db, else scanned.");
  add_corpus_options(sub, args->corpus);
  sub->add_option("-f,--format", args->format, "graphml (the graph), csv or jsonl (the mentions)")
      ->check(CLI::IsMember({"graphml", "csv", "jsonl"}))
      ->capture_default_str();
  sub->add_option("-o,--out", args->out, "File to write (default: standard output)");
  sub->callback([args, &ctx] { ctx.exit_code = run(*args); });
}

}  // namespace unxref::cli
