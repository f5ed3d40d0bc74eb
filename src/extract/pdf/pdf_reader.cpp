// read_pdf_glyphs(): opens a PDF with PoDoFo and runs every page through the
// content interpreter, one page at a time so that damage stays local.
#include <openssl/provider.h>
#include <podofo/podofo.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <unordered_set>

#include "extract/pdf/interpreter.hpp"
#include "extract/pdf/objects.hpp"
#include "extract/pdf/structure.hpp"
#include "extract/pdf/unicode.hpp"
#include "extract/pdf/xref_repair.hpp"
#include "unxref/core/error.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref {
namespace {

using PoDoFo::PdfObject;
using pdf::Objects;

void init_libraries_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    // OpenSSL 3 moved RC4 to the legacy provider; PDF encryption R2-R4 needs it.
    // Loading any provider disables the implicit default one, so load both.
    // They serve the whole process; the handles are kept so that the
    // providers stay reachable (LeakSanitizer reported them as lost).
    static OSSL_PROVIDER* const legacy = OSSL_PROVIDER_load(nullptr, "legacy");
    static OSSL_PROVIDER* const fallback = OSSL_PROVIDER_load(nullptr, "default");
    (void)legacy;
    (void)fallback;
  });
}

std::string cause_of_open_failure(const PoDoFo::PdfError& e) {
  switch (e.GetError()) {
    case PoDoFo::ePdfError_InvalidPassword: return "encrypted, needs a password";
    case PoDoFo::ePdfError_UnsupportedFilter: return "uses an unsupported filter: " + pdf::describe(e);
    case PoDoFo::ePdfError_FileNotFound: return "cannot open for reading";
    default: return "not a readable PDF: " + pdf::describe(e);
  }
}

// A page attribute, from the page or the nearest ancestor in the page tree.
const PdfObject* inherited(const Objects& objects, const PdfObject* page, const char* key) {
  for (int level = 0; page && level < 64; ++level) {
    if (const PdfObject* v = objects.get(page, key)) return v;
    page = objects.get(page, "Parent");
  }
  return nullptr;
}

bool read_box(const Objects& objects, const PdfObject* box, double v[4]) {
  if (!box || !box->IsArray() || box->GetArray().size() != 4) return false;
  for (std::size_t i = 0; i < 4; ++i) {
    const auto n = objects.number(&box->GetArray()[i]);
    if (!n || !std::isfinite(*n)) return false;
    v[i] = *n;
  }
  if (v[0] > v[2]) std::swap(v[0], v[2]);
  if (v[1] > v[3]) std::swap(v[1], v[3]);
  return v[2] - v[0] > 0 && v[3] - v[1] > 0;
}

