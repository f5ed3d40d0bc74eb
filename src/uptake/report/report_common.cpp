#include "uptake/report/report_common.hpp"

#include <cstdio>

#include "unxref/uptake/report.hpp"

namespace unxref::uptake {

std::array<std::size_t, 4> verdict_counts(const UptakeReport& report) {
  std::array<std::size_t, 4> counts{};
  for (const RecommendationResult& r : report.results) ++counts[static_cast<std::size_t>(r.verdict)];
  return counts;
}

std::string paragraph_list(const UptakeReport& report, const RecommendationResult& result) {
  std::string out;
  for (const ParagraphMatch& m : result.matches) {
    if (!taken_up(m.verdict)) continue;
    if (!out.empty()) out += "; ";
    out += report.paragraphs[m.paragraph].number;
  }
  return out;
}

std::string qualified_id(const UptakeReport& report, const Recommendation& rec) {
  return report.sources.size() > 1 ? rec.source + "#" + rec.id : rec.id;
}

std::string one_line(std::string_view text, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v' || c == ' ') {
      space = !out.empty();
      continue;
    }
    const bool starts_char = (c & 0xC0) != 0x80;
    if (starts_char) {
      if (chars + (space ? 1 : 0) >= max_chars) return out + "\u2026";
      if (space) out += ' ', ++chars;
      space = false;
      ++chars;
    }
    out += static_cast<char>(c);
  }
  return out;
}

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "json") return Format::json;
  if (name == "csv") return Format::csv;
  if (name == "html") return Format::html;
  return std::nullopt;
}

void write_report(std::ostream& out, const UptakeReport& report, Format format) {
  switch (format) {
    case Format::text: return write_text(out, report);
    case Format::json: return write_json(out, report);
    case Format::csv: return write_csv(out, report);
    case Format::html: return write_html(out, report);
  }
}

}  // namespace unxref::uptake
