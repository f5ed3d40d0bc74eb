#pragma once
// The extracted document: what every later stage reads.
//
// Blocks are stored in reading order, page by page; on each page the body
// blocks come first and the footnotes after them. Coordinates are in display
// space: points, origin at the top-left of the (rotation-corrected) page, y
// growing downwards.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "unxref/core/offset_map.hpp"

namespace unxref {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

enum class Role { body, heading, footnote, list_item, masthead, header_footer };
std::string_view to_string(Role role);

struct Block {
  int page = 1;  // 1-based
  Role role = Role::body;
  Box box;
  std::string text;  // UTF-8; lines of one paragraph joined by single spaces
  int level = 0;     // heading level (1 = top) for Role::heading, else 0
  // Text and Markdown files: the file offset of each byte of `text` (so a
  // span of `text` can be shown in the file as written). Empty for PDFs,
  // whose bytes are content streams: there `page` and `box` locate it.
  OffsetMap source = {};
};

struct DocumentMeta {
  std::string path;
  std::string format;  // "pdf", "text" or "markdown"
  std::string title;
  std::string symbol;    // UN masthead symbol as printed, e.g. "S/2019/179"
  std::string date;      // distribution date as printed, e.g. "27 February 2019"
  std::string language;  // "Original: English" -> "English"
  std::string producer;  // PDF /Producer
  std::vector<std::string> sponsors;
  int page_count = 0;
};

struct Document {
  DocumentMeta meta;
  std::vector<Block> blocks;
  std::vector<std::string> warnings;  // recovered damage, skipped pages, ...
};

// One run of FlatText that came from one block.
struct TextSegment {
  std::size_t start = 0, end = 0;  // byte offsets into FlatText::text
  int page = 1;
  Role role = Role::body;
  std::size_t block = 0;  // index into Document::blocks
  Box box = {};           // the block's box (PDFs)
};

// The text later stages search: body, headings, list items and footnotes in
// reading order (mastheads and running headers left out), blocks separated by
// blank lines and pages by a form feed. Offsets of mentions point into `text`.
struct FlatText {
  std::string text;
  std::vector<TextSegment> segments;  // sorted by start, non-overlapping
  // The file offset of each byte of `text`, from the blocks' maps (the
  // separators after a block map to its end); empty when a block has none.
  OffsetMap source = {};
  // The segment holding byte `offset`, or nullptr between segments.
  const TextSegment* segment_at(std::size_t offset) const;
};

FlatText flatten(const Document& doc);

}  // namespace unxref
