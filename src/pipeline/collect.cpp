#include "unxref/pipeline/collect.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>

#include "unxref/extract/extract.hpp"
#include "unxref/pipeline/manifest.hpp"

namespace unxref {
namespace {

namespace fs = std::filesystem;

bool is_readme(const fs::path& p) {
  std::string stem = p.stem().string();
  for (char& c : stem) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return stem == "readme";
}

bool inside(const fs::path& file, const std::vector<fs::path>& folders) {
  for (const fs::path& f : folders) {
    auto [a, b] = std::mismatch(f.begin(), f.end(), file.begin(), file.end());
    if (a == f.end()) return true;
  }
  return false;
}

// The last `keep` parts of the file's absolute path, and whether that is all of it.
std::pair<std::string, bool> last_parts(const fs::path& file, std::size_t keep) {
  const fs::path abs = manifest_key(file);
  const std::vector<fs::path> parts(abs.begin(), abs.end());
  const std::size_t from = parts.size() > keep ? parts.size() - keep : 0;
  fs::path tail;
  for (std::size_t k = from; k < parts.size(); ++k) tail /= parts[k];
  return {tail.generic_string(), from == 0};
}

// Two scanned folders of the same name (x/docs, y/docs) would show their
// files alike, and files alike are one document id: such names grow by one
// folder at a time until they differ.
void disambiguate(std::vector<InputFile>& files) {
  std::map<std::string, std::vector<std::size_t>> by_display;
  for (std::size_t i = 0; i < files.size(); ++i) by_display[files[i].display].push_back(i);
  for (auto& [display, group] : by_display) {
    if (group.size() < 2) continue;
    const fs::path as_shown(display);
    const auto shown = static_cast<std::size_t>(std::distance(as_shown.begin(), as_shown.end()));
    for (std::size_t keep = shown + 1;; ++keep) {
      std::set<std::string> names;
      bool longest = true;
      for (std::size_t i : group) {
        const auto [name, whole] = last_parts(files[i].file, keep);
        names.insert(name);
        longest = longest && whole;
      }
      if (names.size() == group.size() || longest) {
        for (std::size_t i : group) files[i].display = last_parts(files[i].file, keep).first;
        break;
      }
    }
  }
}

}  // namespace

Collected collect_inputs(const std::vector<fs::path>& roots, const CollectOptions& options) {
  Collected out;
  std::set<fs::path> seen;
  std::vector<fs::path> exclude;
  for (const fs::path& e : options.exclude) exclude.push_back(manifest_key(e));
  auto add = [&](const fs::path& file, std::string display) {
    if (seen.insert(manifest_key(file)).second) out.files.push_back({file, std::move(display)});
  };
  for (const fs::path& root : roots) {
    std::error_code ec;
    const fs::file_status st = fs::status(root, ec);
    if (ec || !fs::exists(st)) {
      out.failures.push_back(root.string() + ": no such file or directory");
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
      if (!exclude.empty() && it->is_directory(fec) && inside(manifest_key(it->path()), exclude)) {
        it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(fec)) continue;
      const fs::path& p = it->path();
      if (p.filename() == "manifest.tsv") {
        out.manifests.push_back(p);
      } else if (options.skip_readme && is_readme(p)) {
        continue;
      } else if (is_supported_file(p)) {
        files.push_back(p);
      } else {
        out.skipped.push_back(p);
      }
    }
    if (ec) out.failures.push_back(root.string() + ": cannot list folder: " + ec.message());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) add(f, manifest_key(f).lexically_relative(base).generic_string());
  }
  std::sort(out.skipped.begin(), out.skipped.end());
  disambiguate(out.files);
  return out;
}

}  // namespace unxref
