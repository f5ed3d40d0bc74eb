#pragma once
// The map from bytes of normalised text back to bytes of the original.
//
// Kept as runs, not as one offset per byte: in a run, normalised byte
// norm + j comes from original byte orig + j (copied text) or from orig
// itself (a character whose normal form has another length, a collapsed
// space). Plain prose is one long run broken only where white space
// collapses, so the map costs a few bytes per paragraph instead of four
// bytes per byte, and building it costs nothing on the ASCII path.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace unxref::detect {

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
  // Forgets normalised byte `norm`, the last one recorded.
  void pop(std::uint32_t norm) {
    if (!runs_.empty() && runs_.back().norm == norm) runs_.pop_back();
  }
  // Closes the map: normalised offset `size` maps to `original_size`.
  void finish(std::uint32_t size, std::uint32_t original_size);
  void clear() { runs_.clear(); }

  // The original offset of normalised byte `norm`, for norm in [0, size].
  std::size_t to_original(std::size_t norm) const;
  // The first normalised offset whose original offset is >= `orig`.
  std::size_t from_original(std::size_t orig) const;
  // The first normalised offset after `norm` that maps elsewhere than `norm`
  // does: where the next original character begins.
  std::size_t next_source(std::size_t norm) const;

  std::size_t runs() const { return runs_.size(); }

 private:
  struct Run {
    std::uint32_t norm, orig, step;
  };
  // The run holding normalised byte `norm`.
  std::vector<Run>::const_iterator run_of(std::size_t norm) const;

  std::vector<Run> runs_;
};

}  // namespace unxref::detect
