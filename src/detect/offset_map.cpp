#include "detect/offset_map.hpp"

#include <algorithm>

namespace unxref::detect {

void OffsetMap::finish(std::uint32_t size, std::uint32_t original_size) {
  // A run of its own, so that the last byte's run keeps its own length.
  runs_.push_back({size, original_size, 0});
}

std::vector<OffsetMap::Run>::const_iterator OffsetMap::run_of(std::size_t norm) const {
  auto it = std::upper_bound(runs_.begin(), runs_.end(), norm,
                             [](std::size_t n, const Run& r) { return n < r.norm; });
  return it == runs_.begin() ? it : std::prev(it);
}

std::size_t OffsetMap::to_original(std::size_t norm) const {
  if (runs_.empty()) return 0;
  const Run& r = *run_of(norm);
  return r.orig + r.step * (norm - r.norm);
}

std::size_t OffsetMap::from_original(std::size_t orig) const {
  if (runs_.empty()) return 0;
  auto it = std::lower_bound(runs_.begin(), runs_.end(), orig,
                             [](const Run& r, std::size_t o) { return r.orig < o; });
  if (it == runs_.end()) return runs_.back().norm;
  if (it != runs_.begin()) {
    // Only the run before can hold a byte from at or after `orig` in its tail.
    const Run& p = *std::prev(it);
    if (p.step == 1 && orig - p.orig < it->norm - p.norm) return p.norm + (orig - p.orig);
  }
  return it->norm;
}

std::size_t OffsetMap::next_source(std::size_t norm) const {
  if (runs_.empty()) return 0;
  const std::size_t size = runs_.back().norm;
  const std::size_t from = to_original(norm);
  std::size_t k = norm + 1;
  while (k < size) {
    auto it = run_of(k);
    if (it->orig + it->step * (k - it->norm) != from) break;
    k = it->step == 0 ? std::next(it)->norm : k + 1;
  }
  return std::min(k, size);
}

}  // namespace unxref::detect
