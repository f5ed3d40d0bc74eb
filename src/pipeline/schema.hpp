#pragma once
// The index's schema and its migrations.
namespace unxref::pipeline {

class Database;

// The schema version this unxref writes (PRAGMA user_version).
int schema_version();

// Brings `db` to schema_version(), one transaction per step; throws
// FileError for an index made by a newer unxref.
void migrate(Database& db);

}  // namespace unxref::pipeline
