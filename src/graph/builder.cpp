#include "unxref/graph/builder.hpp"

#include <unordered_map>

#include "graph/generic_titles.hpp"
#include "graph/target_info.hpp"
#include "unxref/core/un_symbol.hpp"
#include "unxref/core/years.hpp"
#include "unxref/graph/identity.hpp"

namespace unxref {
namespace {

std::string kind_for_symbol(const std::string& symbol) {
  if (symbol.empty()) return "document";
  return symbol.find("/RES/") != std::string::npos ? "resolution" : "symbol";
}

// Short enough to sit inside a graph node.
std::string short_label(const CorpusDocument& d) {
  if (!d.symbol.empty()) return d.symbol;
  constexpr std::size_t kMax = 40;
  if (!d.title.empty()) {
    if (d.title.size() <= kMax) return d.title;
    std::size_t cut = d.title.rfind(' ', kMax);
    if (cut == std::string::npos || cut < kMax / 2) cut = kMax;
    // Never cut inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(d.title[cut]) & 0xC0) == 0x80) --cut;
    return d.title.substr(0, cut) + "…";
  }
  return std::filesystem::path(d.path).filename().string();
}

VertexProps document_vertex(const CorpusDocument& d) {
  VertexProps v;
  v.id = d.id;
  // The vertex kind stays in the graph's vocabulary (what the drawing colours
  // and --kind filters by); the manifest's finer kind travels as the genre.
  v.kind = kind_for_symbol(d.symbol);
  if (d.kind != v.kind) v.genre = d.kind;
  v.label = short_label(d);
  v.title = d.title;
  v.year = d.year;
  v.in_corpus = true;
  v.path = d.path;
  return v;
}

VertexProps target_vertex(const std::string& id, TargetKind kind) {
  VertexProps v;
  v.id = id;
  v.kind = std::string(to_string(kind));
  v.label = target_label(id, kind);
  v.title = target_title(id, kind);
  if (kind == TargetKind::resolution || kind == TargetKind::symbol) v.year = year_from_symbol(id);
  if (v.year == 0) v.year = graph::year_of(id);
  return v;
}

}  // namespace

CorpusDocument describe_document(const DocumentMeta& meta, const std::string& display_path,
                                 std::string_view first_line, const ManifestEntry* entry) {
  CorpusDocument d;
  d.path = display_path;
  d.title = meta.title;
  d.date = meta.date;
  d.pages = meta.page_count;

  const std::string stem = std::filesystem::path(display_path).stem().string();
  std::optional<std::string> from_line = symbol_from_leading_line(first_line);
  std::optional<std::string> from_name = symbol_from_file_name(stem);
  if (entry && !entry->symbol.empty()) {
    d.symbol = entry->symbol;
  } else if (auto masthead = canonical_un_symbol(meta.symbol)) {
    d.symbol = *masthead;
  } else if (from_line) {
    d.symbol = *from_line;
    if (from_name && *from_name != *from_line &&
        from_name->substr(0, from_name->find('(')) == from_line->substr(0, from_line->find('('))) {
      d.notes.push_back("first line says " + *from_line + ", file name says " + *from_name +
                        "; kept the file name's year");
      d.symbol = *from_name;
    }
  } else if (from_name) {
    d.symbol = *from_name;
  }

  // "Introduction" is a heading the reader took for the title: the path
  // names the document better (drawings and the report label it by title).
  if (graph::is_generic_title(d.title)) {
    d.notes.push_back("title '" + d.title + "' is a section heading, not the document's: left out");
    d.title.clear();
  }
  if (entry && !entry->title.empty()) d.title = entry->title;
  d.kind = entry && !entry->kind.empty() ? entry->kind : kind_for_symbol(d.symbol);
  if (entry && entry->year > 0) d.year = entry->year;
  if (d.year == 0 && !d.symbol.empty()) d.year = year_from_symbol(d.symbol);
  if (d.year == 0) d.year = first_year(meta.date);
  // Corpus file names often carry the year ("ARM_70_2015.txt", "icat-overview-2018.md").
  if (d.year == 0) d.year = first_year(stem);
  d.id = d.symbol.empty() ? "doc:" + display_path : d.symbol;
  return d;
}

std::string target_label(const std::string& id, TargetKind kind) {
  return graph::label_of(id, kind);
}

std::string target_title(const std::string& id, TargetKind kind) {
  return graph::title_of(id, kind);
}

GraphBuilder::GraphBuilder(const std::vector<CorpusDocument>& documents, const BuildOptions& options)
    : options_(options) {
  for (const CorpusDocument& d : documents) graph_.add_vertex(document_vertex(d));
}

void GraphBuilder::add(const Mention& m) {
  if (m.unresolved || m.target.empty()) return;
  if (options_.drop_self_citations && m.doc == m.target) return;
  Vertex from;
  if (auto found = graph_.find(m.doc)) {
    from = *found;
  } else {
    VertexProps v;
    v.id = m.doc;
    v.kind = "document";
    v.label = m.doc;
    v.in_corpus = true;
    from = graph_.add_vertex(v);
  }
  Vertex to = graph_.add_vertex(target_vertex(m.target, m.kind));
  graph_.add_mention(from, to, m);
}

CitationGraph GraphBuilder::finish() {
  if (options_.structural_edges) add_structural_edges(graph_);
  return std::move(graph_);
}

CitationGraph build_graph(const std::vector<CorpusDocument>& documents,
                          const std::vector<Mention>& mentions, const BuildOptions& options) {
  GraphBuilder builder(documents, options);
  for (const Mention& m : mentions) builder.add(m);
  return builder.finish();
}

void add_structural_edges(CitationGraph& graph) {
  // Walk up from every vertex present now; parents added on the way are
  // visited too, so an indicator reaches its goal through its target.
  std::vector<std::string> pending;
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph.storage())))
    pending.push_back(graph.storage()[v].id);
  while (!pending.empty()) {
    const std::string id = std::move(pending.back());
    pending.pop_back();
    std::optional<graph::Parent> parent = graph::parent_of(id);
    if (!parent) continue;
    const bool is_new = !graph.find(parent->id);
    Vertex child = *graph.find(id);
    Vertex up = graph.add_vertex(target_vertex(parent->id, parent->kind));
    graph.add_structural(child, up);
    if (is_new) pending.push_back(parent->id);
  }
}

}  // namespace unxref
