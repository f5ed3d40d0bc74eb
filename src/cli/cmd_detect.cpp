// unxref detect [FILE...|-] [--format jsonl|csv|text]
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/registry_option.hpp"
#include "unxref/core/error.hpp"
#include "unxref/core/un_symbol.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/extract/extract.hpp"

namespace unxref::cli {
namespace {

struct DetectArgs {
  std::vector<std::string> files;
  std::string format = "jsonl";
  std::vector<std::string> registries;
};

// The column order of mentions.csv; jsonl uses the same names.
constexpr const char* kColumns[] = {"doc",  "target",   "kind", "surface",       "start",  "end",
                                    "page", "section", "pinpoint", "date", "resolved_from", "context"};

std::string csv_field(std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(v);
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::vector<std::string> fields(const Mention& m) {
  return {m.doc,          m.target,    std::string(to_string(m.kind)), m.surface, std::to_string(m.start),
          std::to_string(m.end), std::to_string(m.page), m.section, m.pinpoint, m.date, m.resolved_from, m.context,
          m.verb, m.relation, m.chapter_vii ? "true" : "false", m.series ? "true" : "false"};
}

void write_mention(std::ostream& os, const Mention& m, const std::string& format) {
  if (format == "jsonl") {
    nlohmann::ordered_json j;
    j["doc"] = m.doc;
    j["target"] = m.target;
    j["kind"] = std::string(to_string(m.kind));
    j["surface"] = m.surface;
    j["start"] = m.start;
    j["end"] = m.end;
    j["page"] = m.page;
    j["section"] = m.section;
    j["pinpoint"] = m.pinpoint;
    j["date"] = m.date;
    j["resolved_from"] = m.resolved_from;
    j["context"] = m.context;
    if (m.unresolved) j["unresolved"] = true;
    j["verb"] = m.verb;
    j["relation"] = m.relation;
    j["chapter_vii"] = m.chapter_vii;
    j["series"] = m.series;
    os << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else if (format == "csv") {
    // RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted.
    std::vector<std::string> f = fields(m);
    for (std::size_t i = 0; i < f.size(); ++i) os << (i ? "," : "") << csv_field(f[i]);
    os << "\r\n";
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
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    if (std::cin.bad()) throw FileError("<stdin>", "cannot read standard input");
    return detector.detect(std::string_view(ss.str()), "-");
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
  if (args.format == "csv") {
    for (std::size_t i = 0; i < std::size(kColumns); ++i) std::cout << (i ? "," : "") << kColumns[i];
    std::cout << "\r\n";
  }
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
