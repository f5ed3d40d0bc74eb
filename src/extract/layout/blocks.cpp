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
  // Not digits: a wrapped "21 January 2013" is no new paragraph, and a
  // numbered item announces itself by its label.
  return std::isupper(c) || c == '(' || c >= 0x80 || c == '"';
}

// The share of the line's text (after a leading number) set in bold: a
// paragraph number is set in the body font before a bold recommendation
// ("120.1  Ratify ..."), and the recommending State after it in roman
// ("... Disappearance (Argentina);").
double bold_share(const Line& line) {
  const unsigned char lead = static_cast<unsigned char>(line.words.front().text.front());
  const std::size_t from = std::isdigit(lead) || lead == '(' ? 1 : 0;
  if (line.words.size() <= from) return line.bold ? 1 : 0;
  std::size_t bold = 0, all = 0;
  for (std::size_t i = from; i < line.words.size(); ++i) {
    const Word& w = line.words[i];
    if (w.superscript) continue;
    all += w.text.size();
    if (w.bold) bold += w.text.size();
  }
  return all ? static_cast<double>(bold) / static_cast<double>(all) : 0;
}

// A change from bold to roman text or back, not a line that mixes both.
bool weight_changes(const Line& prev, const Line& line) {
  const double a = bold_share(prev), b = bold_share(line);
  return (a >= 0.75 && b <= 0.25) || (a <= 0.25 && b >= 0.75);
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
  if (line.bold != prev.bold && weight_changes(prev, line)) return true;
  if (starts_with_list_label(line)) return true;
  // A numbered paragraph with a hanging indent: its second line starts
  // under the first line's text, however close the number sits to it.
  const bool hanging_continuation =
      block.lines.size() == 1 && prev.words.size() >= 2 && is_label_word(prev.words[0].text) &&
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
  // The right margin is where the widest few lines end: one line jutting
  // out (a footer beside the page number, a wide table row) must not make
  // every other line look short.
  std::vector<double> ends;
  for (const Line& l : flow) ends.push_back(l.box.x1);
  std::sort(ends.begin(), ends.end(), std::greater<>());
  const double right_edge = ends.empty() ? 0 : ends[std::min<std::size_t>(2, ends.size() - 1)];
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
