#include "detect/normalize.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <limits>
#include <stdexcept>

namespace unxref::detect {
namespace {

// Byte classes for the ASCII fast path. NFKC_Casefold of an ASCII character
// is its lower-case form, and every ASCII character starts a normalisation
// segment, so ASCII never needs ICU.
enum : std::uint8_t { kCopy = 0, kSpace = 1, kNonAscii = 2 };

constexpr std::array<std::uint8_t, 256> make_classes() {
  std::array<std::uint8_t, 256> t{};
  for (int b = 0x80; b < 256; ++b) t[b] = kNonAscii;
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kSpace;
  // U+001C..U+001F are White_Space in Unicode: keep the fast path equal to ICU's view.
  for (int b = 0x1c; b <= 0x1f; ++b) t[b] = kSpace;
  return t;
}
constexpr std::array<std::uint8_t, 256> kClass = make_classes();

constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

class Builder {
 public:
  explicit Builder(NormalizedText& out) : out_(out) {}

  void byte(char c, std::uint32_t from) {
    out_.text.push_back(c);
    out_.to_original.push_back(from);
    last_space_ = false;
  }
  void space(std::uint32_t from) {
    if (last_space_) return;
    out_.text.push_back(' ');
    out_.to_original.push_back(from);
    last_space_ = true;
  }
  // One normalised code point, after the digit and white-space rules.
  void code_point(UChar32 c, std::uint32_t from) {
    if (c < 0x80) {
      if (kClass[static_cast<unsigned char>(c)] == kSpace)
        space(from);
      else
        byte(static_cast<char>(c), from);
      return;
    }
    if (u_isUWhiteSpace(c)) return space(from);
    if (u_isdigit(c)) {
      int v = u_charDigitValue(c);
      if (v >= 0 && v <= 9) return byte(static_cast<char>('0' + v), from);
    }
    char buf[4];
    std::size_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    for (std::size_t i = 0; i < n; ++i) byte(buf[i], from);
  }
  // Drops the last byte written by the ASCII path, so that it can be
  // normalised again together with combining marks that follow it.
  void unwrite_last() {
    out_.text.pop_back();
    out_.to_original.pop_back();
    last_space_ = !out_.text.empty() && out_.text.back() == ' ';
  }
  bool last_space() const { return last_space_; }

 private:
  NormalizedText& out_;
  bool last_space_ = false;
};

// Normalises a run of valid UTF-8 starting at `base` in the original.
void normalize_run(std::string_view run, std::uint32_t base, Builder& b, std::string& scratch,
                   std::vector<std::uint32_t>& map) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(ec);
  scratch.clear();
  icu::StringByteSink<std::string> sink(&scratch);
  icu::Edits edits;
  if (U_SUCCESS(ec)) nfkc->normalizeUTF8(0, icu::StringPiece(run.data(), static_cast<int32_t>(run.size())), sink, &edits, ec);
  if (U_FAILURE(ec)) {
    // Cannot happen for valid UTF-8 short of memory exhaustion; keep the bytes.
    scratch.assign(run);
    map.resize(run.size());
    for (std::size_t i = 0; i < run.size(); ++i) map[i] = base + static_cast<std::uint32_t>(i);
  } else {
    map.assign(scratch.size(), base);
    icu::Edits::Iterator it = edits.getFineIterator();
    while (it.next(ec)) {
      const auto src = static_cast<std::uint32_t>(it.sourceIndex());
      const auto dst = static_cast<std::size_t>(it.destinationIndex());
      if (it.hasChange()) {
        for (int32_t k = 0; k < it.newLength(); ++k) map[dst + k] = base + src;
      } else {
        for (int32_t k = 0; k < it.oldLength(); ++k) map[dst + k] = base + src + k;
      }
    }
  }
  const auto* s = reinterpret_cast<const std::uint8_t*>(scratch.data());
  const auto n = static_cast<int32_t>(scratch.size());
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    b.code_point(c, map[at]);
  }
}

}  // namespace

std::pair<std::size_t, std::size_t> NormalizedText::original_span(std::size_t start,
                                                                  std::size_t end) const {
  if (end <= start) return {to_original[start], to_original[start]};
  // The span ends where the next source position begins, so that every byte
  // of a multi-byte character or of a multi-character segment is covered.
  const std::uint32_t last = to_original[end - 1];
  std::size_t k = end;
  while (k + 1 < to_original.size() && to_original[k] == last) ++k;
  return {to_original[start], to_original[k]};
}

NormalizedText normalize(std::string_view original) {
  if (original.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("text too large to normalise (4 GiB or more)");
  NormalizedText out;
  out.original = original;
  out.text.reserve(original.size() + 16);
  out.to_original.reserve(original.size() + 17);
  Builder b(out);
  std::string scratch;
  std::vector<std::uint32_t> map;
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(ec);

  const auto* p = reinterpret_cast<const std::uint8_t*>(original.data());
  const auto n = static_cast<int32_t>(original.size());
  int32_t i = 0;
  while (i < n) {
    const std::uint8_t cls = kClass[p[i]];
    if (cls == kCopy) {
      b.byte(lower(static_cast<char>(p[i])), static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    if (cls == kSpace) {
      b.space(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    // A run of valid non-ASCII UTF-8, ended by ASCII (which always starts a
    // new normalisation segment) or by an ill-formed sequence.
    int32_t run_start = i;
    int32_t j = i;
    bool first = true;
    while (j < n && p[j] >= 0x80) {
      int32_t k = j;
      UChar32 c;
      U8_NEXT(p, k, n, c);
      if (c < 0) break;
      if (first && U_SUCCESS(ec) && !nfkc->hasBoundaryBefore(c) && run_start > 0 &&
          kClass[p[run_start - 1]] == kCopy) {
        b.unwrite_last();  // "e" + U+0301 must become "é"
        --run_start;
      }
      first = false;
      j = k;
    }
    if (j > run_start) {
      normalize_run(original.substr(run_start, j - run_start), static_cast<std::uint32_t>(run_start),
                    b, scratch, map);
      i = j;
      continue;
    }
    // Ill-formed: U+FFFD for the maximal invalid subsequence.
    int32_t k = i;
    UChar32 c;
    U8_NEXT(p, k, n, c);
    b.code_point(0xFFFD, static_cast<std::uint32_t>(i));
    i = k > i ? k : i + 1;
  }
  out.to_original.push_back(static_cast<std::uint32_t>(original.size()));
  return out;
}

}  // namespace unxref::detect
