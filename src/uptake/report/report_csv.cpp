// CSV (RFC 4180): one row per recommendation, best paragraphs joined by "; ".
#include <cstdio>
#include <string>

#include "unxref/uptake/report.hpp"
#include "uptake/report/report_common.hpp"

namespace unxref::uptake {
namespace {

std::string field(std::string_view s) {
  // Quote always: document text holds commas, quotes and line breaks. A
  // leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
  std::string out = "\"";
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) out += '\'';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : "; ") + s;
  return out;
}

}  // namespace

void write_csv(std::ostream& out, const UptakeReport& report) {
  out << "source,id,label,verdict,score,paragraphs,coverage,exact_coverage,similarity,longest_run,key_terms,"
         "shared_citations,recommendation\r\n";
  for (std::size_t i = 0; i < report.recommendations.size(); ++i) {
    const Recommendation& rec = report.recommendations[i];
    const RecommendationResult& res = report.results[i];
    const ParagraphMatch* best = res.matches.empty() ? nullptr : &res.matches.front();
    out << field(rec.source) << ',' << field(rec.id) << ',' << field(rec.label) << ',' << to_string(res.verdict)
        << ',' << num(res.score) << ',' << field(paragraph_list(report, res)) << ','
        << (best ? num(best->coverage) : "") << ',' << (best ? num(best->exact_coverage) : "") << ','
        << (best ? num(best->similarity) : "") << ',' << (best ? std::to_string(best->longest_run) : "") << ','
        << field(best ? joined(best->key_terms) : "") << ',' << field(best ? joined(best->shared_citations) : "")
        << ',' << field(rec.text) << "\r\n";
  }
}

}  // namespace unxref::uptake
