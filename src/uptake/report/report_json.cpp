// JSON: everything the other formats show, with spans as byte offsets.
#include <nlohmann/json.hpp>

#include "unxref/uptake/report.hpp"
#include "uptake/report/report_common.hpp"

namespace unxref::uptake {
namespace {

using nlohmann::json;

json span_json(const std::string& text, Span s) {
  const std::size_t end = std::min(s.end, text.size());
  const std::size_t start = std::min(s.start, end);
  return {{"start", start}, {"end", end}, {"text", text.substr(start, end - start)}};
}

json match_json(const UptakeReport& report, const Recommendation& rec, const ParagraphMatch& m) {
  const Paragraph& para = report.paragraphs[m.paragraph];
  json passages = json::array();
  for (const SharedPassage& sp : m.passages)
    passages.push_back({{"recommendation", span_json(rec.text, sp.rec)},
                        {"paragraph", span_json(para.text, sp.para)},
                        {"words", sp.words},
                        {"longest_run", sp.longest_run}});
  return {{"paragraph", para.number},      {"kind", to_string(para.kind)},
          {"verdict", to_string(m.verdict)}, {"score", m.score},
          {"coverage", m.coverage},        {"exact_coverage", m.exact_coverage},
          {"similarity", m.similarity},    {"aligned_words", m.aligned_words},
          {"longest_run", m.longest_run},  {"short_repeat", m.short_repeat}, {"changes", m.changes}, {"distinct_terms", m.distinct_terms},
          {"distinct_weight", m.distinct_weight}, {"distinct_share", m.distinct_share}, {"key_terms", m.key_terms},
          {"shared_citations", m.shared_citations}, {"passages", passages}};
}

}  // namespace

void write_json(std::ostream& out, const UptakeReport& report) {
  const auto counts = verdict_counts(report);
  json recs = json::array();
  for (std::size_t i = 0; i < report.recommendations.size(); ++i) {
    const Recommendation& rec = report.recommendations[i];
    const RecommendationResult& res = report.results[i];
    json matches = json::array();
    for (const ParagraphMatch& m : res.matches) matches.push_back(match_json(report, rec, m));
    recs.push_back({{"source", rec.source}, {"id", rec.id}, {"label", rec.label}, {"section", rec.section},
                    {"page", rec.page}, {"text", rec.text}, {"citations", rec.citations},
                    {"verdict", to_string(res.verdict)}, {"score", res.score}, {"matches", matches}});
  }
  json paras = json::array();
  for (std::size_t p = 0; p < report.paragraphs.size(); ++p) {
    const Paragraph& para = report.paragraphs[p];
    json origins = json::array();
    for (const Origin& o : report.origins[p]) {
      const Recommendation& rec = report.recommendations[o.recommendation];
      origins.push_back({{"source", rec.source}, {"id", rec.id}, {"verdict", to_string(o.verdict)}, {"score", o.score}});
    }
    paras.push_back({{"number", para.number}, {"kind", to_string(para.kind)}, {"page", para.page},
                     {"text", para.text}, {"citations", para.citations}, {"origins", origins}});
  }
  const json doc = {{"sources", report.sources},
                    {"target", report.target},
                    {"warnings", report.warnings},
                    {"summary",
                     {{"recommendations", report.recommendations.size()},
                      {"verbatim", counts[0]},
                      {"adapted", counts[1]},
                      {"thematic", counts[2]},
                      {"absent", counts[3]}}},
                    {"recommendations", recs},
                    {"paragraphs", paras}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace unxref::uptake
