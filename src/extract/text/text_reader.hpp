#pragma once
// Readers for plain text and Markdown (private to the extract stage).
#include <filesystem>
#include <string_view>

#include "unxref/extract/document.hpp"

namespace unxref::text {

// Pages are separated by form feeds (or the whole file is one page);
// paragraphs by blank lines. Invalid UTF-8 is replaced, never fatal.
Document read_plain_text(std::string_view bytes, const std::filesystem::path& file);

// Headings (#, setext), list items, footnote markers (<sup>1</sup>, [^1]) and
// footnote bodies map to the same roles as in PDFs.
Document read_markdown(std::string_view bytes, const std::filesystem::path& file);

}  // namespace unxref::text
