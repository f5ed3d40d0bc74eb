#include "extract/pdf/cmap.hpp"

#include <algorithm>

#include "extract/pdf/content_lexer.hpp"
#include "extract/pdf/unicode.hpp"

namespace unxref::pdf {
namespace {

// bfchar/bfrange destinations are UTF-16BE strings; old CMaps also use glyph names.
std::string destination_utf16(const Token& t) {
  if (t.kind == Tok::string) return std::string(t.text);
  if (t.kind == Tok::name) {
    // Re-encode the glyph's text as UTF-16BE so every destination has one form.
    const std::string utf8 = glyph_name_to_utf8(t.text);
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
      const unsigned char c = static_cast<unsigned char>(utf8[i]);
      const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
      for (int k = 1; k < n && i + k < utf8.size(); ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
      i += n;
      auto unit = [&](char32_t u) {
        out += static_cast<char>(u >> 8);
        out += static_cast<char>(u & 0xFF);
      };
      if (cp >= 0x10000) {
        unit(0xD800 + ((cp - 0x10000) >> 10));
        unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
      } else {
        unit(cp);
      }
    }
    return out;
  }
  return {};
}

std::string utf16_to_utf8(std::string_view utf16) {
  std::string out;
  if (utf16.size() == 1) {  // a one-byte destination: some producers write <41>
    append_glyph_codepoint(out, static_cast<unsigned char>(utf16[0]));
  } else {
    append_utf16be(out, utf16);
  }
  return out;
}

}  // namespace

std::uint32_t code_value(std::string_view bytes) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < bytes.size() && i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[i]);
  return v;
}

CMap CMap::parse(std::string_view program) {
  CMap m;
  ContentLexer lex(program);
  std::size_t entries = 0;
  std::string prev_name;  // the last name seen: what "usecmap" and "/WMode 1" refer to
  for (Token t = lex.next(); t.kind != Tok::end && entries < kMaxEntries; t = lex.next()) {
    if (t.kind == Tok::name) {
      prev_name.assign(t.text);
      continue;
    }
    if (t.kind == Tok::number && prev_name == "WMode") m.vertical_ = t.number == 1;
    if (t.kind != Tok::keyword) continue;
    if (t.text == "usecmap") {
      m.usecmap_ = prev_name;
    } else if (t.text == "begincodespacerange") {
      while (entries < kMaxEntries) {
        Token lo = lex.next();
        if (lo.kind != Tok::string) break;
        const std::string los(lo.text);
        const Token hi = lex.next();
        if (hi.kind != Tok::string) break;
        Codespace cs;
        cs.length = static_cast<int>(std::clamp<std::size_t>(los.size(), 1, 4));
        for (int i = 0; i < cs.length; ++i) {
          cs.lo[i] = i < static_cast<int>(los.size()) ? static_cast<unsigned char>(los[i]) : 0;
          cs.hi[i] = i < static_cast<int>(hi.text.size()) ? static_cast<unsigned char>(hi.text[i]) : 0xFF;
        }
        m.codespaces_.push_back(cs);
        ++entries;
      }
    } else if (t.text == "beginbfchar") {
      while (entries < kMaxEntries) {
        const Token src = lex.next();
        if (src.kind != Tok::string) break;
        const std::uint32_t code = code_value(src.text);
        const Token dst = lex.next();
        if (dst.kind != Tok::string && dst.kind != Tok::name) break;
        m.bf_chars_[code] = utf16_to_utf8(destination_utf16(dst));
        ++entries;
      }
    } else if (t.text == "beginbfrange") {
      while (entries < kMaxEntries) {
        const Token lo = lex.next();
        if (lo.kind != Tok::string) break;
        BfRange r;
        r.lo = code_value(lo.text);
        const Token hi = lex.next();
        if (hi.kind != Tok::string) break;
        r.hi = code_value(hi.text);
        Token dst = lex.next();
        if (dst.kind == Tok::array_open) {
          for (dst = lex.next(); dst.kind == Tok::string || dst.kind == Tok::name; dst = lex.next()) {
            r.values.push_back(destination_utf16(dst));
            ++entries;
          }
          if (dst.kind != Tok::array_close) break;
        } else if (dst.kind == Tok::string || dst.kind == Tok::name) {
          r.start = destination_utf16(dst);
        } else {
          break;
        }
        if (r.hi >= r.lo) m.bf_ranges_.push_back(std::move(r));
        ++entries;
      }
    } else if (t.text == "begincidchar") {
      while (entries < kMaxEntries) {
        const Token src = lex.next();
        if (src.kind != Tok::string) break;
        const std::uint32_t code = code_value(src.text);
        const Token cid = lex.next();
        if (cid.kind != Tok::number) break;
        if (cid.number >= 0) m.cid_chars_[code] = static_cast<std::uint32_t>(cid.number);
        ++entries;
      }
    } else if (t.text == "begincidrange") {
      while (entries < kMaxEntries) {
        const Token lo = lex.next();
        if (lo.kind != Tok::string) break;
        CidRange r;
        r.lo = code_value(lo.text);
        const Token hi = lex.next();
        if (hi.kind != Tok::string) break;
        r.hi = code_value(hi.text);
        const Token cid = lex.next();
        if (cid.kind != Tok::number) break;
        r.cid = cid.number >= 0 ? static_cast<std::uint32_t>(cid.number) : 0;
        if (r.hi >= r.lo) m.cid_ranges_.push_back(r);
        ++entries;
      }
    }
  }
  return m;
}

