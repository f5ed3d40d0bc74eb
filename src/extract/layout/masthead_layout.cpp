#include "extract/layout/masthead_layout.hpp"

#include <algorithm>

#include "extract/layout/running_headers.hpp"
#include "extract/masthead_lines.hpp"
#include "unxref/core/un_symbol.hpp"

namespace unxref::layout {
namespace {

// Baseline distance, in font sizes, that reads as a blank line.
constexpr double kParagraphGap = 1.6;

}  // namespace

std::string apply_masthead(PageLines& first_page, DocumentMeta& meta) {
  // Lines as a text file would show them: a blank line wherever the gap
  // between two lines is wider than line spacing, so that the sponsors'
  // paragraph reads as one.
  std::vector<Line*> candidates;  // parallel to texts; nullptr for a blank
  std::vector<std::string> texts;
  const Line* prev = nullptr;
  for (Line& l : first_page.lines) {
    if (l.role != Role::body || l.rotation != 0) continue;
    if (prev && l.baseline - prev->baseline > kParagraphGap * std::max(prev->size, l.size)) {
      candidates.push_back(nullptr);
      texts.emplace_back();
    }
    candidates.push_back(&l);
    texts.push_back(l.text_with_fields());
    prev = &l;
  }
  masthead::Parsed parsed = masthead::parse(texts);
  for (std::size_t i : parsed.masthead.lines) {
    if (i >= candidates.size() || !candidates[i]) continue;
    candidates[i]->role = masthead::is_job_number_line(texts[i]) ? Role::header_footer : Role::masthead;
  }
  Masthead& m = parsed.masthead;
  if (!m.symbol.empty()) meta.symbol = m.symbol;
  if (!m.date.empty()) meta.date = m.date;
  if (!m.language.empty()) meta.language = m.language;
  if (!m.sponsors.empty()) meta.sponsors = m.sponsors;
  return parsed.sponsor_title;
}

void mark_symbol_headers(std::vector<PageLines>& pages, const std::string& symbol) {
  const std::optional<std::string> canon = symbol.empty() ? std::nullopt : canonical_un_symbol(symbol);
  for (PageLines& page : pages) {
    for (std::size_t i = 0; i < page.lines.size(); ++i) {
      Line& line = page.lines[i];
      if (line.role != Role::body) continue;
      const std::string text = line.text();
      if (masthead::is_job_number_line(text)) {
        line.role = Role::header_footer;
        continue;
      }
      if (!canon || !in_margin_band(page, i)) continue;
      bool has_symbol = false, only_furniture = true;
      for (const Word& w : line.words) {
        const std::optional<std::string> c = canonical_un_symbol(w.text);
        if (c && *c == *canon) {
          has_symbol = true;
        } else if (!is_page_number(w.text) && !masthead::is_job_number_line(w.text)) {
          only_furniture = false;
        }
      }
      if (has_symbol && only_furniture) line.role = Role::header_footer;
    }
  }
}

}  // namespace unxref::layout
