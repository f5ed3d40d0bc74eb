#include "pipeline/sqlite.hpp"

#include <algorithm>

#include "unxref/core/error.hpp"

namespace unxref::pipeline {

Database::Database(const std::filesystem::path& file) : file_(file) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(file.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    const std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw FileError(file, "cannot open index: " + msg);
  }
  // Another process (a query while a scan runs) waits instead of failing at once.
  sqlite3_busy_timeout(db_, 10'000);
}

Database::~Database() {
  cache_.clear();  // statements go before their connection
  sqlite3_close_v2(db_);
}

Statement& Database::cached(const char* sql) {
  std::unique_ptr<Statement>& s = cache_[sql];
  if (!s) s = std::make_unique<Statement>(*this, sql);
  s->reset();
  return *s;
}

void Database::fail(std::string_view what) const {
  throw FileError(file_, "index: " + std::string(what) + ": " + sqlite3_errmsg(db_));
}

void Database::exec(std::string_view sql) {
  const std::string s(sql);
  char* err = nullptr;
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    const std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    throw FileError(file_, "index: " + msg);
  }
}

Statement Database::prepare(std::string_view sql) { return Statement(*this, sql); }

std::int64_t Database::last_rowid() const { return sqlite3_last_insert_rowid(db_); }

Statement::Statement(Database& db, std::string_view sql) : db_(&db) {
  if (sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
    db.fail("cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }

Statement& Statement::bind(int i, std::int64_t v) {
  if (sqlite3_bind_int64(stmt_, i, v) != SQLITE_OK) db_->fail("bind");
  return *this;
}

Statement& Statement::bind(int i, double v) {
  if (sqlite3_bind_double(stmt_, i, v) != SQLITE_OK) db_->fail("bind");
  return *this;
}

Statement& Statement::bind(int i, std::string_view v) {
  if (sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
    db_->fail("bind");
  return *this;
}

Statement& Statement::bind_blob(int i, std::string_view bytes) {
  if (sqlite3_bind_blob64(stmt_, i, bytes.data(), bytes.size(), SQLITE_TRANSIENT) != SQLITE_OK) db_->fail("bind");
  return *this;
}

Statement& Statement::bind_null(int i) {
  if (sqlite3_bind_null(stmt_, i) != SQLITE_OK) db_->fail("bind");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_->fail("step");
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::int64(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::real(int col) const { return sqlite3_column_double(stmt_, col); }
bool Statement::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

std::string Statement::text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

std::string Statement::blob(int col) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

Transaction::Transaction(Database& db) : db_(db), in_batch_(db.batch_ != nullptr) {
  db_.exec(in_batch_ ? "SAVEPOINT unxref_item" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (!open_) return;
  if (in_batch_)
    sqlite3_exec(db_.handle(), "ROLLBACK TO unxref_item; RELEASE unxref_item", nullptr, nullptr, nullptr);
  else
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec(in_batch_ ? "RELEASE unxref_item" : "COMMIT");
  open_ = false;
  if (in_batch_ && db_.batch_) db_.batch_->committed();
}

Batch::Batch(Database& db, int every) : db_(db), every_(std::max(1, every)) {
  if (db_.batch_) throw FileError(db_.file(), "index: batches do not nest");
  db_.exec("BEGIN IMMEDIATE");
  db_.batch_ = this;
}

Batch::~Batch() {
  db_.batch_ = nullptr;
  // Every item in it was all or nothing: what was released is kept, even
  // when the batch ends by an exception.
  if (sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Batch::committed() {
  if (++pending_ < every_) return;
  db_.exec("COMMIT");
  db_.exec("BEGIN IMMEDIATE");
  pending_ = 0;
}

}  // namespace unxref::pipeline
