#include "extract/text/markdown_lines.hpp"

#include <cctype>

namespace unxref::text {
namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Strips up to three leading spaces; nullopt if the line is indented more
// (such lines continue what is above rather than open a block).
std::optional<std::string_view> up_to_three_spaces(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  if (n > 3) return std::nullopt;
  return line.substr(n);
}

bool is_roman(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (char c : s)
    if (std::string_view("ivxlc").find(c) == std::string_view::npos) return false;
  return true;
}

}  // namespace

std::string_view trim(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const std::size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

std::optional<AtxHeading> match_atx_heading(std::string_view line) {
  auto rest = up_to_three_spaces(line);
  if (!rest) return std::nullopt;
  std::size_t level = 0;
  while (level < rest->size() && (*rest)[level] == '#') ++level;
  if (level == 0 || level > 6) return std::nullopt;
  std::string_view text = rest->substr(level);
  if (!text.empty() && text[0] != ' ' && text[0] != '\t') return std::nullopt;  // "#hashtag"
  text = trim(text);
  // A closing sequence of #s counts only when a space separates it.
  const std::size_t last = text.find_last_not_of('#');
  if (last == std::string_view::npos) {
    text = {};
  } else if (last + 1 < text.size() && (text[last] == ' ' || text[last] == '\t')) {
    text = trim(text.substr(0, last));
  }
  return AtxHeading{static_cast<int>(level), text};
}

bool is_thematic_break(std::string_view line) {
  auto rest = up_to_three_spaces(line);
  if (!rest || rest->empty()) return false;
  const char c = (*rest)[0];
  if (c != '-' && c != '*' && c != '_') return false;
  int count = 0;
  for (char x : *rest) {
    if (x == c) {
      ++count;
    } else if (x != ' ' && x != '\t') {
      return false;
    }
  }
  return count >= 3;
}

int setext_level(std::string_view line) {
  auto rest = up_to_three_spaces(line);
  if (!rest) return 0;
  const std::string_view t = trim(*rest);
  if (t.empty()) return 0;
  if (t.find_first_not_of('=') == std::string_view::npos) return 1;
  if (t.find_first_not_of('-') == std::string_view::npos) return 2;
  return 0;
}

std::optional<ListItem> match_list_item(std::string_view line) {
  const std::string_view t = trim(line);
  auto after = [&](std::size_t n) -> std::optional<std::string_view> {
    if (n >= t.size()) return std::string_view{};  // an empty item
    if (t[n] != ' ' && t[n] != '\t') return std::nullopt;
    return trim(t.substr(n));
  };
  if (t.empty()) return std::nullopt;
  if (t[0] == '-' || t[0] == '*' || t[0] == '+') {
    if (auto text = after(1); text && !text->empty()) return ListItem{ListMarker::bullet, t.substr(0, 1), *text};
    return std::nullopt;
  }
  if (t.starts_with("\xE2\x80\xA2")) {  // •
    if (auto text = after(3)) return ListItem{ListMarker::bullet, t.substr(0, 3), *text};
    return std::nullopt;
  }
  if (digit(t[0])) {
    std::size_t n = 0;
    while (n < t.size() && digit(t[n])) ++n;
    if (n > 3 || n >= t.size() || (t[n] != '.' && t[n] != ')')) return std::nullopt;
    auto text = after(n + 1);
    if (!text || text->empty()) return std::nullopt;
    return ListItem{t.substr(0, n) == "1" ? ListMarker::number_one : ListMarker::number, t.substr(0, n + 1), *text};
  }
  if (t[0] == '(') {
    const std::size_t close = t.find(')');
    if (close == std::string_view::npos || close < 2) return std::nullopt;
    const std::string_view label = t.substr(1, close - 1);
    const bool letter = label.size() == 1 && std::islower(static_cast<unsigned char>(label[0]));
    bool number = label.size() <= 2;
    for (char c : label) number = number && digit(c);
    if (!letter && !number && !is_roman(label)) return std::nullopt;
    auto text = after(close + 1);
    if (!text || text->empty()) return std::nullopt;
    return ListItem{ListMarker::letter, t.substr(0, close + 1), *text};
  }
  return std::nullopt;
}

std::optional<FootnoteStart> match_footnote_definition(std::string_view line) {
  auto rest = up_to_three_spaces(line);
  if (!rest || !rest->starts_with("[^")) return std::nullopt;
  const std::size_t close = rest->find("]:");
  if (close == std::string_view::npos || close < 3) return std::nullopt;
  const std::string_view label = rest->substr(2, close - 2);
  if (label.find_first_of(" \t[]") != std::string_view::npos) return std::nullopt;
  return FootnoteStart{label, trim(rest->substr(close + 2))};
}

std::optional<FootnoteStart> match_sup_footnote(std::string_view line) {
  const std::string_view t = trim(line);
  if (!t.starts_with("<sup>")) return std::nullopt;
  const std::size_t close = t.find("</sup>");
  if (close == std::string_view::npos || close <= 5 || close > 12) return std::nullopt;
  const std::string_view label = trim(t.substr(5, close - 5));
  if (label.empty()) return std::nullopt;
  for (char c : label)
    if (!digit(c) && c != '*') return std::nullopt;
  return FootnoteStart{label, trim(t.substr(close + 6))};
}

bool is_code_fence(std::string_view line) {
  auto rest = up_to_three_spaces(line);
  return rest && (rest->starts_with("```") || rest->starts_with("~~~"));
}

bool is_table_delimiter_row(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.find('-') == std::string_view::npos || t.find('|') == std::string_view::npos) return false;
  return t.find_first_not_of("|-: \t") == std::string_view::npos;
}

}  // namespace unxref::text
