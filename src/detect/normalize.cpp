#include "detect/normalize.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
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

constexpr std::array<char, 256> make_lower() {
  std::array<char, 256> t{};
  for (int b = 0; b < 256; ++b) t[b] = static_cast<char>((b >= 'A' && b <= 'Z') ? b + 32 : b);
  return t;
}
constexpr std::array<char, 256> kLower = make_lower();

// Writes into pre-sized buffers through raw pointers: the ASCII path is one
// table lookup and two stores per byte, which is what keeps normalisation
// well above the detector's throughput target.
class Builder {
 public:
  explicit Builder(NormalizedText& out, std::size_t expected) : out_(out) {
    out_.text.resize(expected);
    out_.to_original.resize(expected + 1);
    text_ = out_.text.data();
    map_ = out_.to_original.data();
    cap_ = expected;
  }

  void reserve(std::size_t more) {
    if (w_ + more <= cap_) return;
    cap_ = std::max(cap_ * 2, w_ + more + 64);
    out_.text.resize(cap_);
    out_.to_original.resize(cap_ + 1);
    text_ = out_.text.data();
    map_ = out_.to_original.data();
  }
  void byte(char c, std::uint32_t from) {
    text_[w_] = c;
    map_[w_] = from;
    ++w_;
    last_space_ = false;
  }
  void space(std::uint32_t from) {
    if (last_space_) return;
    text_[w_] = ' ';
    map_[w_] = from;
    ++w_;
    last_space_ = true;
  }
  // One normalised code point, after the digit and white-space rules.
  void code_point(UChar32 c, std::uint32_t from) {
    reserve(4);
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
    --w_;
    last_space_ = w_ > 0 && text_[w_ - 1] == ' ';
  }
  // ASCII bytes [i, end) of `p`: lower-cased, white space collapsed.
  std::size_t ascii_run(const std::uint8_t* p, std::size_t i, std::size_t n) {
    reserve(n - i);
    char* t = text_;
    std::uint32_t* m = map_;
    std::size_t w = w_;
    bool sp = last_space_;
    for (; i < n; ++i) {
      const std::uint8_t b = p[i];
      const std::uint8_t cls = kClass[b];
      if (cls == kCopy) {
        t[w] = kLower[b];
        m[w] = static_cast<std::uint32_t>(i);
        ++w;
        sp = false;
      } else if (cls == kSpace) {
        if (!sp) {
          t[w] = ' ';
          m[w] = static_cast<std::uint32_t>(i);
          ++w;
          sp = true;
        }
      } else {
        break;
      }
    }
    w_ = w;
    last_space_ = sp;
    return i;
  }
  void finish(std::uint32_t original_size) {
    out_.text.resize(w_);
    out_.to_original.resize(w_ + 1);
    out_.to_original[w_] = original_size;
  }

 private:
  NormalizedText& out_;
  char* text_ = nullptr;
  std::uint32_t* map_ = nullptr;
  std::size_t cap_ = 0, w_ = 0;
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
  if (original.size() >= static_cast<std::size_t>(std::numeric_limits<int32_t>::max()))
    throw std::length_error("text too large to normalise (2 GiB or more)");
  NormalizedText out;
  out.original = original;
  Builder b(out, original.size() + 16);
  std::string scratch;
  std::vector<std::uint32_t> map;
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(ec);

  const auto* p = reinterpret_cast<const std::uint8_t*>(original.data());
  const auto n = static_cast<int32_t>(original.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      i = static_cast<int32_t>(b.ascii_run(p, static_cast<std::size_t>(i), static_cast<std::size_t>(n)));
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
  b.finish(static_cast<std::uint32_t>(original.size()));
  return out;
}

}  // namespace unxref::detect
