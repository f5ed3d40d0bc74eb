// The index behind `scan`: incremental re-scans, documents by content,
// paths that disappear, and the schema version.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <thread>

#include "support/paths.hpp"
#include "unxref/core/error.hpp"
#include "unxref/pipeline/scan.hpp"

namespace unxref {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::set<std::string> targets_of(const ScanResult& r, const std::string& doc) {
  std::set<std::string> out;
  const GraphStorage& g = r.graph.storage();
  auto v = r.graph.find(doc);
  if (!v) return out;
  for (Edge e : boost::make_iterator_range(boost::out_edges(*v, g)))
    if (g[e].type == EdgeType::cites) out.insert(g[boost::target(e, g)].id);
  return out;
}

struct Corpus {
  fs::path dir, docs, db;
};

Corpus three_files(const std::string& name) {
  Corpus c;
  c.dir = testing::scratch_dir(name);
  c.docs = c.dir / "docs";
  c.db = c.dir / "index.db";
  write(c.docs / "a.txt", "Note\n\nRecalling Security Council resolution 2331 (2016).\n");
  write(c.docs / "b.txt", "Memo\n\nRecalling General Assembly resolution 72/1.\n");
  write(c.docs / "c.md", "# Brief\n\nOn SDG target 8.7.\n");
  return c;
}

TEST(Index, RescanExtractsOnlyTheChangedFile) {
  const Corpus c = three_files("rescan");
  {
    Index index(c.db);
    const ScanResult first = index.scan({c.docs});
    EXPECT_EQ(first.counts.extracted, 3u);
    EXPECT_EQ(first.counts.reused, 0u);
    EXPECT_EQ(targets_of(first, "doc:docs/b.txt"), (std::set<std::string>{"A/RES/72/1"}));
  }
  Index index(c.db);  // a new process would open it the same way
  const ScanResult same = index.scan({c.docs});
  EXPECT_EQ(same.counts.extracted, 0u);
  EXPECT_EQ(same.counts.detected, 0u);
  EXPECT_EQ(same.counts.reused, 3u);

  write(c.docs / "b.txt", "Memo\n\nRecalling General Assembly resolution 64/293.\n");
  const ScanResult changed = index.scan({c.docs});
  EXPECT_EQ(changed.counts.extracted, 1u);
  EXPECT_EQ(changed.counts.reused, 2u);
  EXPECT_EQ(changed.counts.detected, 1u);
  EXPECT_EQ(targets_of(changed, "doc:docs/b.txt"), (std::set<std::string>{"A/RES/64/293"}));
  EXPECT_EQ(targets_of(changed, "doc:docs/a.txt"), (std::set<std::string>{"S/RES/2331(2016)"}));
  EXPECT_FALSE(changed.graph.find("A/RES/72/1"));
}

// Mentions detected again from the index's stored blocks (an extra registry
// changes what every document can cite) still point into the file.
TEST(Index, MentionsDetectedFromStoredBlocksKeepTheirFileOffsets) {
  const Corpus c = three_files("file-offsets");
  const std::string crlf = "Note\r\n\r\nRecalling Security Council\r\nresolution 2331 (2016).\r\n";
  write(c.docs / "a.txt", crlf);
  ScanOptions keep;
  keep.keep_mentions = true;
  Index index(c.db);
  index.scan({c.docs}, keep);
  const fs::path registry = c.dir / "extra.tsv";
  write(registry, "made-up\ttreaty:made-up\t-\t2001\tMade-up Accord\t-\t-\tMade-up Accord\t-\n");
  keep.registries = {registry};
  const ScanResult again = index.scan({c.docs}, keep);
  EXPECT_EQ(again.counts.extracted, 0u);
  EXPECT_EQ(again.counts.detected, 3u);  // every document, from its stored blocks
  bool seen = false;
  for (const Mention& m : again.mentions) {
    if (m.target != "S/RES/2331(2016)") continue;
    seen = true;
    ASSERT_GE(m.file_start, 0);
    EXPECT_EQ(crlf.substr(static_cast<std::size_t>(m.file_start), static_cast<std::size_t>(m.file_end - m.file_start)),
              "Security Council\r\nresolution 2331 (2016)");
  }
  EXPECT_TRUE(seen);
}

TEST(Index, TouchedButUnchangedFileIsNotExtractedAgain) {
  const Corpus c = three_files("touched");
  Index index(c.db);
  index.scan({c.docs});
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  write(c.docs / "a.txt", "Note\n\nRecalling Security Council resolution 2331 (2016).\n");  // same bytes, new mtime
  const ScanResult r = index.scan({c.docs});
  EXPECT_EQ(r.counts.extracted, 0u);
  EXPECT_EQ(r.counts.reused, 3u);
}

TEST(Index, RemovedFileIsGoneFromTheCorpus) {
  const Corpus c = three_files("removed");
  Index index(c.db);
  EXPECT_EQ(index.scan({c.docs}).documents.size(), 3u);
  fs::remove(c.docs / "c.md");
  const ScanResult r = index.scan({c.docs});
  EXPECT_EQ(r.counts.gone, 1u);
  EXPECT_EQ(r.documents.size(), 2u);
  EXPECT_FALSE(r.graph.find("sdg:8.7"));
  EXPECT_EQ(index.read().documents.size(), 2u);
}

// The number of rows a query gives, read straight from the index file.
std::int64_t count(const fs::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* s = nullptr;
  std::int64_t n = -1;
  if (sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
    n = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  sqlite3_close(h);
  return n;
}

// A folder edited for years must not leave every old version's text and
// mentions in the index: what no present file holds is dropped, and the file
// keeps its row, marked gone.
TEST(Index, ContentNoPresentFileHoldsIsDropped) {
  const Corpus c = three_files("orphans");
  {
    Index index(c.db);
    index.scan({c.docs});
    write(c.docs / "b.txt", "Memo\n\nRecalling General Assembly resolution 64/293.\n");  // the old b is no file's now
    fs::remove(c.docs / "c.md");
    const ScanResult r = index.scan({c.docs});
    EXPECT_EQ(r.counts.gone, 1u);
  }
  EXPECT_EQ(count(c.db, "SELECT count(*) FROM documents"), 3);  // a, the new b, and c (its path is marked gone)
  EXPECT_EQ(count(c.db, "SELECT count(*) FROM paths WHERE status = 'gone'"), 1);
  const std::string orphan =
      " WHERE document NOT IN (SELECT document FROM paths WHERE status = 'present')";
  EXPECT_EQ(count(c.db, "SELECT count(*) FROM blocks" + orphan), 0);
  EXPECT_EQ(count(c.db, "SELECT count(*) FROM mentions" + orphan), 0);
  EXPECT_GT(count(c.db, "SELECT count(*) FROM mentions"), 0);

  write(c.docs / "c.md", "# Brief\n\nOn SDG target 8.7.\n");  // back again: extracted anew
  Index index(c.db);
  const ScanResult back = index.scan({c.docs});
  EXPECT_EQ(back.counts.extracted, 1u);
  EXPECT_TRUE(back.graph.find("sdg:8.7"));
}

TEST(Index, SameContentUnderTwoPathsIsOneDocument) {
  const fs::path dir = testing::scratch_dir("two_paths");
  const std::string text = "Note\n\nRecalling Security Council resolution 2331 (2016).\n";
  write(dir / "docs" / "x" / "copy.txt", text);
  write(dir / "docs" / "y" / "copy.txt", text);
  Index index(dir / "index.db");
  const ScanResult r = index.scan({dir / "docs"});
  EXPECT_EQ(r.counts.extracted, 1u);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].path, "docs/x/copy.txt");
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings.back().find("one document with both paths"), std::string::npos) << r.warnings.back();
}

