#include "unxref/graph/exports.hpp"

#include <gtest/gtest.h>

#include <boost/graph/graphml.hpp>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>

#include "graph_fixtures.hpp"

namespace unxref {
namespace {

using testing::document;
using testing::mention;

CitationGraph sample_graph(std::vector<CorpusDocument>& docs, std::vector<Mention>& ms) {
  docs = {document("doc:paper.md", "paper.md", 2018), document("A/RES/72/1", "decl.pdf", 2017, "A/RES/72/1")};
  ms = {mention("doc:paper.md", "A/RES/72/1", TargetKind::resolution, 3, "op. 2",
                "quote \"x\", comma\nnew line & <tag>"),
        mention("doc:paper.md", "A/RES/72/1", TargetKind::resolution, 7),
        mention("doc:paper.md", "sdg:8.7", TargetKind::sdg_target, 2, "", "bad \xff utf8 \f feed"),
        mention("A/RES/72/1", "A/RES/64/293", TargetKind::resolution)};
  return build_graph(docs, ms);
}

// Parses RFC 4180 CSV strictly: CRLF records, quoted fields with doubled quotes.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, field_started = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      EXPECT_FALSE(field_started) << "quote inside an unquoted field at " << i;
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
      field_started = false;
      continue;
    } else if (c == '\r') {
      EXPECT_TRUE(i + 1 < text.size() && text[i + 1] == '\n') << "bare CR at " << i;
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
      field_started = false;
      continue;
    } else {
      EXPECT_NE(c, '\n') << "bare LF outside quotes at " << i;
      field += c;
    }
    field_started = true;
  }
  EXPECT_FALSE(quoted) << "unterminated quote";
  EXPECT_TRUE(rows.back().empty() && field.empty()) << "last record not terminated by CRLF";
  rows.pop_back();
  return rows;
}

TEST(CsvField, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field(""), "");
}

TEST(MentionsCsv, RoundTripsEveryField) {
  std::vector<CorpusDocument> docs;
  std::vector<Mention> ms;
  sample_graph(docs, ms);
  ms[0].file_start = 120;
  ms[0].file_end = 131;
  ms[0].date = "20 décembre 2006";
  ms[1].date.clear();
  ms[1].box = {72, 100.25, 540, 130.04};
  std::ostringstream out;
  write_mentions_csv(ms, out);
  auto rows = parse_csv(out.str());
  ASSERT_EQ(rows.size(), ms.size() + 1);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"doc", "target", "kind", "surface", "start", "end", "page",
                                               "section", "pinpoint", "date", "resolved_from", "context",
                                               "unresolved", "verb", "relation", "chapter_vii", "series",
                                               "file_start", "file_end", "x0", "y0", "x1", "y1", "date_iso"}));
  for (const auto& r : rows) EXPECT_EQ(r.size(), 24u);
  // Where it is in the file: offsets for text files, a box for PDFs, and
  // empty cells (NA) where unknown rather than -1 or zeros.
  EXPECT_EQ(rows[1][17], "120");
  EXPECT_EQ(rows[1][18], "131");
  EXPECT_EQ(rows[1][19], "");
  EXPECT_EQ(rows[2][17], "");
  EXPECT_EQ((std::vector<std::string>(rows[2].begin() + 19, rows[2].end() - 1)),
            (std::vector<std::string>{"72.0", "100.2", "540.0", "130.0"}));
  // The date as printed, and in ISO 8601 (empty when none is given).
  EXPECT_EQ(rows[1][9], "20 décembre 2006");
  EXPECT_EQ(rows[1][23], "2006-12-20");
  EXPECT_EQ(rows[2][23], "");
  EXPECT_EQ(rows[1][0], "doc:paper.md");
  EXPECT_EQ(rows[1][2], "resolution");
  EXPECT_EQ(rows[1][6], "3");
  EXPECT_EQ(rows[1][8], "op. 2");
  EXPECT_EQ(rows[1][11], "quote \"x\", comma\nnew line & <tag>");
  EXPECT_EQ(rows[3][2], "sdg-target");
  EXPECT_EQ(rows[3][11], "bad \xEF\xBF\xBD utf8   feed");  // invalid byte replaced, form feed blanked
  EXPECT_EQ(rows[1][12], "false");
}

