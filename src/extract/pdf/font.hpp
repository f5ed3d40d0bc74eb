#pragma once
// A font resource as the interpreter needs it: how to cut a string into
// codes, and each code's text and advance width.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/pdf/cmap.hpp"
#include "extract/pdf/matrix.hpp"

namespace PoDoFo {
class PdfObject;
}

namespace unxref::pdf {

class Objects;

struct CodeInfo {
  std::string text;   // UTF-8, may be empty (nothing known for the code)
  double width = 0;   // advance in text space units per unit of font size
};

class Font {
 public:
  // Reads the font dictionary. Never fails: what cannot be read falls back
  // to defaults, described in `problem` (empty when all was understood).
  static std::unique_ptr<Font> load(const Objects& objects, const PoDoFo::PdfObject* dict,
                                    std::size_t max_stream_bytes);
  // For a Tf naming no usable font: codes are bytes shown as Latin-1.
  static std::unique_ptr<Font> fallback();

  // Calls f(const CodeInfo&, bool word_space) for each code of `bytes`;
  // word_space is true for the one-byte code 32, the only code Tw applies to.
  template <class F>
  void for_each_code(std::string_view bytes, F&& f) const {
    std::size_t pos = 0;
    while (pos < bytes.size()) {
      if (!composite_) {
        const unsigned char c = static_cast<unsigned char>(bytes[pos++]);
        f(simple_[c], c == 32);
        continue;
      }
      const int len = (codespace_from_to_unicode_ ? to_unicode_ : encoding_).code_length(bytes, pos, 2);
      const std::uint32_t code = code_value(bytes.substr(pos, static_cast<std::size_t>(len)));
      pos += static_cast<std::size_t>(len);
      f(composite_code(code), len == 1 && code == 32);
    }
  }

  bool bold() const { return bold_; }
  bool vertical() const { return vertical_; }
  const std::string& problem() const { return problem_; }
  const std::string& base_name() const { return base_name_; }
  // Type3 fonts scale glyph space to text space by their own matrix.
  const Matrix& font_matrix() const { return font_matrix_; }

 private:
  Font() = default;
  void load_simple(const Objects& objects, const PoDoFo::PdfObject* dict, std::string_view subtype,
                   std::size_t max_stream_bytes);
  void load_composite(const Objects& objects, const PoDoFo::PdfObject* dict, std::size_t max_stream_bytes);
  const CodeInfo& composite_code(std::uint32_t code) const;

  bool composite_ = false;
  bool bold_ = false;
  bool vertical_ = false;
  std::string problem_;
  std::string base_name_;
  Matrix font_matrix_{0.001, 0, 0, 0.001, 0, 0};

  // Simple fonts: everything precomputed per byte.
  std::array<CodeInfo, 256> simple_;

  // Composite (Type0) fonts.
  enum class CodeToText { to_unicode, utf16_codes, none };
  CMap encoding_;  // codespace (+ CIDs for embedded CMaps)
  bool identity_ = true;
  // A predefined CMap we do not have: the ToUnicode map's codespace cuts the codes.
  bool codespace_from_to_unicode_ = false;
  CodeToText code_to_text_ = CodeToText::none;
  CMap to_unicode_;
  double default_width_ = 1.0;
  struct WidthRange {
    std::uint32_t lo, hi;
    double width;
  };
  std::unordered_map<std::uint32_t, double> cid_widths_;  // in text space units, from /W arrays
  std::vector<WidthRange> cid_width_ranges_;             // from /W "first last width" triples
  mutable std::unordered_map<std::uint32_t, CodeInfo> cache_;
};

}  // namespace unxref::pdf
