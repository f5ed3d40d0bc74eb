#include "pipeline/store.hpp"

#include <chrono>

#include "pipeline/schema.hpp"

namespace unxref::pipeline {
namespace {

constexpr char kSep = '\x1f';  // joins list fields; never in extracted text (control characters are cleaned)

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += kSep;
    out += p;
  }
  return out;
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  std::size_t from = 0;
  for (std::size_t at; (at = s.find(kSep, from)) != std::string::npos; from = at + 1) out.push_back(s.substr(from, at - from));
  out.push_back(s.substr(from));
  return out;
}

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

Store::Store(const std::filesystem::path& file) : db_(file) { migrate(db_); }

std::int64_t Store::begin_run(const std::string& roots) {
  db_.prepare("INSERT INTO runs(started, roots, status) VALUES(?, ?, 'running')").bind(1, now_seconds()).bind(2, roots).run();
  return db_.last_rowid();
}

std::optional<PathRow> Store::path(const std::string& key) {
  Statement& s = db_.cached(
      "SELECT p.document, p.size, p.mtime, d.status, d.extractor, p.display, p.status FROM paths p "
      "JOIN documents d ON d.id = p.document WHERE p.path = ?");
  s.bind(1, key);
  if (!s.step()) return std::nullopt;
  PathRow row{s.int64(0), s.int64(1), s.int64(2), s.text(3) == "ok", s.text(4), s.text(5), s.text(6) == "present"};
  s.reset();  // a cached statement left on a row would hold its read snapshot open
  return row;
}

std::optional<DocId> Store::document_with_hash(const std::string& hash, const std::string& extractor) {
  Statement& s = db_.cached("SELECT id FROM documents WHERE hash = ? AND status = 'ok' AND extractor = ?");
  s.bind(1, hash).bind(2, extractor);
  if (!s.step()) return std::nullopt;
  const DocId id = s.int64(0);
  s.reset();
  return id;
}

void Store::upsert_path(const PathSeen& p, std::int64_t run) {
  db_.cached(
         "INSERT INTO paths(path, display, document, size, mtime, status, seen_run) VALUES(?, ?, ?, ?, ?, 'present', ?) "
         "ON CONFLICT(path) DO UPDATE SET display = excluded.display, document = excluded.document, "
         "size = excluded.size, mtime = excluded.mtime, status = 'present', seen_run = excluded.seen_run")
      .bind(1, p.key)
      .bind(2, p.display)
      .bind(3, p.document)
      .bind(4, p.size)
      .bind(5, p.mtime)
      .bind(6, run)
      .run();
}

DocId Store::id_with_hash(const std::string& hash) {
  Statement& q = db_.cached("SELECT id FROM documents WHERE hash = ?");
  q.bind(1, hash);
  q.step();
  const DocId id = q.int64(0);
  q.reset();
  return id;
}

void Store::write_blocks(DocId id, const Document& doc) {
  db_.cached("DELETE FROM blocks WHERE document = ?").bind(1, id).run();
  Statement& ins = db_.cached("INSERT INTO blocks VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    ins.bind(1, id)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, b.page)
        .bind(4, static_cast<int>(b.role))
        .bind(5, b.box.x0)
        .bind(6, b.box.y0)
        .bind(7, b.box.x1)
        .bind(8, b.box.y1)
        .bind(9, b.level)
        .bind(10, b.text);
    if (b.source.empty()) {
      ins.bind_null(11);
    } else {
      ins.bind_blob(11, b.source.to_bytes());
    }
    ins.run();
  }
}

DocId Store::store_extracted(const std::string& hash, std::int64_t size, const std::string& extractor,
                             const Document& doc, const std::string& first_line, const std::vector<PathSeen>& paths,
                             std::int64_t run) {
  Transaction t(db_);
  const DocumentMeta& m = doc.meta;
  db_.cached(
         "INSERT INTO documents(hash, size, status, error, extractor, format, title, symbol, date, language, producer, "
         "sponsors, page_count, first_line, warnings, detect_key) VALUES(?, ?, 'ok', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
         "?, '') ON CONFLICT(hash) DO UPDATE SET size = excluded.size, status = 'ok', error = '', extractor = "
         "excluded.extractor, format = excluded.format, title = excluded.title, symbol = excluded.symbol, date = "
         "excluded.date, language = excluded.language, producer = excluded.producer, sponsors = excluded.sponsors, "
         "page_count = excluded.page_count, first_line = excluded.first_line, warnings = excluded.warnings, "
         "detect_key = ''")
      .bind(1, hash)
      .bind(2, size)
      .bind(3, extractor)
      .bind(4, m.format)
      .bind(5, m.title)
      .bind(6, m.symbol)
      .bind(7, m.date)
      .bind(8, m.language)
      .bind(9, m.producer)
      .bind(10, join(m.sponsors))
      .bind(11, m.page_count)
      .bind(12, first_line)
      .bind(13, join(doc.warnings))
      .run();
  const DocId id = id_with_hash(hash);
  write_blocks(id, doc);
  db_.cached("DELETE FROM mentions WHERE document = ?").bind(1, id).run();
  for (PathSeen p : paths) {
    p.document = id;
    upsert_path(p, run);
  }
  t.commit();
  return id;
}