int CMap::code_length(std::string_view bytes, std::size_t pos, int fallback) const {
  const std::size_t left = bytes.size() - pos;
  for (int len = 1; len <= 4 && static_cast<std::size_t>(len) <= left; ++len) {
    for (const Codespace& cs : codespaces_) {
      if (cs.length != len) continue;
      bool inside = true;
      for (int i = 0; i < len && inside; ++i) {
        const unsigned char b = static_cast<unsigned char>(bytes[pos + i]);
        inside = b >= cs.lo[i] && b <= cs.hi[i];
      }
      if (inside) return len;
    }
  }
  // Not in any range: take the length of the shortest range, as readers commonly do.
  int shortest = 0;
  for (const Codespace& cs : codespaces_)
    if (shortest == 0 || cs.length < shortest) shortest = cs.length;
  const int len = shortest ? shortest : fallback;
  return static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(len), left));
}

std::optional<std::string> CMap::unicode(std::uint32_t code) const {
  if (auto it = bf_chars_.find(code); it != bf_chars_.end()) return it->second;
  // Later ranges win, as later definitions override earlier ones.
  for (auto it = bf_ranges_.rbegin(); it != bf_ranges_.rend(); ++it) {
    const BfRange& r = *it;
    if (code < r.lo || code > r.hi) continue;
    const std::uint32_t off = code - r.lo;
    if (!r.values.empty()) {
      if (off < r.values.size()) return utf16_to_utf8(r.values[off]);
      return std::nullopt;
    }
    std::string dst = r.start;
    if (dst.size() >= 2) {
      std::uint32_t last = (static_cast<unsigned char>(dst[dst.size() - 2]) << 8) |
                           static_cast<unsigned char>(dst[dst.size() - 1]);
      last += off;
      dst[dst.size() - 2] = static_cast<char>((last >> 8) & 0xFF);
      dst[dst.size() - 1] = static_cast<char>(last & 0xFF);
    } else if (dst.size() == 1) {
      dst[0] = static_cast<char>(static_cast<unsigned char>(dst[0]) + off);
    }
    return utf16_to_utf8(dst);
  }
  return std::nullopt;
}

std::optional<std::uint32_t> CMap::cid(std::uint32_t code) const {
  if (auto it = cid_chars_.find(code); it != cid_chars_.end()) return it->second;
  for (auto it = cid_ranges_.rbegin(); it != cid_ranges_.rend(); ++it)
    if (code >= it->lo && code <= it->hi) return it->cid + (code - it->lo);
  return std::nullopt;
}

}  // namespace unxref::pdf
