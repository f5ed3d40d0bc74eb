#include "unxref/core/offset_map.hpp"

#include <algorithm>

namespace unxref {

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

bool OffsetMap::standing_at(std::size_t norm) const {
  return !runs_.empty() && run_of(norm)->step == 0;
}

std::size_t OffsetMap::end_of(std::size_t norm_end) const {
  if (runs_.empty() || norm_end == 0) return to_original(norm_end);
  const Run& r = *run_of(norm_end - 1);
  if (r.step == 1) return r.orig + (norm_end - 1 - r.norm) + 1;
  return to_original(norm_end);
}

std::size_t OffsetMap::contiguous_from(std::size_t norm) const {
  if (runs_.empty()) return 1;
  auto it = run_of(norm);
  if (it->step == 0 || std::next(it) == runs_.end()) return 1;
  return std::max<std::size_t>(1, std::next(it)->norm - norm);
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

void OffsetMap::append(const OffsetMap& part, std::uint32_t at) {
  for (const Run& r : part.runs_) runs_.push_back({r.norm + at, r.orig, r.step});
}

std::string OffsetMap::to_bytes() const {
  std::string out;
  out.reserve(runs_.size() * 12);
  for (const Run& r : runs_)
    for (std::uint32_t v : {r.norm, r.orig, r.step})
      for (int k = 0; k < 4; ++k) out += static_cast<char>((v >> (8 * k)) & 0xFF);
  return out;
}

OffsetMap OffsetMap::from_bytes(std::string_view bytes) {
  OffsetMap m;
  if (bytes.size() % 12 != 0) return m;
  const auto word = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (int k = 0; k < 4; ++k) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + k])) << (8 * k);
    return v;
  };
  for (std::size_t at = 0; at < bytes.size(); at += 12) {
    const Run r{word(at), word(at + 4), word(at + 8) ? 1u : 0u};
    // Runs out of order would make lookups meaningless: drop the map.
    if (!m.runs_.empty() && r.norm < m.runs_.back().norm) return OffsetMap{};
    m.runs_.push_back(r);
  }
  return m;
}

}  // namespace unxref
