#include "cli/report_output.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <iostream>

#include "unxref/core/error.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/extract/extract.hpp"
#include "unxref/graph/exports.hpp"
#include "unxref/report/report.hpp"
#include "unxref/uptake/report.hpp"
#include "unxref/uptake/uptake.hpp"

namespace unxref::cli {

std::pair<std::filesystem::path, std::filesystem::path> uptake_pair_files(const std::string& pair) {
  const auto comma = pair.find(',');
  return {pair.substr(0, comma), pair.substr(comma + 1)};
}

namespace {

namespace fs = std::filesystem;

// One uptake page: SOURCE and TARGET extracted as `unxref uptake` does.
report::ExtraPage write_uptake(report::ReportWriter& writer, const std::string& pair, std::size_t n,
                               const std::shared_ptr<Detector>& detector) {
  const auto [source, target] = uptake_pair_files(pair);
  Document src = extract_file(source), tgt = extract_file(target);
  src.meta.path = source.string();
  tgt.meta.path = target.string();
  uptake::UptakeOptions options;
  options.citations = [detector](std::string_view text) {
    std::vector<std::string> ids;
    for (const Mention& m : detector->detect(text))
      if (!m.unresolved && !m.target.empty() && std::find(ids.begin(), ids.end(), m.target) == ids.end())
        ids.push_back(m.target);
    return ids;
  };
  const uptake::UptakeReport result = uptake::trace_uptake({src}, tgt, options);
  report::ExtraPage page;
  page.file = "uptake-" + std::to_string(n) + ".html";
  page.title = source.filename().string() + " → " + target.filename().string();
  std::array<std::size_t, 4> counts{};
  for (const uptake::RecommendationResult& r : result.results) ++counts[static_cast<std::size_t>(r.verdict)];
  page.summary = std::to_string(result.recommendations.size()) + " recommendations: " + std::to_string(counts[0]) +
                 " verbatim, " + std::to_string(counts[1]) + " adapted, " + std::to_string(counts[2]) +
                 " thematic, " + std::to_string(counts[3]) + " absent";
  write_file(writer.page_path(page.file), [&](std::ostream& os) { uptake::write_html(os, result); });
  return page;
}

}  // namespace

void add_report_options(CLI::App* sub, ReportArgs& args) {
  sub->add_option("--uptake", args.uptake,
                  "SOURCE,TARGET: also trace the recommendations of SOURCE into TARGET (two files) and link the "
                  "uptake page from the report (repeatable)")
      ->check([](const std::string& v) -> std::string {
        const auto comma = v.find(',');
        if (comma == std::string::npos) return "expected SOURCE,TARGET";
        for (const std::string& f : {v.substr(0, comma), v.substr(comma + 1)}) {
          std::error_code ec;
          if (!fs::is_regular_file(f, ec)) return "no such file: " + f;
        }
        return "";
      });
  sub->add_option("--title", args.title, "Title of the report")->capture_default_str();
}

int write_report(Index& index, const ScanResult& corpus, const fs::path& out, const ReportArgs& args,
                 const std::string& command, bool quiet) {
  int failed = 0;
  try {
    report::ReportOptions options;
    options.title = args.title;
    report::ReportWriter writer(out, corpus.graph, corpus.documents, options);
    index.for_each_document([&](const CorpusDocument& d, const FlatText& text, const std::vector<Mention>& mentions) {
      writer.add_document(d, text, mentions);
    });
    if (!args.uptake.empty()) {
      const auto detector = std::make_shared<Detector>();
      for (std::size_t i = 0; i < args.uptake.size(); ++i) {
        try {
          writer.add_page(write_uptake(writer, args.uptake[i], i + 1, detector));
        } catch (const std::exception& e) {
          std::cerr << "unxref " << command << ": error: --uptake " << args.uptake[i] << ": " << e.what() << "\n";
          ++failed;
        }
      }
    }
    const fs::path overview = writer.finish();
    if (!quiet) std::cerr << "unxref " << command << ": report: " << overview.string() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "unxref " << command << ": error: " << e.what() << "\n";
    ++failed;
  }
  return failed;
}

}  // namespace unxref::cli
