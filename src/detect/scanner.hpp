#pragma once
// The one-pass cue scanner: every finder's literal cues compiled into one
// Hyperscan database, run once over the normalised text.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace unxref::detect {

struct CueHit {
  std::size_t start = 0, end = 0;  // byte offsets in the scanned text
  std::size_t owner = 0;           // index of the finder that owns the cue
  std::size_t cue = 0;             // index into that finder's cues()
};

class CueScanner {
 public:
  // cues[f] are the literal cues of finder f. Empty cues are ignored; the
  // same literal may belong to several finders.
  explicit CueScanner(const std::vector<std::vector<std::string>>& cues);
  ~CueScanner();
  CueScanner(CueScanner&&) noexcept;
  CueScanner& operator=(CueScanner&&) noexcept;

  // All hits, sorted by start (then end, owner, cue). Thread-safe.
  std::vector<CueHit> scan(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace unxref::detect
