#include "extract/layout/lines.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "extract/layout/words.hpp"

namespace unxref::layout {
namespace {

// Glyphs whose baselines differ by less than this share of the font size sit
// on one line.
constexpr double kBaselineTolerance = 0.3;
// Note markers are a few characters: "12", "*", "a".
constexpr std::size_t kMaxMarkerGlyphs = 3;

// Rotated text is laid out in its own frame, where it runs left to right, and
// its boxes are mapped back to the page afterwards.
struct Frame {
  int quarter = 0;
  double page_w = 0, page_h = 0;
  // Quarter turns as Glyph::rotation counts them: 1 runs down the page (its
  // next line lies to the left), 3 runs up (its next line to the right).
  Glyph to_frame(const Glyph& g) const {
    Glyph r = g;
    switch (quarter) {
      case 1: r.x = g.y; r.y = page_w - g.x; break;
      case 2: r.x = page_w - g.x; r.y = page_h - g.y; break;
      case 3: r.x = page_h - g.y; r.y = g.x; break;
      default: break;
    }
    return r;
  }
  Box to_page(const Box& b) const {
    switch (quarter) {
      case 1: return Box{page_w - b.y1, b.x0, page_w - b.y0, b.x1};
      case 2: return Box{page_w - b.x1, page_h - b.y1, page_w - b.x0, page_h - b.y0};
      case 3: return Box{b.y0, page_h - b.x1, b.y1, page_h - b.x0};
      default: return b;
    }
  }
};

struct Cluster {
  std::vector<const Glyph*> glyphs;
  double ref_baseline = 0;
  double size = 0;      // the size most of its characters have
  double baseline = 0;  // the baseline most of its characters sit on
  double x0 = 0, x1 = 0;
};

void measure(Cluster& c) {
  std::map<double, std::size_t> sizes, bases;
  c.x0 = c.glyphs.front()->x;
  c.x1 = c.x0;
  for (const Glyph* g : c.glyphs) {
    if (is_space_glyph(*g)) continue;
    sizes[std::round(g->size * 10) / 10] += g->text.size();
    bases[std::round(g->y * 2) / 2] += g->text.size();
    c.x0 = std::min(c.x0, g->x);
    c.x1 = std::max(c.x1, g->x + g->width);
  }
  auto most = [](const std::map<double, std::size_t>& m, double fallback) {
    if (m.empty()) return fallback;
    return std::max_element(m.begin(), m.end(), [](const auto& a, const auto& b) {
             return a.second < b.second;
           })->first;
  };
  c.size = most(sizes, c.glyphs.front()->size);
  c.baseline = most(bases, c.glyphs.front()->y);
}

bool only_spaces(const Cluster& c) {
  return std::all_of(c.glyphs.begin(), c.glyphs.end(), [](const Glyph* g) { return is_space_glyph(*g); });
}

// A cluster of small text just above (or below) a line of larger text that it
// overlaps horizontally is that line's footnote markers or exponents.
bool belongs_to(const Cluster& small, const Cluster& big) {
  if (small.size >= 0.85 * big.size) return false;
  const double dy = small.baseline - big.baseline;
  if (dy < -0.6 * big.size || dy > 0.35 * big.size) return false;
  return small.x0 < big.x1 + big.size && small.x1 > big.x0 - big.size;
}

// Short runs of small glyphs a column gap away from all of the cluster's
// text. In two columns a marker raised above a line of one column can sit
// within the baseline tolerance of the other column's line; split off, it
// folds into the line it decorates like any marker cluster.
std::vector<Cluster> split_off_markers(Cluster& c) {
  const double gap = 2 * c.size;
  std::vector<const Glyph*> text, markers;
  for (const Glyph* g : c.glyphs) {
    const bool marker = !is_space_glyph(*g) && g->size < 0.85 * c.size;
    (marker ? markers : text).push_back(g);
  }
  std::vector<const Glyph*> apart;
  for (const Glyph* m : markers) {
    bool near = false;
    for (const Glyph* g : text) {
      if (is_space_glyph(*g)) continue;
      if (g->x < m->x + m->width + gap && g->x + g->width > m->x - gap) {
        near = true;
        break;
      }
    }
    (near ? text : apart).push_back(m);
  }
  if (apart.empty() || std::none_of(text.begin(), text.end(), [](const Glyph* g) { return !is_space_glyph(*g); }))
    return {};
  std::stable_sort(apart.begin(), apart.end(), [](const Glyph* a, const Glyph* b) { return a->x < b->x; });
  std::vector<Cluster> out;
  for (const Glyph* m : apart) {
    if (out.empty() || m->x - out.back().x1 > c.size) out.push_back(Cluster{{}, m->y, 0, 0, 0, m->x});
    out.back().glyphs.push_back(m);
    out.back().x1 = std::max(out.back().x1, m->x + m->width);
  }
  // Longer small print is text of its own (a side note), not a marker.
  std::erase_if(out, [&](const Cluster& o) {
    if (o.glyphs.size() <= kMaxMarkerGlyphs) return false;
    text.insert(text.end(), o.glyphs.begin(), o.glyphs.end());
    return true;
  });
  if (out.empty()) return {};
  c.glyphs = std::move(text);
  measure(c);
  for (Cluster& o : out) measure(o);
  return out;
}

std::vector<Line> lines_in_frame(const std::vector<Glyph>& glyphs) {
  std::vector<const Glyph*> order;
  order.reserve(glyphs.size());
  for (const Glyph& g : glyphs) {
    if (std::isfinite(g.x) && std::isfinite(g.y) && std::isfinite(g.size) && std::isfinite(g.width))
      order.push_back(&g);
  }
  std::stable_sort(order.begin(), order.end(), [](const Glyph* a, const Glyph* b) { return a->y < b->y; });

  std::vector<Cluster> clusters;
  for (const Glyph* g : order) {
    if (!clusters.empty()) {
      Cluster& c = clusters.back();
      const double tol = kBaselineTolerance * std::max(std::max(g->size, c.glyphs.front()->size), 0.1);
      if (g->y - c.ref_baseline <= tol) {
        c.glyphs.push_back(g);
        continue;
      }
    }
    clusters.push_back(Cluster{{g}, g->y, 0, 0, 0, 0});
  }
  std::vector<Cluster> kept;
  for (Cluster& c : clusters) {
    if (only_spaces(c)) continue;
    measure(c);
    std::vector<Cluster> markers = split_off_markers(c);
    kept.push_back(std::move(c));
    for (Cluster& m : markers) kept.push_back(std::move(m));
  }

  // Fold marker clusters into the neighbouring line they decorate.
  std::vector<bool> folded(kept.size(), false);
  for (std::size_t i = 0; i < kept.size(); ++i) {
    for (std::size_t j : {i + 1, i - 1}) {
      if (j >= kept.size() || folded[j] || folded[i]) continue;
      if (!belongs_to(kept[i], kept[j])) continue;
      kept[j].glyphs.insert(kept[j].glyphs.end(), kept[i].glyphs.begin(), kept[i].glyphs.end());
      folded[i] = true;
    }
  }

  std::vector<Line> lines;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (folded[i]) continue;
    Cluster& c = kept[i];
    std::stable_sort(c.glyphs.begin(), c.glyphs.end(), [](const Glyph* a, const Glyph* b) { return a->x < b->x; });
    Line line;
    line.words = split_words(c.glyphs, c.size, c.baseline);
    if (line.words.empty()) continue;
    refresh_line(line);
    lines.push_back(std::move(line));
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.baseline < b.baseline; });
  return lines;
}

}  // namespace

std::vector<Line> build_lines(const PageGlyphs& page) {
  std::map<int, std::vector<Glyph>> by_rotation;
  for (const Glyph& g : page.glyphs) {
    const int q = ((g.rotation % 4) + 4) % 4;
    by_rotation[q].push_back(g);
  }
  std::vector<Line> out;
  for (auto& [quarter, glyphs] : by_rotation) {
    Frame frame{quarter, page.width, page.height};
    if (quarter != 0) {
      for (Glyph& g : glyphs) g = frame.to_frame(g);
    }
    std::vector<Line> lines = lines_in_frame(glyphs);
    if (quarter != 0) {
      for (Line& l : lines) {
        for (Word& w : l.words) w.box = frame.to_page(w.box);
        l.box = frame.to_page(l.box);
        l.baseline = l.box.y1;
        l.rotation = quarter;
      }
    }
    out.insert(out.end(), std::make_move_iterator(lines.begin()), std::make_move_iterator(lines.end()));
  }
  return out;
}

}  // namespace unxref::layout
