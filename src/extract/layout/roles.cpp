#include "extract/layout/roles.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace unxref::layout {
namespace {

constexpr double kHeadingSize = 1.15;  // times the body size
constexpr std::size_t kHeadingMaxLines = 3;
constexpr std::size_t kHeadingMaxChars = 200;

bool is_bullet(std::string_view t) {
  static constexpr std::string_view kBullets[] = {
      "\xE2\x80\xA2",  // •
      "\xE2\x80\x93",  // –
      "\xE2\x80\x94",  // —
      "\xE2\x97\xA6",  // ◦
      "\xE2\x96\xAA",  // ▪
      "\xC2\xB7",      // ·
      "\xEF\x82\xB7",  // Symbol-font bullet in the private use area
      "-", "*", "o"};
  return std::find(std::begin(kBullets), std::end(kBullets), t) != std::end(kBullets);
}

bool is_roman(std::string_view s) {
  return !s.empty() && s.size() <= 5 &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::string_view("ivxlIVXL").find(c) != std::string_view::npos; });
}

// "115.2", "115.10.", "84.13": the numbers of recommendations under a
// numbered paragraph.
bool is_multilevel_number(std::string_view t) {
  if (t.ends_with(".")) t.remove_suffix(1);
  if (t.size() < 3 || t.size() > 8) return false;
  std::size_t parts = 0, run = 0;
  for (char c : t) {
    if (c == '.') {
      if (run == 0) return false;
      ++parts;
      run = 0;
    } else if (c >= '0' && c <= '9') {
      if (++run > 3) return false;
    } else {
      return false;
    }
  }
  return run > 0 && parts >= 1;
}

// "(a)", "(iv)", "(12)", "1.", "12)", "a.", "b)", "IV.", "115.2."
bool is_label(std::string_view t) {
  if (is_multilevel_number(t)) return true;
  if (t.size() < 2 || t.size() > 6) return false;
  std::string_view core = t;
  if (core.front() == '(' && core.back() == ')') {
    core = core.substr(1, core.size() - 2);
  } else if (core.back() == '.' || core.back() == ')') {
    core.remove_suffix(1);
  } else {
    return false;
  }
  if (core.empty()) return false;
  const bool digits = std::all_of(core.begin(), core.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool letter = core.size() == 1 && std::isalpha(static_cast<unsigned char>(core[0]));
  return (digits && core.size() <= 3) || letter || is_roman(core);
}

}  // namespace

bool is_label_word(std::string_view word) { return is_label(word); }

bool starts_with_list_label(const Line& line) {
  if (line.words.size() < 2) return false;
  const Word& first = line.words[0];
  const Word& next = line.words[1];
  if (first.superscript) return false;
  const double gap = next.box.x0 - first.box.x1;
  if (is_bullet(first.text)) return first.text != "o" || gap > 0.5 * line.size;
  if (!is_label(first.text)) return false;
  // "resolution 2331 (2016)" wraps to start a line with "(2016)", and a
  // sentence may wrap before "1."; a label is followed by a tab stop or
  // by a capitalised word.
  const unsigned char c = static_cast<unsigned char>(next.text[0]);
  // "115.100. Release ...": the widest numbers leave only a word space.
  return gap > 0.8 * line.size || (std::isupper(c) && (first.text.front() == '(' || is_multilevel_number(first.text)));
}

bool looks_like_heading_line(const Line& line, double body_size) {
  if (line.size >= kHeadingSize * body_size) return true;
  return line.bold && line.size >= 0.95 * body_size;
}

void assign_roles(std::vector<TextBlock*>& blocks, double body_size) {
  std::set<double, std::greater<>> heading_sizes;
  std::vector<TextBlock*> headings;
  for (TextBlock* b : blocks) {
    if (b->role != Role::body || b->lines.empty()) continue;
    // Numbered headings ("I.  Introduction") are headings first.
    std::size_t chars = 0;
    bool all_heading = true;
    for (const Line& l : b->lines) {
      chars += l.char_count();
      all_heading = all_heading && looks_like_heading_line(l, body_size);
    }
    const std::string last = b->lines.back().words.back().text;
    const bool ends_sentence_part = last.ends_with(",") || last.ends_with(";");
    if (all_heading && b->lines.size() <= kHeadingMaxLines && chars <= kHeadingMaxChars && !ends_sentence_part) {
      b->role = Role::heading;
      heading_sizes.insert(std::round(b->size * 2) / 2);
      headings.push_back(b);
    } else if (starts_with_list_label(b->lines.front())) {
      b->role = Role::list_item;
    }
  }
  for (TextBlock* b : headings) {
    const double key = std::round(b->size * 2) / 2;
    b->level = 1 + static_cast<int>(std::distance(heading_sizes.begin(), heading_sizes.find(key)));
  }
}

}  // namespace unxref::layout