TEST(MentionsJsonl, EachLineIsAnObjectWithAllFields) {
  std::vector<CorpusDocument> docs;
  std::vector<Mention> ms;
  sample_graph(docs, ms);
  ms[0].unresolved = true;
  ms[0].start = 10;
  ms[0].end = 20;
  ms[0].file_start = 12;
  ms[0].file_end = 23;
  ms[1].box = {72, 100, 540, 130.04};
  std::ostringstream out;
  write_mentions_jsonl(ms, out);
  std::istringstream in(out.str());
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line);  // throws on malformed JSON
    for (const char* key : {"doc", "target", "kind", "surface", "start", "end", "page", "section", "pinpoint",
                            "date", "resolved_from", "context", "unresolved", "file_start", "file_end", "box"})
      EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["target"], ms[n].target);
    EXPECT_EQ(j["page"], ms[n].page);
    ++n;
  }
  EXPECT_EQ(n, ms.size());
  nlohmann::json first = nlohmann::json::parse(out.str().substr(0, out.str().find('\n')));
  EXPECT_EQ(first["unresolved"], true);
  EXPECT_EQ(first["start"], 10);
  EXPECT_EQ(first["context"], "quote \"x\", comma\nnew line & <tag>");
  EXPECT_EQ(first["file_start"], 12);
  EXPECT_EQ(first["file_end"], 23);
  EXPECT_TRUE(first["box"].is_null());
  const std::string text = out.str();
  const std::size_t second_at = text.find('\n') + 1;
  nlohmann::json second = nlohmann::json::parse(text.substr(second_at, text.find('\n', second_at) - second_at));
  EXPECT_TRUE(second["file_start"].is_null());
  EXPECT_EQ(second["box"], nlohmann::json::parse("[72.0, 100.0, 540.0, 130.0]"));
}

TEST(TargetsAndDocumentsCsv, CountsMatchTheGraph) {
  std::vector<CorpusDocument> docs;
  std::vector<Mention> ms;
  CitationGraph g = sample_graph(docs, ms);
  std::ostringstream targets, documents;
  write_targets_csv(g, targets);
  write_documents_csv(docs, g, documents);
  auto t = parse_csv(targets.str());
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t[0], (std::vector<std::string>{"id", "kind", "label", "title", "year", "in_degree", "mentions",
                                            "pagerank", "first_year_cited", "relations", "community"}));
  std::map<std::string, std::vector<std::string>> by_id;
  for (std::size_t i = 1; i < t.size(); ++i) by_id[t[i][0]] = t[i];
  // Cited: A/RES/72/1, sdg:8.7, A/RES/64/293; structural: sdg:8. The uncited paper is no target.
  EXPECT_EQ(by_id.size(), 4u);
  EXPECT_FALSE(by_id.count("doc:paper.md"));
  EXPECT_EQ(by_id["A/RES/72/1"][5], "1");
  EXPECT_EQ(by_id["A/RES/72/1"][6], "2");
  EXPECT_EQ(by_id["A/RES/72/1"][8], "2018");
  EXPECT_EQ(by_id["A/RES/64/293"][8], "2017");
  EXPECT_EQ(by_id["sdg:8"][5], "0");
  EXPECT_EQ(by_id["sdg:8"][8], "") << "never cited: no first year, not 0";
  EXPECT_EQ(by_id["sdg:8"][4], "") << "a goal has no year: empty, not 0";
  EXPECT_GT(std::stod(by_id["A/RES/64/293"][7]), 0.0);

  auto d = parse_csv(documents.str());
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0], (std::vector<std::string>{"id", "path", "title", "kind", "year", "date", "symbol", "pages",
                                            "mentions", "targets"}));
  EXPECT_EQ(d[1][0], "doc:paper.md");
  EXPECT_EQ(d[1][8], "3");  // mentions made
  EXPECT_EQ(d[1][9], "2");  // distinct targets
  EXPECT_EQ(d[2][6], "A/RES/72/1");
}

struct FormulaCase {
  const char* value;
  const char* field;
};

class CsvFormulaProtection : public ::testing::TestWithParam<FormulaCase> {};

TEST_P(CsvFormulaProtection, CellsThatASpreadsheetWouldRunStartWithAnApostrophe) {
  EXPECT_EQ(csv_field(GetParam().value), GetParam().field);
}

