#pragma once
// Documents + mentions -> CitationGraph. Pure: no files are read here, so
// the graph can be built (and tested) from hand-made mentions.
#include <filesystem>
#include <string>
#include <vector>

#include "unxref/detect/mention.hpp"
#include "unxref/extract/document.hpp"
#include "unxref/graph/citation_graph.hpp"

namespace unxref {

// Facts a user gave about one corpus file (a manifest line): they beat what
// extraction guesses. Empty fields and year 0 mean "not given".
struct ManifestEntry {
  std::filesystem::path file;  // absolute, lexically normal
  std::string title;
  std::string kind;
  int year = 0;
  std::string symbol;  // canonical when the manifest's spelling is a valid symbol
};

// One scanned file as the graph and documents.csv see it.
struct CorpusDocument {
  std::string id;      // vertex id: canonical symbol, else "doc:<path>"
  std::string path;    // as shown to users (relative to the scanned folder's parent)
  std::string title;
  std::string kind;    // manifest kind, else "resolution"/"symbol" from the symbol, else "document"
  std::string symbol;  // canonical UN symbol, empty when none is known
  std::string date;
  int year = 0;
  int pages = 0;
  std::vector<std::string> notes;  // how doubtful facts were decided
};

// Derives a CorpusDocument from extracted metadata. `display_path` becomes
// CorpusDocument::path and, without a symbol, the id; `first_line` is the
// first line of the document's text (for "Resolution N (YYYY)"); `entry` may
// be null. Priority for the symbol: manifest > masthead > leading line >
// file name. When the leading line and the file name name the same
// resolution number with different years, the file name wins: the lines
// come from OCR ("Resolution 434 (1973)" in S_RES_0434_1978), the names
// were curated. Year: manifest > symbol > masthead date > a year in the file name.
CorpusDocument describe_document(const DocumentMeta& meta, const std::string& display_path,
                                 std::string_view first_line, const ManifestEntry* entry);

// Label and parent of a target, from the registry where it knows them.
std::string target_label(const std::string& id, TargetKind kind);
std::string target_title(const std::string& id, TargetKind kind);

struct BuildOptions {
  // A document that "cites" its own symbol (the title line of a resolution)
  // is not citing anything: such mentions add no edge.
  bool drop_self_citations = true;
  // part-of edges: SDG indicator -> target -> goal, protocol -> convention.
  bool structural_edges = true;
};

// Vertices for every document and every resolved target (a document whose
// id equals a cited target is one vertex), "cites" edges weighted by mention
// count, then the structural edges. Mentions with an empty target are
// skipped; mentions from a doc id not in `documents` get a bare document
// vertex.
CitationGraph build_graph(const std::vector<CorpusDocument>& documents,
                          const std::vector<Mention>& mentions, const BuildOptions& options = {});

// The same, a mention at a time, so that mentions can stream from an index
// instead of being held in memory: the graph is the same as build_graph's
// over the mentions in the order added.
class GraphBuilder {
 public:
  GraphBuilder(const std::vector<CorpusDocument>& documents, const BuildOptions& options = {});
  void add(const Mention& mention);
  CitationGraph finish();

 private:
  CitationGraph graph_;
  BuildOptions options_;
};

// Adds part-of edges for every SDG and treaty vertex (idempotent).
void add_structural_edges(CitationGraph& graph);

}  // namespace unxref
