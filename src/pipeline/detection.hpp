#pragma once
// Stage "detect" of the pipeline: stored texts to stored mentions.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/store.hpp"
#include "unxref/detect/detect.hpp"

namespace unxref::pipeline {

struct DetectionJob {
  DocId id = 0;        // the stored document
  std::string doc_id;  // its corpus id, for Mention::doc
  std::string date;    // what the detector knows of its date
  std::string key;     // stored with its mentions: what they were detected under
};

// Detects every job's document. The detector is thread-safe: a batch of
// texts at a time is read from `store`, searched on `threads` threads, and
// stored in job order, one transaction per document, so memory holds one
// batch of texts, never the corpus. `done(j, error)` follows each job,
// `error` null on success; a failed document's mentions are cleared (with
// an empty key), so the next scan tries it again.
void detect_documents(Store& store, const DetectorOptions& options, const std::vector<DetectionJob>& jobs,
                      unsigned threads, const std::function<void(std::size_t, const std::string*)>& done);

}  // namespace unxref::pipeline
