#include "extract/layout/columns.hpp"

#include <algorithm>
#include <map>

namespace unxref::layout {
namespace {

// Word gaps narrower than this share of the font size count as ink, so only
// tab stops and column gaps stay white.
constexpr double kInkGap = 1.0;
// A column: at least this many lines on each side, this many body-size ems
// wide on average.
constexpr std::size_t kMinColumnLines = 3;
constexpr double kMinColumnWidth = 5.0;
// Horizontal resolution of the search, in bins across the text's width.
constexpr double kMaxBins = 600;

struct Ink {
  std::vector<std::pair<double, double>> spans;  // sorted, disjoint
  std::vector<double> before;                    // width of spans[0..i)
  double total = 0;
};

Ink ink_of(const Line& line) {
  Ink ink;
  const double join = kInkGap * std::max(line.size, 0.1);
  for (const Word& w : line.words) {
    if (!ink.spans.empty() && w.box.x0 - ink.spans.back().second < join) {
      ink.spans.back().second = std::max(ink.spans.back().second, w.box.x1);
    } else {
      ink.spans.emplace_back(w.box.x0, w.box.x1);
    }
  }
  for (const auto& s : ink.spans) {
    ink.before.push_back(ink.total);
    ink.total += s.second - s.first;
  }
  return ink;
}

struct Run {
  std::size_t first = 0, last = 0;
  std::size_t left_lines = 0, right_lines = 0;
  double left_width = 0, right_width = 0;
  bool qualifies(double body) const {
    return left_lines >= kMinColumnLines && right_lines >= kMinColumnLines &&
           left_width / static_cast<double>(left_lines) >= kMinColumnWidth * body &&
           right_width / static_cast<double>(right_lines) >= kMinColumnWidth * body;
  }
};

}  // namespace

std::vector<Gutter> find_gutters(const std::vector<Line>& lines, double body_size) {
  if (lines.size() < 2 * kMinColumnLines || body_size <= 0) return {};
  std::vector<Ink> inks;
  inks.reserve(lines.size());
  double lo = lines.front().box.x0, hi = lines.front().box.x1;
  for (const Line& l : lines) {
    inks.push_back(ink_of(l));
    lo = std::min(lo, l.box.x0);
    hi = std::max(hi, l.box.x1);
  }
  const double step = std::max(1.0, (hi - lo) / kMaxBins);

  // For every qualifying run, the x positions where it is white.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<double>> runs;
  for (double x = lo + step / 2; x < hi; x += step) {
    Run run;
    bool open = false;
    auto close = [&] {
      if (open && run.qualifies(body_size)) runs[{run.first, run.last}].push_back(x);
      open = false;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Ink& ink = inks[i];
      auto it = std::lower_bound(ink.spans.begin(), ink.spans.end(), x,
                                 [](const auto& s, double v) { return s.second < v; });
      const std::size_t k = static_cast<std::size_t>(it - ink.spans.begin());
      if (it != ink.spans.end() && it->first <= x) {
        close();
        continue;
      }
      if (!open) {
        run = Run{i, i, 0, 0, 0, 0};
        open = true;
      }
      run.last = i;
      const double left = k < ink.before.size() ? ink.before[k] : ink.total;
      const double right = ink.total - left;
      if (left > 0) {
        ++run.left_lines;
        run.left_width += left;
      }
      if (right > 0) {
        ++run.right_lines;
        run.right_width += right;
      }
    }
    close();
  }

  // Each run's gutter is the middle of its widest stretch of white bins.
  struct Candidate {
    Gutter g;
    double width;
  };
  std::vector<Candidate> cands;
  for (const auto& [range, xs] : runs) {
    std::size_t best_from = 0, best_len = 0;
    for (std::size_t a = 0; a < xs.size();) {
      std::size_t b = a + 1;
      while (b < xs.size() && xs[b] - xs[b - 1] < 1.5 * step) ++b;
      if (b - a > best_len) {
        best_from = a;
        best_len = b - a;
      }
      a = b;
    }
    const double x = (xs[best_from] + xs[best_from + best_len - 1]) / 2;
    cands.push_back({Gutter{x, range.first, range.second}, static_cast<double>(best_len) * step});
  }
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    const std::size_t la = a.g.last - a.g.first, lb = b.g.last - b.g.first;
    return la != lb ? la > lb : a.width > b.width;
  });
  std::vector<Gutter> out;
  for (const Candidate& c : cands) {
    bool ok = true;
    for (const Gutter& g : out) {
      const bool overlap = c.g.first <= g.last && g.first <= c.g.last;
      if (!overlap) continue;
      // Several gutters over the same lines: three or more columns.
      const bool same_rows = c.g.first == g.first && c.g.last == g.last;
      if (!same_rows || std::abs(c.g.x - g.x) < 2 * body_size) ok = false;
    }
    if (ok) out.push_back(c.g);
  }
  std::sort(out.begin(), out.end(), [](const Gutter& a, const Gutter& b) {
    return a.first != b.first ? a.first < b.first : a.x < b.x;
  });
  return out;
}

std::vector<std::vector<Line>> column_flows(const std::vector<Line>& lines, double body_size) {
  const std::vector<Gutter> gutters = find_gutters(lines, body_size);
  std::vector<std::vector<Line>> flows;
  std::vector<Line> full_width;
  auto flush = [&] {
    if (!full_width.empty()) flows.push_back(std::move(full_width));
    full_width.clear();
  };
  std::size_t gi = 0;
  for (std::size_t i = 0; i < lines.size();) {
    while (gi < gutters.size() && gutters[gi].first < i) ++gi;
    if (gi < gutters.size() && gutters[gi].first == i) {
      std::vector<double> cuts;
      const std::size_t last = gutters[gi].last;
      while (gi < gutters.size() && gutters[gi].first == i) cuts.push_back(gutters[gi++].x);
      flush();
      std::vector<std::vector<Line>> columns(cuts.size() + 1);
      for (std::size_t k = i; k <= last; ++k) {
        std::vector<Line> parts(cuts.size() + 1);
        for (const Word& w : lines[k].words) {
          const double mid = (w.box.x0 + w.box.x1) / 2;
          const std::size_t col = static_cast<std::size_t>(std::upper_bound(cuts.begin(), cuts.end(), mid) - cuts.begin());
          parts[col].words.push_back(w);
        }
        for (std::size_t col = 0; col < parts.size(); ++col) {
          if (parts[col].words.empty()) continue;
          parts[col].role = lines[k].role;
          parts[col].rotation = lines[k].rotation;
          refresh_line(parts[col]);
          columns[col].push_back(std::move(parts[col]));
        }
      }
      for (auto& c : columns) {
        if (!c.empty()) flows.push_back(std::move(c));
      }
      i = last + 1;
      continue;
    }
    full_width.push_back(lines[i]);
    ++i;
  }
  flush();
  return flows;
}

}  // namespace unxref::layout
