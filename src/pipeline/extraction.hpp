#pragma once
// Stage "extract" of the pipeline: files to Documents, in worker processes,
// so that a file that crashes PoDoFo, loops or eats memory costs only
// itself: the worker dies or is killed, the file is recorded as failed with
// the reason, and a fresh worker takes the next file.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "unxref/extract/document.hpp"
#include "unxref/extract/extract.hpp"
#include "unxref/pipeline/scan.hpp"

namespace unxref::pipeline {

// A document, or why there is none.
struct Extracted {
  Document document;
  std::string error;  // empty on success
};

// Extracts jobs 0..count-1 (`file_of(j)` names each) in limits.jobs worker
// processes and hands every result to `done` on the calling thread, in the
// order they finish. Never throws for a file's failure.
void extract_all(std::size_t count, const std::function<std::filesystem::path(std::size_t)>& file_of,
                 const ExtractOptions& options, const WorkerLimits& limits,
                 const std::function<void(std::size_t, Extracted&&)>& done);

// The environment variable of the test hook: "segv:TEXT" makes a worker
// crash, "hang:TEXT" makes it loop, on every file whose path contains TEXT.
constexpr const char* kFaultHook = "UNXREF_TEST_WORKER_FAULT";

}  // namespace unxref::pipeline
