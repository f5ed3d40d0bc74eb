#include "extract/layout/model.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace unxref::layout {

Box unite(const Box& a, const Box& b) {
  return Box{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

std::string Line::text() const {
  std::string out;
  for (const Word& w : words) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

std::string Line::text_with_fields() const {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      const double gap = words[i].box.x0 - words[i - 1].box.x1;
      out += gap > 1.5 * std::max(size, 1.0) ? "  " : " ";
    }
    out += words[i].text;
  }
  return out;
}

std::size_t Line::char_count() const {
  std::size_t n = 0;
  for (const Word& w : words) n += w.text.size();
  return n;
}

void refresh_line(Line& line) {
  if (line.words.empty()) return;
  line.box = line.words.front().box;
  // The line's size and baseline are those of most of its text, so that a
  // large initial or a footnote marker does not define the line.
  std::map<double, std::size_t> by_size;
  std::map<double, std::size_t> by_base;
  bool all_bold = true;
  bool any_normal = false;
  for (const Word& w : line.words) {
    line.box = unite(line.box, w.box);
    if (w.superscript) continue;
    any_normal = true;
    by_size[std::round(w.size * 10) / 10] += w.text.size();
    by_base[std::round(w.baseline * 2) / 2] += w.text.size();
    all_bold = all_bold && w.bold;
  }
  if (!any_normal) {
    for (const Word& w : line.words) {
      by_size[std::round(w.size * 10) / 10] += w.text.size();
      by_base[std::round(w.baseline * 2) / 2] += w.text.size();
    }
    all_bold = false;
  }
  auto most = [](const std::map<double, std::size_t>& m) {
    return std::max_element(m.begin(), m.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
  };
  line.size = most(by_size);
  line.baseline = most(by_base);
  line.bold = all_bold;
}

}  // namespace unxref::layout
