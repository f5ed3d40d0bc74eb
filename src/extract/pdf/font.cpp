#include "extract/pdf/font.hpp"

#include <podofo/podofo.h>

#include "extract/pdf/objects.hpp"
#include "extract/pdf/simple_encoding.hpp"
#include "extract/pdf/unicode.hpp"

namespace unxref::pdf {
namespace {

using PoDoFo::PdfObject;

std::string strip_subset_prefix(std::string_view name) {
  // Embedded subsets are named "ABCDEF+Real-Name".
  if (name.size() > 7 && name[6] == '+') {
    bool tag = true;
    for (int i = 0; i < 6; ++i) tag = tag && name[i] >= 'A' && name[i] <= 'Z';
    if (tag) name.remove_prefix(7);
  }
  return std::string(name);
}

bool looks_bold(const Objects& objects, const PdfObject* descriptor, std::string_view name) {
  for (std::string_view w : {"Bold", "Black", "Heavy", "Semibold", "SemiBold", "Demi"})
    if (name.find(w) != std::string_view::npos) return true;
  if (!descriptor) return false;
  if (auto weight = objects.number(objects.get(descriptor, "FontWeight")); weight && *weight >= 600) return true;
  const auto flags = objects.number(objects.get(descriptor, "Flags"));
  return flags && (static_cast<long long>(*flags) & (1LL << 18));  // ForceBold
}

CMap read_cmap_stream(const PdfObject* obj, std::size_t max_bytes) {
  if (!obj || !obj->HasStream()) return {};
  std::string bytes;
  append_decoded_stream(*obj, max_bytes, bytes);
  return CMap::parse(bytes);
}

const PoDoFo::PdfArray* array_of(const Objects& objects, const PdfObject* obj) {
  obj = objects.resolve(obj);
  return obj && obj->IsArray() ? &obj->GetArray() : nullptr;
}

}  // namespace

std::unique_ptr<Font> Font::fallback() {
  std::unique_ptr<Font> font(new Font);
  for (int c = 0; c < 256; ++c) {
    append_glyph_codepoint(font->simple_[c].text, static_cast<char32_t>(c));
    font->simple_[c].width = 0.5;
  }
  return font;
}

std::unique_ptr<Font> Font::load(const Objects& objects, const PdfObject* dict, std::size_t max_stream_bytes) {
  std::unique_ptr<Font> font(new Font);
  try {
    const std::string_view subtype = objects.name(objects.get(dict, "Subtype"));
    font->base_name_ = strip_subset_prefix(objects.name(objects.get(dict, "BaseFont")));
    if (subtype == "Type0") {
      font->load_composite(objects, dict, max_stream_bytes);
    } else {
      font->load_simple(objects, dict, subtype, max_stream_bytes);
    }
  } catch (const PoDoFo::PdfError& e) {
    font->problem_ = describe(e);
  } catch (const StreamTooLarge& e) {
    font->problem_ = e.what();
  }
  return font;
}

void Font::load_simple(const Objects& objects, const PdfObject* dict, std::string_view subtype,
                       std::size_t max_stream_bytes) {
  const PdfObject* descriptor = objects.get(dict, "FontDescriptor");
  bold_ = looks_bold(objects, descriptor, base_name_);

  // Base encoding: what the font would use without /Encoding.
  CodeTexts texts;
  if (is_symbolic_base14(base_name_)) {
    texts = *base_encoding(base_name_.find("Symbol") != std::string::npos ? "SymbolEncoding"
                                                                        : "ZapfDingbatsEncoding");
  } else if (subtype == "TrueType") {
    texts = *base_encoding("WinAnsiEncoding");
  } else {
    texts = *base_encoding("StandardEncoding");
  }
  const PdfObject* encoding = objects.get(dict, "Encoding");
  if (encoding && encoding->IsName()) {
    if (auto t = base_encoding(encoding->GetName().GetName())) texts = std::move(*t);
  } else if (encoding && encoding->IsDictionary()) {
    if (auto t = base_encoding(objects.name(objects.get(encoding, "BaseEncoding")))) texts = std::move(*t);
    if (const PoDoFo::PdfArray* diffs = array_of(objects, objects.get(encoding, "Differences"))) {
      long long code = -1;
      for (const PdfObject& item : *diffs) {
        const PdfObject* v = objects.resolve(&item);
        if (!v) continue;
        if (v->IsNumber() || v->IsReal()) {
          code = static_cast<long long>(*objects.number(v));
        } else if (v->IsName() && code >= 0) {
          if (code < 256) texts[static_cast<std::size_t>(code)] = glyph_name_to_utf8(v->GetName().GetName());
          ++code;
        }
      }
    }
  }

  // ToUnicode wins over the encoding wherever it says something.
  const CMap to_unicode = read_cmap_stream(objects.get(dict, "ToUnicode"), max_stream_bytes);
  for (std::uint32_t c = 0; c < 256; ++c) {
    if (auto text = to_unicode.unicode(c)) simple_[c].text = std::move(*text);
    else simple_[c].text = texts[c];
  }

  double scale = 0.001;  // glyph space is 1/1000 of text space
  if (subtype == "Type3") {
    if (const PoDoFo::PdfArray* m = array_of(objects, objects.get(dict, "FontMatrix")); m && m->size() == 6) {
      double v[6];
      for (int i = 0; i < 6; ++i) v[i] = objects.number(&(*m)[static_cast<std::size_t>(i)]).value_or(0);
      font_matrix_ = {v[0], v[1], v[2], v[3], v[4], v[5]};
      scale = v[0];
    }
  }
  const double missing = objects.number(objects.get(descriptor, "MissingWidth")).value_or(0);
  const PoDoFo::PdfArray* widths = array_of(objects, objects.get(dict, "Widths"));
  const long long first = static_cast<long long>(objects.number(objects.get(dict, "FirstChar")).value_or(0));
  for (int c = 0; c < 256; ++c) {
    double w = missing;
    if (widths) {
      const long long i = c - first;
      if (i >= 0 && i < static_cast<long long>(widths->size()))
        w = objects.number(&(*widths)[static_cast<std::size_t>(i)]).value_or(missing);
    } else if (auto b = base14_width(base_name_, static_cast<unsigned char>(c), texts[static_cast<std::size_t>(c)])) {
      w = *b;
    } else if (missing == 0) {
      w = 500;  // no metrics at all: half an em keeps glyphs from piling up
    }
    simple_[c].width = w * scale;
  }
}

void Font::load_composite(const Objects& objects, const PdfObject* dict, std::size_t max_stream_bytes) {
  composite_ = true;
  const PdfObject* encoding = objects.get(dict, "Encoding");
  if (encoding && encoding->IsName()) {
    const std::string& name = encoding->GetName().GetName();
    vertical_ = name.size() > 2 && name.compare(name.size() - 2, 2, "-V") == 0;
    if (name.rfind("Identity-", 0) == 0) {
      identity_ = true;
    } else if (name.find("UCS2-") != std::string::npos || name.find("UTF16-") != std::string::npos) {
      // Predefined Unicode CMaps (UniGB-UCS2-H, UniJIS-UTF16-H, ...): the codes are the text.
      identity_ = false;
      code_to_text_ = CodeToText::utf16_codes;
    } else {
      identity_ = false;
      problem_ = "predefined CMap " + name + " is not supported; text comes from ToUnicode only";
    }
  } else if (encoding && encoding->HasStream()) {
    encoding_ = read_cmap_stream(encoding, max_stream_bytes);
    vertical_ = encoding_.vertical();
    identity_ = !encoding_.has_cids();
  }

  const PoDoFo::PdfArray* descendants = array_of(objects, objects.get(dict, "DescendantFonts"));
  const PdfObject* cid_font = descendants && !descendants->empty() ? objects.resolve(&(*descendants)[0]) : nullptr;
  bold_ = looks_bold(objects, objects.get(cid_font, "FontDescriptor"), base_name_);
  default_width_ = objects.number(objects.get(cid_font, "DW")).value_or(1000) / 1000.0;
  if (const PoDoFo::PdfArray* w = array_of(objects, objects.get(cid_font, "W"))) {
    // Entries are "c [w1 w2 ...]" or "first last w".
    std::size_t i = 0;
    while (i + 1 < w->size()) {
      const auto c = objects.number(&(*w)[i]);
      const PdfObject* next = objects.resolve(&(*w)[i + 1]);
      if (!c || !next || *c < 0) break;
      if (next->IsArray()) {
        std::uint32_t cid = static_cast<std::uint32_t>(*c);
        for (const PdfObject& width : next->GetArray()) {
          if (cid_widths_.size() >= CMap::kMaxEntries) break;
          if (auto v = objects.number(&width)) cid_widths_[cid] = *v / 1000.0;
          ++cid;
        }
        i += 2;
      } else {
        if (i + 2 >= w->size()) break;
        const auto last = objects.number(next);
        const auto v = objects.number(&(*w)[i + 2]);
        if (last && v && *last >= *c) {
          cid_width_ranges_.push_back({static_cast<std::uint32_t>(*c), static_cast<std::uint32_t>(*last), *v / 1000.0});
        }
        i += 3;
      }
    }
  }

  to_unicode_ = read_cmap_stream(objects.get(dict, "ToUnicode"), max_stream_bytes);
  codespace_from_to_unicode_ = !identity_ && !encoding_.has_codespace() && to_unicode_.has_codespace() &&
                               code_to_text_ == CodeToText::none;
  if (to_unicode_.has_unicode()) {
    code_to_text_ = CodeToText::to_unicode;
    problem_.clear();  // a predefined CMap no longer matters for the text
  } else if (code_to_text_ == CodeToText::none && problem_.empty()) {
    problem_ = "no ToUnicode map, so its text cannot be decoded";
  }
}

const CodeInfo& Font::composite_code(std::uint32_t code) const {
  if (auto it = cache_.find(code); it != cache_.end()) return it->second;
  CodeInfo info;
  if (code_to_text_ == CodeToText::to_unicode) {
    if (auto text = to_unicode_.unicode(code)) info.text = std::move(*text);
  } else if (code_to_text_ == CodeToText::utf16_codes) {
    const char bytes[2] = {static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
    append_utf16be(info.text, std::string_view(bytes, 2));
  }
  std::optional<std::uint32_t> cid;
  if (identity_) cid = code;
  else if (encoding_.has_cids()) cid = encoding_.cid(code);
  info.width = default_width_;
  if (cid) {
    if (auto it = cid_widths_.find(*cid); it != cid_widths_.end()) {
      info.width = it->second;
    } else {
      for (const WidthRange& r : cid_width_ranges_)
        if (*cid >= r.lo && *cid <= r.hi) info.width = r.width;
    }
  }
  return cache_.emplace(code, std::move(info)).first->second;
}

}  // namespace unxref::pdf
