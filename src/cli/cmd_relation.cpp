// unxref relation [VERB...]: the relation a clause verb gives the citations
// it governs, for checking the lexicon (data/clause-verbs.tsv) and for
// normalising gold verbs (tools/clause_eval.py).
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "unxref/core/error.hpp"
#include "unxref/detect/clause_relation.hpp"

namespace unxref::cli {
namespace {

struct RelationArgs {
  std::vector<std::string> verbs;
};

int run(const RelationArgs& args) {
  auto print = [](const std::string& verb) { std::cout << clause_relation(verb) << '\t' << verb << '\n'; };
  if (!args.verbs.empty()) {
    for (const std::string& v : args.verbs) print(v);
  } else {
    for (std::string line; std::getline(std::cin, line);) print(line);
  }
  std::cout.flush();
  return std::cout ? kExitOk : kExitSomeFailed;
}

}  // namespace

void add_relation_command(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<RelationArgs>();
  auto* sub = app.add_subcommand(
      "relation",
      "Print the relation (recalls, reaffirms, welcomes, takes-note, notes, acts-under, decides, requests, urges, "
      "condemns, endorses, other) that a clause verb, in any of the six UN languages, gives the citations of its "
      "clause: one 'relation<TAB>verb' line per verb.");
  sub->add_option("verbs", args->verbs, "Verbs as written (\"Recalling also\", \"Prie instamment\"); none: one per line on standard input");
  sub->callback([args, &ctx] { ctx.exit_code = run(*args); });
}

}  // namespace unxref::cli
