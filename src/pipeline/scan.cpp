#include "unxref/pipeline/scan.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <thread>
#include <unordered_map>

#include "pipeline/content_hash.hpp"
#include "pipeline/detection.hpp"
#include "pipeline/extraction.hpp"
#include "pipeline/store.hpp"
#include "unxref/core/error.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/pipeline/manifest.hpp"

namespace unxref {
namespace {

namespace fs = std::filesystem;
using pipeline::DocId;
using pipeline::PathSeen;

std::string first_line(const Document& doc) {
  for (const Block& b : doc.blocks) {
    if (b.role == Role::header_footer || b.text.empty()) continue;
    return b.text.substr(0, b.text.find('\n'));
  }
  return {};
}

// Titles good enough to look for in other documents' text: several words,
// not a word processor's file name.
bool citable_title(const std::string& title) {
  if (title.size() < 15 || title.rfind("Microsoft Word", 0) == 0) return false;
  return std::count(title.begin(), title.end(), ' ') >= 2;
}

Manifest load_manifests(const ScanOptions& options, const std::vector<fs::path>& discovered,
                        ScanResult& result) {
  Manifest all;
  // Discovered first, so explicit manifests (merged later) win.
  std::vector<fs::path> order = options.discover_manifests ? discovered : std::vector<fs::path>{};
  order.insert(order.end(), options.manifests.begin(), options.manifests.end());
  for (const fs::path& m : order) {
    try {
      all.merge(Manifest::load(m, result.warnings));
    } catch (const std::exception& e) {
      result.failures.push_back(e.what());
    }
  }
  return all;
}

// The program that wrote a document's rows: when it changes, stored text and
// mentions may be stale. The binary's identity costs one stat, not a read.
std::string program_identity() {
  struct stat st {};
  if (::stat("/proc/self/exe", &st) != 0) return "unknown";
  return std::to_string(st.st_ino) + ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) +
         "." + std::to_string(st.st_mtim.tv_nsec);
}

std::string extractor_key(const ExtractOptions& o) {
  return pipeline::hash_text(program_identity() + "|" + std::to_string(o.max_pages) + "|" +
                             std::to_string(o.max_stream_bytes) + "|" + std::to_string(o.max_ops_per_page) + "|" +
                             std::to_string(o.max_xobject_depth) + "|" +
                             std::to_string(static_cast<int>(o.reading_order)));
}

// What every document's detection depends on: the program, the registries
// and the titles of the other corpus documents.
std::string detector_key(const DetectorOptions& o) {
  std::string key = program_identity();
  for (const fs::path& r : o.extra_registries) {
    key += "|registry:" + r.string() + ":";
    try {
      key += pipeline::hash_file(r);
    } catch (const std::exception&) {
      key += "unreadable";
    }
  }
  for (const KnownDocument& k : o.known_documents) {
    key += "|doc:" + k.id + ":" + std::to_string(k.year);
    for (const std::string& t : k.titles) key += "\x1f" + t;
  }
  return pipeline::hash_text(key);
}

struct FileStat {
  std::int64_t size = -1, mtime = 0;
};

FileStat stat_file(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return {};
  return {static_cast<std::int64_t>(st.st_size),
          static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

// Records that `in` gave no document.
void add_failure(ScanResult& result, const InputFile& in, const std::string& msg) {
  // FileError names the file already; anything else gets it here.
  const std::string prefix = in.file.string() + ": ";
  const bool named = msg.rfind(prefix, 0) == 0;
  result.failures.push_back(named ? msg : in.display + ": " + msg);
  result.failed_files.push_back({in.display, named ? msg.substr(prefix.size()) : msg});
}

std::string roots_text(const std::vector<fs::path>& roots) {
  std::string s;
  for (const fs::path& r : roots) s += (s.empty() ? "" : "\n") + r.string();
  return s;
}

}  // namespace

struct Index::Impl {
  explicit Impl(const fs::path& file) : store(file) {}
  pipeline::Store store;
};

Index::Index(const fs::path& file) : impl_(std::make_unique<Impl>(file)) {}
Index::~Index() = default;
Index::Index(Index&&) noexcept = default;
Index& Index::operator=(Index&&) noexcept = default;

ScanResult Index::scan(const std::vector<fs::path>& roots, const ScanOptions& options, const ScanProgress& progress) {
  pipeline::Store& store = impl_->store;
  ScanResult result;
  CollectOptions collect_options;
  collect_options.exclude = options.exclude;
  Collected collected = collect_inputs(roots, collect_options);
  result.failures = std::move(collected.failures);
  for (const fs::path& s : collected.skipped) result.skipped.push_back(s.string());
  const std::vector<InputFile>& inputs = collected.files;
  if (inputs.empty() && result.failures.empty())
    result.failures.push_back(roots_text(roots) + ": nothing to scan: no .pdf, .txt or .md files" +
                              (collected.skipped.empty() ? std::string()
                                                         : " (" + std::to_string(collected.skipped.size()) +
                                                               " other files skipped)"));
  result.files = result.counts.files = inputs.size();
  const Manifest manifest = load_manifests(options, collected.manifests, result);
  const std::int64_t run = store.begin_run(roots_text(roots));
  const std::string extractor = extractor_key(options.extract);

  // Pass 1: every input to a stored document, extracting only content the
  // index does not hold. All titles must be known before any text is
  // searched (papers cite each other by title), so detection waits.
  std::vector<std::optional<DocId>> doc_of(inputs.size());
  std::vector<PathSeen> seen(inputs.size());
  std::vector<bool> changed(inputs.size(), false);  // a known path whose row must be rewritten
  std::map<std::string, std::vector<std::size_t>> pending;  // content hash -> inputs waiting for it
  std::vector<std::pair<std::string, std::size_t>> jobs;    // hash, first input
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const InputFile& in = inputs[i];
    const FileStat st = stat_file(in.file);
    seen[i] = {manifest_key(in.file).string(), in.display, 0, st.size, st.mtime};
    if (st.size < 0) {
      add_failure(result, in, "cannot read file (it vanished or is not accessible)");
      continue;
    }
    if (options.workers.max_file_mib > 0 &&
        static_cast<std::uint64_t>(st.size) > (std::uint64_t{options.workers.max_file_mib} << 20)) {
      add_failure(result, in,
                  "larger than the limit of " + std::to_string(options.workers.max_file_mib) + " MiB per file; not read");
      continue;
    }
    if (auto row = store.path(seen[i].key);
        row && row->document_ok && row->size == st.size && row->mtime == st.mtime && row->extractor == extractor) {
      doc_of[i] = row->document;
      seen[i].document = row->document;
      changed[i] = row->display != in.display || !row->present;
      ++result.counts.reused;
      continue;
    }
    std::string hash;
    try {
      hash = pipeline::hash_file(in.file);
    } catch (const std::exception& e) {
      add_failure(result, in, e.what());
      continue;
    }
    if (auto doc = store.document_with_hash(hash, extractor)) {
      doc_of[i] = *doc;
      seen[i].document = *doc;
      store.link_path(seen[i], run);
      ++result.counts.reused;
      continue;
    }
    auto [it, fresh] = pending.try_emplace(hash);
    it->second.push_back(i);
    if (fresh) jobs.emplace_back(hash, i);
  }

  std::size_t done = 0;
  store.begin_batch();
  pipeline::extract_all(
      jobs.size(), [&](std::size_t j) { return inputs[jobs[j].second].file; }, options.extract, options.workers,
      [&](std::size_t j, pipeline::Extracted&& got) {
        const auto& [hash, first] = jobs[j];
        const InputFile& in = inputs[first];
        ++done;
        if (progress)
          progress({"extract", done, jobs.size(), &in, got.error.empty() ? got.document.meta.page_count : 0,
                    !got.error.empty()});
        std::vector<PathSeen> paths;
        for (std::size_t i : pending[hash]) paths.push_back(seen[i]);
        if (!got.error.empty()) {
          store.store_failed(hash, seen[first].size, got.error, paths, run);
          for (std::size_t i : pending[hash]) add_failure(result, inputs[i], got.error);
          return;
        }
        for (const std::string& w : got.document.warnings) result.warnings.push_back(in.display + ": " + w);
        const DocId id = store.store_extracted(hash, seen[first].size, extractor, got.document,
                                               first_line(got.document), paths, run);
        for (std::size_t i : pending[hash]) {
          doc_of[i] = id;
          seen[i].document = id;
        }
        ++result.counts.extracted;
        result.counts.pages += static_cast<std::size_t>(std::max(0, got.document.meta.page_count));
      });

  // The corpus: one document per content, under its first path.
  std::vector<std::pair<DocId, CorpusDocument>> corpus;
  std::vector<std::size_t> first_input;
  std::unordered_map<DocId, std::size_t> position;
  std::unordered_map<std::string, std::string> path_of_id;
  std::vector<pipeline::StoredDocument> stored;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!doc_of[i]) continue;
    const InputFile& in = inputs[i];
    auto [pos, fresh] = position.emplace(*doc_of[i], corpus.size());
    if (!fresh) {
      result.warnings.push_back(in.display + ": same content as " + inputs[first_input[pos->second]].display +
                                "; one document with both paths");
      continue;
    }
    pipeline::StoredDocument s = store.document(*doc_of[i]);
    CorpusDocument d = describe_document(s.meta, in.display, s.first_line, manifest.find(in.file));
    for (const std::string& n : d.notes) result.warnings.push_back(in.display + ": " + n);
    auto [it, id_fresh] = path_of_id.emplace(d.id, in.display);
    if (!id_fresh)
      result.warnings.push_back(in.display + ": same id " + d.id + " as " + it->second + "; both are one vertex");
    corpus.emplace_back(*doc_of[i], std::move(d));
    first_input.push_back(i);
    s.meta = {};
    s.first_line.clear();
    stored.push_back(std::move(s));
  }

  DetectorOptions detector_options;
  detector_options.extra_registries = options.registries;
  for (const auto& [id, d] : corpus)
    if (citable_title(d.title)) detector_options.known_documents.push_back({d.id, {d.title}, d.year});
  const std::string global_key = detector_key(detector_options);

  // Pass 2: detect where the stored mentions were made under other conditions.
  std::vector<std::string> detect_keys(corpus.size());
  std::vector<pipeline::DetectionJob> detections;
  std::vector<std::size_t> detection_of;  // job -> corpus position
  for (std::size_t k = 0; k < corpus.size(); ++k) {
    const auto& [id, d] = corpus[k];
    const std::string date = !d.date.empty() ? d.date : d.year ? std::to_string(d.year) : "";
    detect_keys[k] = pipeline::hash_text(global_key + "\x1f" + d.id + "\x1f" + date);
    if (stored[k].detect_key == detect_keys[k]) continue;
    detections.push_back({id, d.id, date, detect_keys[k]});
    detection_of.push_back(k);
  }
  const unsigned threads = options.workers.jobs ? options.workers.jobs : std::thread::hardware_concurrency();
  pipeline::detect_documents(store, detector_options, detections, threads, [&](std::size_t j, const std::string* error) {
    const std::size_t k = detection_of[j];
    const InputFile& in = inputs[first_input[k]];
    if (progress) progress({"detect", j + 1, detections.size(), &in, 0, error != nullptr});
    if (!error) {
      ++result.counts.detected;
      return;
    }
    detect_keys[k].clear();
    add_failure(result, in, "citation detection failed: " + *error);
    ++result.counts.failed;
  });
  store.end_batch();

  std::vector<PathSeen> rewrite;
  std::vector<std::string> seen_keys;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!doc_of[i]) {
      ++result.counts.failed;
      continue;
    }
    seen_keys.push_back(seen[i].key);
    if (changed[i]) rewrite.push_back(seen[i]);
  }
  pipeline::RunCounts counts{result.counts.files, result.counts.extracted, result.counts.reused,
                             result.counts.detected, result.counts.failed, 0};
  store.finish_scan(corpus, stored, rewrite, seen_keys, run, counts);
  result.counts.gone = counts.gone;

  std::string digest = std::to_string(options.build.drop_self_citations) + std::to_string(options.build.structural_edges);
  for (std::size_t k = 0; k < corpus.size(); ++k) {
    const CorpusDocument& d = corpus[k].second;
    digest += "\x1e" + stored[k].hash + "\x1f" + detect_keys[k];
    for (const std::string* f : {&d.id, &d.path, &d.title, &d.kind, &d.symbol, &d.date}) digest += "\x1f" + *f;
    digest += "\x1f" + std::to_string(d.year) + "\x1f" + std::to_string(d.pages);
  }
  result.fingerprint = pipeline::hash_text(digest);
  // Workers finish in any order: failures are listed by file, so that the
  // same failures read the same (failures.csv, the outputs' stamp).
  std::sort(result.failures.begin(), result.failures.end());
  std::sort(result.failed_files.begin(), result.failed_files.end(),
            [](const FileFailure& a, const FileFailure& b) { return a.file < b.file; });

  for (auto& [id, d] : corpus) result.documents.push_back(std::move(d));
  if (options.build_graph) {
    result.graph = read(options.build).graph;
    store.store_targets(result.graph);
  }
  if (options.keep_mentions) for_each_mention([&](const Mention& m) { result.mentions.push_back(m); });
  return result;
}

