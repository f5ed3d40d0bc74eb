// Plain text: form-feed pages, blank-line paragraphs (or one paragraph a
// line), optional UN masthead.
#include <algorithm>

#include "extract/text/source_align.hpp"
#include "extract/text/text_clean.hpp"
#include "extract/text/text_pages.hpp"
#include "extract/text/text_reader.hpp"
#include "unxref/core/spaces.hpp"

namespace unxref::text {
namespace {

// A page whose lines are its paragraphs: no blank line between them and
// lines too long to be wrapped text (resolutions one clause a line, speeches
// one paragraph a line). Each line is then its own block: joining them would
// lose where one clause ends and the next begins.
bool lines_are_paragraphs(const Lines& lines) {
  std::vector<std::size_t> lengths;
  bool gap = false;  // a blank line after text
  for (std::string_view line : lines) {
    if (is_blank(line)) {
      gap = !lengths.empty();
      continue;
    }
    if (gap) return false;  // text, a blank line, text: blank-line paragraphs
    lengths.push_back(line.size());
  }
  if (lengths.size() < 3) return false;
  std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2), lengths.end());
  return lengths[lengths.size() / 2] >= 100;
}

}  // namespace

Document read_plain_text(std::string_view bytes, const std::filesystem::path& file) {
  Document doc;
  doc.meta.path = file.string();
  doc.meta.format = "text";
  OffsetMap to_file;
  const std::string text = clean_text_bytes(bytes, doc.warnings, &to_file);
  const CleanSource source{text, to_file};
  const std::vector<Lines> pages = split_pages(text);
  doc.meta.page_count = static_cast<int>(pages.size());

  for (std::size_t p = 0; p < pages.size(); ++p) {
    const Lines& lines = pages[p];
    const int page = static_cast<int>(p) + 1;
    const std::vector<bool> masthead =
        p == 0 ? find_masthead(lines, nullptr, doc.meta) : std::vector<bool>(lines.size(), false);

    const bool one_a_line = lines_are_paragraphs(lines);
    std::string para;
    std::size_t lo = 0, hi = 0;  // the cleaned bytes `para` was made from
    auto add = [&](Role role, std::string shown) {
      OffsetMap map = align_to_source(shown, source, lo, hi);
      doc.blocks.push_back(Block{page, role, {}, std::move(shown), 0, std::move(map)});
    };
    auto flush = [&] {
      if (para.empty()) return;
      add(Role::body, collapse_spaces(para));
      para.clear();
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::size_t at = source.offset_of(lines[i]);
      if (masthead[i]) {
        flush();
        lo = at;
        hi = at + lines[i].size();
        add(Role::masthead, collapse_spaces(lines[i]));
      } else if (is_blank(lines[i])) {
        flush();
      } else {
        if (doc.meta.title.empty()) doc.meta.title = collapse_spaces(lines[i]);
        if (para.empty()) lo = at;
        hi = at + lines[i].size();
        if (!para.empty()) para += ' ';
        para += lines[i];
        if (one_a_line) flush();
      }
    }
    flush();
  }

  return doc;
}

}  // namespace unxref::text
