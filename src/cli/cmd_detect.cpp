// unxref detect [FILE...|-] [--format jsonl|csv|text]
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>

#include "cli/commands.hpp"
#include "cli/registry_option.hpp"
#include "unxref/core/error.hpp"
#include "unxref/core/un_symbol.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/extract/extract.hpp"
#include "unxref/graph/exports.hpp"

namespace unxref::cli {
namespace {

struct DetectArgs {
  std::vector<std::string> files;
  std::string format = "jsonl";
  std::vector<std::string> registries;
};

void write_mention(std::ostream& os, const Mention& m, const std::string& format) {
  // The same writers as scan's mentions.jsonl and mentions.csv: one set of columns.
  if (format == "jsonl") {
    write_mention_jsonl(m, os);
  } else if (format == "csv") {
    write_mention_csv(m, os);
  } else {
    std::string surface = m.surface;
    for (char& c : surface)
      if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
    os << m.doc << ':' << m.start << '-' << m.end << " p." << m.page << '\t'
       << (m.target.empty() ? std::string("(unresolved)") : m.target) << '\t' << to_string(m.kind) << '\t'
       << surface;
    if (!m.pinpoint.empty()) os << "\t[" << m.pinpoint << ']';
    if (!m.date.empty()) os << "\t(" << m.date << ')';
    os << '\n';
  }
}

std::vector<Mention> detect_input(const Detector& detector, const std::string& input) {
  if (input == "-") {
    // In blocks from the C stream: std::cin, synchronised with stdio, hands
    // its buffer over a byte at a time (a sixth of detect's time on 52 MB).
    std::string text;
    std::vector<char> block(1 << 16);
    for (std::size_t n; (n = std::fread(block.data(), 1, block.size(), stdin)) > 0;) text.append(block.data(), n);
    if (std::ferror(stdin)) throw FileError("<stdin>", "cannot read standard input");
    return detector.detect(std::string_view(text), "-");
  }
  std::error_code ec;
  if (!std::filesystem::exists(input, ec)) throw FileError(input, "no such file");
  if (std::filesystem::is_directory(input, ec)) throw FileError(input, "is a directory (use `unxref scan` for folders)");
  Document doc = extract_file(input);
  for (const std::string& w : doc.warnings) std::cerr << input << ": warning: " << w << "\n";
  // The masthead's symbol is the document itself: never one of its citations.
  CitingDocument citing{input, doc.meta.date, {}};
  if (auto own = canonical_un_symbol(doc.meta.symbol)) citing.own_ids.push_back(*own);
  return detector.detect(flatten(doc), citing);
}

int run(const DetectArgs& args) {
  std::vector<std::string> inputs = args.files;
  if (inputs.empty()) inputs.push_back("-");
  std::optional<Detector> built;
  try {
    DetectorOptions options;
    for (const std::string& r : args.registries) options.extra_registries.emplace_back(r);
    built.emplace(std::move(options));
  } catch (const std::exception& e) {
    std::cerr << "unxref detect: error: cannot set up the detector: " << e.what() << "\n";
    return kExitSomeFailed;
  }
  const Detector& detector = *built;
  if (args.format == "csv") write_mentions_csv_header(std::cout);
  int failed = 0;
  for (const std::string& input : inputs) {
    try {
      for (const Mention& m : detect_input(detector, input)) write_mention(std::cout, m, args.format);
    } catch (const std::exception& e) {
      std::cerr << "unxref detect: error: " << e.what() << "\n";
      ++failed;
    }
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "unxref detect: error: cannot write to standard output\n";
    return kExitSomeFailed;
  }
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace

void add_detect_command(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<DetectArgs>();
  auto* sub = app.add_subcommand(
      "detect",
      "Find citations (UN resolutions and symbols, treaties, SDG targets, known documents) in PDF, "
      ".txt and .md files, or in plain text on standard input, and print one record per mention.");
  sub->add_option("files", args->files, "Input files; '-' or none reads plain text from standard input");
  sub->add_option("-f,--format", args->format,
                  "Output format: jsonl (one JSON object per line), csv (RFC 4180, with a header) or text")
      ->check(CLI::IsMember({"jsonl", "csv", "text"}))
      ->capture_default_str();
  add_registry_option(sub, args->registries);
  sub->callback([args, &ctx] { ctx.exit_code = run(*args); });
}

}  // namespace unxref::cli
