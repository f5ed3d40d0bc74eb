// unxref lineage ID PATH...: the resolution series ID belongs to, oldest
// first, with the dates the texts give.
#include <unistd.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/cmd_corpus.hpp"
#include "unxref/core/error.hpp"
#include "unxref/graph/lineage.hpp"
#include "unxref/render/render.hpp"

namespace unxref::cli {
namespace {

struct LineageArgs {
  CorpusArgs corpus;
  std::string subject;
  std::string format = "text";
  std::string draw;  // --draw FILE
};

int run(LineageArgs& args) {
  args.corpus.progress = isatty(STDERR_FILENO) != 0;
  ScanResult result;
  try {
    result = load_corpus(args.corpus, "lineage");
  } catch (const FileError& e) {
    std::cerr << "unxref lineage: error: " << e.what() << "\n";
    return kExitUsage;
  }
  const std::string id = resolve_id(result, args.subject);
  if (id.empty()) {
    std::cerr << "unxref lineage: error: '" << args.subject << "' is neither a scanned document nor a cited target\n";
    return kExitUsage;
  }
  const std::vector<LineageMember> members = lineage(result.graph, id);
  if (!args.draw.empty()) {
    try {
      const RenderStats stats = render_series(result.graph, members, id, args.draw);
      for (const std::string& w : stats.warnings) std::cerr << "unxref lineage: warning: Graphviz: " << w << "\n";
      std::cerr << "unxref lineage: drew " << members.size() << " member" << (members.size() == 1 ? "" : "s")
                << " -> " << args.draw << "\n";
    } catch (const FileError& e) {
      std::cerr << "unxref lineage: error: " << e.what() << "\n";
      return kExitUsage;
    }
  }
  if (args.format == "json") {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const LineageMember& m : members)
      out.push_back({{"id", m.id}, {"date", m.date}, {"year", m.year}, {"in_corpus", m.in_corpus},
                     {"position", m.position}});
    std::cout << nlohmann::ordered_json{{"subject", id}, {"series", out}}.dump(2) << "\n";
  } else {
    std::cout << "Series of " << id << " (" << members.size() << " member" << (members.size() == 1 ? "" : "s")
              << ", oldest first):\n";
    for (const LineageMember& m : members) {
      std::cout << (m.position == 0 ? "  * " : m.position < 0 ? "  < " : "  > ") << m.id << "  "
                << (m.date.empty() ? (m.year ? std::to_string(m.year) : std::string("date unknown")) : m.date)
                << (m.in_corpus ? "  [corpus]" : "") << "\n";
    }
  }
  return result.failures.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace

void add_lineage_command(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<LineageArgs>();
  auto* sub = app.add_subcommand(
      "lineage",
      "The resolution series a resolution belongs to, oldest first (< before it, * itself, > after it), with "
      "the dates the texts give: the resolutions that recall earlier ones \"on the subject\" (\"Recalling its "
      "previous resolutions on the question, including resolution 74/128\") and those they recall.");
  sub->add_option("subject", args->subject, "The resolution: a UN symbol in any spelling, or a scanned file")
      ->required();
  add_corpus_options(sub, args->corpus);
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->add_option("--draw", args->draw,
                  "Also draw the series as a timeline to FILE (.svg, .png, .pdf or .dot): a column per year, "
                  "the resolution asked for outlined, members cited but not in the corpus dashed");
  sub->callback([args, &ctx] { ctx.exit_code = run(*args); });
}

}  // namespace unxref::cli
