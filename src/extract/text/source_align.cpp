#include "extract/text/source_align.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace unxref::text {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

std::size_t char_length(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t len = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  return std::min(len, s.size() - i);
}

// Markup a reader drops inside running text: emphasis, code, strike-out
// and escape characters, footnote references "[^1]", the brackets and
// target of a link "[text](url)", HTML tags. Skipped when comparing, so that
// "on.[^1] Article" agrees with "on. Article" and the walk does not look for
// a later "on. A".
bool is_inline_markup(char c) { return c == '*' || c == '_' || c == '~' || c == '`' || c == '\\' || c == '['; }

std::size_t skip_markup(std::string_view src, std::size_t k, char wanted) {
  while (k < src.size() && src[k] != wanted) {
    const std::string_view rest = src.substr(k);
    std::size_t close = std::string_view::npos;
    if (rest.starts_with("[^")) {
      close = rest.find(']');
    } else if (rest.starts_with("](")) {
      close = rest.find(')');
    } else if (rest.size() > 1 && rest[0] == '<' && (std::isalpha(static_cast<unsigned char>(rest[1])) || rest[1] == '/')) {
      close = rest.find('>');
    } else if (is_inline_markup(rest[0])) {
      close = 0;
    }
    if (close == std::string_view::npos || close > 300) break;
    k += close + 1;
  }
  return k;
}

// Whether `shown` from byte i agrees with `src` from byte k for `chars`
// characters (or to the end of `shown`): bytes equal, one space of `shown`
// against a run of white space of `src`, inline markup of `src` skipped.
bool agrees(std::string_view shown, std::size_t i, std::string_view src, std::size_t k, int chars) {
  for (int n = 0; n < chars && i < shown.size(); ++n) {
    if (n > 0) k = skip_markup(src, k, shown[i]);
    if (k >= src.size()) return false;
    if (shown[i] == ' ') {
      if (!is_space(src[k])) return false;
      while (k < src.size() && is_space(src[k])) ++k;
      ++i;
      continue;
    }
    const std::size_t len = char_length(shown, i);
    if (src.substr(k, len) != shown.substr(i, len)) return false;
    i += len;
    k += len;
  }
  return true;
}

// How far ahead a character is looked for: far enough to pass a link's URL
// or an HTML tag, near enough that a character the reader made up (a
// decoded entity) is not matched to the same character in a later sentence.
// A near match is preferred, agreeing on a few characters if one does,
// else on the character alone (markup the comparison does not know may
// follow it); a far one must agree on a few.
constexpr std::size_t kNearWindow = 12;
constexpr std::size_t kFarWindow = 400;
constexpr int kAgreement = 4;

// The first k in [from, to) where `shown` from i agrees with `src` for
// `chars` characters, or npos.
std::size_t find_agreeing(std::string_view shown, std::size_t i, std::string_view src, std::size_t from,
                          std::size_t to, int chars) {
  to = std::min(to, src.size());
  for (std::size_t k = from; k < to; ++k)
    if (src[k] == shown[i] && agrees(shown, i, src, k, chars)) return k;
  return std::string_view::npos;
}

}  // namespace

OffsetMap align_to_source(std::string_view shown, const CleanSource& source, std::size_t lo, std::size_t hi) {
  const std::string_view src = source.text.substr(lo, hi - lo);
  OffsetMap map;
  const auto file_of = [&](std::size_t k) { return static_cast<std::uint32_t>(source.to_file.to_original(lo + k)); };
  // Maps shown [i, i + n) to source [j, j + n) byte for byte: one run for
  // each stretch the file map keeps contiguous.
  const auto copy = [&](std::size_t i, std::size_t j, std::size_t n) {
    while (n > 0) {
      if (source.to_file.standing_at(lo + j)) {  // a UTF-16 file: each byte stands for its code unit
        map.push_standing(static_cast<std::uint32_t>(i), file_of(j));
        ++i;
        ++j;
        --n;
        continue;
      }
      const std::size_t piece = std::min(n, source.to_file.contiguous_from(lo + j));
      map.push(static_cast<std::uint32_t>(i), file_of(j));
      // The second byte too: after a character that stood still at this
      // offset, the first push only extends that standing run.
      if (piece > 1) map.push(static_cast<std::uint32_t>(i + 1), file_of(j + 1));
      i += piece;
      j += piece;
      n -= piece;
    }
  };
  std::size_t j = 0;  // next unconsumed source byte
  for (std::size_t i = 0; i < shown.size();) {
    const auto at = static_cast<std::uint32_t>(i);
    if (shown[i] == ' ') {
      // A collapsed run of white space, perhaps after markup ("word* next"):
      // it starts where the walk is; the walk moves past the run.
      map.push(at, file_of(j));
      const std::size_t k = skip_markup(src, j, ' ');
      if (k < src.size() && is_space(src[k])) j = k;
      while (j < src.size() && is_space(src[j])) ++j;
      ++i;
      continue;
    }
    // Most text is copied as it was: take the bytes that agree where the
    // walk is (whole characters), and look ahead only where they do not.
    std::size_t same = 0;
    while (i + same < shown.size() && j + same < src.size() && shown[i + same] != ' ' &&
           shown[i + same] == src[j + same])
      ++same;
    while (same > 0 && i + same < shown.size() && (static_cast<unsigned char>(shown[i + same]) & 0xC0) == 0x80) --same;
    if (same > 0) {
      copy(i, j, same);
      i += same;
      j += same;
      continue;
    }
    const std::size_t len = char_length(shown, i);
    std::size_t found = find_agreeing(shown, i, src, j, j + kNearWindow, kAgreement);
    if (found == std::string_view::npos) found = find_agreeing(shown, i, src, j, j + kNearWindow, 1);
    if (found == std::string_view::npos) found = find_agreeing(shown, i, src, j + kNearWindow, j + kFarWindow, kAgreement);
    if (found == std::string_view::npos) {
      // Not in the source as written (an entity decoded, a label added):
      // it stands where the walk is.
      for (std::size_t b = 0; b < len; ++b) map.push_standing(static_cast<std::uint32_t>(i + b), file_of(j));
      // An HTML entity where the walk is ("&mdash;") is what it was decoded
      // from: it is consumed, so the character's span covers it.
      if (j < src.size() && src[j] == '&') {
        const std::size_t semi = src.find(';', j);
        if (semi != std::string_view::npos && semi - j <= 10) j = semi + 1;
      }
    } else {
      copy(i, found, len);
      j = found + len;
    }
    i += len;
  }
  map.finish(static_cast<std::uint32_t>(shown.size()), file_of(j));
  return map;
}

}  // namespace unxref::text
