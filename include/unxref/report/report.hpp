#pragma once
// Stage: the browsable report of a scanned corpus (report.html and the
// report/ folder beside it). It works offline and needs nothing but the
// files written here: the overview inlines its scripts (d3 from Debian's
// node-d3, compiled into the binary) and its data; every other page is
// static HTML. Every piece of document text is escaped for the place it
// lands in (element text, attribute, or JSON inside a script element), and
// a Content-Security-Policy forbids any fetch, so a hostile title or text
// can neither inject markup nor reach the network.
//
// Written as:
//   report.html                 overview: counts, interactive graph, top
//                               targets, documents, timeline, uptake links
//   report/doc-<name>.html      one page per corpus document
//   report/target-<name>.html   one page per cited target outside the corpus
//   report/<uptake pages>       given by the caller (ReportWriter::add_page)
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "unxref/detect/mention.hpp"
#include "unxref/extract/document.hpp"
#include "unxref/graph/builder.hpp"
#include "unxref/graph/citation_graph.hpp"

namespace unxref::report {

struct ReportOptions {
  std::string title = "Citation report";
  // The overview graph draws at most this many vertices (the most-cited
  // targets and the documents citing them); the tables always list all.
  std::size_t graph_vertices = 1500;
  std::size_t timeline_targets = 8;  // lines in the timeline chart
};

// A page the caller wrote into the report folder (an uptake report), listed
// on the overview.
struct ExtraPage {
  std::string file;     // name inside report/
  std::string title;    // link text
  std::string summary;  // one line beside it, may be empty
};

// Writes the report into `folder` (created if missing): the caller feeds
// every document with its text and mentions (one at a time, so a corpus
// need not fit in memory), then calls finish(). Throws FileError naming the
// file that could not be written.
class ReportWriter {
 public:
  ReportWriter(std::filesystem::path folder, const CitationGraph& graph, std::vector<CorpusDocument> documents,
               ReportOptions options = {});
  ~ReportWriter();
  ReportWriter(const ReportWriter&) = delete;
  ReportWriter& operator=(const ReportWriter&) = delete;

  // The page of one document; `text` is the text the mentions' offsets point into.
  void add_document(const CorpusDocument& doc, const FlatText& text, const std::vector<Mention>& mentions);
  // Where a caller writes a page of its own (inside report/), then lists it.
  std::filesystem::path page_path(const std::string& file) const;
  void add_page(const ExtraPage& page);
  // Target pages and the overview. Returns the overview's path.
  std::filesystem::path finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// File name (inside report/) of the page of a vertex id: readable, safe on
// every file system, distinct for distinct ids.
std::string page_name(const std::string& id, bool in_corpus);

}  // namespace unxref::report