TEST(Index, ReadGivesTheGraphOfTheLastScanWithoutFiles) {
  const Corpus c = three_files("read");
  ScanResult scanned;
  {
    Index index(c.db);
    scanned = index.scan({c.docs});
  }
  fs::remove_all(c.docs);
  Index index(c.db);
  ASSERT_TRUE(index.has_scan());
  const ScanResult read = index.read();
  EXPECT_EQ(read.documents.size(), scanned.documents.size());
  EXPECT_EQ(read.graph.vertex_count(), scanned.graph.vertex_count());
  EXPECT_EQ(read.graph.edge_count(), scanned.graph.edge_count());
  EXPECT_EQ(targets_of(read, "doc:docs/a.txt"), (std::set<std::string>{"S/RES/2331(2016)"}));
}

TEST(Index, NewerSchemaIsRefusedNamingTheFile) {
  const fs::path dir = testing::scratch_dir("schema");
  const fs::path db = dir / "future.db";
  { Index index(db); }
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  sqlite3_exec(h, "PRAGMA user_version=999", nullptr, nullptr, nullptr);
  sqlite3_close(h);
  try {
    Index again(db);
    FAIL() << "opened an index of schema 999";
  } catch (const FileError& e) {
    EXPECT_EQ(e.file(), db);
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
  }
}

