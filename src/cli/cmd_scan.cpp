// unxref scan PATH... --out DIR: the citation graph of a corpus, drawn and exported.
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "cli/cmd_corpus.hpp"
#include "cli/report_output.hpp"
#include "unxref/core/error.hpp"
#include "unxref/graph/exports.hpp"
#include "unxref/graph/communities.hpp"
#include "unxref/render/render.hpp"

namespace unxref::cli {
namespace {

namespace fs = std::filesystem;

struct ScanArgs {
  CorpusArgs corpus;
  std::string out_dir;
  std::vector<std::string> formats{"svg", "png", "pdf", "dot"};
  RenderOptions render;
  int top = 0;
  WorkerLimits workers;
  ReportArgs report;
  bool no_report = false;
  bool json = false;
  bool communities = false;
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

// Which version of each file of an --uptake "SOURCE,TARGET" pair: its size
// and modification time, as the index tells an edited corpus file (the
// pair's files are outside the corpus, so its fingerprint does not see them).
std::string file_versions(const std::string& pair) {
  std::string out;
  const auto [source, target] = uptake_pair_files(pair);
  for (const fs::path& file : {source, target}) {
    std::error_code size_error, time_error;
    const auto size = fs::file_size(file, size_error);
    const auto time = fs::last_write_time(file, time_error);
    out += size_error || time_error ? std::string(":missing")
                                    : ":" + std::to_string(size) + "@" +
                                          std::to_string(time.time_since_epoch().count());
  }
  return out;
}

// What the outputs of a scan depend on: the corpus and its mentions (the
// scan's fingerprint) and the options that shape the files.
std::string output_stamp(const ScanResult& result, const ScanArgs& args) {
  std::ostringstream s;
  s << "outputs-1|" << result.fingerprint << "|min-weight=" << args.render.min_weight
    << "|top=" << args.render.top.value_or(0) << "|radius=" << args.render.radius << "|layout=" << args.render.layout
    << "|legend=" << args.render.legend << "|png=" << args.render.max_png_pixels << "|figure=" << args.render.figure
    << "|grey=" << args.render.greyscale << "|communities=" << args.communities;
  for (const std::string& k : args.render.kinds) s << "|kind=" << k;
  for (const std::string& f : args.formats) s << "|format=" << f;
  s << "|report=" << (args.no_report ? "none" : "report-1|" + args.report.title);
  for (const std::string& u : args.report.uptake) s << "|uptake=" << u << file_versions(u);
  // The files that failed, and why (failures.csv): the same failures again
  // leave the outputs as they are.
  for (const std::string& f : result.failures) s << "|failed=" << f;
  return s.str();
}

// "citations", or for an ego view "citations-ego-<id's letters and digits>",
// so that an ego drawing never overwrites the main one.
std::string drawing_stem(const std::string& ego) {
  if (ego.empty()) return "citations";
  std::string slug;
  for (char c : ego) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) slug += c;
    else if (!slug.empty() && slug.back() != '_') slug += '_';
  }
  while (!slug.empty() && slug.back() == '_') slug.pop_back();
  return "citations-ego-" + slug.substr(0, 80);
}

bool outputs_exist(const std::filesystem::path& out, const std::vector<std::string>& formats, bool report,
                   bool failures) {
  std::error_code ec;
  if (report && !std::filesystem::is_regular_file(out / "report.html", ec)) return false;
  if (failures && !std::filesystem::is_regular_file(out / "failures.csv", ec)) return false;
  for (const char* f : {"citations.graphml", "mentions.jsonl", "mentions.csv", "targets.csv", "documents.csv"})
    if (!std::filesystem::is_regular_file(out / f, ec)) return false;
  for (const std::string& f : formats)
    if (f != "none" && !std::filesystem::is_regular_file(out / ("citations." + f), ec)) return false;
  return true;
}

nlohmann::ordered_json failures_json(const ScanResult& result) {
  nlohmann::ordered_json failures = nlohmann::ordered_json::array();
  for (const FileFailure& f : result.failed_files) failures.push_back({{"file", f.file}, {"reason", f.reason}});
  return failures;
}

void report_unchanged(const ScanArgs& args, const ScanResult& result, const std::filesystem::path& out,
                      const std::filesystem::path& index_file, std::chrono::steady_clock::time_point started) {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!args.corpus.quiet) {
    std::cerr << "unxref scan: " << result.documents.size() << " of " << result.files
              << " files, nothing changed since the outputs in " << out.string() << " were written; "
              << result.skipped.size() << " skipped, " << std::fixed << std::setprecision(1) << seconds << " s\n";
  }
  if (args.json) {
    const ScanCounts& c = result.counts;
    const nlohmann::ordered_json summary = {
        {"out", out.string()}, {"index", index_file.string()}, {"files", result.files},
        {"documents", result.documents.size()}, {"extracted", c.extracted}, {"pages_extracted", c.pages},
        {"unchanged", c.reused}, {"detected", c.detected}, {"failed", result.failed_files.size()},
        {"skipped", result.skipped.size()},
        {"gone", c.gone}, {"outputs_written", false}, {"seconds", seconds}, {"failures", failures_json(result)}};
    std::cout << summary.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

int run(ScanArgs args) {
  const auto started = std::chrono::steady_clock::now();
  args.corpus.progress = true;
  const std::filesystem::path out(args.out_dir);
  std::error_code ec;
  std::filesystem::create_directories(out, ec);
  if (ec) {
    std::cerr << "unxref scan: error: " << out.string() << ": cannot create output folder: " << ec.message() << "\n";
    return kExitSomeFailed;
  }
  const std::filesystem::path index_file = args.corpus.index.empty() ? out / kIndexName : std::filesystem::path(args.corpus.index);
  ScanOptions options = scan_options(args.corpus);
  options.exclude.push_back(out);  // never read back our own citations.pdf
  options.workers = args.workers;
  options.build_graph = false;  // built below, unless the outputs are up to date
  if (args.top > 0) args.render.top = args.top;
  std::optional<Index> index;
  ScanResult result;
  std::string stamp;
  try {
    index.emplace(index_file);
    result = run_scan(args.corpus, "scan", *index, options);
    stamp = output_stamp(result, args);
    if (args.render.ego.empty() && outputs_exist(out, args.formats, !args.no_report, !result.failed_files.empty()) &&
        index->output_stamp(out) == stamp) {
      report_unchanged(args, result, out, index_file, started);
      return result.failures.empty() ? kExitOk : kExitSomeFailed;
    }
    index->set_output_stamp(out, "");  // until every output is written again
    result.graph = index->read(options.build).graph;
    index->store_targets(result.graph);
  } catch (const FileError& e) {
    std::cerr << "unxref scan: error: " << e.what() << "\n";
    return kExitSomeFailed;
  }
  int failed = static_cast<int>(result.failures.size());
  const int failed_files = failed;  // the rest of `failed` counts outputs not written
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

  step(failed, [&] {
    const std::filesystem::path file = out / "failures.csv";
    if (result.failed_files.empty()) {
      std::filesystem::remove(file, ec);  // none this time: an old list would mislead
      return;
    }
    write_file(file, [&](std::ostream& os) {
      os << "file,reason\r\n";
      for (const FileFailure& f : result.failed_files) os << csv_field(f.file) << ',' << csv_field(f.reason) << "\r\n";
    });
  });

  if (args.communities) step(failed, [&] { assign_communities(result.graph); });
  const CitationGraph& g = result.graph;
  step(failed, [&] { write_file(out / "citations.graphml", [&](std::ostream& os) { write_graphml(g, os); }); });
  // Mentions stream from the index into both files: never all in memory.
  std::size_t mention_count = 0;
  step(failed, [&] {
    write_file(out / "mentions.jsonl", [&](std::ostream& jsonl) {
      write_file(out / "mentions.csv", [&](std::ostream& csv) {
        write_mentions_csv_header(csv);
        index->for_each_mention([&](const Mention& m) {
          write_mention_jsonl(m, jsonl);
          write_mention_csv(m, csv);
          ++mention_count;
        });
      });
    });
  });
  step(failed, [&] { write_file(out / "targets.csv", [&](std::ostream& os) { write_targets_csv(g, os); }); });
  step(failed, [&] {
    write_file(out / "documents.csv", [&](std::ostream& os) { write_documents_csv(result.documents, g, os); });
  });
  for (const std::string& format : bad_ego ? std::vector<std::string>{} : args.formats) {
    if (format == "none") continue;
    step(failed, [&] {
      const RenderStats stats = render(g, out / (drawing_stem(args.render.ego) + "." + format), args.render);
      const auto preset = figure_preset(args.render.figure);
      if (!args.corpus.quiet && preset && format == args.formats.front()) {
        if (stats.targets_dropped > 0)
          std::cerr << "unxref scan: --figure " << preset->name << ": " << stats.targets_dropped
                    << " of the least-cited targets left out to fit the page (the caption says so)\n";
        if (stats.smallest_font_pt + 1e-9 < preset->min_font_pt)
          std::cerr << "unxref scan: warning: --figure " << preset->name << ": the smallest text is "
                    << stats.smallest_font_pt << " pt, under " << preset->min_font_pt
                    << " pt: the graph does not fit the page legibly (try --ego, --kind or --figure poster)\n";
      }
      if (!args.corpus.quiet) {
        for (const std::string& w : stats.warnings) std::cerr << "unxref scan: warning: Graphviz: " << w << "\n";
      }
    });
  }
  if (!args.no_report) failed += write_report(*index, result, out, args.report, "scan", args.corpus.quiet);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const ScanCounts& c = result.counts;
  if (!args.corpus.quiet) {
    std::cerr << "unxref scan: " << result.documents.size() << " of " << result.files << " files, "
              << mention_count << " mentions, " << g.vertex_count() << " vertices, " << g.edge_count()
              << " edges -> " << out.string() << "\n";
    std::cerr << "unxref scan: " << c.extracted << " extracted (" << c.pages << " pages), " << c.reused
              << " unchanged, " << c.detected << " detected, " << result.failed_files.size() << " failed, "
              << result.skipped.size() << " skipped, " << c.gone << " gone; " << std::fixed
              << std::setprecision(1) << seconds << " s\n";
  }
  if (args.json) {
    const nlohmann::ordered_json failures = failures_json(result);
    const nlohmann::ordered_json summary = {
        {"out", out.string()},         {"index", index_file.string()},  {"files", result.files},
        {"documents", result.documents.size()}, {"extracted", c.extracted}, {"pages_extracted", c.pages},
        {"unchanged", c.reused},       {"detected", c.detected},        {"failed", result.failed_files.size()},
        {"skipped", result.skipped.size()}, {"gone", c.gone},           {"mentions", mention_count},
        {"vertices", g.vertex_count()}, {"edges", g.edge_count()},      {"outputs_written", true},
        {"seconds", seconds},
        {"failures", failures}};
    std::cout << summary.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  if (bad_ego) return kExitUsage;
  if (failed == failed_files) {
    try {
      index->set_output_stamp(out, stamp);
    } catch (const FileError& e) {
      std::cerr << "unxref scan: warning: " << e.what() << "\n";
    }
  }
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
      "  report.html, report/         the report to open in a browser (offline): graph, tables, a page per\n"
      "                               document and target (--no-report: not written)\n"
      "  failures.csv                 file, reason: the files that gave no document (only when some did not)\n"
      "  unxref.db                    the index (or --index): the next scan extracts only what changed\n"
      "A file that cannot be read, crashes or hangs its extraction worker is reported and skipped\n"
      "(exit code 1); the rest is still written.");
  add_corpus_options(sub, args->corpus);
  sub->add_option("-o,--out", args->out_dir, "Output folder (created if missing; never read as input)")->required();
  sub->add_option("--index", args->corpus.index,
                  "The corpus index (SQLite) to scan into; default OUT/unxref.db. Files whose content it "
                  "holds are not extracted again");
  sub->add_flag("--no-report", args->no_report, "Do not write report.html and report/");
  add_report_options(sub, args->report);
  sub->add_flag("--json", args->json, "Print a summary of the run as one JSON object on stdout");
  sub->add_flag("--communities", args->communities,
                "Find communities of co-cited targets (igraph's Louvain method): the GraphML `community` "
                "attribute, targets.csv's `community` column and the fill colour of the drawings");
  sub->add_option("-j,--jobs", args->workers.jobs, "Extraction worker processes (default: one per core)");
  sub->add_option("--time-limit", args->workers.seconds_per_file,
                  "Seconds one file may take to extract; then its worker is stopped and the file fails")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--memory-limit", args->workers.memory_mib, "MiB of memory one file may use to extract")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--max-file-size", args->workers.max_file_mib, "MiB; larger files fail without being read")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--formats", args->formats, "Drawings to write ('none': the tables alone)")
      ->delimiter(',')
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot", "none"}))
      ->capture_default_str();
  sub->add_option("--min-weight", args->render.min_weight, "Draw only citations with at least this many mentions")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--top", args->top, "Draw only the N most-cited targets and their citers")
      ->check(CLI::PositiveNumber);
  sub->add_option("--kind", args->render.kinds,
                  "Draw only targets of this kind (repeatable): resolution, symbol, treaty, sdg-goal, "
                  "sdg-target, sdg-indicator, document");
  sub->add_option("--figure", args->render.figure,
                  "Draw for print or projection: paper (6.3 x 8.5 in, 6 pt), slide (13.3 x 7.5 in, 12 pt) or poster "
                  "(A0, 18 pt): fits the page, full wrapped labels, no text below the minimum (the least-cited "
                  "targets are left out when needed, and the caption says so)")
      ->check(CLI::IsMember({"paper", "slide", "poster"}));
  sub->add_flag("--greyscale", args->render.greyscale, "Grey fills and lines (kinds still differ by shape)");
  sub->add_option("--ego", args->render.ego,
                  "Draw only the neighbourhood of this id (marked, named in the caption; files "
                  "citations-ego-<id>.*) ...");
  sub->add_option("--radius", args->render.radius, "... up to this many hops")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--layout", args->render.layout, "Graphviz layout engine (default: chosen by graph size)")
      ->check(CLI::IsMember({"dot", "sfdp", "neato", "fdp", "circo", "twopi"}));
  sub->callback([args, &ctx] { ctx.exit_code = run(*args); });
  add_analysis_commands(app, ctx);
}

}  // namespace unxref::cli
