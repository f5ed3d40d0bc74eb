// mentions.jsonl, mentions.csv, targets.csv, documents.csv.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "graph/text_safety.hpp"
#include "unxref/core/dates.hpp"
#include "unxref/core/error.hpp"
#include "unxref/core/utf8.hpp"
#include "unxref/graph/analyses.hpp"
#include "unxref/graph/exports.hpp"

namespace unxref {
namespace {

constexpr const char* kEol = "\r\n";

// Writes one CSV record.
class CsvRow {
 public:
  explicit CsvRow(std::ostream& out) : out_(out) {}
  ~CsvRow() { out_ << kEol; }
  CsvRow(const CsvRow&) = delete;
  CsvRow& operator=(const CsvRow&) = delete;

  CsvRow& operator<<(std::string_view s) {
    sep();
    out_ << csv_field(graph::xml_safe(s));
    return *this;
  }
  CsvRow& operator<<(const std::string& s) { return *this << std::string_view(s); }
  CsvRow& operator<<(const char* s) { return *this << std::string_view(s); }
  template <typename N>
    requires std::is_arithmetic_v<N>
  CsvRow& operator<<(N n) {
    sep();
    if constexpr (std::is_same_v<N, bool>) {
      out_ << (n ? "true" : "false");
    } else {
      out_ << n;
    }
    return *this;
  }

 private:
  void sep() {
    if (!first_) out_ << ',';
    first_ = false;
  }
  std::ostream& out_;
  bool first_ = true;
};

// Writes one JSON object on one line, member by member. Building an
// nlohmann object of every mention to dump it cost more than detecting the
// mention; values are still written by nlohmann, so the escaping (and the
// replacement of invalid UTF-8) is nlohmann's.
class JsonLine {
 public:
  // The line is put together first and written once: a stream insertion per
  // key and value went through stdio's locking for every piece.
  explicit JsonLine(std::ostream& out) : out_(out) { line_ += '{'; }
  ~JsonLine() {
    line_ += "}\n";
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  }
  JsonLine(const JsonLine&) = delete;
  JsonLine& operator=(const JsonLine&) = delete;

  JsonLine& string(std::string_view key, std::string_view s) {
    name(key);
    // Well-formed UTF-8 with nothing to escape is written as it is, as
    // nlohmann would.
    if (plain(s))
      ((line_ += '"') += s) += '"';
    else
      dump(nlohmann::ordered_json(s));
    return *this;
  }
  template <typename N>
    requires std::is_integral_v<N>
  JsonLine& number(std::string_view key, N n) {
    name(key);
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    line_.append(digits, ec == std::errc{} ? end : digits);
    return *this;
  }
  JsonLine& boolean(std::string_view key, bool b) {
    name(key);
    line_ += b ? "true" : "false";
    return *this;
  }
  JsonLine& null(std::string_view key) {
    name(key);
    line_ += "null";
    return *this;
  }
  JsonLine& value(std::string_view key, const nlohmann::ordered_json& v) {
    name(key);
    dump(v);
    return *this;
  }

