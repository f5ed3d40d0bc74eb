#pragma once
// Machine-readable outputs of `scan`: GraphML for graph tools (Gephi,
// Cytoscape, networkx), JSON Lines and CSV for everything else. Column and
// attribute names are a public contract, listed in each function's comment.
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "unxref/detect/mention.hpp"
#include "unxref/graph/builder.hpp"
#include "unxref/graph/citation_graph.hpp"

namespace unxref {

// GraphML through boost::write_graphml, typed attributes:
//   node: name (the target id), label, kind, title, path, genre (string), year,
//         in_degree, mentions (int), in_corpus (boolean), pagerank (double),
//         community (int: assign_communities, -1 when none)
//   edge: type ("cites"/"part-of"), pages, sections, pinpoints (";"-joined),
//         context (string), mentions (int), weight (double: mentions, 1 for part-of),
//         relations ("recalls:3;takes-note:1", commonest first), relation (the
//         commonest), chapter_vii (int: mentions acting under Chapter VII),
//         series (int: mentions recalling the target as an earlier member of
//         the citing resolution's series), date (the target's date as cited)
// Text is made XML-safe and one line (control characters and line breaks
// become spaces, invalid UTF-8 becomes U+FFFD). Boost prints numbers with 6
// significant digits.
void write_graphml(const CitationGraph& graph, std::ostream& out);

// One JSON object per line with every Mention field under its own name:
// doc, target, kind, surface, start, end, page, section, pinpoint, date,
// resolved_from, context, unresolved, verb, relation, chapter_vii, series.
void write_mentions_jsonl(const std::vector<Mention>& mentions, std::ostream& out);

// The same fields as CSV columns, header first (RFC 4180: CRLF, fields with
// comma, quote or line break quoted, quotes doubled).
void write_mentions_csv(const std::vector<Mention>& mentions, std::ostream& out);

// Row-at-a-time forms of the two, for mentions streamed from an index:
// the header, then one row per call, give the same bytes.
void write_mention_jsonl(const Mention& mention, std::ostream& out);
void write_mentions_csv_header(std::ostream& out);
void write_mention_csv(const Mention& mention, std::ostream& out);

// Every vertex that is cited or not in the corpus: id, kind, label, title,
// year, in_degree, mentions, pagerank, first_year_cited (unknown years empty),
// relations (its citing mentions per relation, as in GraphML), community.
void write_targets_csv(const CitationGraph& graph, std::ostream& out);

// id, path, title, kind, year (empty when unknown), date (ISO 8601, as much
// of it as the document gives), symbol, pages, mentions (made), targets (distinct cited).
void write_documents_csv(const std::vector<CorpusDocument>& documents, const CitationGraph& graph,
                         std::ostream& out);

// One RFC 4180 field. A value starting with =, +, -, @, tab or CR gets a
// leading apostrophe, so that no spreadsheet runs it as a formula.
std::string csv_field(std::string_view value);

// Writes `file` through `fill`, throwing FileError when it cannot be
// created or written.
void write_file(const std::filesystem::path& file, const std::function<void(std::ostream&)>& fill);

}  // namespace unxref
