#include "extract/pdf/simple_encoding.hpp"

#include <podofo/podofo.h>

#include "extract/pdf/unicode.hpp"

namespace unxref::pdf {
namespace {

CodeTexts table_of(const PoDoFo::PdfEncoding* encoding) {
  CodeTexts out;
  for (int code = 0; code < 256; ++code) {
    // PoDoFo hands out each UTF-16 unit byte-swapped on little-endian machines.
    const PoDoFo::pdf_utf16be swapped = encoding->GetCharCode(code);
    const char32_t cp = static_cast<char32_t>(((swapped & 0xFF) << 8) | ((swapped >> 8) & 0xFF));
    if (cp != 0) append_glyph_codepoint(out[code], cp);
  }
  return out;
}

}  // namespace

std::optional<CodeTexts> base_encoding(std::string_view name) {
  using F = PoDoFo::PdfEncodingFactory;
  if (name == "WinAnsiEncoding") {
    static const CodeTexts t = table_of(F::GlobalWinAnsiEncodingInstance());
    return t;
  }
  if (name == "StandardEncoding") {
    static const CodeTexts t = table_of(F::GlobalStandardEncodingInstance());
    return t;
  }
  if (name == "MacRomanEncoding") {
    static const CodeTexts t = table_of(F::GlobalMacRomanEncodingInstance());
    return t;
  }
  if (name == "MacExpertEncoding") {
    static const CodeTexts t = table_of(F::GlobalMacExpertEncodingInstance());
    return t;
  }
  if (name == "SymbolEncoding") {
    static const CodeTexts t = table_of(F::GlobalSymbolEncodingInstance());
    return t;
  }
  if (name == "ZapfDingbatsEncoding") {
    static const CodeTexts t = table_of(F::GlobalZapfDingbatsEncodingInstance());
    return t;
  }
  if (name == "PDFDocEncoding") {
    static const CodeTexts t = table_of(F::GlobalPdfDocEncodingInstance());
    return t;
  }
  return std::nullopt;
}

bool is_symbolic_base14(std::string_view base_font) {
  return base_font.find("Symbol") != std::string_view::npos ||
         base_font.find("Dingbats") != std::string_view::npos;
}

}  // namespace unxref::pdf
