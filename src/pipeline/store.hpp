#pragma once
// The index's rows as the scan and the queries use them: one method per
// question, each write in the transaction that keeps the index consistent
// if the process dies right after it.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/sqlite.hpp"
#include "unxref/detect/mention.hpp"
#include "unxref/extract/document.hpp"
#include "unxref/graph/builder.hpp"
#include "unxref/graph/citation_graph.hpp"

namespace unxref::pipeline {

using DocId = std::int64_t;

struct PathRow {
  DocId document = 0;
  std::int64_t size = 0;
  std::int64_t mtime = 0;
  bool document_ok = false;
  std::string extractor;
  std::string display;
  bool present = false;
};

// What extraction left of a document, without its blocks.
struct StoredDocument {
  DocId id = 0;
  std::string hash;
  DocumentMeta meta;
  std::string first_line;
  std::vector<std::string> warnings;
  std::string detect_key;
  std::string described;  // describe_key() of its row as the last scan left it
};

// A path as the scan saw it.
struct PathSeen {
  std::string key;  // manifest_key: absolute, lexically normal
  std::string display;
  DocId document = 0;
  std::int64_t size = 0, mtime = 0;
};

struct RunCounts {
  std::size_t files = 0, extracted = 0, reused = 0, detected = 0, failed = 0, gone = 0;
};

// A document's place and description as one string, to tell whether its row changes.
std::string describe_key(std::int64_t position, const CorpusDocument& d);

class Store {
 public:
  explicit Store(const std::filesystem::path& file);
  const std::filesystem::path& file() const { return db_.file(); }
  // Between the two, the per-document writes go in a few commits (Batch).
  void begin_batch() { batch_.emplace(db_); }
  void end_batch() { batch_.reset(); }

  std::int64_t begin_run(const std::string& roots);

  std::optional<PathRow> path(const std::string& key);
  // The document with this content, if it was extracted without failure.
  std::optional<DocId> document_with_hash(const std::string& hash, const std::string& extractor);

  // One transaction: the document (replacing a failed or older row of the
  // same content), its blocks, and the paths it was found under.
  DocId store_extracted(const std::string& hash, std::int64_t size, const std::string& extractor,
                        const Document& doc, const std::string& first_line, const std::vector<PathSeen>& paths,
                        std::int64_t run);
  // One transaction: a document whose extraction failed, with the reason.
  void store_failed(const std::string& hash, std::int64_t size, const std::string& error,
                    const std::vector<PathSeen>& paths, std::int64_t run);
  // Points a path at an already stored document.
  void link_path(const PathSeen& path, std::int64_t run);

  StoredDocument document(DocId id);
  Document load_document(DocId id);  // meta + blocks

  // One transaction: the document's mentions replaced, with the key they were detected under.
  void store_mentions(DocId id, const std::string& detect_key, const std::vector<Mention>& mentions);

  // One transaction, last step of a scan: the corpus in order with its
  // descriptions (rows written only where they differ from `stored`), the
  // paths in `changed` written, present paths not in `seen` marked gone,
  // the run closed.
  void finish_scan(const std::vector<std::pair<DocId, CorpusDocument>>& corpus,
                   const std::vector<StoredDocument>& stored, const std::vector<PathSeen>& changed,
                   const std::vector<std::string>& seen, std::int64_t run, RunCounts& counts);
  // The targets of the graph just built, for readers of the index.
  void store_targets(const CitationGraph& graph);

  // The corpus of the last finished scan, in order.
  std::vector<std::pair<DocId, CorpusDocument>> corpus();
  // Its mentions, document by document in corpus order, each in detection order.
  void for_each_mention(const std::function<void(const Mention&)>& fn);
  // One document's mentions in detection order.
  std::vector<Mention> mentions(DocId id);
  std::size_t finished_runs();

  std::string output_stamp(const std::string& folder);
  void set_output_stamp(const std::string& folder, const std::string& stamp);

 private:
  void upsert_path(const PathSeen& p, std::int64_t run);
  void write_blocks(DocId id, const Document& doc);
  DocId id_with_hash(const std::string& hash);  // the row just written for that content
  void drop_unheld_content();

  Database db_;
  std::optional<Batch> batch_;  // after db_: ends before the connection closes
};

}  // namespace unxref::pipeline
