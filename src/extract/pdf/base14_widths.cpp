// Widths of the 14 standard fonts, which PDFs may use without /Widths. The
// metrics are PoDoFo's (its header defines the tables; its lookup function is
// not exported from the shared library), so this file is the only one that
// includes that header.
#include <podofo/podofo.h>
#include <podofo/doc/PdfFontFactoryBase14Data.h>

#include "extract/pdf/simple_encoding.hpp"

namespace unxref::pdf {
namespace {

bool has(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

const PoDoFo::PODOFO_CharData* table_for(std::string_view font, std::size_t& size) {
  using namespace PoDoFo;
  const bool bold = has(font, "Bold");
  const bool slanted = has(font, "Italic") || has(font, "Oblique");
  auto pick = [&size](const PODOFO_CharData* t, std::size_t n) {
    size = n;
    return t;
  };
  if (has(font, "Symbol")) return pick(CHAR_DATA_SYMBOL, std::size(CHAR_DATA_SYMBOL));
  if (has(font, "Dingbats")) return pick(CHAR_DATA_ZAPF_DINGBATS, std::size(CHAR_DATA_ZAPF_DINGBATS));
  if (has(font, "Courier")) {
    if (bold && slanted) return pick(CHAR_DATA_COURIER_BOLD_OBLIQUE, 316);
    if (bold) return pick(CHAR_DATA_COURIER_BOLD, 316);
    if (slanted) return pick(CHAR_DATA_COURIER_OBLIQUE, 316);
    return pick(CHAR_DATA_COURIER, 316);
  }
  if (has(font, "Helvetica") || has(font, "Arial")) {
    if (bold && slanted) return pick(CHAR_DATA_HELVETICA_BOLD_OBLIQUE, 316);
    if (bold) return pick(CHAR_DATA_HELVETICA_BOLD, 316);
    if (slanted) return pick(CHAR_DATA_HELVETICA_OBLIQUE, 316);
    return pick(CHAR_DATA_HELVETICA, 316);
  }
  if (has(font, "Times")) {
    if (bold && slanted) return pick(CHAR_DATA_TIMES_BOLD_ITALIC, 316);
    if (bold) return pick(CHAR_DATA_TIMES_BOLD, 316);
    if (slanted) return pick(CHAR_DATA_TIMES_ITALIC, 316);
    return pick(CHAR_DATA_TIMES_ROMAN, 316);
  }
  return nullptr;
}

char32_t first_codepoint(std::string_view utf8) {
  if (utf8.empty()) return 0;
  const unsigned char c = static_cast<unsigned char>(utf8[0]);
  const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n && static_cast<std::size_t>(k) < utf8.size(); ++k) cp = (cp << 6) | (utf8[k] & 0x3F);
  return cp;
}

}  // namespace

std::optional<double> base14_width(std::string_view base_font, unsigned char code, std::string_view encoded_text) {
  std::size_t size = 0;
  const PoDoFo::PODOFO_CharData* table = table_for(base_font, size);
  if (!table) return std::nullopt;
  if (is_symbolic_base14(base_font)) {  // these tables are keyed by the font's own codes
    for (std::size_t i = 0; i < size; ++i)
      if (table[i].char_cd == code) return table[i].width;
    return std::nullopt;
  }
  // Ligatures were expanded to letters before we see them ("fi"); PoDoFo
  // lists the ligature glyphs under U+FB01 and U+FB02.
  char32_t cp = first_codepoint(encoded_text);
  if (encoded_text == "fi") cp = 0xFB01;
  if (encoded_text == "fl") cp = 0xFB02;
  for (std::size_t i = 0; i < size; ++i)
    if (table[i].unicode == cp) return table[i].width;
  return std::nullopt;
}

}  // namespace unxref::pdf
