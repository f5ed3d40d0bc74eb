#pragma once
// A thin RAII layer over libsqlite3: a connection, prepared statements, and
// transactions. Errors become FileError naming the database file.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <unordered_map>
#include <optional>
#include <string>
#include <string_view>

namespace unxref::pipeline {

class Statement;
class Batch;

class Database {
 public:
  // Opens (creating) `file`; ":memory:" for an index that lives as long as the run.
  explicit Database(const std::filesystem::path& file);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(std::string_view sql);
  Statement prepare(std::string_view sql);
  // A statement prepared once per connection, reset and ready for new
  // bindings: for the per-file questions, where preparing costs as much as
  // answering. `sql` must be a string literal (it is the key).
  Statement& cached(const char* sql);
  std::int64_t last_rowid() const;
  const std::filesystem::path& file() const { return file_; }
  sqlite3* handle() const { return db_; }
  [[noreturn]] void fail(std::string_view what) const;

 private:
  friend class Transaction;
  friend class Batch;
  std::filesystem::path file_;
  sqlite3* db_ = nullptr;
  std::unordered_map<const char*, std::unique_ptr<Statement>> cache_;
  Batch* batch_ = nullptr;  // the open batch, if any
};

class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in SQLite. Text is copied (SQLITE_TRANSIENT).
  Statement& bind(int i, std::int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Statement& bind(int i, double v);
  Statement& bind(int i, std::string_view v);
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Statement& bind_null(int i);
  Statement& bind_blob(int i, std::string_view bytes);

  // True while a row is available; false once done.
  bool step();
  // Runs to the end (for statements without rows) and resets for reuse.
  void run();
  void reset();

  std::int64_t int64(int col) const;
  int integer(int col) const { return static_cast<int>(int64(col)); }
  double real(int col) const;
  std::string text(int col) const;
  std::string blob(int col) const;
  bool is_null(int col) const;

 private:
  Database* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolled back when left without commit(). Inside
// a Batch, a savepoint: its changes stay all or nothing, and are written
// with the batch's.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool open_ = true;
  bool in_batch_ = false;
};

// One SQLite transaction for many small ones (a scan's per-document
// writes), committed every `every` of them and when the batch ends: a commit
// per document wrote the same WAL pages again each time, most of a text
// scan's main-thread time. A crash loses at most the uncommitted batch,
// which the next scan extracts again.
class Batch {
 public:
  explicit Batch(Database& db, int every = 64);
  ~Batch();  // commits what is left
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;

 private:
  friend class Transaction;
  void committed();  // a Transaction inside it has released its savepoint
  Database& db_;
  int every_, pending_ = 0;
};

}  // namespace unxref::pipeline
