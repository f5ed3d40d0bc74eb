// unxref extract FILE... [--format text|json] [--out DIR]
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/document_json.hpp"
#include "cli/reading_order_option.hpp"
#include "unxref/core/error.hpp"
#include "unxref/extract/extract.hpp"

namespace unxref::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> files;
  std::string format = "text";
  std::string out_dir;
  ExtractOptions options;
};

std::string render(const Document& doc, const std::string& format) {
  // Invalid UTF-8 never reaches here from the readers, so dump() cannot throw on it;
  // `replace` keeps that promise even if a reader slips.
  if (format == "json") return document_to_json(doc).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  return flatten(doc).text;
}

int run(const ExtractArgs& args) {
  int failed = 0;
  const bool to_dir = !args.out_dir.empty();
  if (to_dir) std::filesystem::create_directories(args.out_dir);
  for (const std::string& f : args.files) {
    try {
      Document doc = extract_file(f, args.options);
      for (const std::string& w : doc.warnings) std::cerr << f << ": warning: " << w << "\n";
      const std::string text = render(doc, args.format);
      if (!to_dir) {
        std::cout << text;
        continue;
      }
      std::filesystem::path out = std::filesystem::path(args.out_dir) /
                                  std::filesystem::path(f).stem();
      out += args.format == "json" ? ".json" : ".txt";
      std::ofstream os(out, std::ios::binary);
      os << text;
      if (!os) throw FileError(out, "cannot write");
      std::cerr << f << ": " << doc.meta.page_count << " pages, " << doc.blocks.size()
                << " blocks" << (doc.meta.symbol.empty() ? "" : ", symbol " + doc.meta.symbol)
                << " -> " << out.string() << "\n";
    } catch (const std::exception& e) {
      std::cerr << "unxref extract: error: " << e.what() << "\n";
      ++failed;
    }
  }
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace

void add_extract_command(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<ExtractArgs>();
  auto* sub = app.add_subcommand(
      "extract",
      "Extract text from PDF, .txt and .md files: body and footnotes in reading order, "
      "with the UN masthead (symbol, date, sponsors) kept apart as metadata.");
  sub->add_option("files", args->files, "Input files")->required()->check(CLI::ExistingFile);
  sub->add_option("-f,--format", args->format, "Output format: text (body + footnotes) or json "
                  "(metadata and blocks with page, role and bounding box)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->add_option("-o,--out", args->out_dir,
                  "Write one <stem>.txt/.json per input into this folder instead of stdout");
  add_reading_order_option(sub, args->options.reading_order);
  sub->callback([args, &ctx] { ctx.exit_code = run(*args); });
}

}  // namespace unxref::cli