 private:
  void name(std::string_view key) {  // keys are plain ASCII
    if (!first_) line_ += ',';
    first_ = false;
    ((line_ += '"') += key) += "\":";
  }
  static bool plain(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (b < 0x20 || b == '"' || b == '\\') return false;
      const std::size_t n = well_formed_length(s, i);
      if (n == 0) return false;
      i += n;
    }
    return true;
  }
  void dump(const nlohmann::ordered_json& v) {
    line_ += v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  std::ostream& out_;
  std::string line_;
  bool first_ = true;
};

// An unknown year is an empty cell, never 0: a 0 would be averaged and plotted.
std::string year_cell(int year) { return year > 0 ? std::to_string(year) : std::string(); }

}  // namespace

std::string csv_field(std::string_view value) {
  // A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1",
  // "-2+3", "@SUM") starts with an apostrophe instead, which spreadsheets
  // show as text and hide (OWASP's advice for CSV injection).
  std::string protected_value;
  if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
    protected_value = "'" + std::string(value);
    value = protected_value;
  }
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

// Where a mention is in its file: unknown offsets and an unknown box are
// left empty (NA to pandas and R), not written as -1 or zeros.
std::string file_offset(long long v) { return v < 0 ? std::string() : std::to_string(v); }

bool has_box(const Box& b) { return b.width() > 0 || b.height() > 0; }

std::string coordinate(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

void write_mention_jsonl(const Mention& m, std::ostream& out) {
  JsonLine j(out);
  j.string("doc", m.doc).string("target", m.target).string("kind", to_string(m.kind)).string("surface", m.surface);
  j.number("start", m.start).number("end", m.end).number("page", m.page);
  j.string("section", m.section).string("pinpoint", m.pinpoint).string("date", m.date);
  j.string("resolved_from", m.resolved_from).string("context", m.context).boolean("unresolved", m.unresolved);
  j.string("verb", m.verb).string("relation", m.relation).boolean("chapter_vii", m.chapter_vii);
  j.boolean("series", m.series).string("date_iso", iso_date(m.date));
  if (m.file_start < 0) j.null("file_start"); else j.number("file_start", m.file_start);
  if (m.file_end < 0) j.null("file_end"); else j.number("file_end", m.file_end);
  if (has_box(m.box)) {
    const auto round = [](double v) { return std::round(v * 10) / 10; };
    j.value("box", {round(m.box.x0), round(m.box.y0), round(m.box.x1), round(m.box.y1)});
  } else {
    j.null("box");
  }
}

void write_mentions_jsonl(const std::vector<Mention>& mentions, std::ostream& out) {
  for (const Mention& m : mentions) write_mention_jsonl(m, out);
}

void write_mentions_csv_header(std::ostream& out) {
  CsvRow(out) << "doc" << "target" << "kind" << "surface" << "start" << "end" << "page" << "section"
              << "pinpoint" << "date" << "resolved_from" << "context" << "unresolved" << "verb" << "relation"
              << "chapter_vii" << "series" << "file_start" << "file_end" << "x0" << "y0" << "x1" << "y1"
              << "date_iso";
}

void write_mention_csv(const Mention& m, std::ostream& out) {
  CsvRow row(out);
  row << m.doc << m.target << to_string(m.kind) << m.surface << m.start << m.end << m.page << m.section
              << m.pinpoint << m.date << m.resolved_from << m.context << m.unresolved << m.verb << m.relation
              << m.chapter_vii << m.series << file_offset(m.file_start) << file_offset(m.file_end);
  if (has_box(m.box)) {
    row << coordinate(m.box.x0) << coordinate(m.box.y0) << coordinate(m.box.x1) << coordinate(m.box.y1);
  } else {
    row << "" << "" << "" << "";
  }
  row << iso_date(m.date);
}

void write_mentions_csv(const std::vector<Mention>& mentions, std::ostream& out) {
  write_mentions_csv_header(out);
  for (const Mention& m : mentions) write_mention_csv(m, out);
}

void write_targets_csv(const CitationGraph& graph, std::ostream& out) {
  const GraphStorage& g = graph.storage();
  const std::vector<VertexStats> stats = vertex_stats(g);
  const std::vector<double> rank = pagerank(g);
  CsvRow(out) << "id" << "kind" << "label" << "title" << "year" << "in_degree" << "mentions" << "pagerank"
              << "first_year_cited" << "relations" << "community";
  const auto old_precision = out.precision(8);
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const VertexStats& s = stats[v];
    if (g[v].in_corpus && s.in_degree == 0) continue;  // an uncited document is no target
    EdgeProps in;  // the relations of every citing edge, summed
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g)))
      for (const auto& [relation, n] : g[e].relations) in.relations[relation] += n;
    CsvRow(out) << g[v].id << g[v].kind << g[v].label << g[v].title << year_cell(g[v].year) << s.in_degree
                << s.mentions_in << rank[v] << year_cell(s.first_year_cited) << relation_counts(in) << g[v].community;
  }
  out.precision(old_precision);
}

void write_documents_csv(const std::vector<CorpusDocument>& documents, const CitationGraph& graph,
                         std::ostream& out) {
  const GraphStorage& g = graph.storage();
  const std::vector<VertexStats> stats = vertex_stats(g);
  CsvRow(out) << "id" << "path" << "title" << "kind" << "year" << "date" << "symbol" << "pages" << "mentions"
              << "targets";
  for (const CorpusDocument& d : documents) {
    VertexStats s;
    if (auto v = graph.find(d.id)) s = stats[*v];
    CsvRow(out) << d.id << d.path << d.title << d.kind << year_cell(d.year) << iso_date(d.date) << d.symbol << d.pages
                << s.mentions_out << s.out_targets;
  }
}

void write_file(const std::filesystem::path& file, const std::function<void(std::ostream&)>& fill) {
  std::ofstream out(file, std::ios::binary);
  if (!out) throw FileError(file, "cannot create output file");
  fill(out);
  out.flush();
  if (!out) throw FileError(file, "write failed (disk full?)");
}

}  // namespace unxref
