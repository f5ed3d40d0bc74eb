// Batched commits of the index: each item stays all or nothing, another
// connection sees the items once their batch commits, and nothing released
// is lost when the batch ends, even by an exception.
#include <gtest/gtest.h>

#include <stdexcept>

#include "pipeline/sqlite.hpp"
#include "support/paths.hpp"

namespace unxref::pipeline {
namespace {

std::int64_t rows(Database& db) {
  Statement s = db.prepare("SELECT count(*) FROM t");
  s.step();
  return s.int64(0);
}

void add(Database& db, int v, bool keep) {
  Transaction t(db);
  db.prepare("INSERT INTO t VALUES(?)").bind(1, v).run();
  if (keep) t.commit();
}

TEST(SqliteBatch, ItemsStayAllOrNothingAndCommitInGroups) {
  const auto file = testing::scratch_dir("batch") / "b.db";
  Database db(file);
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("CREATE TABLE t(v INTEGER)");
  Database other(file);
  {
    Batch batch(db, 3);
    add(db, 1, true);
    add(db, 2, false);  // rolled back to its savepoint, alone
    add(db, 3, true);
    EXPECT_EQ(rows(other), 0) << "nothing committed before the third item";
    add(db, 4, true);  // the third released item commits the batch so far
    EXPECT_EQ(rows(other), 3);
    add(db, 5, true);
  }
  EXPECT_EQ(rows(other), 4) << "the end of the batch commits the rest";
  EXPECT_EQ(rows(db), 4);
}

TEST(SqliteBatch, WhatWasReleasedIsKeptWhenTheBatchEndsByAnException) {
  const auto file = testing::scratch_dir("batch") / "e.db";
  Database db(file);
  db.exec("CREATE TABLE t(v INTEGER)");
  try {
    Batch batch(db, 100);
    add(db, 1, true);
    Transaction t(db);
    db.prepare("INSERT INTO t VALUES(2)").run();
    throw std::runtime_error("worker lost");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(rows(db), 1);
  add(db, 3, true);  // and the connection is usable outside a batch again
  EXPECT_EQ(rows(db), 2);
}

}  // namespace
}  // namespace unxref::pipeline
