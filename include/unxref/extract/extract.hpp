#pragma once
// Stage 1 entry point: any supported file -> Document.
#include <cstddef>
#include <filesystem>

#include "unxref/extract/document.hpp"

namespace unxref {

// How a PDF's reading order is found. `automatic` follows the structure tree
// of a tagged PDF whose tags carry its text, and the page's geometry
// otherwise; `geometry` ignores the tags (tags made badly by a converter, or
// to see what an untagged copy of the same file would give).
enum class ReadingOrder { automatic, geometry };

// Bounds that keep one hostile file from costing the whole run, and the
// reading-order choice.
struct ExtractOptions {
  int max_pages = 5000;
  std::size_t max_stream_bytes = std::size_t{64} << 20;  // one decoded content stream
  std::size_t max_ops_per_page = 2'000'000;              // content-stream operators
  int max_xobject_depth = 12;                            // nested Form XObjects
  ReadingOrder reading_order = ReadingOrder::automatic;
};

// Chooses the reader by content (%PDF- magic) and extension (.md/.markdown,
// anything else read as UTF-8 text). Throws FileError naming the file and the
// cause when nothing can be recovered; partial damage lands in
// Document::warnings instead.
Document extract_file(const std::filesystem::path& file, const ExtractOptions& options = {});

// True for the extensions `scan` picks up when walking a folder.
bool is_supported_file(const std::filesystem::path& file);

}  // namespace unxref
