// A self-contained HTML page: each recommendation beside its best paragraph,
// shared passages marked. Every piece of document text goes through html_escape();
// no document text ever lands inside a tag, attribute or script.
#include <algorithm>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "unxref/uptake/report.hpp"
#include "unxref/core/html_escape.hpp"
#include "uptake/report/report_common.hpp"

namespace unxref::uptake {
namespace {

// `text` escaped, with the (possibly overlapping) spans wrapped in <mark>.
std::string highlighted(const std::string& text, std::vector<Span> spans) {
  for (Span& s : spans) {
    s.end = std::min(s.end, text.size());
    s.start = std::min(s.start, s.end);
  }
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.start < b.start; });
  std::string out;
  std::size_t pos = 0;
  for (const Span& s : spans) {
    if (s.end <= pos) continue;
    const std::size_t start = std::max(s.start, pos);
    out += html_escape(std::string_view(text).substr(pos, start - pos));
    out += "<mark>" + html_escape(std::string_view(text).substr(start, s.end - start)) + "</mark>";
    pos = s.end;
  }
  return out + html_escape(std::string_view(text).substr(pos));
}

std::string fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

constexpr std::string_view kStyle = R"(
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.5em;vertical-align:top;text-align:left}
th{background:#f3f3f3}
mark{background:#ffe27a}
.verbatim{background:#c8ecc8}.adapted{background:#dcecff}.thematic{background:#f5e6ff}.absent{background:#eee}
.meta{color:#666;font-size:.9em}
)";

// What each verdict and number means, with the thresholds this report used.
void write_definitions(std::ostream& out, const Thresholds& th) {
  out << "<details><summary>How to read this report</summary><dl class=\"meta\">\n"
      << "<dt>coverage</dt><dd>share of the recommendation's words (content words 1, function words 0.3, common "
         "UN phrases 0.1) aligned with the paragraph, same stem, in order, in up to six local alignments</dd>\n"
      << "<dt>exact coverage</dt><dd>the same, counting only runs of at least " << th.min_exact_run
      << " identical words</dd>\n"
      << "<dt>similarity</dt><dd>TF-IDF cosine of the stemmed words and word pairs of the two texts</dd>\n"
      << "<dt>distinct share</dt><dd>the words the two share, each weighted by how few paragraphs of the target "
         "hold it (IDF), over the same sum for all the recommendation's words: names and phrases every paragraph "
         "repeats count for almost nothing</dd>\n"
      << "<dt>score</dt><dd>0 to 1: 0.35 coverage + 0.3 exact coverage + 0.35 similarity + 0.05 per shared citation "
         "(two at most); it ranks the paragraphs of one recommendation, it is not a probability</dd>\n"
      << "<dt class=\"verbatim\">verbatim</dt><dd>taken over word for word: exact coverage at least "
      << fixed2(th.verbatim_exact) << " with a run of at least " << th.verbatim_run
      << " identical words"
      << (th.verbatim_changes == std::numeric_limits<int>::max()
              ? std::string()
              : " and at most " + std::to_string(th.verbatim_changes) +
                    " edits (a word or phrase changed, dropped or inserted between the runs; dates, numbers and "
                    "the opening clause verb do not count)")
      << ", or a recommendation of at most 12 words repeated with at most one word changed</dd>\n"
      << "<dt class=\"adapted\">adapted</dt><dd>the same wording, edited or reordered: coverage at least "
      << fixed2(th.adapted_coverage) << " with at least " << th.adapted_words
      << " aligned content words, or similarity at least " << fixed2(th.adapted_similarity) << " with at least "
      << th.adapted_words << " shared words</dd>\n"
      << "<dt class=\"thematic\">thematic</dt><dd>the same subject in other words: similarity at least "
      << fixed2(th.thematic_similarity) << " and at least " << th.thematic_terms
      << " shared words or citations, and a distinct share at least " << fixed2(th.thematic_share) << "</dd>\n"
      << "<dt class=\"absent\">absent</dt><dd>none of these; the nearest paragraph is shown</dd>\n"
      << "</dl></details>\n";
}

}  // namespace

void write_html(std::ostream& out, const UptakeReport& report) {
  const auto counts = verdict_counts(report);
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
         "<title>Recommendation uptake: "
      << html_escape(report.target) << "</title><style>" << kStyle << "</style></head><body>\n";
  out << "<h1>Recommendation uptake</h1>\n<p class=\"meta\">Target: " << html_escape(report.target) << "<br>Sources: ";
  for (std::size_t i = 0; i < report.sources.size(); ++i) out << (i ? ", " : "") << html_escape(report.sources[i]);
  out << "<br>verbatim " << counts[0] << ", adapted " << counts[1] << ", thematic " << counts[2] << ", absent "
      << counts[3] << "</p>\n";
  for (const std::string& w : report.warnings) out << "<p class=\"meta\">Warning: " << html_escape(w) << "</p>\n";
  write_definitions(out, report.thresholds);
  out << "<table>\n<tr><th>Recommendation</th><th>Verdict</th><th>Best paragraph</th></tr>\n";
  for (std::size_t i = 0; i < report.recommendations.size(); ++i) {
    const Recommendation& rec = report.recommendations[i];
    const RecommendationResult& res = report.results[i];
    const ParagraphMatch* best = res.matches.empty() ? nullptr : &res.matches.front();
    const bool show = best && taken_up(best->verdict);
    std::vector<Span> rec_spans, para_spans;
    if (show)
      for (const SharedPassage& sp : best->passages) rec_spans.push_back(sp.rec), para_spans.push_back(sp.para);
    const std::string verdict(to_string(res.verdict));
    out << "<tr><td><b>" << html_escape(qualified_id(report, rec)) << "</b>"
        << (rec.label.empty() ? "" : " (" + html_escape(rec.label) + ")") << "<br>" << highlighted(rec.text, rec_spans)
        << "</td><td class=\"" << verdict << "\">" << verdict << "<br>" << fixed2(res.score);
    if (show && !best->key_terms.empty()) {
      out << "<div class=\"meta\">shared terms: ";
      for (std::size_t k = 0; k < best->key_terms.size(); ++k) out << (k ? ", " : "") << html_escape(best->key_terms[k]);
      out << "</div>";
    }
    if (show && !best->shared_citations.empty()) {
      out << "<div class=\"meta\">shared citations: ";
      for (std::size_t k = 0; k < best->shared_citations.size(); ++k)
        out << (k ? ", " : "") << html_escape(best->shared_citations[k]);
      out << "</div>";
    }
    out << "</td><td>";
    if (show) {
      const Paragraph& para = report.paragraphs[best->paragraph];
      out << "<b>" << html_escape(para.number) << "</b> <span class=\"meta\">" << to_string(para.kind) << "</span><br>"
          << highlighted(para.text, para_spans);
      const std::string others = paragraph_list(report, res);
      if (res.matches.size() > 1) out << "<div class=\"meta\">also: " << html_escape(others) << "</div>";
    } else {
      out << "<span class=\"meta\">not taken up</span>";
    }
    out << "</td></tr>\n";
  }
  out << "</table>\n</body></html>\n";
}

}  // namespace unxref::uptake
