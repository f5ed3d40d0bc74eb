#include "extract/layout/footnotes.hpp"

#include <algorithm>

namespace unxref::layout {
namespace {

// Footnote text is printed smaller than the body (UN style: 9 pt under 10 pt
// body text), and starts below the top part of the page.
constexpr double kSmallerThanBody = 0.93;
constexpr double kTopmostStart = 0.4;

bool is_marker_text(std::string_view t) {
  if (t.ends_with(".") || t.ends_with(")")) t.remove_suffix(1);
  if (t.empty() || t.size() > 3) {
    return t == "\xE2\x80\xA0" || t == "\xE2\x80\xA1";  // dagger, double dagger
  }
  return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
         std::all_of(t.begin(), t.end(), [](char c) { return c == '*'; });
}

// Length of a note number printed flush against the note's first word at
// the same size ("1See General Assembly ..."), or 0.
std::size_t glued_marker(std::string_view t) {
  std::size_t n = 0;
  while (n < t.size() && n < 3 && t[n] >= '0' && t[n] <= '9') ++n;
  if (n == 0 || n >= t.size()) return 0;
  const unsigned char next = static_cast<unsigned char>(t[n]);
  return (next >= 'A' && next <= 'Z') ? n : 0;
}

void split_glued_marker(Line& line) {
  if (line.words.empty()) return;
  Word& first = line.words.front();
  const std::size_t n = glued_marker(first.text);
  if (n == 0) return;
  Word marker = first;
  marker.text = first.text.substr(0, n);
  // Digits are about half an em wide in text fonts.
  const double cut = std::min(first.box.x0 + 0.5 * first.size * static_cast<double>(n), first.box.x1);
  marker.box.x1 = cut;
  first.text.erase(0, n);
  first.box.x0 = cut;
  line.words.insert(line.words.begin(), std::move(marker));
}

}  // namespace

bool starts_with_note_marker(const Line& line) {
  if (line.words.empty()) return false;
  const Word& first = line.words.front();
  if (glued_marker(first.text) > 0) return true;
  if (line.words.size() < 2) return false;
  if (first.superscript) return true;
  return is_marker_text(first.text);
}

namespace {

bool is_separator(const Line& line) {
  const std::string t = line.text();
  return t.size() >= 5 && t.find_first_not_of('_') == std::string::npos;
}

bool is_star(std::string_view t) { return t == "*" || t == "\xE2\x88\x97"; }  // '*', U+2217

// UN reports put their "*" notes (reissue, "circulated as received") at the
// foot of the first page, at body size, often under a typed rule of
// underscores: from the first such note down, the page is notes.
bool mark_star_notes(std::vector<Line*>& body, const PageLines& page) {
  for (std::size_t i = 0; i < body.size(); ++i) {
    const Line& l = *body[i];
    if (page.number != 1 || l.box.y0 < page.height / 2 || l.words.size() < 2 || !is_star(l.words.front().text)) continue;
    for (std::size_t k = i; k < body.size(); ++k) body[k]->role = Role::footnote;
    if (i > 0 && is_separator(*body[i - 1])) body[i - 1]->role = Role::header_footer;
    return true;
  }
  return false;
}

}  // namespace

void mark_footnotes(PageLines& page, double body_size) {
  if (body_size <= 0) return;
  std::vector<Line*> body;
  for (Line& l : page.lines) {
    if (l.role == Role::body && l.rotation == 0) body.push_back(&l);
  }
  // A typed rule of underscores opens the notes of Word documents printed
  // before Word drew the rule as a line.
  for (std::size_t i = 0; i + 1 < body.size(); ++i) {
    if (is_separator(*body[i]) && body[i]->box.y0 > page.height / 2 && starts_with_note_marker(*body[i + 1])) {
      body[i]->role = Role::header_footer;
      for (std::size_t k = i + 1; k < body.size(); ++k) {
        body[k]->role = Role::footnote;
        split_glued_marker(*body[k]);
      }
      return;
    }
  }
  if (mark_star_notes(body, page)) return;
  std::size_t top = body.size();
  while (top > 0 && body[top - 1]->size < kSmallerThanBody * body_size) --top;
  // Nothing above the run at body size: the whole page is small print.
  if (top == body.size() || top == 0) return;
  // The run may open with a continued footnote from the previous page; the
  // first marker decides where the notes begin.
  std::size_t first = top;
  while (first < body.size() && !starts_with_note_marker(*body[first])) ++first;
  if (first == body.size() || first > top + 2) return;
  if (body[top]->box.y0 < kTopmostStart * page.height) return;
  for (std::size_t i = top; i < body.size(); ++i) {
    body[i]->role = Role::footnote;
    split_glued_marker(*body[i]);
  }
}

}  // namespace unxref::layout
