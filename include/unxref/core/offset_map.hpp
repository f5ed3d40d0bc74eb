#pragma once
// A map from the bytes of a derived text back to the bytes it came from:
// normalised text to the text searched (detect), and extracted text to the
// file it was read from (extract: Block::source, FlatText::source).
//
// Kept as runs, not as one offset per byte: in a run, normalised byte
// norm + j comes from original byte orig + j (copied text) or from orig
// itself (a character whose normal form has another length, a collapsed
// space). Plain prose is one long run broken only where white space
// collapses, so the map costs a few bytes per paragraph instead of four
// bytes per byte, and building it costs nothing on the ASCII path.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace unxref {

class OffsetMap {
 public:
  // Records that normalised byte `norm` (one past the last one recorded)
  // comes from original byte `orig`. Offsets never decrease.
  void push(std::uint32_t norm, std::uint32_t orig) {
    if (!runs_.empty()) {
      Run& r = runs_.back();
      const std::uint32_t len = norm - r.norm;
      if (r.step == 1 && orig == r.orig + len) return;
      if (r.step == 0 && orig == r.orig) return;
      if (len == 1 && orig == r.orig) {
        r.step = 0;
        return;
      }
    }
    runs_.push_back({norm, orig, 1});
  }
  // Records that normalised byte `norm` stands for the original character
  // at `orig`, which is wider than one byte's worth (a UTF-16 code unit):
  // a span ending after it ends where the next character begins.
  void push_standing(std::uint32_t norm, std::uint32_t orig) {
    if (!runs_.empty() && runs_.back().step == 0 && runs_.back().orig == orig) return;
    if (!runs_.empty() && runs_.back().norm == norm) runs_.pop_back();
    runs_.push_back({norm, orig, 0});
  }
  // Whether byte `norm` was recorded standing (or stands with its run).
  bool standing_at(std::size_t norm) const;
  // Forgets normalised byte `norm`, the last one recorded.
  void pop(std::uint32_t norm) {
    if (!runs_.empty() && runs_.back().norm == norm) runs_.pop_back();
  }
  // Closes the map: normalised offset `size` maps to `original_size`.
  void finish(std::uint32_t size, std::uint32_t original_size);
  void clear() { runs_.clear(); }
  bool empty() const { return runs_.empty(); }
  // Appends `part`, a map of a text placed at derived offset `at` (at or past
  // the last offset recorded here); `part` keeps its closing run, so the
  // bytes after it (up to the next part) map to where `part` ended.
  void append(const OffsetMap& part, std::uint32_t at);

  // The original offset of normalised byte `norm`, for norm in [0, size].
  std::size_t to_original(std::size_t norm) const;
  // The first normalised offset whose original offset is >= `orig`.
  std::size_t from_original(std::size_t orig) const;
  // The original end of a span ending (exclusively) at `norm_end`: one past
  // the original byte of its last byte where that byte was copied, so that
  // markup dropped right after a span ("Persons](#)") stays out of it;
  // to_original(norm_end) where the last byte stands for more (an entity).
  std::size_t end_of(std::size_t norm_end) const;
  // How many bytes from `norm` on map to consecutive original bytes (at
  // least 1): a copy of that many bytes needs one run, not one per byte.
  std::size_t contiguous_from(std::size_t norm) const;
  // The first normalised offset after `norm` that maps elsewhere than `norm`
  // does: where the next original character begins.
  std::size_t next_source(std::size_t norm) const;

  std::size_t runs() const { return runs_.size(); }

  // Its runs as bytes (three little-endian 32-bit numbers a run), for the
  // index and the extraction worker's pipe, and back; bytes that are not
  // such a list give an empty map (offsets unknown), never an error.
  std::string to_bytes() const;
  static OffsetMap from_bytes(std::string_view bytes);

 private:
  struct Run {
    std::uint32_t norm, orig, step;
  };
  // The run holding normalised byte `norm`.
  std::vector<Run>::const_iterator run_of(std::size_t norm) const;

  std::vector<Run> runs_;
};

}  // namespace unxref