TEST(Index, NotAnIndexIsAClearError) {
  const fs::path dir = testing::scratch_dir("not_index");
  write(dir / "notes.db", "these are my notes, not a database, and they are long enough to have a header\n");
  EXPECT_THROW(Index(dir / "notes.db"), FileError);
}

}  // namespace
}  // namespace unxref

namespace unxref {
namespace {

TEST(Scan, SameFileNameInTwoFoldersOfTheSameNameIsTwoDocuments) {
  const fs::path dir = testing::scratch_dir("same_name");
  write(dir / "x" / "docs" / "a.txt", "Note\n\nRecalling resolution 2331 (2016).\n");
  write(dir / "y" / "docs" / "a.txt", "Note\n\nRecalling resolution 2388 (2017).\n");
  const ScanResult r = scan({dir / "x" / "docs", dir / "y" / "docs"});
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(targets_of(r, "doc:x/docs/a.txt"), (std::set<std::string>{"S/RES/2331(2016)"}));
  EXPECT_EQ(targets_of(r, "doc:y/docs/a.txt"), (std::set<std::string>{"S/RES/2388(2017)"}));
}

// Names in a manifest are relative to the manifest's folder, wherever the
// scan runs from and however the folder was named on the command line.
TEST(Scan, ManifestFileNamesAreRelativeToTheManifest) {
  const fs::path dir = testing::scratch_dir("manifest_relative");
  write(dir / "corpus" / "papers" / "a.txt", "Note\n\nRecalling resolution 2331 (2016).\n");
  write(dir / "meta" / "manifest.tsv", "file\ttitle\tyear\n../corpus/papers/a.txt\tA paper from the manifest\t2019\n");
  write(dir / "corpus" / "manifest.tsv", "file\ttitle\nbad line without tab\npapers/a.txt\tA paper, inner manifest\n");
  const fs::path cwd = fs::current_path();
  fs::current_path(dir);
  ScanOptions options;
  options.manifests = {"meta/manifest.tsv"};
  const ScanResult r = scan({"corpus/papers/../"}, options);
  fs::current_path(cwd);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].title, "A paper from the manifest");  // the explicit one wins
  EXPECT_EQ(r.documents[0].year, 2019);
  EXPECT_TRUE(r.failures.empty());
}

TEST(Scan, BadManifestLineCostsThatLineWithAWarning) {
  const fs::path dir = testing::scratch_dir("manifest_bad_line");
  write(dir / "corpus" / "a.txt", "Note\n\nRecalling resolution 2331 (2016).\n");
  write(dir / "corpus" / "b.txt", "Memo\n\nRecalling resolution 2388 (2017).\n");
  write(dir / "corpus" / "manifest.tsv", "file\ttitle\tyear\na.txt\tFirst\tlast year\nb.txt\tSecond\t2018\n");
  const ScanResult r = scan({dir / "corpus"});
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[1].title, "Second");
  EXPECT_EQ(r.documents[1].year, 2018);
  EXPECT_TRUE(r.failures.empty());
  bool warned = false;
  for (const std::string& w : r.warnings) warned |= w.find("manifest.tsv: line 2: year 'last year'") != std::string::npos;
  EXPECT_TRUE(warned);
}

}  // namespace
}  // namespace unxref
