// The readable table: one line per recommendation, then the reverse view.
#include <algorithm>
#include <cstdio>
#include <string>

#include "unxref/uptake/report.hpp"
#include "uptake/report/report_common.hpp"

namespace unxref::uptake {
namespace {

std::string pad(std::string s, std::size_t width) {
  // Width in code points, so non-ASCII ids do not shift the columns.
  std::size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  if (chars < width) s.append(width - chars, ' ');
  return s;
}

std::string fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

void write_text(std::ostream& out, const UptakeReport& report) {
  out << "Uptake of " << report.recommendations.size() << " recommendation"
      << (report.recommendations.size() == 1 ? "" : "s") << " from ";
  if (report.sources.empty()) out << "(no source)";
  for (std::size_t i = 0; i < report.sources.size(); ++i) out << (i ? ", " : "") << report.sources[i];
  out << " in " << report.target << " (" << report.paragraphs.size() << " paragraphs)\n\n";

  std::size_t id_width = 4;
  for (const Recommendation& r : report.recommendations) id_width = std::max(id_width, qualified_id(report, r).size() + 2);
  out << pad("id", id_width) << pad("verdict", 10) << pad("score", 7) << pad("paragraphs", 14) << "recommendation\n";
  for (std::size_t i = 0; i < report.recommendations.size(); ++i) {
    const Recommendation& rec = report.recommendations[i];
    const RecommendationResult& res = report.results[i];
    // (Appending rather than assigning "-" sidesteps a GCC 12 -Wrestrict false positive.)
    std::string paras = paragraph_list(report, res);
    if (paras.empty()) paras.push_back('-');
    out << pad(qualified_id(report, rec), id_width) << pad(std::string(to_string(res.verdict)), 10)
        << pad(fixed2(res.score), 7) << pad(paras, 14) << one_line(rec.text, 70) << "\n";
  }
  const auto counts = verdict_counts(report);
  out << "\nverbatim " << counts[0] << ", adapted " << counts[1] << ", thematic " << counts[2] << ", absent "
      << counts[3] << "\n";

  out << "\nParagraph  most likely from\n";
  bool any = false;
  for (std::size_t p = 0; p < report.paragraphs.size(); ++p) {
    if (report.origins[p].empty()) continue;
    any = true;
    out << pad(report.paragraphs[p].number, 11);
    for (std::size_t k = 0; k < report.origins[p].size(); ++k) {
      const Origin& o = report.origins[p][k];
      out << (k ? ", " : "") << qualified_id(report, report.recommendations[o.recommendation]) << " ("
          << to_string(o.verdict) << " " << fixed2(o.score) << ")";
    }
    out << "\n";
  }
  if (!any) out << "(no paragraph takes up a recommendation)\n";
}

}  // namespace unxref::uptake
