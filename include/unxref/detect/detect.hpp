#pragma once
// Stage 2: find references in extracted text and resolve them to canonical ids.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "unxref/detect/mention.hpp"
#include "unxref/extract/document.hpp"

namespace unxref {

// A document of the corpus (or a known ICAT publication) that other documents
// may cite by title.
struct KnownDocument {
  std::string id;                   // target id its mentions get
  std::vector<std::string> titles;  // full titles and usual short titles
  int year = 0;
};

struct DetectorOptions {
  // Extra instrument registries in the same TSV format as data/instruments.tsv.
  std::vector<std::filesystem::path> extra_registries;
  // Documents that can be cited by title (corpus documents, publication registry).
  std::vector<KnownDocument> known_documents;
  bool include_builtin_publications = true;  // data/publications.tsv
};

// What the detector knows of the document it reads.
struct CitingDocument {
  std::string id;    // fills Mention::doc
  std::string date;  // any form with a 4-digit year: tells apart frameworks such as the
                     // 2017 and 2021 Political Declarations, and no document cites a later one
  // The document's own ids (its masthead symbol, its corpus id): never its
  // citations. `id` counts as one. Symbols the text shows as its own (a
  // running header, "previously issued under") are found by the detector.
  std::vector<std::string> own_ids;
};

// Reads a registry file in the format of data/instruments.tsv and throws
// FileError naming the file and line when it is malformed, so that a command
// can refuse it before any work starts.
void check_registry_file(const std::filesystem::path& file);

class Detector {
 public:
  explicit Detector(DetectorOptions options = {});
  ~Detector();
  Detector(Detector&&) noexcept;
  Detector& operator=(Detector&&) noexcept;

  // All mentions in `text`, sorted by start.
  std::vector<Mention> detect(const FlatText& text, const CitingDocument& doc) const;
  // The same for a document known by its id and date alone.
  std::vector<Mention> detect(const FlatText& text, std::string_view doc_id,
                              std::string_view citing_date = {}) const;

  // Convenience for plain text: one body segment on page 1.
  std::vector<Mention> detect(std::string_view text, std::string_view doc_id = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace unxref
