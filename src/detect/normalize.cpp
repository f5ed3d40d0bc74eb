#include "detect/normalize.hpp"

#include <cstring>

#include "detect/code_point_table.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Writes into a pre-sized buffer through a raw pointer. Plain ASCII prose
// goes sixteen bytes at a time (SSE2, which every x86-64 has) and extends
// one offset run; everything else goes byte by byte.
class Builder {
 public:
  // Reuses what `out` already holds: when its text has room, nothing is
  // allocated or cleared (clearing tens of MB costs more than normalising them).
  explicit Builder(NormalizedText& out, std::size_t expected) : out_(out) {
    out_.map.clear();
    if (out_.text.size() < expected) out_.text.resize(expected);
    text_ = out_.text.data();
    cap_ = out_.text.size();
  }

  void reserve(std::size_t more) {
    if (w_ + more <= cap_) return;
    cap_ = std::max(cap_ * 2, w_ + more + 64);
    out_.text.resize(cap_);
    text_ = out_.text.data();
  }
  void byte(char c, std::uint32_t from) {
    text_[w_] = c;
    out_.map.push(static_cast<std::uint32_t>(w_), from);
    ++w_;
    last_space_ = false;
  }
  void space(std::uint32_t from) {
    if (last_space_) return;
    byte(' ', from);
    last_space_ = true;
  }
  // One normalised code point, after the digit and white-space rules.
  // `from[k]` is the source of byte k of its UTF-8 form.
  void code_point(UChar32 c, const std::uint32_t* from) {
    reserve(4);
    if (c < 0x80) {
      if (kClass[static_cast<unsigned char>(c)] == kSpace)
        space(from[0]);
      else
        byte(static_cast<char>(c), from[0]);
      return;
    }
    if (u_isUWhiteSpace(c)) return space(from[0]);
    // Arabic tatweel only stretches a word on the page ("تشـــير"): it is no
    // letter; vowel marks are written or not ("الأوّل").
    if (c == 0x0640 || is_arabic_vowel_mark(static_cast<char32_t>(c))) return;
    // "S‑19/1" is "s-19/1" for every finder, "l’enfant" is "l'enfant".
    if (const char32_t folded = punctuation_fold(static_cast<char32_t>(c)); folded != static_cast<char32_t>(c))
      return byte(static_cast<char>(folded), from[0]);
    if (u_isdigit(c)) {
      int v = u_charDigitValue(c);
      if (v >= 0 && v <= 9) return byte(static_cast<char>('0' + v), from[0]);
    }
    char buf[4];
    std::size_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    for (std::size_t i = 0; i < n; ++i) byte(buf[i], from[i]);
  }
  // Original bytes copied as they are: one map entry for the lot, since a
  // copied run maps byte for byte.
  void copy(const std::uint8_t* src, std::size_t n, std::uint32_t from) {
    reserve(n);
    std::memcpy(text_ + w_, src, n);
    out_.map.push(static_cast<std::uint32_t>(w_), from);
    w_ += n;
    last_space_ = false;
  }
  // One code point in place of the original one at `from`.
  void mapped(char32_t c, std::uint32_t from) {
    reserve(4);
    char buf[4];
    std::size_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    for (std::size_t i = 0; i < n; ++i) {
      text_[w_] = buf[i];
      out_.map.push(static_cast<std::uint32_t>(w_), from);
      ++w_;
    }
    last_space_ = false;
  }
  // Drops the last byte written by the ASCII path, so that it can be
  // normalised again together with combining marks that follow it.
  void unwrite_last() {
    --w_;
    out_.map.pop(static_cast<std::uint32_t>(w_));
    last_space_ = w_ > 0 && text_[w_ - 1] == ' ';
  }
  // ASCII bytes from i on, up to the first non-ASCII one: lower-cased, white
  // space collapsed. Returns where it stopped.
  std::size_t ascii_run(const std::uint8_t* p, std::size_t i, std::size_t n) {
    reserve(n - i);
    while (i < n) {
      i = ascii_blocks(p, i, n);
      if (i >= n || p[i] >= 0x80) break;
      // A block the vector path declined: its bytes one by one.
      const std::size_t stop = std::min(n, i + 16);
      for (; i < stop; ++i) {
        const std::uint8_t b = p[i];
        const std::uint8_t cls = kClass[b];
        if (cls == kCopy)
          byte(kLower[b], static_cast<std::uint32_t>(i));
        else if (cls == kSpace)
          space(static_cast<std::uint32_t>(i));
        else
          return i;
      }
    }
    return i;
  }
  void finish(std::uint32_t original_size) {
    out_.text.resize(w_);
    out_.map.finish(static_cast<std::uint32_t>(w_), original_size);
  }

