// The index's tables, as a list of migrations: the index's PRAGMA
// user_version counts the steps applied, and opening an older index applies
// the rest, each step in its own transaction.
#include "pipeline/schema.hpp"

#include <array>

#include "pipeline/sqlite.hpp"
#include "unxref/core/error.hpp"

namespace unxref::pipeline {
namespace {

constexpr std::array<const char*, 5> kMigrations = {
    // 1: documents by content, the paths they were found under, their text,
    // their mentions, the targets of the last graph, and the runs.
    R"sql(
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,       -- SHA-256 of the file's bytes, hex
  size INTEGER NOT NULL,
  status TEXT NOT NULL,            -- 'ok' or 'failed'
  error TEXT NOT NULL DEFAULT '',  -- why it failed
  extractor TEXT NOT NULL DEFAULT '',
  format TEXT, title TEXT, symbol TEXT, date TEXT, language TEXT, producer TEXT,
  sponsors TEXT, page_count INTEGER, first_line TEXT, warnings TEXT,
  detect_key TEXT NOT NULL DEFAULT '',  -- what the stored mentions were detected with
  -- as the last scan described it (manifest, file name, masthead)
  corpus_id TEXT, display TEXT, d_title TEXT, d_kind TEXT, d_symbol TEXT, d_date TEXT,
  d_year INTEGER, notes TEXT,
  position INTEGER                 -- order in the last scan; NULL when not in it
);
CREATE TABLE paths(
  path TEXT PRIMARY KEY,           -- absolute, lexically normal
  display TEXT NOT NULL,
  document INTEGER REFERENCES documents(id),
  size INTEGER NOT NULL,
  mtime INTEGER NOT NULL,          -- nanoseconds
  status TEXT NOT NULL,            -- 'present' or 'gone'
  seen_run INTEGER
);
CREATE TABLE blocks(
  document INTEGER NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  page INTEGER, role INTEGER, x0 REAL, y0 REAL, x1 REAL, y1 REAL, level INTEGER, text TEXT,
  PRIMARY KEY(document, seq)
) WITHOUT ROWID;
CREATE TABLE mentions(
  document INTEGER NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  doc TEXT, target TEXT, kind INTEGER, surface TEXT, start INTEGER, "end" INTEGER, page INTEGER,
  section TEXT, pinpoint TEXT, date TEXT, resolved_from TEXT, context TEXT, unresolved INTEGER,
  PRIMARY KEY(document, seq)
) WITHOUT ROWID;
CREATE TABLE targets(
  id TEXT PRIMARY KEY, kind TEXT, label TEXT, title TEXT, year INTEGER,
  in_degree INTEGER, mentions INTEGER
);
CREATE TABLE runs(
  id INTEGER PRIMARY KEY,
  started INTEGER, finished INTEGER, roots TEXT, status TEXT,
  files INTEGER, extracted INTEGER, reused INTEGER, detected INTEGER, failed INTEGER, gone INTEGER
);
)sql",
    // 2: the questions asked of it often.
    R"sql(
CREATE INDEX paths_by_document ON paths(document);
CREATE INDEX mentions_by_target ON mentions(target);
CREATE INDEX documents_by_position ON documents(position);
)sql",
    // 3: what was last written to each output folder, so that a scan that
    // changed nothing need not write it again.
    R"sql(
CREATE TABLE outputs(folder TEXT PRIMARY KEY, stamp TEXT NOT NULL);
)sql",
    // 4: how each mention cites: its clause verb as written, the verb's
    // relation, whether the clause acts under Chapter VII, and whether it
    // recalls the citation as an earlier resolution of a series.
    R"sql(
ALTER TABLE mentions ADD COLUMN verb TEXT NOT NULL DEFAULT '';
ALTER TABLE mentions ADD COLUMN relation TEXT NOT NULL DEFAULT 'other';
ALTER TABLE mentions ADD COLUMN chapter_vii INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mentions ADD COLUMN series INTEGER NOT NULL DEFAULT 0;
)sql",
    // 5: where each block's bytes were in its text or Markdown file (the
    // block's offset map, serialised), and so where each mention is in the
    // file as written; for PDFs, the box of the mention's block. Mentions
    // stored before this step say -1 (not known) until detected again.
    R"sql(
ALTER TABLE blocks ADD COLUMN source BLOB;
ALTER TABLE mentions ADD COLUMN file_start INTEGER NOT NULL DEFAULT -1;
ALTER TABLE mentions ADD COLUMN file_end INTEGER NOT NULL DEFAULT -1;
ALTER TABLE mentions ADD COLUMN x0 REAL NOT NULL DEFAULT 0;
ALTER TABLE mentions ADD COLUMN y0 REAL NOT NULL DEFAULT 0;
ALTER TABLE mentions ADD COLUMN x1 REAL NOT NULL DEFAULT 0;
ALTER TABLE mentions ADD COLUMN y1 REAL NOT NULL DEFAULT 0;
)sql",
};

}  // namespace

int schema_version() { return static_cast<int>(kMigrations.size()); }

void migrate(Database& db) {
  // WAL: a reader never blocks the scan, and a killed scan loses only its
  // open transaction. NORMAL is durable against a process killed at any
  // point (not against power loss, which costs the last transactions only).
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA synchronous=NORMAL");
  db.exec("PRAGMA foreign_keys=ON");
  // No memory-mapped reads: the pages of a mapped index count in the
  // process's resident memory, which is bounded whatever the corpus size
  // (a 450 MB index mapped 256 MB of it for a 10,000-document scan), and
  // reading through SQLite's own small page cache measured no slower.
  db.exec("PRAGMA mmap_size=0");
  Statement v = db.prepare("PRAGMA user_version");
  v.step();
  const int have = v.integer(0);
  if (have > schema_version())
    throw FileError(db.file(), "index has schema version " + std::to_string(have) + ", newer than this unxref (" +
                                   std::to_string(schema_version()) + "); use a newer unxref or another --index");
  for (int step = have; step < schema_version(); ++step) {
    Transaction t(db);
    db.exec(kMigrations[static_cast<std::size_t>(step)]);
    db.exec("PRAGMA user_version=" + std::to_string(step + 1));
    t.commit();
  }
}

}  // namespace unxref::pipeline
