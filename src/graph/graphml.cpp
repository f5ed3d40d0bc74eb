#include <boost/graph/graphml.hpp>
#include <boost/property_map/transform_value_property_map.hpp>

#include <array>
#include <string>
#include <streambuf>
#include <string_view>

#include "graph/text_safety.hpp"
#include "unxref/graph/analyses.hpp"
#include "unxref/graph/exports.hpp"

namespace unxref {
namespace {

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += ';';
    out += p;
  }
  return out;
}

std::string joined(const std::vector<int>& pages) {
  std::string out;
  for (int p : pages) {
    if (!out.empty()) out += ';';
    out += std::to_string(p);
  }
  return out;
}

std::string xml_attribute(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Boost names nodes "n<index>"; Gephi, Cytoscape and networkx take the node
// id as the node's identity, so it should be the canonical id a researcher
// looks up (A/RES/70/1, treaty:untoc). The node, source and target
// attributes Boost wrote are renamed; attribute values inside <data> are
// escaped by Boost, so a raw `id="n` can only be one of those.
void write_with_canonical_ids(std::string_view xml, const std::vector<std::string>& ids, std::ostream& out) {
  constexpr std::array<std::string_view, 3> kAttrs{" id=\"n", " source=\"n", " target=\"n"};
  std::size_t at = 0;
  for (;;) {
    std::size_t best = std::string_view::npos, skip = 0;
    for (std::string_view attr : kAttrs)
      if (const std::size_t p = xml.find(attr, at); p < best) best = p, skip = attr.size();
    if (best == std::string_view::npos) break;
    std::size_t digits = best + skip, end = digits;
    while (end < xml.size() && xml[end] >= '0' && xml[end] <= '9') ++end;
    if (end == digits || end >= xml.size() || xml[end] != '"') {
      out << xml.substr(at, best + skip - at);
      at = best + skip;
      continue;
    }
    const std::size_t index = std::stoul(std::string(xml.substr(digits, end - digits)));
    out << xml.substr(at, best + skip - 1 - at);  // up to the opening quote, without the "n"
    if (index < ids.size())
      out << ids[index];
    else
      out << xml.substr(digits - 1, end - digits + 1);
    at = end;
  }
  out << xml.substr(at);
}

// Renames the ids of what Boost writes, line by line on its way out: the
// whole document held in memory twice (Boost's text and the renamed copy)
// was the peak of a scan of 10,000 texts. No attribute spans a line, so a
// line at a time renames the same as the whole at once.
class CanonicalIdsBuf final : public std::streambuf {
 public:
  CanonicalIdsBuf(const std::vector<std::string>& ids, std::ostream& out) : ids_(ids), out_(out) {}
  void finish() {
    write_with_canonical_ids(line_, ids_, out_);
    line_.clear();
  }

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    line_ += traits_type::to_char_type(c);
    if (line_.back() == '\n') finish();
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    for (std::string_view rest(s, static_cast<std::size_t>(n)); !rest.empty();) {
      const std::size_t nl = rest.find('\n');
      const std::size_t take = nl == std::string_view::npos ? rest.size() : nl + 1;
      line_.append(rest.substr(0, take));
      rest.remove_prefix(take);
      if (line_.back() == '\n') finish();
    }
    return n;
  }

 private:
  const std::vector<std::string>& ids_;
  std::ostream& out_;
  std::string line_;
};

}  // namespace

void write_graphml(const CitationGraph& graph, std::ostream& out) {
  const GraphStorage& g = graph.storage();
  const auto index = boost::get(boost::vertex_index, g);
  const auto vb = boost::get(boost::vertex_bundle, g);
  const auto eb = boost::get(boost::edge_bundle, g);

  std::vector<double> rank = pagerank(g);
  std::vector<int> in_degree, mentions;
  for (const VertexStats& s : vertex_stats(g)) {
    in_degree.push_back(s.in_degree);
    mentions.push_back(s.mentions_in);
  }

  auto vtext = [&](std::string VertexProps::*field) {
    return boost::make_transform_value_property_map(
        [field](const VertexProps& p) { return graph::one_line(p.*field); }, vb);
  };
  auto etext = [&](auto fn) {
    return boost::make_transform_value_property_map(
        [fn](const EdgeProps& p) { return graph::one_line(fn(p)); }, eb);
  };

  boost::dynamic_properties dp;
  dp.property("name", vtext(&VertexProps::id));
  dp.property("label", vtext(&VertexProps::label));
  dp.property("kind", vtext(&VertexProps::kind));
  dp.property("title", vtext(&VertexProps::title));
  dp.property("path", vtext(&VertexProps::path));
  dp.property("genre", vtext(&VertexProps::genre));
  dp.property("year", boost::make_transform_value_property_map([](const VertexProps& p) { return p.year; }, vb));
  dp.property("in_corpus",
              boost::make_transform_value_property_map([](const VertexProps& p) { return p.in_corpus; }, vb));
  dp.property("in_degree", boost::make_iterator_property_map(in_degree.begin(), index));
  dp.property("mentions", boost::make_iterator_property_map(mentions.begin(), index));
  dp.property("pagerank", boost::make_iterator_property_map(rank.begin(), index));
  dp.property("community",
              boost::make_transform_value_property_map([](const VertexProps& p) { return p.community; }, vb));

  dp.property("type", etext([](const EdgeProps& p) {
                return std::string(p.type == EdgeType::cites ? "cites" : "part-of");
              }));
  dp.property("pages", etext([](const EdgeProps& p) { return joined(p.pages); }));
  dp.property("sections", etext([](const EdgeProps& p) { return joined(p.sections); }));
  dp.property("pinpoints", etext([](const EdgeProps& p) { return joined(p.pinpoints); }));
  dp.property("context", etext([](const EdgeProps& p) { return p.context; }));
  dp.property("relations", etext([](const EdgeProps& p) { return relation_counts(p); }));
  dp.property("relation", etext([](const EdgeProps& p) { return main_relation(p); }));
  dp.property("chapter_vii",
              boost::make_transform_value_property_map([](const EdgeProps& p) { return p.chapter_vii; }, eb));
  dp.property("series", boost::make_transform_value_property_map([](const EdgeProps& p) { return p.series; }, eb));
  dp.property("date", etext([](const EdgeProps& p) { return p.date; }));
  dp.property("mentions", boost::make_transform_value_property_map([](const EdgeProps& p) { return p.mentions; }, eb));
  dp.property("weight", boost::make_transform_value_property_map(
                            [](const EdgeProps& p) {
                              return p.type == EdgeType::cites ? static_cast<double>(p.mentions) : 1.0;
                            },
                            eb));
  std::vector<std::string> ids;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) ids.push_back(xml_attribute(g[v].id));
  CanonicalIdsBuf renamed(ids, out);
  std::ostream xml(&renamed);
  boost::write_graphml(xml, g, index, dp, /*ordered_vertices=*/true);
  xml.flush();
  renamed.finish();
}

}  // namespace unxref
