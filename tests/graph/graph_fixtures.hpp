#pragma once
// Hand-made documents and mentions: graphs whose answers are known.
#include <string>
#include <vector>

#include "unxref/graph/builder.hpp"

namespace unxref::testing {

inline Mention mention(std::string doc, std::string target, TargetKind kind, int page = 1,
                       std::string pinpoint = {}, std::string context = {}) {
  Mention m;
  m.doc = std::move(doc);
  m.target = std::move(target);
  m.kind = kind;
  m.surface = m.target;
  m.page = page;
  m.section = "body";
  m.pinpoint = std::move(pinpoint);
  m.context = context.empty() ? "... " + m.target + " ..." : std::move(context);
  return m;
}

inline CorpusDocument document(std::string id, std::string path, int year, std::string symbol = {}) {
  CorpusDocument d;
  d.id = std::move(id);
  d.path = std::move(path);
  d.year = year;
  d.symbol = std::move(symbol);
  d.kind = d.symbol.empty() ? "document" : "resolution";
  d.title = "Title of " + d.path;
  d.pages = 3;
  return d;
}

// The edge from -> to of the given type, if any.
inline std::optional<Edge> edge_between(const CitationGraph& g, const std::string& from,
                                        const std::string& to, EdgeType type = EdgeType::cites) {
  auto f = g.find(from), t = g.find(to);
  if (!f || !t) return std::nullopt;
  for (Edge e : boost::make_iterator_range(boost::out_edges(*f, g.storage())))
    if (boost::target(e, g.storage()) == *t && g.storage()[e].type == type) return e;
  return std::nullopt;
}

}  // namespace unxref::testing
