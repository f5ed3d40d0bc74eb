// unxref underpins | citers | rank | cocitation | coupling | timeline:
// questions asked of the citation graph of a corpus, as text or JSON.
#include <unistd.h>

#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cmd_corpus.hpp"
#include "unxref/core/error.hpp"
#include "unxref/graph/analyses.hpp"

namespace unxref::cli {
namespace {

using nlohmann::ordered_json;

struct AnalysisArgs {
  CorpusArgs corpus;
  std::string format = "text";
  std::string subject;  // DOC or TARGET
  std::string by = "documents";
  std::size_t top = 20;
  int min_weight = 1;
  std::size_t max_fanout = 1000;
  std::size_t samples = BetweennessOptions{}.samples;
};

std::string pages_text(const std::vector<int>& pages) {
  std::string out;
  for (int p : pages) out += (out.empty() ? "p. " : ", ") + std::to_string(p);
  return out;
}

void print_json(const ordered_json& j) {
  std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

// Runs the scan, then `body`; maps failures to exit codes.
template <typename Body>
int analyse(AnalysisArgs& args, const std::string& command, Body body) {
  args.corpus.progress = isatty(STDERR_FILENO) != 0;
  ScanResult result;
  try {
    result = load_corpus(args.corpus, command);
  } catch (const FileError& e) {
    std::cerr << "unxref " << command << ": error: " << e.what() << "\n";
    return kExitUsage;
  }
  const int scan_code = result.failures.empty() ? kExitOk : kExitSomeFailed;
  try {
    body(result);
  } catch (const std::invalid_argument& e) {
    std::cerr << "unxref " << command << ": error: " << e.what() << "\n";
    return kExitUsage;
  }
  return scan_code;
}

std::string require_id(const ScanResult& result, const std::string& name) {
  std::string id = resolve_id(result, name);
  if (id.empty())
    throw std::invalid_argument("'" + name + "' is neither a scanned document nor a cited target");
  return id;
}

int run_underpins(AnalysisArgs& a) {
  return analyse(a, "underpins", [&](const ScanResult& r) {
    const std::string id = require_id(r, a.subject);
    const auto direct = underpins(r.graph, id);
    const auto all = foundations(r.graph, id);
    if (a.format == "json") {
      ordered_json cited = ordered_json::array(), found = ordered_json::array();
      for (const auto& t : direct)
        cited.push_back({{"id", t.id}, {"kind", t.kind}, {"label", t.label}, {"mentions", t.mentions},
                         {"pages", t.pages}, {"sections", t.sections}, {"pinpoints", t.pinpoints},
                         {"context", t.context}});
      for (const auto& f : all)
        found.push_back({{"id", f.id}, {"kind", f.kind}, {"label", f.label}, {"distance", f.distance}});
      print_json({{"document", id}, {"cites", cited}, {"foundations", found}});
      return;
    }
    std::cout << id << " cites " << direct.size() << " targets:\n";
    for (const auto& t : direct) {
      std::cout << "  " << std::setw(4) << t.mentions << "  " << t.id;
      if (t.label != t.id) std::cout << "  (" << t.label << ")";
      std::cout << "  " << pages_text(t.pages);
      if (!t.pinpoints.empty()) std::cout << "; " << t.pinpoints.front();
      std::cout << "\n";
      if (!t.context.empty()) std::cout << "        \"" << t.context << "\"\n";
    }
    std::cout << "\nFoundations (everything reachable, by distance): " << all.size() << "\n";
    for (const auto& f : all) std::cout << "  " << f.distance << "  " << f.id << "  [" << f.kind << "]\n";
  });
}

int run_citers(AnalysisArgs& a) {
  return analyse(a, "citers", [&](const ScanResult& r) {
    const std::string id = require_id(r, a.subject);
    const auto rows = citers(r.graph, id);
    if (a.format == "json") {
      ordered_json out = ordered_json::array();
      for (const auto& c : rows)
        out.push_back({{"id", c.id}, {"title", c.title}, {"path", c.path}, {"year", c.year},
                       {"mentions", c.mentions}, {"pages", c.pages}, {"context", c.context}});
      print_json({{"target", id}, {"citers", out}});
      return;
    }
    std::cout << rows.size() << " documents cite " << id << ":\n";
    for (const auto& c : rows) {
      std::cout << "  " << (c.year ? std::to_string(c.year) : std::string("----")) << "  " << c.id << "  "
                << c.mentions << "x  " << pages_text(c.pages) << "\n";
    }
  });
}

int run_rank(AnalysisArgs& a) {
  return analyse(a, "rank", [&](const ScanResult& r) {
    RankBy by = RankBy::documents;
    parse_rank_by(a.by, by);  // validated by CLI11
    BetweennessOptions bo;
    bo.samples = a.samples;
    const auto rows = rank(r.graph, by, a.top, bo);
    if (a.format == "json") {
      ordered_json out = ordered_json::array();
      for (const auto& row : rows)
        out.push_back({{"id", row.id}, {"kind", row.kind}, {"label", row.label}, {"in_corpus", row.in_corpus},
                       {"score", row.score}});
      print_json({{"by", a.by}, {"ranking", out}});
      return;
    }
    int n = 0;
    for (const auto& row : rows) {
      std::cout << std::setw(4) << ++n << "  " << std::setw(12) << std::setprecision(6) << row.score << "  "
                << row.id << "  [" << row.kind << (row.in_corpus ? ", corpus" : "") << "]";
      if (row.label != row.id) std::cout << "  " << row.label;
      std::cout << "\n";
    }
  });
}

int run_pairs(AnalysisArgs& a, bool co) {
  const std::string name = co ? "cocitation" : "coupling";
  return analyse(a, name, [&](const ScanResult& r) {
    PairOptions po;
    po.top = a.top;
    po.min_weight = a.min_weight;
    po.max_fanout = a.max_fanout;
    const PairResult res = co ? cocitation(r.graph, po) : coupling(r.graph, po);
    if (a.format == "json") {
      ordered_json out = ordered_json::array();
      for (const auto& p : res.pairs) out.push_back({{"a", p.a}, {"b", p.b}, {"weight", p.weight}});
      print_json({{"pairs", out}, {"skipped_over_max_fanout", res.skipped}});
      return;
    }
    std::cout << (co ? "Targets cited together (weight = documents citing both):\n"
                     : "Documents citing the same targets (weight = shared targets):\n");
    for (const auto& p : res.pairs) std::cout << "  " << std::setw(4) << p.weight << "  " << p.a << "  " << p.b << "\n";
    if (res.skipped)
      std::cout << "(" << res.skipped << (co ? " documents" : " targets") << " over --max-fanout "
                << a.max_fanout << " left out)\n";
  });
}

int run_timeline(AnalysisArgs& a) {
  return analyse(a, "timeline", [&](const ScanResult& r) {
    const auto rows = timeline(r.graph);
    if (a.format == "json") {
      ordered_json out = ordered_json::array();
      for (const auto& t : rows)
        out.push_back({{"year", t.year}, {"target", t.target}, {"label", t.label}, {"documents", t.documents},
                       {"mentions", t.mentions}});
      print_json({{"timeline", out}});
      return;
    }
    int year = -1;
    for (const auto& t : rows) {
      if (t.year != year) {
        year = t.year;
        std::cout << (year ? std::to_string(year) : std::string("year unknown")) << "\n";
      }
      std::cout << "  " << std::setw(4) << t.documents << " doc" << (t.documents == 1 ? " " : "s") << "  "
                << t.target;
      if (t.label != t.target) std::cout << "  (" << t.label << ")";
      std::cout << "\n";
    }
  });
}

CLI::App* add(CLI::App& app, const std::string& name, const std::string& help, std::shared_ptr<AnalysisArgs> args,
              bool subject, const std::string& subject_help) {
  auto* sub = app.add_subcommand(name, help);
  if (subject) sub->add_option("subject", args->subject, subject_help)->required();
  add_corpus_options(sub, args->corpus);
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  return sub;
}

}  // namespace

void add_analysis_commands(CLI::App& app, Context& ctx) {
  auto u = std::make_shared<AnalysisArgs>();
  add(app, "underpins", "What a document cites (ranked, with pages and a snippet) and everything it rests on "
                        "through the graph (with distance).", u, true,
      "The document: its id (symbol or doc:<path>), path or file name")
      ->callback([u, &ctx] { ctx.exit_code = run_underpins(*u); });

  auto c = std::make_shared<AnalysisArgs>();
  add(app, "citers", "The documents that cite a target, oldest first.", c, true,
      "The target id: a UN symbol (any spelling), treaty:<key>, sdg:<code>, or a document")
      ->callback([c, &ctx] { ctx.exit_code = run_citers(*c); });

  auto r = std::make_shared<AnalysisArgs>();
  auto* rank_cmd = add(app, "rank",
                       "What the body of work leans on: targets (and cited corpus documents) ranked, by default "
                       "by how many documents cite them.",
                       r, false, "");
  rank_cmd->add_option("--by", r->by,
                       "documents: how many corpus documents cite it (ties: more mentions first); "
                       "indegree: edges into it, structural ones included (an SDG goal from its cited "
                       "targets, a convention from its protocols); mentions: mentions it receives; "
                       "pagerank: importance passed along citation chains (normalised, dangling mass "
                       "redistributed), so a target cited by much-cited documents rises even when few "
                       "documents cite it; betweenness: how many shortest citation paths run through it "
                       "(sampled above 5000 vertices)")
      ->check(CLI::IsMember({"documents", "indegree", "mentions", "pagerank", "betweenness"}))
      ->capture_default_str();
  rank_cmd->add_option("--top", r->top, "Rows to print (0 = all)")->capture_default_str();
  rank_cmd->add_option("--samples", r->samples, "Betweenness sources sampled on large graphs")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  rank_cmd->callback([r, &ctx] { ctx.exit_code = run_rank(*r); });

  for (bool co : {true, false}) {
    auto p = std::make_shared<AnalysisArgs>();
    auto* sub = add(app, co ? "cocitation" : "coupling",
                    co ? "Targets cited together by the same documents, heaviest pairs first."
                       : "Documents that cite the same targets (bibliographic coupling), heaviest pairs first.",
                    p, false, "");
    sub->add_option("--top", p->top, "Pairs to print (0 = all)")->capture_default_str();
    sub->add_option("--min-weight", p->min_weight, "Leave out lighter pairs")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    sub->add_option("--max-fanout", p->max_fanout,
                    co ? "Leave out documents citing more targets than this" : "Leave out targets cited by more "
                                                                               "documents than this")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    sub->callback([p, co, &ctx] { ctx.exit_code = run_pairs(*p, co); });
  }

  auto t = std::make_shared<AnalysisArgs>();
  add(app, "timeline", "Per year of the citing documents: which targets are cited, by how many documents.", t,
      false, "")
      ->callback([t, &ctx] { ctx.exit_code = run_timeline(*t); });

  add_lineage_command(app, ctx);
  add_communities_command(app, ctx);
}

}  // namespace unxref::cli