 private:
  // Copies whole 16-byte blocks of printable ASCII with single spaces, the
  // bulk of any prose; returns at the first block that is anything else.
  std::size_t ascii_blocks(const std::uint8_t* p, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i below_a = _mm_set1_epi8('A' - 1);
    const __m128i above_z = _mm_set1_epi8('Z' + 1);
    const __m128i case_bit = _mm_set1_epi8(0x20);
    bool extended = false;
    for (; i + 16 <= n; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      // Signed compare: bytes >= 0x80 are negative, so this also catches non-ASCII.
      const int special = _mm_movemask_epi8(_mm_cmplt_epi8(v, space));
      const int spaces = _mm_movemask_epi8(_mm_cmpeq_epi8(v, space));
      if (special != 0 || (spaces & (spaces >> 1)) != 0 || ((spaces & 1) != 0 && last_space_)) break;
      const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, below_a), _mm_cmplt_epi8(v, above_z));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(text_ + w_), _mm_add_epi8(v, _mm_and_si128(upper, case_bit)));
      if (!extended) {
        out_.map.push(static_cast<std::uint32_t>(w_), static_cast<std::uint32_t>(i));
        extended = true;  // the rest of this stretch continues the same run
      }
      w_ += 16;
      last_space_ = (spaces & 0x8000) != 0;
    }
#endif
    return i;
  }

  NormalizedText& out_;
  char* text_ = nullptr;
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
  // Room for a U+FFFD that ICU should never produce, but must not overrun.
  map.insert(map.end(), 3, map.empty() ? base : map.back());
  const auto* s = reinterpret_cast<const std::uint8_t*>(scratch.data());
  const auto n = static_cast<int32_t>(scratch.size());
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, n, c);
    b.code_point(c, map.data() + at);
  }
}

// Reads code points from i while each normalises on its own (its form is in
// the table and the next code point starts a new segment); returns where it
// stopped: at ASCII, at the end, or at a code point ICU must see.
int32_t fast_run(const std::uint8_t* p, int32_t i, int32_t n, Builder& b) {
  int32_t copy_from = i;  // start of a run of unchanged code points not yet written
  const auto flush = [&](int32_t to) {
    if (to > copy_from)
      b.copy(p + copy_from, static_cast<std::size_t>(to - copy_from), static_cast<std::uint32_t>(copy_from));
  };
  // The form of the code point at i and where it ends, read one ahead
  // because the next code point must not compose with this one ("е" + U+0308).
  int32_t k = i;
  UChar32 c = 0;
  CodePointForm f;
  if (i < n && p[i] >= 0x80) {
    U8_NEXT(p, k, n, c);
    if (c >= 0) f = code_point_form(static_cast<char32_t>(c));
  }
  while (i < n && p[i] >= 0x80) {
    if (c < 0 || f.kind == CodePointForm::icu) break;
    int32_t k2 = k;
    UChar32 next = 0;
    CodePointForm next_form;
    if (k < n && p[k] >= 0x80) {
      U8_NEXT(p, k2, n, next);
      if (next >= 0) {
        next_form = code_point_form(static_cast<char32_t>(next));
        if (!next_form.boundary_before) break;
      }
    }
    if (f.kind != CodePointForm::same) {
      flush(i);
      copy_from = k;
      b.reserve(4);
      const auto at = static_cast<std::uint32_t>(i);
      switch (f.kind) {
        case CodePointForm::space: b.space(at); break;
        case CodePointForm::digit: b.byte(static_cast<char>(f.to), at); break;
        case CodePointForm::mapped:
          if (f.to < 0x80) b.byte(static_cast<char>(f.to), at);
          else b.mapped(f.to, at);
          break;
        default: break;  // drop
      }
    }
    i = k;
    k = k2;
    c = next;
    f = next_form;
  }
  flush(i);
  return i;
}

}  // namespace

std::pair<std::size_t, std::size_t> NormalizedText::original_span(std::size_t start,
                                                                  std::size_t end) const {
  if (end <= start) return {original_offset(start), original_offset(start)};
  // The span ends where the next source position begins, so that every byte
  // of a multi-byte character or of a multi-character segment is covered.
  return {original_offset(start), original_offset(map.next_source(end - 1))};
}

NormalizedText normalize(std::string_view original) {
  NormalizedText out;
  normalize(original, out);
  return out;
}

void normalize(std::string_view original, NormalizedText& out) {
  if (original.size() >= static_cast<std::size_t>(std::numeric_limits<int32_t>::max()))
    throw std::length_error("text too large to normalise (2 GiB or more)");
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
    // Most non-Latin text is code points that normalise on their own
    // (code_point_table.hpp): copied or mapped here, without ICU.
    i = fast_run(p, i, n, b);
    if (i >= n || p[i] < 0x80) continue;
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
    const std::uint32_t from[3] = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i),
                                   static_cast<std::uint32_t>(i)};
    b.code_point(0xFFFD, from);
    i = k > i ? k : i + 1;
  }
  b.finish(static_cast<std::uint32_t>(original.size()));
}

}  // namespace unxref::detect
