// unxref report PATH --out DIR: report.html and report/ of a corpus or its index.
#include <iostream>

#include "cli/cmd_corpus.hpp"
#include "cli/report_output.hpp"
#include "unxref/core/error.hpp"

namespace unxref::cli {
namespace {

struct ReportCommandArgs {
  CorpusArgs corpus;
  ReportArgs report;
  std::string out_dir;
};

int run(const ReportCommandArgs& args) {
  const std::filesystem::path file = index_for_query(args.corpus);
  try {
    // Without an index, the corpus is scanned into one that lives for this run.
    Index index(file.empty() ? std::filesystem::path(":memory:") : file);
    if (file.empty()) {
      CorpusArgs corpus = args.corpus;
      corpus.progress = true;
      ScanOptions options = scan_options(corpus);
      options.exclude.push_back(args.out_dir);
      options.build_graph = false;
      run_scan(corpus, "report", index, options);
    } else if (!index.has_scan()) {
      throw FileError(file, "index holds no finished scan; run unxref scan first");
    }
    const ScanResult corpus = index.read();
    return write_report(index, corpus, args.out_dir, args.report, "report", args.corpus.quiet) ? kExitSomeFailed
                                                                                                : kExitOk;
  } catch (const std::exception& e) {
    std::cerr << "unxref report: error: " << e.what() << "\n";
    return kExitSomeFailed;
  }
}

}  // namespace

void add_report_command(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<ReportCommandArgs>();
  auto* sub = app.add_subcommand(
      "report",
      "Write report.html (and the report/ folder beside it) for a corpus: an overview with the interactive\n"
      "citation graph, the most-cited targets, a timeline and the documents, and a page per document and per\n"
      "target. Works offline: open report.html in a browser. PATH is an index made by unxref scan (or its\n"
      "--out folder), or files and folders to scan in memory. `unxref scan --out DIR` writes it too.");
  add_corpus_options(sub, args->corpus);
  add_report_options(sub, args->report);
  sub->add_option("-o,--out", args->out_dir, "Output folder (created if missing)")->required();
  sub->callback([args, &ctx] { ctx.exit_code = run(*args); });
}

}  // namespace unxref::cli
