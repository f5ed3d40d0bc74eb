#include "unxref/graph/scan.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "unxref/core/error.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/graph/manifest.hpp"

namespace unxref {
namespace {

namespace fs = std::filesystem;

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

// A folder's README describes the corpus; it is not part of it.
bool is_readme(const fs::path& p) {
  std::string stem = p.stem().string();
  for (char& c : stem) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return stem == "readme";
}

struct Extracted {
  InputFile input;
  CorpusDocument doc;
  FlatText text;
};

Manifest load_manifests(const ScanOptions& options, const std::vector<fs::path>& discovered,
                        ScanResult& result) {
  Manifest all;
  // Discovered first, so explicit manifests (merged later) win.
  std::vector<fs::path> order = options.discover_manifests ? discovered : std::vector<fs::path>{};
  order.insert(order.end(), options.manifests.begin(), options.manifests.end());
  for (const fs::path& m : order) {
    try {
      all.merge(Manifest::load(m));
    } catch (const std::exception& e) {
      result.failures.push_back(e.what());
    }
  }
  return all;
}

}  // namespace

std::vector<InputFile> collect_inputs(const std::vector<fs::path>& roots, std::vector<std::string>& failures,
                                      std::vector<fs::path>* manifests_found) {
  std::vector<InputFile> out;
  std::set<fs::path> seen;
  auto add = [&](const fs::path& file, std::string display) {
    if (seen.insert(manifest_key(file)).second) out.push_back({file, std::move(display)});
  };
  for (const fs::path& root : roots) {
    std::error_code ec;
    const fs::file_status st = fs::status(root, ec);
    if (ec || !fs::exists(st)) {
      failures.push_back(root.string() + ": no such file or directory");
      continue;
    }
    if (!fs::is_directory(st)) {
      add(root, root.lexically_normal().generic_string());
      continue;
    }
    // Paths are shown from the folder's own name down, so that two scanned
    // folders with files of the same name stay apart.
    const fs::path base = manifest_key(root).parent_path();
    std::vector<fs::path> files;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code fec;
      if (!it->is_regular_file(fec)) continue;
      const fs::path& p = it->path();
      if (p.filename() == "manifest.tsv") {
        if (manifests_found) manifests_found->push_back(p);
      } else if (is_supported_file(p) && !is_readme(p)) {
        files.push_back(p);
      }
    }
    if (ec) failures.push_back(root.string() + ": cannot list folder: " + ec.message());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) add(f, manifest_key(f).lexically_relative(base).generic_string());
  }
  return out;
}

ScanResult scan(const std::vector<fs::path>& roots, const ScanOptions& options, const ScanProgress& progress) {
  ScanResult result;
  std::vector<fs::path> discovered;
  const std::vector<InputFile> inputs = collect_inputs(roots, result.failures, &discovered);
  result.files = inputs.size();
  const Manifest manifest = load_manifests(options, discovered, result);

  // Pass 1: extract everything, so that the detector knows every document's
  // title before it reads any text (papers cite each other by title).
  std::vector<Extracted> extracted;
  std::unordered_map<std::string, std::string> path_of_id;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const InputFile& in = inputs[i];
    if (progress) progress("extract", i + 1, inputs.size(), in);
    try {
      Document doc = extract_file(in.file, options.extract);
      for (const std::string& w : doc.warnings) result.warnings.push_back(in.display + ": " + w);
      Extracted e{in, describe_document(doc.meta, in.display, first_line(doc), manifest.find(in.file)),
                  flatten(doc)};
      for (const std::string& n : e.doc.notes) result.warnings.push_back(in.display + ": " + n);
      auto [it, fresh] = path_of_id.emplace(e.doc.id, in.display);
      if (!fresh) {
        result.warnings.push_back(in.display + ": same id " + e.doc.id + " as " + it->second +
                                  "; both are one vertex");
      }
      extracted.push_back(std::move(e));
    } catch (const std::exception& e) {
      // FileError names the file already; anything else gets it here.
      const std::string msg = e.what();
      result.failures.push_back(msg.rfind(in.file.string(), 0) == 0 ? msg : in.display + ": " + msg);
    }
  }

  DetectorOptions detector_options;
  detector_options.extra_registries = options.registries;
  for (const Extracted& e : extracted) {
    if (citable_title(e.doc.title)) detector_options.known_documents.push_back({e.doc.id, {e.doc.title}, e.doc.year});
  }
  const Detector detector(detector_options);

  // Pass 2: detect.
  for (std::size_t i = 0; i < extracted.size(); ++i) {
    Extracted& e = extracted[i];
    if (progress) progress("detect", i + 1, extracted.size(), e.input);
    try {
      const std::string date = !e.doc.date.empty() ? e.doc.date : e.doc.year ? std::to_string(e.doc.year) : "";
      std::vector<Mention> found = detector.detect(e.text, e.doc.id, date);
      result.mentions.insert(result.mentions.end(), std::make_move_iterator(found.begin()),
                             std::make_move_iterator(found.end()));
      result.documents.push_back(std::move(e.doc));
    } catch (const std::exception& ex) {
      result.failures.push_back(e.input.display + ": citation detection failed: " + ex.what());
    }
    e.text = {};  // the text is not needed any more
  }
  result.graph = build_graph(result.documents, result.mentions, options.build);
  return result;
}

}  // namespace unxref
