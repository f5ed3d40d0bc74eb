// Scans the 40 Security Council resolutions of ../shared/corpus/sc-resolutions
// and checks the graph against an independent reading of the same texts.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "support/paths.hpp"
#include "unxref/pipeline/scan.hpp"

namespace unxref {
namespace {

namespace fs = std::filesystem;

fs::path corpus() { return testing::shared_dir() / "corpus" / "sc-resolutions"; }

// S_RES_0687_1991_EN_GOLD.txt -> S/RES/687(1991), straight from the file name.
std::string id_from_file_name(const fs::path& file) {
  static const std::regex name(R"(S_RES_0*(\d+)_(\d{4})_.*)");
  std::smatch m;
  const std::string stem = file.filename().string();
  if (!std::regex_match(stem, m, name)) return {};
  return "S/RES/" + m[1].str() + "(" + m[2].str() + ")";
}

// Every "resolution(s) N (YYYY)" with its list continuations (", N (YYYY)",
// "and N (YYYY)", each item maybe dated: "665 (1990) of 25 August 1990"),
// by plain regexes over the raw file.
std::set<std::string> cited_resolutions(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  static const std::regex head(R"([Rr]esolutions?\s+(\d{1,4})\s*\((\d{4})\))");
  // A comma may have been read as a full stop by OCR ("432 (1978). 435 (1978)").
  static const std::regex more(R"((?:\s*[,.]\s*(?:and\s+)?|\s+and\s+)(\d{1,4})\s*\((\d{4})\))");
  // A month may be hyphenated at a line break ("10 Au-\ngust").
  static const std::regex dated(R"(\s+of\s+\d{1,2}\s+[A-Z][a-z]+(?:-\s*[a-z]+)?(?:\s+\d{4})?)");
  std::set<std::string> out;
  std::smatch m;
  auto skip_date = [&](std::string::const_iterator pos) {
    return std::regex_search(pos, text.end(), m, dated, std::regex_constants::match_continuous) ? m[0].second : pos;
  };
  for (auto it = std::sregex_iterator(text.begin(), text.end(), head); it != std::sregex_iterator(); ++it) {
    out.insert("S/RES/" + (*it)[1].str() + "(" + (*it)[2].str() + ")");
    auto pos = skip_date(text.begin() + (it->position(0) + it->length(0)));
    while (std::regex_search(pos, text.end(), m, more, std::regex_constants::match_continuous)) {
      out.insert("S/RES/" + m[1].str() + "(" + m[2].str() + ")");
      pos = skip_date(m[0].second);
    }
  }
  return out;
}

class ScanScResolutions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!testing::have_shared()) return;
    result_ = new ScanResult(scan({corpus()}));
  }
  static void TearDownTestSuite() {
    delete result_;
    result_ = nullptr;
  }
  static ScanResult* result_;
};
ScanResult* ScanScResolutions::result_ = nullptr;

TEST_F(ScanScResolutions, CompletesWithoutFailures) {
  UNXREF_REQUIRE_SHARED();
  EXPECT_TRUE(result_->failures.empty()) << result_->failures.front();
  EXPECT_EQ(result_->files, 40u);
  EXPECT_EQ(result_->documents.size(), 40u);
}

TEST_F(ScanScResolutions, EveryResolutionIsACorpusVertex) {
  UNXREF_REQUIRE_SHARED();
  int n = 0;
  for (const auto& entry : fs::directory_iterator(corpus())) {
    const std::string id = id_from_file_name(entry.path());
    if (id.empty()) continue;
    ++n;
    auto v = result_->graph.find(id);
    ASSERT_TRUE(v) << id << " (" << entry.path().filename() << ") is not a vertex";
    const VertexProps& p = result_->graph.storage()[*v];
    EXPECT_TRUE(p.in_corpus) << id;
    EXPECT_EQ(p.kind, "resolution") << id;
    EXPECT_EQ(fs::path(p.path).filename(), entry.path().filename()) << id;
    EXPECT_EQ(p.year, std::stoi(id.substr(id.size() - 5, 4))) << id;
  }
  EXPECT_EQ(n, 40);
}

// Edges between corpus resolutions: as read by the regexes above (expected)
// and as built by the scan (actual).
struct ResolutionEdges {
  std::set<std::pair<std::string, std::string>> expected, actual;
};

ResolutionEdges resolution_edges(const ScanResult& result) {
  std::set<std::string> corpus_ids;
  std::map<std::string, fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus())) {
    const std::string id = id_from_file_name(entry.path());
    if (id.empty()) continue;
    corpus_ids.insert(id);
    files[id] = entry.path();
  }
  ResolutionEdges out;
  for (const auto& [id, file] : files) {
    for (const std::string& cited : cited_resolutions(file)) {
      if (cited != id && corpus_ids.count(cited)) out.expected.emplace(id, cited);
    }
  }
  const GraphStorage& g = result.graph.storage();
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].type != EdgeType::cites) continue;
    const std::string& from = g[boost::source(e, g)].id;
    const std::string& to = g[boost::target(e, g)].id;
    if (corpus_ids.count(from) && corpus_ids.count(to)) out.actual.emplace(from, to);
  }
  return out;
}

TEST_F(ScanScResolutions, EveryEdgeBetweenResolutionsIsCitedInTheText) {
  UNXREF_REQUIRE_SHARED();
  const ResolutionEdges edges = resolution_edges(*result_);
  EXPECT_GT(edges.expected.size(), 50u);  // the corpus is dense with such citations
  for (const auto& e : edges.actual)
    EXPECT_TRUE(edges.expected.count(e)) << "unexpected edge " << e.first << " -> " << e.second;
}

// Full recall: every "resolution(s) N (YYYY)" between two corpus resolutions,
// list items dated without a year included, is an edge.
TEST_F(ScanScResolutions, EveryCitationBetweenResolutionsIsAnEdge) {
  UNXREF_REQUIRE_SHARED();
  const ResolutionEdges edges = resolution_edges(*result_);
  for (const auto& e : edges.expected)
    EXPECT_TRUE(edges.actual.count(e)) << "missing edge " << e.first << " -> " << e.second;
}

TEST_F(ScanScResolutions, EdgeWeightsCountMentionsInTheText) {
  UNXREF_REQUIRE_SHARED();
  // Every cites edge is backed by that many mentions from that document.
  std::map<std::pair<std::string, std::string>, int> counted;
  for (const Mention& m : result_->mentions)
    if (!m.target.empty() && m.doc != m.target) ++counted[{m.doc, m.target}];
  const GraphStorage& g = result_->graph.storage();
  std::size_t edges = 0;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].type != EdgeType::cites) continue;
    ++edges;
    EXPECT_EQ(g[e].mentions, (counted[{g[boost::source(e, g)].id, g[boost::target(e, g)].id}]));
    EXPECT_FALSE(g[e].pages.empty());
  }
  EXPECT_EQ(edges, counted.size());
}

}  // namespace
}  // namespace unxref
