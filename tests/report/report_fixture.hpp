#pragma once
// A small corpus written through the real ReportWriter: documents, their
// text and mentions, built into a graph by build_graph.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "unxref/graph/builder.hpp"
#include "unxref/report/report.hpp"

namespace unxref::testing {

struct ReportCorpus {
  std::vector<CorpusDocument> documents;
  std::vector<FlatText> texts;                 // parallel to documents
  std::vector<std::vector<Mention>> mentions;  // parallel to documents
};

// A document whose text holds `cites` once each, every one a mention of the
// target of the same index.
inline void add_document(ReportCorpus& c, CorpusDocument d, const std::string& before,
                         const std::vector<std::pair<std::string, std::string>>& cites /* surface, target */) {
  FlatText t;
  t.text = before;
  std::vector<Mention> ms;
  for (const auto& [surface, target] : cites) {
    t.text += " ";
    Mention m;
    m.doc = d.id;
    m.target = target;
    m.kind = target.rfind("treaty:", 0) == 0 ? TargetKind::treaty : TargetKind::resolution;
    m.surface = surface;
    m.start = t.text.size();
    t.text += surface;
    m.end = t.text.size();
    m.page = 1;
    m.section = "body";
    m.context = "... " + surface + " ...";
    ms.push_back(m);
  }
  t.segments.push_back({0, t.text.size(), 1, Role::body, 0});
  c.documents.push_back(std::move(d));
  c.texts.push_back(std::move(t));
  c.mentions.push_back(std::move(ms));
}

inline std::filesystem::path write_report(const ReportCorpus& c, const std::filesystem::path& folder,
                                          const report::ReportOptions& options = {}) {
  std::vector<Mention> all;
  for (const auto& ms : c.mentions) all.insert(all.end(), ms.begin(), ms.end());
  const CitationGraph graph = build_graph(c.documents, all);
  report::ReportWriter writer(folder, graph, c.documents, options);
  for (std::size_t i = 0; i < c.documents.size(); ++i) writer.add_document(c.documents[i], c.texts[i], c.mentions[i]);
  return writer.finish();
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace unxref::testing
