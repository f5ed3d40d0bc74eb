// Page file names: the id's ASCII letters and digits for the reader, and a
// hash of the whole id so that ids differing only in punctuation
// ("A/RES/72/1" and "A/RES/721") still get distinct files.
#include <cstdint>
#include <cstdio>

#include "unxref/report/report.hpp"

namespace unxref::report {

std::string page_name(const std::string& id, bool in_corpus) {
  std::string slug;
  for (char c : id) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (keep) {
      slug += c;
    } else if (!slug.empty() && slug.back() != '_') {
      slug += '_';
    }
    if (slug.size() >= 60) break;
  }
  while (!slug.empty() && slug.back() == '_') slug.pop_back();
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (unsigned char c : id) h = (h ^ c) * 16777619u;
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", h);
  return std::string(in_corpus ? "doc-" : "target-") + slug + (slug.empty() ? "" : "-") + hex + ".html";
}

}  // namespace unxref::report
