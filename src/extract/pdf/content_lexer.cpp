#include "extract/pdf/content_lexer.hpp"

namespace unxref::pdf {
namespace {

int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_regular(unsigned char c) { return !is_pdf_space(c) && !is_pdf_delimiter(c); }

// Numbers as PDF writes them: optional sign, digits, optional point and
// digits, no exponent. Returns false when `w` is not such a number (then it
// is a keyword). Sloppy producers write "--3" or "1.2.3": those are keywords
// here and get ignored as unknown operators.
bool parse_number(std::string_view w, double& out) {
  std::size_t i = 0;
  bool neg = false;
  if (i < w.size() && (w[i] == '+' || w[i] == '-')) neg = w[i++] == '-';
  double v = 0;
  bool digits = false;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') {
    v = v * 10 + (w[i++] - '0');
    digits = true;
  }
  if (i < w.size() && w[i] == '.') {
    ++i;
    double scale = 0.1;
    while (i < w.size() && w[i] >= '0' && w[i] <= '9') {
      v += (w[i++] - '0') * scale;
      scale *= 0.1;
      digits = true;
    }
  }
  if (!digits || i != w.size()) return false;
  out = neg ? -v : v;
  return true;
}

}  // namespace

void ContentLexer::skip_space_and_comments() {
  while (p_ < s_.size()) {
    const unsigned char c = static_cast<unsigned char>(s_[p_]);
    if (is_pdf_space(c)) {
      ++p_;
    } else if (c == '%') {
      while (p_ < s_.size() && s_[p_] != '\n' && s_[p_] != '\r') ++p_;
    } else {
      return;
    }
  }
}

Token ContentLexer::next() {
  Token t;
  while (true) {
    skip_space_and_comments();
    if (p_ >= s_.size()) return t;
    const unsigned char c = static_cast<unsigned char>(s_[p_]);
    switch (c) {
      case '(':
        ++p_;
        read_literal_string();
        t.kind = Tok::string;
        t.text = buf_;
        return t;
      case '<':
        if (p_ + 1 < s_.size() && s_[p_ + 1] == '<') {
          p_ += 2;
          t.kind = Tok::dict_open;
          return t;
        }
        ++p_;
        read_hex_string();
        t.kind = Tok::string;
        t.text = buf_;
        return t;
      case '>':
        p_ += (p_ + 1 < s_.size() && s_[p_ + 1] == '>') ? 2 : 1;
        t.kind = Tok::dict_close;
        return t;
      case '[': ++p_; t.kind = Tok::array_open; return t;
      case ']': ++p_; t.kind = Tok::array_close; return t;
      case '{': case '}':
        t.kind = Tok::keyword;
        t.text = s_.substr(p_++, 1);
        return t;
      case ')': ++p_; continue;  // stray closer: nothing to mean
      case '/': {
        const std::size_t start = ++p_;
        bool escaped = false;
        while (p_ < s_.size() && is_regular(static_cast<unsigned char>(s_[p_]))) {
          escaped |= s_[p_] == '#';
          ++p_;
        }
        t.kind = Tok::name;
        t.text = s_.substr(start, p_ - start);
        if (escaped) {
          buf_.clear();
          for (std::size_t i = 0; i < t.text.size(); ++i) {
            if (t.text[i] == '#' && i + 2 < t.text.size()) {
              const int hi = hex_digit(static_cast<unsigned char>(t.text[i + 1]));
              const int lo = hex_digit(static_cast<unsigned char>(t.text[i + 2]));
              if (hi >= 0 && lo >= 0) {
                buf_ += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
              }
            }
            buf_ += t.text[i];
          }
          t.text = buf_;
        }
        return t;
      }
      default: {
        const std::size_t start = p_;
        while (p_ < s_.size() && is_regular(static_cast<unsigned char>(s_[p_]))) ++p_;
        const std::string_view word = s_.substr(start, p_ - start);
        const char f = word[0];
        if (((f >= '0' && f <= '9') || f == '-' || f == '+' || f == '.') && parse_number(word, t.number)) {
          t.kind = Tok::number;
        } else {
          t.kind = Tok::keyword;
          t.text = word;
        }
        return t;
      }
    }
  }
}

void ContentLexer::read_literal_string() {
  buf_.clear();
  int depth = 1;
  while (p_ < s_.size()) {
    char c = s_[p_++];
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth == 0) return;
    } else if (c == '\\') {
      if (p_ >= s_.size()) return;
      c = s_[p_++];
      switch (c) {
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case '\r':  // line continuation: the end of line is not part of the string
          if (p_ < s_.size() && s_[p_] == '\n') ++p_;
          continue;
        case '\n': continue;
        default:
          if (c >= '0' && c <= '7') {
            int v = c - '0';
            for (int k = 0; k < 2 && p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '7'; ++k)
              v = v * 8 + (s_[p_++] - '0');
            c = static_cast<char>(v & 0xFF);
          }
          // other escaped characters stand for themselves: \( \) \\ and unknown ones
      }
    }
    buf_ += c;
  }
}

void ContentLexer::read_hex_string() {
  buf_.clear();
  int hi = -1;
  while (p_ < s_.size()) {
    const unsigned char c = static_cast<unsigned char>(s_[p_++]);
    if (c == '>') break;
    const int v = hex_digit(c);
    if (v < 0) continue;  // whitespace, or junk we tolerate
    if (hi < 0) {
      hi = v;
    } else {
      buf_ += static_cast<char>(hi * 16 + v);
      hi = -1;
    }
  }
  if (hi >= 0) buf_ += static_cast<char>(hi * 16);  // odd digit count: a trailing 0 is implied
}

void ContentLexer::skip_inline_image() {
  // The dictionary: tokens up to the ID keyword.
  while (true) {
    const Token t = next();
    if (t.kind == Tok::end) return;
    if (t.kind == Tok::keyword && t.text == "ID") break;
    if (t.kind == Tok::keyword && t.text == "EI") return;  // no data at all
  }
  if (p_ < s_.size()) ++p_;  // the single white-space byte after ID
  // The data: EI standing alone (white space before, white space, delimiter or
  // the end after) closes it. Binary data could contain such a sequence by
  // chance; that costs at most the rest of this stream, never a hang.
  while (p_ + 1 < s_.size()) {
    const std::size_t hit = s_.find("EI", p_);
    if (hit == std::string_view::npos) break;
    const bool before = hit == 0 || is_pdf_space(static_cast<unsigned char>(s_[hit - 1]));
    const bool after = hit + 2 >= s_.size() || is_pdf_space(static_cast<unsigned char>(s_[hit + 2])) ||
                       is_pdf_delimiter(static_cast<unsigned char>(s_[hit + 2]));
    p_ = hit + 2;
    if (before && after) return;
  }
  p_ = s_.size();
}

}  // namespace unxref::pdf