INSTANTIATE_TEST_SUITE_P(Cells, CsvFormulaProtection,
                         ::testing::Values(FormulaCase{"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
                                           FormulaCase{"+1", "'+1"}, FormulaCase{"-2+3", "'-2+3"},
                                           FormulaCase{"@SUM(A1)", "'@SUM(A1)"}, FormulaCase{"\tx", "'\tx"},
                                           FormulaCase{"a=b", "a=b"}, FormulaCase{"A/RES/72/1", "A/RES/72/1"},
                                           FormulaCase{"", ""}));

// What a reader of the GraphML sees: plain properties, read back by Boost.
struct ReadVertex {
  std::string name, label, kind, title, path, genre;
  int year = 0, in_degree = 0, mentions = 0, community = 0;
  bool in_corpus = false;
  double pagerank = 0;
};
struct ReadEdge {
  std::string type, pages, sections, pinpoints, context, relations, relation, date;
  int mentions = 0, chapter_vii = 0, series = 0;
  double weight = 0;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadVertex, ReadEdge>;

// Gephi, Cytoscape and networkx use the node id as the node's identity: it is
// the canonical id (XML-escaped), and edges name their ends by it.
TEST(GraphMl, NodeIdsAreTheCanonicalIds) {
  std::vector<CorpusDocument> docs;
  std::vector<Mention> ms;
  CitationGraph g = sample_graph(docs, ms);
  std::ostringstream xml;
  write_graphml(g, xml);
  const std::string text = xml.str();
  std::set<std::string> written, expected;
  for (std::size_t at = 0; (at = text.find("<node id=\"", at)) != std::string::npos;) {
    at += 10;
    written.insert(text.substr(at, text.find('"', at) - at));
  }
  for (Vertex v : boost::make_iterator_range(boost::vertices(g.storage()))) expected.insert(g.storage()[v].id);
  EXPECT_EQ(written, expected);
  EXPECT_NE(text.find("source=\"doc:paper.md\" target=\"A/RES/72/1\""), std::string::npos);
  EXPECT_EQ(text.find("<node id=\"n0\""), std::string::npos);
}

TEST(GraphMl, RoundTripsThroughBoostReadGraphml) {
  std::vector<CorpusDocument> docs;
  std::vector<Mention> ms;
  CitationGraph g = sample_graph(docs, ms);
  std::stringstream xml;
  write_graphml(g, xml);
  EXPECT_NE(xml.str().find("attr.name=\"pagerank\" attr.type=\"double\""), std::string::npos);
  EXPECT_NE(xml.str().find("attr.name=\"year\" attr.type=\"int\""), std::string::npos);

  ReadGraph r;
  boost::dynamic_properties dp;  // every written attribute must be known here: no ignore_other_properties
  dp.property("name", boost::get(&ReadVertex::name, r));
  dp.property("label", boost::get(&ReadVertex::label, r));
  dp.property("kind", boost::get(&ReadVertex::kind, r));
  dp.property("title", boost::get(&ReadVertex::title, r));
  dp.property("path", boost::get(&ReadVertex::path, r));
  dp.property("genre", boost::get(&ReadVertex::genre, r));
  dp.property("year", boost::get(&ReadVertex::year, r));
  dp.property("in_degree", boost::get(&ReadVertex::in_degree, r));
  dp.property("mentions", boost::get(&ReadVertex::mentions, r));
  dp.property("in_corpus", boost::get(&ReadVertex::in_corpus, r));
  dp.property("pagerank", boost::get(&ReadVertex::pagerank, r));
  dp.property("type", boost::get(&ReadEdge::type, r));
  dp.property("pages", boost::get(&ReadEdge::pages, r));
  dp.property("sections", boost::get(&ReadEdge::sections, r));
  dp.property("pinpoints", boost::get(&ReadEdge::pinpoints, r));
  dp.property("context", boost::get(&ReadEdge::context, r));
  dp.property("mentions", boost::get(&ReadEdge::mentions, r));
  dp.property("weight", boost::get(&ReadEdge::weight, r));
  dp.property("community", boost::get(&ReadVertex::community, r));
  dp.property("relations", boost::get(&ReadEdge::relations, r));
  dp.property("relation", boost::get(&ReadEdge::relation, r));
  dp.property("chapter_vii", boost::get(&ReadEdge::chapter_vii, r));
  dp.property("series", boost::get(&ReadEdge::series, r));
  dp.property("date", boost::get(&ReadEdge::date, r));
  boost::read_graphml(xml, r, dp);

  ASSERT_EQ(boost::num_vertices(r), g.vertex_count());
  ASSERT_EQ(boost::num_edges(r), g.edge_count());
  double rank_sum = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(r))) {
    const VertexProps& orig = g.storage()[*g.find(r[v].name)];
    EXPECT_EQ(r[v].label, orig.label);
    EXPECT_EQ(r[v].kind, orig.kind);
    EXPECT_EQ(r[v].genre, orig.genre);
    EXPECT_EQ(r[v].year, orig.year);
    EXPECT_EQ(r[v].in_corpus, orig.in_corpus);
    rank_sum += r[v].pagerank;
  }
  EXPECT_NEAR(rank_sum, 1.0, 1e-5);  // 6 significant digits per value
  bool saw_evidence = false, saw_part_of = false;
  for (auto e : boost::make_iterator_range(boost::edges(r))) {
    const std::string& from = r[boost::source(e, r)].name;
    const std::string& to = r[boost::target(e, r)].name;
    if (from == "doc:paper.md" && to == "A/RES/72/1") {
      saw_evidence = true;
      EXPECT_EQ(r[e].type, "cites");
      EXPECT_EQ(r[e].mentions, 2);
      EXPECT_EQ(r[e].weight, 2.0);
      EXPECT_EQ(r[e].pages, "3;7");
      EXPECT_EQ(r[e].pinpoints, "op. 2");
      EXPECT_EQ(r[e].context, "quote \"x\", comma new line & <tag>");
    }
    if (from == "sdg:8.7") {
      saw_part_of = true;
      EXPECT_EQ(to, "sdg:8");
      EXPECT_EQ(r[e].type, "part-of");
      EXPECT_EQ(r[e].weight, 1.0);
    }
  }
  EXPECT_TRUE(saw_evidence);
  EXPECT_TRUE(saw_part_of);
}

}  // namespace
}  // namespace unxref
