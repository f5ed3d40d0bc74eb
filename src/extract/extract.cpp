#include "unxref/extract/extract.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "extract/text/text_reader.hpp"
#include "unxref/core/error.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref {
namespace {

std::string lower_extension(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

std::string read_all(const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) throw FileError(file, "is a directory");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError(file, "cannot open for reading");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw FileError(file, "read error");
  return std::move(buf).str();
}

bool starts_with_pdf_magic(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  char head[1024] = {};
  in.read(head, sizeof head);
  std::string_view s(head, static_cast<std::size_t>(in.gcount()));
  return s.find("%PDF-") != std::string_view::npos;  // may follow junk bytes
}

}  // namespace

bool is_supported_file(const std::filesystem::path& file) {
  const std::string ext = lower_extension(file);
  return ext == ".pdf" || ext == ".txt" || ext == ".md" || ext == ".markdown";
}

Document extract_file(const std::filesystem::path& file, const ExtractOptions& options) {
  const std::string ext = lower_extension(file);
  if (ext == ".pdf" || (ext != ".md" && ext != ".txt" && starts_with_pdf_magic(file))) {
    return layout_document(read_pdf_glyphs(file, options), options.reading_order);
  }
  const std::string bytes = read_all(file);
  if (ext == ".md" || ext == ".markdown") return text::read_markdown(bytes, file);
  return text::read_plain_text(bytes, file);
}

}  // namespace unxref
