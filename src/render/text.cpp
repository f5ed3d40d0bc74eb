#include "render/text.hpp"

#include <cstdint>
#include <vector>

#include "unxref/core/utf8.hpp"

namespace unxref::rendering {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at `i`, advancing it; malformed input (bad lead or
// continuation byte, overlong form, surrogate, past U+10FFFF) yields U+FFFD
// and consumes one byte, so decoding always makes progress.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  int extra = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    extra = 1, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3, cp = lead & 0x07, min = 0x10000;
  } else {
    ++i;
    return kReplacement;
  }
  if (i + static_cast<std::size_t>(extra) >= s.size()) {
    ++i;
    return kReplacement;
  }
  for (int k = 1; k <= extra; ++k) {
    const unsigned char c = byte(i + k);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return kReplacement;
  }
  i += extra + 1;
  return cp;
}

bool is_space(char32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 || cp == 0x2028 ||
         cp == 0x2029;
}

// Characters XML 1.0 does not allow in a document, plus the C1 controls that
// only ever appear in text through mis-decoding.
bool is_dropped(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (is_dropped(cp)) continue;
    if (pending_space) out += ' ';
    pending_space = false;
    append_utf8(out, cp);
  }
  return out;
}

std::string shorten(std::string_view text, std::size_t max_code_points) {
  // Byte offset where each code point starts, up to one past the limit.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size() && starts.size() <= max_code_points;) {
    starts.push_back(i);
    next_code_point(text, i);
  }
  if (starts.size() <= max_code_points) return std::string(text);
  if (max_code_points == 0) return {};
  // Keep max-1 code points and the ellipsis; prefer a cut at a space in the
  // last third so words are not chopped, unless that would lose too much.
  std::size_t keep = max_code_points - 1;
  for (std::size_t k = keep; k > 0 && k * 3 >= keep * 2; --k) {
    if (text[starts[k]] == ' ') {
      keep = k;
      break;
    }
  }
  std::string out(text.substr(0, starts[keep]));
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';'))
    out.pop_back();
  out += "\u2026";
  return out;
}

namespace {

std::string escape_for_graphviz(std::string_view text, std::string_view backslash) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (c == '\\') {
      out += backslash;
    } else if (c == '&') {
      out += "&amp;";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string escape_label(std::string_view text) { return escape_for_graphviz(text, "\\\\"); }

std::string escape_tooltip(std::string_view text) { return escape_for_graphviz(text, "\\\\\\\\"); }

std::string dot_quote(std::string_view value) {
  std::string out = "\"";
  out.reserve(value.size() + 2);
  std::size_t run = 0;  // backslashes just written
  const auto close_run = [&] {
    // The DOT scanner reads "\\" as a kept pair and "\"" as a quote, so an
    // odd run before a quote or the end would swallow the quote.
    if (run % 2 == 1) out += '\\';
    run = 0;
  };
  for (char c : value) {
    if (c == '\\') {
      out += c;
      ++run;
      continue;
    }
    if (c == '"' || c == '\n' || c == '\r') close_run();
    run = 0;
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  close_run();
  out += '"';
  return out;
}

}  // namespace unxref::rendering