void Store::store_failed(const std::string& hash, std::int64_t size, const std::string& error,
                         const std::vector<PathSeen>& paths, std::int64_t run) {
  Transaction t(db_);
  db_.cached(
         "INSERT INTO documents(hash, size, status, error) VALUES(?, ?, 'failed', ?) ON CONFLICT(hash) DO UPDATE SET "
         "status = 'failed', error = excluded.error, detect_key = ''")
      .bind(1, hash)
      .bind(2, size)
      .bind(3, error)
      .run();
  const DocId id = id_with_hash(hash);
  db_.cached("DELETE FROM blocks WHERE document = ?").bind(1, id).run();
  db_.cached("DELETE FROM mentions WHERE document = ?").bind(1, id).run();
  for (PathSeen p : paths) {
    p.document = id;
    upsert_path(p, run);
  }
  t.commit();
}

void Store::link_path(const PathSeen& path, std::int64_t run) {
  Transaction t(db_);
  upsert_path(path, run);
  t.commit();
}

StoredDocument Store::document(DocId id) {
  Statement& s = db_.cached(
      "SELECT format, title, symbol, date, language, producer, sponsors, page_count, first_line, warnings, detect_key, "
      "hash, position, corpus_id, display, d_title, d_kind, d_symbol, d_date, d_year, notes FROM documents WHERE id = ?");
  s.bind(1, id);
  StoredDocument d;
  d.id = id;
  if (!s.step()) return d;
  d.meta.format = s.text(0);
  d.meta.title = s.text(1);
  d.meta.symbol = s.text(2);
  d.meta.date = s.text(3);
  d.meta.language = s.text(4);
  d.meta.producer = s.text(5);
  d.meta.sponsors = split(s.text(6));
  d.meta.page_count = s.integer(7);
  d.first_line = s.text(8);
  d.warnings = split(s.text(9));
  d.detect_key = s.text(10);
  d.hash = s.text(11);
  if (!s.is_null(12)) {
    CorpusDocument c;
    c.id = s.text(13);
    c.path = s.text(14);
    c.title = s.text(15);
    c.kind = s.text(16);
    c.symbol = s.text(17);
    c.date = s.text(18);
    c.year = s.integer(19);
    c.notes = split(s.text(20));
    d.described = describe_key(s.int64(12), c);
  }
  s.reset();
  return d;
}

Document Store::load_document(DocId id) {
  Document doc;
  doc.meta = document(id).meta;
  Statement& s =
      db_.cached("SELECT page, role, x0, y0, x1, y1, level, text, source FROM blocks WHERE document = ? ORDER BY seq");
  s.bind(1, id);
  while (s.step()) {
    Block b;
    b.page = s.integer(0);
    b.role = static_cast<Role>(s.integer(1));
    b.box = {s.real(2), s.real(3), s.real(4), s.real(5)};
    b.level = s.integer(6);
    b.text = s.text(7);
    b.source = OffsetMap::from_bytes(s.blob(8));
    doc.blocks.push_back(std::move(b));
  }
  s.reset();
  return doc;
}

void Store::store_mentions(DocId id, const std::string& detect_key, const std::vector<Mention>& mentions) {
  Transaction t(db_);
  db_.cached("DELETE FROM mentions WHERE document = ?").bind(1, id).run();
  Statement& ins = db_.cached(
      "INSERT INTO mentions VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    ins.bind(1, id)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, m.doc)
        .bind(4, m.target)
        .bind(5, static_cast<int>(m.kind))
        .bind(6, m.surface)
        .bind(7, static_cast<std::int64_t>(m.start))
        .bind(8, static_cast<std::int64_t>(m.end))
        .bind(9, m.page)
        .bind(10, m.section)
        .bind(11, m.pinpoint)
        .bind(12, m.date)
        .bind(13, m.resolved_from)
        .bind(14, m.context)
        .bind(15, m.unresolved ? 1 : 0)
        .bind(16, m.verb)
        .bind(17, m.relation)
        .bind(18, m.chapter_vii ? 1 : 0)
        .bind(19, m.series ? 1 : 0)
        .bind(20, static_cast<std::int64_t>(m.file_start))
        .bind(21, static_cast<std::int64_t>(m.file_end))
        .bind(22, m.box.x0)
        .bind(23, m.box.y0)
        .bind(24, m.box.x1)
        .bind(25, m.box.y1)
        .run();
  }
  db_.cached("UPDATE documents SET detect_key = ? WHERE id = ?").bind(1, detect_key).bind(2, id).run();
  t.commit();
}

