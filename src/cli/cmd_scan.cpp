// unxref scan PATH... --out DIR: the citation graph of a corpus, drawn and exported.
#include <iostream>

#include "cli/cmd_corpus.hpp"
#include "unxref/core/error.hpp"
#include "unxref/graph/exports.hpp"
#include "unxref/render/render.hpp"

namespace unxref::cli {
namespace {

struct ScanArgs {
  CorpusArgs corpus;
  std::string out_dir;
  std::vector<std::string> formats{"svg", "png", "pdf", "dot"};
  RenderOptions render;
  int top = 0;
};

// Runs one output step; a failure is reported and counted, the others still run.
template <typename Fn>
void step(int& failed, Fn fn) {
  try {
    fn();
  } catch (const std::exception& e) {
    std::cerr << "unxref scan: error: " << e.what() << "\n";
    ++failed;
  }
}

int run(ScanArgs args) {
  args.corpus.progress = true;
  ScanResult result = run_scan(args.corpus, "scan");
  int failed = static_cast<int>(result.failures.size());
  const std::filesystem::path out(args.out_dir);
  std::error_code ec;
  std::filesystem::create_directories(out, ec);
  if (ec) {
    std::cerr << "unxref scan: error: " << out.string() << ": cannot create output folder: " << ec.message() << "\n";
    return kExitSomeFailed;
  }
  if (args.top > 0) args.render.top = args.top;
  bool bad_ego = false;
  if (!args.render.ego.empty()) {
    const std::string id = resolve_id(result, args.render.ego);
    if (id.empty()) {
      std::cerr << "unxref scan: error: --ego " << args.render.ego
                << ": no document or target with this id, symbol or path in the graph; no drawing written\n";
      bad_ego = true;
    }
    args.render.ego = id;
  }

  const CitationGraph& g = result.graph;
  step(failed, [&] { write_file(out / "citations.graphml", [&](std::ostream& os) { write_graphml(g, os); }); });
  step(failed, [&] {
    write_file(out / "mentions.jsonl", [&](std::ostream& os) { write_mentions_jsonl(result.mentions, os); });
  });
  step(failed, [&] {
    write_file(out / "mentions.csv", [&](std::ostream& os) { write_mentions_csv(result.mentions, os); });
  });
  step(failed, [&] { write_file(out / "targets.csv", [&](std::ostream& os) { write_targets_csv(g, os); }); });
  step(failed, [&] {
    write_file(out / "documents.csv", [&](std::ostream& os) { write_documents_csv(result.documents, g, os); });
  });
  for (const std::string& format : bad_ego ? std::vector<std::string>{} : args.formats) {
    step(failed, [&] {
      const RenderStats stats = render(g, out / ("citations." + format), args.render);
      if (!args.corpus.quiet) {
        for (const std::string& w : stats.warnings) std::cerr << "unxref scan: warning: Graphviz: " << w << "\n";
      }
    });
  }
  if (!args.corpus.quiet) {
    std::cerr << "unxref scan: " << result.documents.size() << " of " << result.files << " files, "
              << result.mentions.size() << " mentions, " << g.vertex_count() << " vertices, " << g.edge_count()
              << " edges -> " << out.string() << "\n";
  }
  if (bad_ego) return kExitUsage;
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace

void add_scan_command(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<ScanArgs>();
  auto* sub = app.add_subcommand(
      "scan",
      "Build the citation graph of a corpus: extract every file, detect citations and write to --out:\n"
      "  citations.{svg,png,pdf,dot}  the drawing (see the filter options)\n"
      "  citations.graphml            for Gephi, Cytoscape, networkx (typed attributes, weights)\n"
      "  mentions.jsonl, mentions.csv every detected citation with its page, span and context\n"
      "  targets.csv                  id, kind, label, in_degree, mentions, pagerank, first_year_cited\n"
      "  documents.csv                id, path, title, kind, year, symbol, pages, mentions, targets\n"
      "A file that cannot be read is reported and skipped (exit code 1); the rest is still written.");
  add_corpus_options(sub, args->corpus);
  sub->add_option("-o,--out", args->out_dir, "Output folder (created if missing)")->required();
  sub->add_option("--formats", args->formats, "Drawings to write")
      ->delimiter(',')
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot"}))
      ->capture_default_str();
  sub->add_option("--min-weight", args->render.min_weight, "Draw only citations with at least this many mentions")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--top", args->top, "Draw only the N most-cited targets and their citers")
      ->check(CLI::PositiveNumber);
  sub->add_option("--kind", args->render.kinds,
                  "Draw only targets of this kind (repeatable): resolution, symbol, treaty, sdg-goal, "
                  "sdg-target, sdg-indicator, document");
  sub->add_option("--ego", args->render.ego, "Draw only the neighbourhood of this id ...");
  sub->add_option("--radius", args->render.radius, "... up to this many hops")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--layout", args->render.layout, "Graphviz layout engine (default: chosen by graph size)")
      ->check(CLI::IsMember({"dot", "sfdp", "neato", "fdp", "circo", "twopi"}));
  sub->callback([args, &ctx] { ctx.exit_code = run(*args); });
  add_analysis_commands(app, ctx);
}

}  // namespace unxref::cli
