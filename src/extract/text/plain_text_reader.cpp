// Plain text: form-feed pages, blank-line paragraphs, optional UN masthead.
#include "extract/text/text_clean.hpp"
#include "extract/text/text_pages.hpp"
#include "extract/text/text_reader.hpp"

namespace unxref::text {

Document read_plain_text(std::string_view bytes, const std::filesystem::path& file) {
  Document doc;
  doc.meta.path = file.string();
  doc.meta.format = "text";
  const std::string text = clean_text_bytes(bytes, doc.warnings);
  const std::vector<Lines> pages = split_pages(text);
  doc.meta.page_count = static_cast<int>(pages.size());

  for (std::size_t p = 0; p < pages.size(); ++p) {
    const Lines& lines = pages[p];
    const int page = static_cast<int>(p) + 1;
    const std::vector<bool> masthead =
        p == 0 ? find_masthead(lines, lines, doc.meta) : std::vector<bool>(lines.size(), false);

    std::string para;
    auto flush = [&] {
      if (para.empty()) return;
      doc.blocks.push_back(Block{page, Role::body, {}, collapse_spaces(para), 0});
      para.clear();
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (masthead[i]) {
        flush();
        doc.blocks.push_back(Block{page, Role::masthead, {}, collapse_spaces(lines[i]), 0});
      } else if (is_blank(lines[i])) {
        flush();
      } else {
        if (doc.meta.title.empty()) doc.meta.title = collapse_spaces(lines[i]);
        if (!para.empty()) para += ' ';
        para += lines[i];
      }
    }
    flush();
  }

  return doc;
}

}  // namespace unxref::text