std::string describe_key(std::int64_t position, const CorpusDocument& d) {
  std::string key = std::to_string(position);
  for (const std::string* f : {&d.id, &d.path, &d.title, &d.kind, &d.symbol, &d.date}) key += kSep + *f;
  return key + kSep + std::to_string(d.year) + kSep + join(d.notes);
}

void Store::finish_scan(const std::vector<std::pair<DocId, CorpusDocument>>& corpus,
                        const std::vector<StoredDocument>& stored, const std::vector<PathSeen>& changed,
                        const std::vector<std::string>& seen, std::int64_t run, RunCounts& counts) {
  Transaction t(db_);
  // Rows that did not change are not written: a re-scan of an unchanged
  // corpus then costs reads only.
  db_.exec("CREATE TEMP TABLE IF NOT EXISTS scan_docs(id INTEGER PRIMARY KEY); DELETE FROM scan_docs;"
           "CREATE TEMP TABLE IF NOT EXISTS scan_paths(path TEXT PRIMARY KEY); DELETE FROM scan_paths;");
  Statement doc_in = db_.prepare("INSERT OR IGNORE INTO scan_docs VALUES(?)");
  for (const auto& [id, d] : corpus) doc_in.bind(1, id).run();
  db_.exec("UPDATE documents SET position = NULL WHERE position IS NOT NULL AND id NOT IN (SELECT id FROM scan_docs)");
  Statement upd = db_.prepare(
      "UPDATE documents SET position = ?, corpus_id = ?, display = ?, d_title = ?, d_kind = ?, d_symbol = ?, "
      "d_date = ?, d_year = ?, notes = ? WHERE id = ?");
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    const CorpusDocument& d = corpus[i].second;
    const auto position = static_cast<std::int64_t>(i);
    if (i < stored.size() && stored[i].described == describe_key(position, d)) continue;
    upd.bind(1, position)
        .bind(2, d.id)
        .bind(3, d.path)
        .bind(4, d.title)
        .bind(5, d.kind)
        .bind(6, d.symbol)
        .bind(7, d.date)
        .bind(8, d.year)
        .bind(9, join(d.notes))
        .bind(10, corpus[i].first)
        .run();
  }
  for (const PathSeen& p : changed) upsert_path(p, run);
  Statement path_in = db_.prepare("INSERT OR IGNORE INTO scan_paths VALUES(?)");
  for (const std::string& key : seen) path_in.bind(1, key).run();
  db_.exec("UPDATE paths SET status = 'gone' WHERE status = 'present' AND path NOT IN (SELECT path FROM scan_paths)");
  counts.gone = static_cast<std::size_t>(sqlite3_changes(db_.handle()));
  drop_unheld_content();
  db_.prepare(
         "UPDATE runs SET finished = ?, status = 'done', files = ?, extracted = ?, reused = ?, detected = ?, "
         "failed = ?, gone = ? WHERE id = ?")
      .bind(1, now_seconds())
      .bind(2, static_cast<std::int64_t>(counts.files))
      .bind(3, static_cast<std::int64_t>(counts.extracted))
      .bind(4, static_cast<std::int64_t>(counts.reused))
      .bind(5, static_cast<std::int64_t>(counts.detected))
      .bind(6, static_cast<std::int64_t>(counts.failed))
      .bind(7, static_cast<std::int64_t>(counts.gone))
      .bind(8, run)
      .run();
  t.commit();
}

// Content that no present file holds (an edited file's old version, a removed
// file) loses its text and mentions, so that an index kept for years holds one
// version of each file. A row a gone path still names stays, marked
// 'dropped': the path's history remains and the file, if it comes back, is
// extracted again. Deleting by document keeps this cheap on a re-scan that
// changed nothing (one pass over documents, no pass over blocks).
void Store::drop_unheld_content() {
  Statement unheld = db_.prepare(
      "SELECT id FROM documents WHERE status != 'dropped' AND id NOT IN "
      "(SELECT document FROM paths WHERE status = 'present')");
  std::vector<DocId> ids;
  while (unheld.step()) ids.push_back(unheld.int64(0));
  Statement blocks = db_.prepare("DELETE FROM blocks WHERE document = ?");
  Statement mentions = db_.prepare("DELETE FROM mentions WHERE document = ?");
  Statement unnamed = db_.prepare("DELETE FROM documents WHERE id = ? AND id NOT IN (SELECT document FROM paths)");
  Statement mark = db_.prepare("UPDATE documents SET status = 'dropped', detect_key = '', position = NULL WHERE id = ?");
  for (DocId id : ids) {
    blocks.bind(1, id).run();
    mentions.bind(1, id).run();
    unnamed.bind(1, id).run();
    if (sqlite3_changes(db_.handle()) == 0) mark.bind(1, id).run();
  }
}

