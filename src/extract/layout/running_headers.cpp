#include "extract/layout/running_headers.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace unxref::layout {
namespace {

// Margin bands as a share of the page height, and how many lines at each end
// of a page may be running text. UN reports on A4 print the page number
// about 85 pt above the foot (10.6% of the page).
constexpr double kTopBandShare = 0.1;
constexpr double kBottomBandShare = 0.125;
constexpr std::size_t kEdgeLines = 3;

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_roman(std::string_view s) {
  return !s.empty() && s.size() <= 6 && std::all_of(s.begin(), s.end(), [](char c) {
    return std::string_view("ivxlcIVXLC").find(c) != std::string_view::npos;
  });
}

std::string collapse(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

enum class Band { none, top, bottom };

Band band_of(const PageLines& page, std::size_t i) {
  const Line& l = page.lines[i];
  const double mid = (l.box.y0 + l.box.y1) / 2;
  const std::size_t n = page.lines.size();
  // Lines are top to bottom, so the band test and the edge test agree.
  if (mid < kTopBandShare * page.height && i < kEdgeLines) return Band::top;
  if (mid > (1 - kBottomBandShare) * page.height && i + kEdgeLines >= n) return Band::bottom;
  return Band::none;
}

}  // namespace

bool is_page_number(std::string_view raw) {
  std::string t = collapse(raw);
  std::string_view s = t;
  if (s.empty()) return false;
  // "- 3 -", "– 3 –", "[3]", "(3)"
  auto strip = [&](std::string_view open, std::string_view close) {
    if (s.starts_with(open) && s.ends_with(close) && s.size() > open.size() + close.size()) {
      s = s.substr(open.size(), s.size() - open.size() - close.size());
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
      while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    }
  };
  strip("-", "-");
  strip("\xE2\x80\x93", "\xE2\x80\x93");
  strip("\xE2\x80\x94", "\xE2\x80\x94");
  strip("[", "]");
  strip("(", ")");
  std::string lowered(s);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::string_view l = lowered;
  if (l.starts_with("page ")) l.remove_prefix(5);
  if (all_digits(l)) return l.size() <= 4;
  if (is_roman(l)) return true;
  const std::size_t slash = l.find('/');
  if (slash != std::string_view::npos) {
    std::string_view a = l.substr(0, slash), b = l.substr(slash + 1);
    while (!a.empty() && a.back() == ' ') a.remove_suffix(1);
    while (!b.empty() && b.front() == ' ') b.remove_prefix(1);
    return all_digits(a) && all_digits(b) && a.size() <= 4 && b.size() <= 4;
  }
  const std::size_t of = l.find(" of ");
  if (of != std::string_view::npos) {
    return all_digits(l.substr(0, of)) && all_digits(l.substr(of + 4)) && of <= 4;
  }
  return false;
}

std::string running_key(std::string_view text) {
  std::string out;
  bool in_digits = false;
  for (char c : collapse(text)) {
    if (c >= '0' && c <= '9') {
      if (!in_digits) out += '#';
      in_digits = true;
      continue;
    }
    in_digits = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool in_margin_band(const PageLines& page, std::size_t line_index) {
  return band_of(page, line_index) != Band::none;
}

void mark_running_lines(std::vector<PageLines>& pages) {
  // key -> pages on which it appears, per band
  std::map<std::pair<Band, std::string>, std::set<int>> seen;
  for (const PageLines& page : pages) {
    for (std::size_t i = 0; i < page.lines.size(); ++i) {
      const Band band = band_of(page, i);
      if (band == Band::none) continue;
      seen[{band, running_key(page.lines[i].text())}].insert(page.number);
    }
  }
  for (PageLines& page : pages) {
    for (std::size_t i = 0; i < page.lines.size(); ++i) {
      const Band band = band_of(page, i);
      if (band == Band::none) continue;
      Line& line = page.lines[i];
      const std::string text = line.text();
      if (is_page_number(text) || seen[{band, running_key(text)}].size() >= 2) line.role = Role::header_footer;
    }
  }
}

}  // namespace unxref::layout
