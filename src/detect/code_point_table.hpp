#pragma once
// What NFKC_Casefold (with the detector's own rules: decimal digits to
// ASCII, white space to one space, tatweel dropped, Unicode hyphen to '-')
// does to one BMP code point that stands alone, looked up in a table built
// from ICU block by block as the text needs it. It lets the normaliser copy
// or map most non-Latin text (Cyrillic, Arabic, Han) without calling ICU per
// run; anything that could interact with its neighbours goes to ICU.
#include <array>
#include <atomic>
#include <cstdint>

namespace unxref::detect {

struct CodePointForm {
  enum Kind : std::uint8_t {
    icu,    // let ICU normalise the segment (combining marks, multi-character forms)
    same,   // unchanged
    mapped, // one other code point (case folding, compatibility forms)
    space,  // white space
    digit,  // a decimal digit: `to` holds the ASCII digit
    drop,   // no output (tatweel, Arabic vowel marks)
  };
  Kind kind = icu;
  bool boundary_before = false;  // normalises independently of what precedes it
  char32_t to = 0;
};

// The detector's own folds after NFKC: the Unicode hyphen (which NFKC keeps,
// and maps the no-break one to) reads as '-', typographic apostrophes as
// '\'' ("Peoples’ Rights" and "Peoples' Rights" are one name, "l’enfant" and
// "l'enfant" one word).
constexpr char32_t punctuation_fold(char32_t c) {
  if (c == 0x2010) return '-';
  if (c == 0x2019 || c == 0x2018 || c == 0x02BC) return '\'';
  return c;
}

// Arabic vowel marks and shadda (U+064B-U+0652) and the superscript alef:
// texts write them or not ("الأوّل", "الأول"), so they are no part of a
// word. The hamza and madda marks (U+0653-U+0655) stay: NFKC composes them
// into letters ("ا" + U+0654 is "أ").
constexpr bool is_arabic_vowel_mark(char32_t c) { return (c >= 0x064B && c <= 0x0652) || c == 0x0670; }

namespace detail {
using FormBlock = std::array<CodePointForm, 256>;
// The table's blocks, built on first use by build_block and never freed.
std::array<std::atomic<const FormBlock*>, 256>& form_blocks();
const FormBlock* build_block(char32_t c);
}  // namespace detail

// The form of `c` (any code point; outside the BMP always Kind::icu).
// Thread-safe; inline, since the normaliser asks it of every code point.
inline CodePointForm code_point_form(char32_t c) {
  if (c >= 0x10000) return {};
  const detail::FormBlock* block = detail::form_blocks()[c >> 8].load(std::memory_order_acquire);
  if (!block) block = detail::build_block(c);
  return (*block)[c & 0xFF];
}

}  // namespace unxref::detect