void Store::store_targets(const CitationGraph& graph) {
  Transaction t(db_);
  db_.exec("DELETE FROM targets");
  Statement ins = db_.prepare("INSERT OR REPLACE INTO targets VALUES(?, ?, ?, ?, ?, ?, ?)");
  const GraphStorage& g = graph.storage();
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const VertexProps& p = g[v];
    if (p.in_corpus && boost::in_degree(v, g) == 0) continue;
    int mentions = 0, citers = 0;
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
      if (g[e].type != EdgeType::cites) continue;
      mentions += g[e].mentions;
      ++citers;
    }
    ins.bind(1, p.id).bind(2, p.kind).bind(3, p.label).bind(4, p.title).bind(5, p.year).bind(6, citers).bind(7, mentions).run();
  }
  t.commit();
}

std::vector<std::pair<DocId, CorpusDocument>> Store::corpus() {
  std::vector<std::pair<DocId, CorpusDocument>> out;
  Statement s = db_.prepare(
      "SELECT id, corpus_id, display, d_title, d_kind, d_symbol, d_date, d_year, page_count, notes FROM documents "
      "WHERE position IS NOT NULL ORDER BY position");
  while (s.step()) {
    CorpusDocument d;
    d.id = s.text(1);
    d.path = s.text(2);
    d.title = s.text(3);
    d.kind = s.text(4);
    d.symbol = s.text(5);
    d.date = s.text(6);
    d.year = s.integer(7);
    d.pages = s.integer(8);
    d.notes = split(s.text(9));
    out.emplace_back(s.int64(0), std::move(d));
  }
  return out;
}

namespace {

constexpr const char* kMentionColumns =
    "m.doc, m.target, m.kind, m.surface, m.start, m.\"end\", m.page, m.section, m.pinpoint, m.date, "
    "m.resolved_from, m.context, m.unresolved, m.verb, m.relation, m.chapter_vii, m.series, m.file_start, "
    "m.file_end, m.x0, m.y0, m.x1, m.y1";

void read_mention(Statement& s, Mention& m) {
  m.doc = s.text(0);
  m.target = s.text(1);
  m.kind = static_cast<TargetKind>(s.integer(2));
  m.surface = s.text(3);
  m.start = static_cast<std::size_t>(s.int64(4));
  m.end = static_cast<std::size_t>(s.int64(5));
  m.page = s.integer(6);
  m.section = s.text(7);
  m.pinpoint = s.text(8);
  m.date = s.text(9);
  m.resolved_from = s.text(10);
  m.context = s.text(11);
  m.unresolved = s.integer(12) != 0;
  m.verb = s.text(13);
  m.relation = s.text(14);
  m.chapter_vii = s.integer(15) != 0;
  m.series = s.integer(16) != 0;
  m.file_start = s.int64(17);
  m.file_end = s.int64(18);
  m.box = {s.real(19), s.real(20), s.real(21), s.real(22)};
}

}  // namespace

void Store::for_each_mention(const std::function<void(const Mention&)>& fn) {
  Statement s = db_.prepare(std::string("SELECT ") + kMentionColumns +
                            " FROM documents d JOIN mentions m ON m.document = d.id "
                            "WHERE d.position IS NOT NULL ORDER BY d.position, m.seq");
  Mention m;
  while (s.step()) {
    read_mention(s, m);
    fn(m);
  }
}

std::vector<Mention> Store::mentions(DocId id) {
  Statement s = db_.prepare(std::string("SELECT ") + kMentionColumns + " FROM mentions m WHERE m.document = ? ORDER BY m.seq");
  s.bind(1, id);
  std::vector<Mention> out;
  while (s.step()) read_mention(s, out.emplace_back());
  return out;
}

std::size_t Store::finished_runs() {
  Statement s = db_.prepare("SELECT count(*) FROM runs WHERE status = 'done'");
  s.step();
  return static_cast<std::size_t>(s.int64(0));
}

std::string Store::output_stamp(const std::string& folder) {
  Statement s = db_.prepare("SELECT stamp FROM outputs WHERE folder = ?");
  s.bind(1, folder);
  return s.step() ? s.text(0) : std::string();
}

void Store::set_output_stamp(const std::string& folder, const std::string& stamp) {
  Transaction t(db_);
  db_.prepare("INSERT OR REPLACE INTO outputs VALUES(?, ?)").bind(1, folder).bind(2, stamp).run();
  t.commit();
}

}  // namespace unxref::pipeline
