#include "extract/pdf/unicode.hpp"

#include <podofo/podofo.h>
#include "unxref/core/utf8.hpp"

namespace unxref::pdf {
namespace {

bool is_space_like(char32_t cp) {
  return cp == 0x09 || cp == 0x0A || cp == 0x0D || cp == 0x20 || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Parses exactly `s` as hex; false on any non-hex character.
bool parse_hex(std::string_view s, char32_t& value) {
  value = 0;
  for (char c : s) {
    const int v = hex_value(c);
    if (v < 0) return false;
    value = value * 16 + static_cast<char32_t>(v);
  }
  return !s.empty();
}

std::string one_component(std::string_view name) {
  std::string out;
  if (name.size() >= 7 && name.substr(0, 3) == "uni" && (name.size() - 3) % 4 == 0) {
    for (std::size_t i = 3; i < name.size(); i += 4) {
      char32_t cp;
      if (!parse_hex(name.substr(i, 4), cp)) return {};
      append_glyph_codepoint(out, cp);
    }
    return out;
  }
  if (name.size() >= 5 && name.size() <= 7 && name[0] == 'u') {
    char32_t cp;
    if (parse_hex(name.substr(1), cp)) {
      append_glyph_codepoint(out, cp);
      return out;
    }
  }
  // PoDoFo knows the Adobe Glyph List; it returns the UTF-16 unit byte-swapped.
  const PoDoFo::pdf_utf16be swapped =
      PoDoFo::PdfDifferenceEncoding::NameToUnicodeID(PoDoFo::PdfName(std::string(name)));
  const char32_t cp = static_cast<char32_t>(((swapped & 0xFF) << 8) | ((swapped >> 8) & 0xFF));
  if (cp != 0) append_glyph_codepoint(out, cp);
  return out;
}

}  // namespace

void append_glyph_codepoint(std::string& out, char32_t cp) {
  if (is_space_like(cp)) {
    out += ' ';
    return;
  }
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF)
    return;
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  switch (cp) {  // Latin ligatures: search needs the letters
    case 0xFB00: out += "ff"; return;
    case 0xFB01: out += "fi"; return;
    case 0xFB02: out += "fl"; return;
    case 0xFB03: out += "ffi"; return;
    case 0xFB04: out += "ffl"; return;
    case 0xFB05: case 0xFB06: out += "st"; return;
    default: append_utf8(out, cp);
  }
}

void append_utf16be(std::string& out, std::string_view bytes) {
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t unit = (static_cast<unsigned char>(bytes[i]) << 8) | static_cast<unsigned char>(bytes[i + 1]);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low =
          (static_cast<unsigned char>(bytes[i + 2]) << 8) | static_cast<unsigned char>(bytes[i + 3]);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    append_glyph_codepoint(out, unit);
  }
}

std::string glyph_name_to_utf8(std::string_view name) {
  if (name.empty() || name[0] == '.') return {};
  if (const std::size_t dot = name.find('.'); dot != std::string_view::npos) name = name.substr(0, dot);
  std::string out;
  while (!name.empty()) {
    const std::size_t us = name.find('_');
    out += one_component(name.substr(0, us));
    if (us == std::string_view::npos) break;
    name.remove_prefix(us + 1);
  }
  return out;
}

}  // namespace unxref::pdf