std::string text_of(const PoDoFo::PdfString& s) {
  if (!s.IsValid()) return {};
  std::string out;
  if (s.IsUnicode()) {
    // PoDoFo keeps the UTF-16BE bytes without their BOM.
    pdf::append_utf16be(out, std::string_view(s.GetString(), static_cast<std::size_t>(s.GetLength())));
  } else {
    // PDFDocEncoding: the printable ASCII and Latin-1 range agree with Unicode.
    for (std::size_t i = 0; i < static_cast<std::size_t>(s.GetLength()); ++i)
      pdf::append_glyph_codepoint(out, static_cast<unsigned char>(s.GetString()[i]));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void read_info(const PoDoFo::PdfMemDocument& doc, DocumentMeta& meta) {
  try {
    if (const PoDoFo::PdfInfo* info = doc.GetInfo()) {
      meta.title = text_of(info->GetTitle());
      meta.producer = text_of(info->GetProducer());
    }
  } catch (const PoDoFo::PdfError&) {
    // A broken /Info costs the title, nothing else.
  }
}

// Decoded /Contents: one stream or an array of them, joined by newlines
// (streams may split anywhere between tokens).
std::string page_content(const Objects& objects, const PdfObject* page, const ExtractOptions& options,
                         int number, std::vector<std::string>& warnings) {
  std::string content;
  const PdfObject* contents = objects.get(page, "Contents");
  if (!contents) return content;
  std::vector<const PdfObject*> streams;
  if (contents->IsArray()) {
    for (const PdfObject& item : contents->GetArray()) streams.push_back(objects.resolve(&item));
  } else {
    streams.push_back(contents);
  }
  for (const PdfObject* s : streams) {
    if (!s || !s->HasStream()) continue;
    try {
      pdf::append_decoded_stream(*s, options.max_stream_bytes, content);
    } catch (const PoDoFo::PdfError& e) {
      // What the filter produced before the damage is kept.
      warnings.push_back("page " + std::to_string(number) + ": content stream damaged (" + pdf::describe(e) +
                         "); text after the damage is lost");
    }
    content += '\n';
  }
  return content;
}

// The page dictionaries in order, walking /Kids from the catalog's /Pages.
// Our own walk rather than PoDoFo's page tree: one pass instead of a lookup
// per page, and loops or absurd depth in a damaged tree end the walk
// instead of the program.
std::vector<const PdfObject*> collect_pages(const Objects& objects, const PdfObject* root) {
  std::vector<const PdfObject*> pages;
  std::unordered_set<const PdfObject*> seen;
  struct Frame {
    const PdfObject* node;
    int depth;
  };
  std::vector<Frame> todo{{objects.get(root, "Pages"), 0}};
  while (!todo.empty()) {
    const Frame f = todo.back();
    todo.pop_back();
    if (!f.node || !f.node->IsDictionary() || f.depth > 64 || !seen.insert(f.node).second) continue;
    const PdfObject* kids = objects.get(f.node, "Kids");
    if (kids && kids->IsArray() && objects.name(objects.get(f.node, "Type")) != "Page") {
      const PoDoFo::PdfArray& a = kids->GetArray();
      for (auto it = a.rbegin(); it != a.rend(); ++it) todo.push_back({objects.resolve(&*it), f.depth + 1});
    } else if (f.depth > 0) {
      pages.push_back(f.node);
    }
  }
  return pages;
}

void read_page(const Objects& objects, pdf::DocumentCache& cache, const PdfObject* dict,
               const ExtractOptions& options, PageGlyphs& out, std::vector<std::string>& warnings) {

  double box[4] = {0, 0, 612, 792};  // US Letter when no box is readable
  if (!read_box(objects, inherited(objects, dict, "CropBox"), box)) read_box(objects, inherited(objects, dict, "MediaBox"), box);
  int quarter = 0;
  if (auto r = objects.number(inherited(objects, dict, "Rotate")); r && std::isfinite(*r))
    quarter = ((static_cast<int>(std::fmod(std::round(*r / 90.0), 4.0)) % 4) + 4) % 4;
  const double w = box[2] - box[0], h = box[3] - box[1];
  out.width = quarter % 2 ? h : w;
  out.height = quarter % 2 ? w : h;

  const std::string content = page_content(objects, dict, options, out.number, warnings);
  pdf::PageInterpreter interpreter(cache, out, warnings);
  try {
    interpreter.run(content, inherited(objects, dict, "Resources"), pdf::display_matrix(box[0], box[1], box[2], box[3], quarter));
  } catch (const pdf::OperatorLimit& e) {
    warnings.push_back("page " + std::to_string(out.number) + ": " + e.what());
  }
}

std::unique_ptr<PoDoFo::PdfMemDocument> load(std::string_view bytes) {
  auto doc = std::make_unique<PoDoFo::PdfMemDocument>();
  doc->LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
  return doc;
}

// Opens the document, rebuilding a damaged cross-reference table when
// PoDoFo cannot read the file as it is.
std::unique_ptr<PoDoFo::PdfMemDocument> open_document(const std::filesystem::path& file, std::string_view bytes,
                                                      std::vector<std::string>& warnings) {
  if (bytes.empty()) throw FileError(file, "empty file");
  const std::string_view pdf = pdf::skip_leading_junk(bytes);
  std::string first_cause;
  try {
    return load(pdf);
  } catch (const PoDoFo::PdfError& e) {
    if (e.GetError() == PoDoFo::ePdfError_InvalidPassword) throw FileError(file, cause_of_open_failure(e));
    first_cause = cause_of_open_failure(e);
  } catch (const std::exception& e) {
    first_cause = std::string("not a readable PDF: ") + e.what();
  }
  const std::string repaired = pdf::rebuild_xref(pdf);
  if (repaired.empty()) throw FileError(file, first_cause);
  try {
    auto doc = load(repaired);
    warnings.push_back("damaged file (" + first_cause + "); cross-reference table rebuilt by scanning the objects");
    return doc;
  } catch (const PoDoFo::PdfError& e) {
    if (e.GetError() == PoDoFo::ePdfError_InvalidPassword) throw FileError(file, cause_of_open_failure(e));
  } catch (const std::exception&) {
  }
  throw FileError(file, first_cause);
}

}  // namespace

PdfContent read_pdf_glyphs(const std::filesystem::path& file, const ExtractOptions& options) {
  init_libraries_once();
  PdfContent content;
  content.meta.path = file.string();
  content.meta.format = "pdf";

  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) throw FileError(file, "is a directory");
  if (!std::filesystem::exists(file, ec)) throw FileError(file, "no such file");

  // PoDoFo copies the buffer it loads from; `bytes` must only outlive the load.
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file, "cannot open for reading");
    std::ostringstream buf;
    buf << in.rdbuf();
    bytes = std::move(buf).str();
  }
  const std::size_t warnings_before = content.warnings.size();
  std::unique_ptr<PoDoFo::PdfMemDocument> owner = open_document(file, bytes, content.warnings);
  PoDoFo::PdfMemDocument& doc = *owner;
  const bool repaired = content.warnings.size() > warnings_before;

  const Objects objects(doc.GetObjects());
  std::vector<const PdfObject*> page_dicts;
  try {
    page_dicts = collect_pages(objects, objects.get(doc.GetTrailer(), "Root"));
  } catch (const PoDoFo::PdfError& e) {
    throw FileError(file, "page tree unreadable: " + pdf::describe(e));
  }
  const int page_count = static_cast<int>(page_dicts.size());
  content.meta.page_count = page_count;
  if (repaired && page_count == 0)
    throw FileError(file, content.warnings.back() + ", but no pages were found (they may sit in a damaged object stream)");
  read_info(doc, content.meta);
  // A document without /Info gets PoDoFo's own producer on loading: not the file's.
  if (content.meta.producer.rfind("PoDoFo", 0) == 0 && bytes.find("PoDoFo") == std::string::npos)
    content.meta.producer.clear();

  pdf::DocumentCache cache(objects, options);
  const int pages = std::min(page_count, std::max(options.max_pages, 0));
  if (pages < page_count)
    content.warnings.push_back("only the first " + std::to_string(pages) + " of " + std::to_string(page_count) +
                               " pages were read");
  int failed = 0;
  std::string first_failure;
  for (int i = 0; i < pages; ++i) {
    PageGlyphs& page = content.pages.emplace_back();
    page.number = i + 1;
    std::string cause;
    try {
      read_page(objects, cache, page_dicts[static_cast<std::size_t>(i)], options, page, content.warnings);
    } catch (const PoDoFo::PdfError& e) {
      cause = pdf::describe(e);
    } catch (const std::bad_alloc&) {
      cause = "out of memory";
    } catch (const std::exception& e) {
      cause = e.what();
    }
    if (!cause.empty()) {
      content.warnings.push_back("page " + std::to_string(i + 1) + " skipped: " + cause);
      if (failed++ == 0) first_failure = cause;
    }
  }
  if (pages > 0 && failed == pages)
    throw FileError(file, "no page could be read (page 1: " + first_failure + ")");
  try {
    std::unordered_map<const PdfObject*, int> numbers;
    for (int i = 0; i < pages; ++i) numbers.emplace(page_dicts[static_cast<std::size_t>(i)], i + 1);
    content.structure = pdf::read_structure(objects, objects.get(doc.GetTrailer(), "Root"), numbers);
  } catch (const PoDoFo::PdfError& e) {
    // The tags only order the text: without them the layout decides.
    content.warnings.push_back("structure tree unreadable, reading order from the layout: " + pdf::describe(e));
    content.structure.clear();
  }
  return content;
}

}  // namespace unxref
