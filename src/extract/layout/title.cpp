#include "extract/layout/title.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace unxref::layout {
namespace {

// How much larger than body text a title is set, at least.
constexpr double kTitleSize = 1.25;
constexpr double kSameSize = 0.06;     // share of the size
constexpr double kLineGap = 1.7;       // baseline distance, in sizes, within a title
constexpr std::size_t kMaxTitleLines = 6;
constexpr std::size_t kMaxPartWords = 5;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The organisation's name and logo words, which stand large on many
// covers but name no document.
bool is_organisation_line(const Line& l) {
  static constexpr std::array<std::string_view, 8> kNames = {
      "united nations", "united", "nations", "general assembly", "security council", "economic and social council",
      "a", "human rights council"};
  const std::string t = lower(l.text());
  return std::find(kNames.begin(), kNames.end(), t) != kNames.end();
}

bool has_letters(const Line& l) {
  std::size_t n = 0;
  for (const Word& w : l.words) {
    for (char c : w.text) n += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  return n >= 2;
}

std::string strip_marks(std::string t) {
  while (!t.empty() && (t.back() == '*' || t.back() == ' ')) t.pop_back();
  return t;
}

bool all_capitals(const Line& l) {
  bool upper = false;
  for (const Word& w : l.words) {
    for (char c : w.text) {
      if (std::islower(static_cast<unsigned char>(c))) return false;
      upper = upper || std::isupper(static_cast<unsigned char>(c));
    }
  }
  return upper;
}

bool same_size(double a, double b) { return std::abs(a - b) <= kSameSize * std::max(a, b); }

}  // namespace

std::string page_title(const PageLines& page, double body_size, const Dehyphenator& dehyphen) {
  // Below the masthead, when there is one.
  double below = -1;
  for (const Line& l : page.lines) {
    if (l.role == Role::masthead) below = std::max(below, l.box.y1);
  }
  std::vector<const Line*> lines;
  for (const Line& l : page.lines) {
    if (l.role != Role::body || l.rotation != 0 || l.box.y0 < below || !has_letters(l) || is_organisation_line(l)) continue;
    lines.push_back(&l);
  }
  double biggest = 0;
  for (const Line* l : lines) biggest = std::max(biggest, l->size);
  if (biggest < kTitleSize * body_size) {
    // UN documents of 2008-2009 set the title centred at body size under
    // the agenda line in capitals ("UNIVERSAL PERIODIC REVIEW"); body text
    // starts at the margin.
    if (below < 0) return {};
    double margin = page.width;
    for (const Line& l : page.lines) {
      if (l.role == Role::body && l.rotation == 0) margin = std::min(margin, l.box.x0);
    }
    std::vector<const Line*> centred;
    for (const Line* l : lines) {
      if (l->box.x0 > margin + 3 * l->size && !all_capitals(*l)) centred.push_back(l);
    }
    lines.swap(centred);
    biggest = 0;
    for (const Line* l : lines) biggest = std::max(biggest, l->size);
    if (lines.empty()) return {};
  }
  std::size_t first = 0;
  while (first < lines.size() && !same_size(lines[first]->size, biggest)) ++first;
  std::string title;
  std::size_t i = first;
  for (; i < lines.size() && i < first + kMaxTitleLines; ++i) {
    const Line& l = *lines[i];
    if (!same_size(l.size, biggest)) break;
    if (i > first && l.baseline - lines[i - 1]->baseline > kLineGap * l.size) break;
    dehyphen.append_line(title, l.text());
  }
  title = strip_marks(title);
  // "Report of the Working Group on the Universal Periodic Review" / "France".
  // The part stands alone: a subtitle of two lines is no part.
  if (i < lines.size() && lines[i]->size <= biggest * (1 + kSameSize) &&
      (lines[i]->size >= kTitleSize * body_size || same_size(lines[i]->size, biggest)) &&
      lines[i]->words.size() <= kMaxPartWords &&
      (i + 1 == lines.size() || !same_size(lines[i + 1]->size, lines[i]->size))) {
    title += ": " + strip_marks(lines[i]->text());
  }
  return title;
}

}  // namespace unxref::layout
