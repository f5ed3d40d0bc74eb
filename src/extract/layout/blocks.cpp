#include "extract/layout/blocks.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "extract/layout/footnotes.hpp"

namespace unxref::layout {
namespace {

// Baseline-to-baseline distance above which lines are apart, as a multiple of
// the font size (single spacing is about 1.15-1.2).
constexpr double kParagraphPitch = 1.45;
constexpr double kSizeChange = 0.12;
constexpr double kIndent = 1.0;       // ems
constexpr double kShortLine = 4.0;    // ems short of the right margin

bool starts_like_sentence(const Line& line) {
  const std::string& t = line.words.front().text;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  return std::isupper(c) || std::isdigit(c) || c == '(' || c >= 0x80 || c == '"';
}

double block_size(const TextBlock& b) {
  std::map<double, std::size_t> sizes;
  for (const Line& l : b.lines) sizes[l.size] += l.char_count();
  return std::max_element(sizes.begin(), sizes.end(), [](const auto& a, const auto& c) {
           return a.second < c.second;
         })->first;
}

}  // namespace

bool starts_new_block(const TextBlock& block, const Line& prev, const Line& line, double right_edge) {
  const double em = std::max(std::max(prev.size, line.size), 0.1);
  if (line.baseline - prev.baseline > kParagraphPitch * em) return true;
  if (line.baseline < prev.baseline - 0.5 * em) return true;  // flow went back up
  if (std::abs(line.size - prev.size) > kSizeChange * em) return true;
  if (line.bold != prev.bold) return true;
  if (starts_with_list_label(line)) return true;
  const bool hanging_continuation =
      block.lines.size() == 1 && starts_with_list_label(prev) &&
      std::abs(line.box.x0 - prev.words[1].box.x0) < kIndent * em;
  if (line.box.x0 > prev.box.x0 + kIndent * em && !hanging_continuation) return true;
  if (prev.box.x1 < right_edge - kShortLine * em && starts_like_sentence(line)) {
    // A hyphen at the end means the word goes on: the line is short only
    // because the next word did not fit.
    const std::string& last = prev.words.back().text;
    if (!last.ends_with("-")) return true;
  }
  return false;
}

std::vector<TextBlock> group_blocks(const std::vector<Line>& flow, bool notes) {
  std::vector<TextBlock> out;
  double right_edge = 0;
  for (const Line& l : flow) right_edge = std::max(right_edge, l.box.x1);
  for (const Line& line : flow) {
    bool fresh = out.empty();
    if (!fresh) {
      const Line& prev = out.back().lines.back();
      fresh = notes ? starts_with_note_marker(line) || line.baseline - prev.baseline > 2 * kParagraphPitch * line.size
                    : starts_new_block(out.back(), prev, line, right_edge);
    }
    if (fresh) {
      TextBlock b;
      b.box = line.box;
      out.push_back(std::move(b));
    }
    TextBlock& b = out.back();
    b.box = unite(b.box, line.box);
    b.lines.push_back(line);
  }
  for (TextBlock& b : out) b.size = block_size(b);
  return out;
}

}  // namespace unxref::layout
