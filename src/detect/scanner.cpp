#include "detect/scanner.hpp"

#include <hs/hs.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string_view>

namespace unxref::detect {

struct CueScanner::Impl {
  hs_database_t* db = nullptr;
  hs_scratch_t* prototype = nullptr;
  // Hyperscan id -> every (finder, cue) that wrote this literal, and its length.
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> owners;
  std::vector<std::size_t> lengths;

  ~Impl() {
    if (prototype) hs_free_scratch(prototype);
    if (db) hs_free_database(db);
  }
};

CueScanner::CueScanner(const std::vector<std::vector<std::string>>& cues) : impl_(std::make_unique<Impl>()) {
  std::map<std::string_view, unsigned> ids;
  std::vector<std::string_view> literals;
  for (std::size_t f = 0; f < cues.size(); ++f) {
    for (std::size_t c = 0; c < cues[f].size(); ++c) {
      std::string_view lit = cues[f][c];
      if (lit.empty()) continue;
      auto [it, fresh] = ids.emplace(lit, static_cast<unsigned>(literals.size()));
      if (fresh) {
        literals.push_back(lit);
        impl_->owners.emplace_back();
        impl_->lengths.push_back(lit.size());
      }
      impl_->owners[it->second].emplace_back(f, c);
    }
  }
  if (literals.empty()) return;
  std::vector<const char*> exprs;
  std::vector<std::size_t> lens;
  std::vector<unsigned> flags(literals.size(), 0), hs_ids;
  for (std::size_t i = 0; i < literals.size(); ++i) {
    exprs.push_back(literals[i].data());
    lens.push_back(literals[i].size());
    hs_ids.push_back(static_cast<unsigned>(i));
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(exprs.data(), flags.data(), hs_ids.data(), lens.data(),
                           static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &impl_->db,
                           &err) != HS_SUCCESS) {
    std::string msg = err && err->message ? err->message : "unknown error";
    hs_free_compile_error(err);
    throw std::runtime_error("cannot compile the detector's cues: " + msg);
  }
  if (hs_alloc_scratch(impl_->db, &impl_->prototype) != HS_SUCCESS)
    throw std::runtime_error("cannot allocate Hyperscan scratch space");
}

CueScanner::~CueScanner() = default;
CueScanner::CueScanner(CueScanner&&) noexcept = default;
CueScanner& CueScanner::operator=(CueScanner&&) noexcept = default;

namespace {

struct ScanState {
  const std::vector<std::vector<std::pair<std::size_t, std::size_t>>>* owners;
  const std::vector<std::size_t>* lengths;
  std::vector<CueHit>* hits;
};

int on_match(unsigned id, unsigned long long /*from*/, unsigned long long to, unsigned /*flags*/,
             void* ctx) {
  auto* st = static_cast<ScanState*>(ctx);
  const std::size_t end = static_cast<std::size_t>(to);
  const std::size_t start = end - (*st->lengths)[id];
  for (const auto& [owner, cue] : (*st->owners)[id]) st->hits->push_back({start, end, owner, cue});
  return 0;
}

}  // namespace

std::vector<CueHit> CueScanner::scan(std::string_view text) const {
  std::vector<CueHit> hits;
  if (!impl_->db || text.empty()) return hits;
  hs_scratch_t* scratch = nullptr;
  if (hs_clone_scratch(impl_->prototype, &scratch) != HS_SUCCESS)
    throw std::runtime_error("cannot allocate Hyperscan scratch space");
  ScanState st{&impl_->owners, &impl_->lengths, &hits};
  // Block mode takes an unsigned length: scan larger texts in overlapping
  // windows (overlap = longest cue) and drop the duplicates.
  std::size_t longest = *std::max_element(impl_->lengths.begin(), impl_->lengths.end());
  constexpr std::size_t kWindow = std::size_t{1} << 30;
  hs_error_t rc = HS_SUCCESS;
  for (std::size_t off = 0; off < text.size() && rc == HS_SUCCESS;) {
    std::size_t len = std::min(kWindow, text.size() - off);
    std::size_t before = hits.size();
    rc = hs_scan(impl_->db, text.data() + off, static_cast<unsigned>(len), 0, scratch, on_match, &st);
    for (std::size_t i = before; i < hits.size(); ++i) {
      hits[i].start += off;
      hits[i].end += off;
    }
    if (off + len >= text.size()) break;
    off += len - std::min(len - 1, longest);
  }
  hs_free_scratch(scratch);
  if (rc != HS_SUCCESS) throw std::runtime_error("Hyperscan scan failed");
  std::sort(hits.begin(), hits.end(), [](const CueHit& a, const CueHit& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    if (a.owner != b.owner) return a.owner < b.owner;
    return a.cue < b.cue;
  });
  hits.erase(std::unique(hits.begin(), hits.end(),
                         [](const CueHit& a, const CueHit& b) {
                           return a.start == b.start && a.end == b.end && a.owner == b.owner && a.cue == b.cue;
                         }),
             hits.end());
  return hits;
}

}  // namespace unxref::detect
