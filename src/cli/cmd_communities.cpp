// unxref communities PATH...: groups of targets that the same documents cite
// together (igraph's Louvain method on the co-citation graph).
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/cmd_corpus.hpp"
#include "unxref/core/error.hpp"
#include "unxref/graph/communities.hpp"

namespace unxref::cli {
namespace {

struct CommunitiesArgs {
  CorpusArgs corpus;
  std::string format = "text";
  CommunityOptions options;
};

int run(CommunitiesArgs& args) {
  args.corpus.progress = isatty(STDERR_FILENO) != 0;
  ScanResult result;
  try {
    result = load_corpus(args.corpus, "communities");
  } catch (const FileError& e) {
    std::cerr << "unxref communities: error: " << e.what() << "\n";
    return kExitUsage;
  }
  const std::vector<int> found = communities(result.graph, args.options);
  const GraphStorage& g = result.graph.storage();
  std::map<int, std::vector<std::string>> members;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
    if (found[v] >= 0) members[found[v]].push_back(g[v].id);
  if (args.format == "json") {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (auto& [c, ids] : members) {
      std::sort(ids.begin(), ids.end());
      out.push_back({{"community", c}, {"members", ids}});
    }
    std::cout << nlohmann::ordered_json{{"communities", out}}.dump(2) << "\n";
  } else {
    for (auto& [c, ids] : members) {
      std::sort(ids.begin(), ids.end());
      std::cout << "community " << c << " (" << ids.size() << "):\n";
      for (const std::string& id : ids) std::cout << "  " << id << "\n";
    }
  }
  return result.failures.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace

void add_communities_command(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<CommunitiesArgs>();
  auto* sub = app.add_subcommand(
      "communities",
      "Communities of co-cited targets: resolutions, treaties and SDG targets that the same documents cite "
      "together, found by igraph's Louvain method on the co-citation graph (weights: documents citing both). "
      "`scan --communities` writes them into the exports and colours the drawings by them.");
  add_corpus_options(sub, args->corpus);
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->add_option("--resolution", args->options.resolution, "Modularity resolution (higher: smaller communities)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--max-fanout", args->options.max_fanout, "Leave out documents citing more targets than this")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--seed", args->options.seed, "Seed of igraph's random vertex order")->capture_default_str();
  sub->callback([args, &ctx] { ctx.exit_code = run(*args); });
}

}  // namespace unxref::cli
