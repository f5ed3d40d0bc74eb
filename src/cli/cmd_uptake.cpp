// unxref uptake SOURCE... TARGET [--source FILE|DIR]... [--format text|json|csv|html] [--out FILE]
#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "unxref/core/error.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/extract/extract.hpp"
#include "unxref/pipeline/collect.hpp"
#include "unxref/uptake/report.hpp"
#include "unxref/uptake/uptake.hpp"

namespace unxref::cli {
namespace {

struct UptakeArgs {
  std::vector<std::string> positional;  // SOURCE... TARGET
  std::vector<std::string> sources;     // --source, repeatable
  std::string format = "text";
  std::string out;
  std::string language = "english";
  std::vector<std::string> thresholds;  // NAME=VALUE
  bool no_citations = false;
  std::string units;  // "source" or "target": list the units of each file, match nothing
  bool line_paragraphs = false;
  bool all_candidates = false;
  bool strict = false;
};

// --line-paragraphs: a plain-text file written without line wrapping (one
// paragraph per line, as the UN's Akoma Ntoso texts are exported) keeps its
// lines as blocks; the text reader would join the lines up to a blank line.
Document read_input(const std::string& file, bool line_paragraphs) {
  Document doc = extract_file(file);
  if (!line_paragraphs || doc.meta.format != "text") return doc;
  std::ifstream in(file, std::ios::binary);
  std::vector<Block> blocks;
  int page = 1;
  for (std::string line; std::getline(in, line);) {
    for (std::size_t ff = line.find('\f'); ff != std::string::npos; ff = line.find('\f')) {
      line.erase(ff, 1);
      ++page;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    blocks.push_back(Block{page, Role::body, {}, line.substr(first), 0});
  }
  doc.blocks = std::move(blocks);
  return doc;
}

// --units: the units the segmenters find, one JSON object per line, so that
// segmentation can be checked on its own (tools/akn_segments.py).
int print_units(const UptakeArgs& args) {
  int failed = 0;
  for (const std::string& arg : args.positional) {
    Document doc;
    try {
      doc = read_input(arg, args.line_paragraphs);
    } catch (const std::exception& e) {
      std::cerr << "unxref uptake: error: " << e.what() << "\n";
      ++failed;
      continue;
    }
    if (args.units == "target") {
      for (const uptake::Paragraph& p : uptake::segment_paragraphs(doc))
        std::cout << nlohmann::json{{"file", arg}, {"number", p.number}, {"kind", uptake::to_string(p.kind)},
                                    {"verb", p.verb}, {"page", p.page}, {"start", p.span.start},
                                    {"end", p.span.end}, {"text", p.text}}
                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
    } else {
      for (const uptake::Recommendation& r : uptake::segment_recommendations(doc, arg))
        std::cout << nlohmann::json{{"file", arg}, {"id", r.id}, {"label", r.label}, {"section", r.section},
                                    {"page", r.page}, {"text", r.text}}
                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
    }
  }
  return failed ? kExitSomeFailed : kExitOk;
}

// --threshold NAME=VALUE overrides one field of uptake::Thresholds (used by
// tools/uptake_eval.py --tune). Returns an error message or "".
std::string set_threshold(uptake::Thresholds& th, const std::string& assignment) {
  const auto eq = assignment.find('=');
  if (eq == std::string::npos) return "expected NAME=VALUE, got '" + assignment + "'";
  const std::string name = assignment.substr(0, eq);
  double value = 0;
  try {
    std::size_t used = 0;
    value = std::stod(assignment.substr(eq + 1), &used);
    if (used != assignment.size() - eq - 1) throw std::invalid_argument("trailing characters");
  } catch (const std::exception&) {
    return "'" + assignment.substr(eq + 1) + "' is not a number";
  }
  struct Field {
    const char* name;
    double* real;
    int* whole;
  };
  const Field fields[] = {{"min_weight", &th.min_weight, nullptr},
                          {"min_exact_run", nullptr, &th.min_exact_run},
                          {"verbatim_exact", &th.verbatim_exact, nullptr},
                          {"verbatim_run", nullptr, &th.verbatim_run},
                          {"verbatim_changes", nullptr, &th.verbatim_changes},
                          {"adapted_coverage", &th.adapted_coverage, nullptr},
                          {"adapted_words", nullptr, &th.adapted_words},
                          {"adapted_similarity", &th.adapted_similarity, nullptr},
                          {"thematic_similarity", &th.thematic_similarity, nullptr},
                          {"thematic_terms", nullptr, &th.thematic_terms},
                          {"thematic_distinct", nullptr, &th.thematic_distinct},
                          {"thematic_share", &th.thematic_share, nullptr}};
  for (const Field& f : fields) {
    if (name != f.name) continue;
    if (f.real) *f.real = value;
    else *f.whole = static_cast<int>(value);
    return "";
  }
  return "unknown threshold '" + name + "'";
}

// A folder stands for the supported files in it, in name order, so that the
// report is the same on every machine. README files are sources too here.
std::vector<std::filesystem::path> expand(const std::string& arg) {
  std::error_code ec;
  if (!std::filesystem::is_directory(arg, ec)) return {arg};  // its reader names what is wrong
  CollectOptions options;
  options.skip_readme = false;
  std::vector<std::filesystem::path> files;
  for (const InputFile& f : collect_inputs({arg}, options).files) files.push_back(f.file);
  return files;
}

int run(const UptakeArgs& args) {
  if (!args.units.empty()) return print_units(args);
  std::vector<std::string> source_args = args.sources;
  std::vector<std::string> positional = args.positional;
  if (positional.empty()) {
    std::cerr << "unxref uptake: error: no TARGET given\n";
    return kExitUsage;
  }
  const std::string target_arg = positional.back();
  positional.pop_back();
  source_args.insert(source_args.begin(), positional.begin(), positional.end());
  if (source_args.empty()) {
    std::cerr << "unxref uptake: error: no SOURCE given (unxref uptake SOURCE TARGET)\n";
    return kExitUsage;
  }
  const auto format = uptake::parse_format(args.format);
  if (!format) {
    std::cerr << "unxref uptake: error: unknown format '" << args.format << "'\n";
    return kExitUsage;
  }
  uptake::UptakeOptions options;
  options.language = args.language;
  options.all_candidates = args.all_candidates;
  for (const std::string& t : args.thresholds) {
    if (const std::string err = set_threshold(options.thresholds, t); !err.empty()) {
      std::cerr << "unxref uptake: error: --threshold: " << err << "\n";
      return kExitUsage;
    }
  }

  // Shared citations are extra evidence: the detector finds them per unit.
  std::shared_ptr<Detector> detector;
  if (!args.no_citations) {
    try {
      detector = std::make_shared<Detector>();
    } catch (const std::exception& e) {
      std::cerr << "unxref uptake: warning: citation detector unavailable, matching on words only: " << e.what() << "\n";
    }
  }
  if (detector) {
    options.citations = [detector](std::string_view text) {
      std::vector<std::string> ids;
      for (const Mention& m : detector->detect(text))
        if (!m.unresolved && !m.target.empty() && std::find(ids.begin(), ids.end(), m.target) == ids.end())
          ids.push_back(m.target);
      return ids;
    };
  }

  int failed = 0;
  Document target;
  try {
    target = read_input(target_arg, args.line_paragraphs);
  } catch (const std::exception& e) {
    std::cerr << "unxref uptake: error: " << e.what() << "\n";
    return kExitSomeFailed;  // nothing to match against
  }
  std::vector<Document> sources;
  std::vector<std::filesystem::path> seen;  // a file named twice (or inside a named folder) counts once
  for (const std::string& arg : source_args) {
    const auto files = expand(arg);
    if (files.empty()) {
      std::cerr << "unxref uptake: error: " << arg << ": no supported files (.pdf, .txt, .md) in folder\n";
      ++failed;
    }
    for (const auto& f : files) {
      std::error_code ec;
      const auto canonical = std::filesystem::weakly_canonical(f, ec);
      if (std::find(seen.begin(), seen.end(), canonical) != seen.end()) continue;
      seen.push_back(canonical);
      try {
        sources.push_back(read_input(f.string(), args.line_paragraphs));
        sources.back().meta.path = f.string();
      } catch (const std::exception& e) {
        std::cerr << "unxref uptake: error: " << e.what() << "\n";
        ++failed;
      }
    }
  }
  target.meta.path = target_arg;
  uptake::UptakeReport report;
  try {
    report = uptake::trace_uptake(sources, target, options);
  } catch (const std::invalid_argument& e) {  // e.g. no stemmer for --language
    std::cerr << "unxref uptake: error: " << e.what() << "\n";
    return kExitUsage;
  }
  for (const std::string& w : report.warnings) std::cerr << "unxref uptake: warning: " << w << "\n";
  if (args.strict && !report.direction.empty()) {
    std::cerr << "unxref uptake: error: --strict: the target is older than a source; no report written\n";
    return kExitSomeFailed;
  }

  if (args.out.empty()) {
    uptake::write_report(std::cout, report, *format);
  } else {
    std::ofstream os(args.out, std::ios::binary);
    uptake::write_report(os, report, *format);
    if (!os) {
      std::cerr << "unxref uptake: error: " << args.out << ": cannot write\n";
      return kExitSomeFailed;
    }
  }
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace

void add_uptake_command(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<UptakeArgs>();
  auto* sub = app.add_subcommand(
      "uptake",
      "Trace which recommendations of SOURCE documents were taken up by TARGET: verbatim, adapted, "
      "thematic or absent, with the best operative/preambular paragraph(s) and the shared passages.");
  sub->add_option("files", args->positional, "SOURCE... TARGET (the last file is the target)");
  // One value per use, so "--source DIR TARGET" leaves TARGET positional.
  sub->add_option("-s,--source", args->sources, "A further source file or folder (repeatable)")
      ->allow_extra_args(false);
  sub->add_option("-f,--format", args->format, "Output format: text, json, csv or html")
      ->check(CLI::IsMember({"text", "json", "csv", "html"}))
      ->capture_default_str();
  sub->add_option("-o,--out", args->out, "Write the report to this file instead of stdout");
  sub->add_option("--language", args->language, "Snowball stemmer language (english, french, spanish, ...)")
      ->capture_default_str();
  sub->add_option("--threshold", args->thresholds,
                  "Override a verdict threshold, NAME=VALUE (see include/unxref/uptake/uptake.hpp)")
      ->allow_extra_args(false);
  sub->add_flag("--no-citations", args->no_citations,
                "Do not use shared citations (resolutions, treaties, SDG targets) as evidence");
  sub->add_option("--units", args->units,
                  "List the units of each FILE as JSON lines instead of matching: 'source' "
                  "(recommendations) or 'target' (paragraphs with kind, number, verb, byte span)")
      ->check(CLI::IsMember({"source", "target"}));
  sub->add_flag("--strict", args->strict,
                "Refuse (exit 1, no report) when the target is dated before a source");
  sub->add_flag("--all-candidates", args->all_candidates,
                "Report every scored candidate paragraph with its features (for tuning the thresholds)");
  sub->add_flag("--line-paragraphs", args->line_paragraphs,
                "Read plain-text files one paragraph per line (text exported without line wrapping)");
  sub->callback([args, &ctx] { ctx.exit_code = run(*args); });
}

}  // namespace unxref::cli