ScanResult Index::read(const BuildOptions& options) {
  ScanResult result;
  for (auto& [id, d] : impl_->store.corpus()) result.documents.push_back(std::move(d));
  result.files = result.documents.size();
  GraphBuilder builder(result.documents, options);
  impl_->store.for_each_mention([&](const Mention& m) { builder.add(m); });
  result.graph = builder.finish();
  return result;
}

std::string Index::output_stamp(const fs::path& folder) {
  return impl_->store.output_stamp(manifest_key(folder).string());
}

void Index::set_output_stamp(const fs::path& folder, const std::string& stamp) {
  impl_->store.set_output_stamp(manifest_key(folder).string(), stamp);
}

void Index::store_targets(const CitationGraph& graph) { impl_->store.store_targets(graph); }

bool Index::has_scan() { return impl_->store.finished_runs() > 0; }

void Index::for_each_mention(const std::function<void(const Mention&)>& fn) { impl_->store.for_each_mention(fn); }

void Index::for_each_document(const DocumentVisitor& fn) {
  for (const auto& [id, d] : impl_->store.corpus()) {
    const FlatText text = flatten(impl_->store.load_document(id));
    fn(d, text, impl_->store.mentions(id));
  }
}

ScanResult scan(const std::vector<fs::path>& roots, const ScanOptions& options, const ScanProgress& progress) {
  Index index(":memory:");
  ScanOptions o = options;
  o.keep_mentions = true;
  return index.scan(roots, o, progress);
}

}  // namespace unxref
