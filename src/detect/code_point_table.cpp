#include "detect/code_point_table.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <atomic>
#include <memory>

namespace unxref::detect {
namespace {

constexpr std::size_t kBlock = 256;

CodePointForm compute(char32_t c) {
  CodePointForm f;
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(ec);
  if (U_FAILURE(ec) || (c >= 0xD800 && c <= 0xDFFF)) return f;
  const auto u = static_cast<UChar32>(c);
  // Whether it composes with what follows is asked of the next code point
  // (its boundary_before), where the text is read.
  f.boundary_before = nfkc->hasBoundaryBefore(u);
  if (is_arabic_vowel_mark(c)) {  // dropped, so nothing composes with it
    f.boundary_before = true;
    f.kind = CodePointForm::drop;
    return f;
  }
  if (!f.boundary_before) return f;  // a combining mark: ICU decides
  if (u_isUWhiteSpace(u)) {
    f.kind = CodePointForm::space;
    return f;
  }
  if (c == 0x0640) {  // Arabic tatweel only stretches a word on the page
    f.kind = CodePointForm::drop;
    return f;
  }
  const icu::UnicodeString out = nfkc->normalize(icu::UnicodeString(u), ec);
  if (U_FAILURE(ec) || out.countChar32() != 1) return f;  // "ﬁ" -> "fi", "ß" -> "ss": ICU
  const UChar32 r = out.char32At(0);
  if (u_isUWhiteSpace(r)) {
    f.kind = CodePointForm::space;
  } else if (u_isdigit(r) && u_charDigitValue(r) >= 0 && u_charDigitValue(r) <= 9) {
    f.kind = CodePointForm::digit;
    f.to = static_cast<char32_t>('0' + u_charDigitValue(r));
  } else if (punctuation_fold(static_cast<char32_t>(r)) != static_cast<char32_t>(r)) {
    f.kind = CodePointForm::mapped;
    f.to = punctuation_fold(static_cast<char32_t>(r));
  } else if (r == u) {
    f.kind = CodePointForm::same;
    f.to = c;
  } else {
    f.kind = CodePointForm::mapped;
    f.to = static_cast<char32_t>(r);
  }
  return f;
}

}  // namespace

namespace detail {

std::array<std::atomic<const FormBlock*>, 256>& form_blocks() {
  static std::array<std::atomic<const FormBlock*>, 256> b{};
  return b;
}

// Two threads racing build the same block, and one keeps it.
const FormBlock* build_block(char32_t c) {
  std::atomic<const FormBlock*>& slot = form_blocks()[c >> 8];
  auto fresh = std::make_unique<FormBlock>();
  const char32_t base = c & ~char32_t{0xFF};
  for (std::size_t i = 0; i < kBlock; ++i) (*fresh)[i] = compute(base + static_cast<char32_t>(i));
  const FormBlock* expected = nullptr;
  if (slot.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel)) return fresh.release();
  return expected;
}

}  // namespace detail
}  // namespace unxref::detect
