// layout_document(): the geometric pipeline from positioned glyphs to the
// Document's blocks, in reading order.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

#include "extract/layout/blocks.hpp"
#include "extract/layout/columns.hpp"
#include "extract/layout/footnotes.hpp"
#include "extract/layout/hyphenation.hpp"
#include "extract/layout/lines.hpp"
#include "extract/layout/masthead_layout.hpp"
#include "extract/layout/roles.hpp"
#include "extract/layout/running_headers.hpp"
#include "extract/layout/tagged.hpp"
#include "extract/layout/title.hpp"
#include "unxref/core/un_symbol.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref {
namespace {

using layout::Line;
using layout::PageLines;
using layout::TextBlock;

// The size most of the document's characters are set in.
double body_size_of(const std::vector<PageLines>& pages) {
  std::map<double, std::size_t> sizes;
  for (const PageLines& p : pages) {
    for (const Line& l : p.lines) sizes[std::round(l.size * 2) / 2] += l.char_count();
  }
  if (sizes.empty()) return 10;
  return std::max_element(sizes.begin(), sizes.end(), [](const auto& a, const auto& b) {
           return a.second < b.second;
         })->first;
}

// The same from glyphs, for documents whose lines are not all built.
double body_size_of_glyphs(const PdfContent& content) {
  std::map<double, std::size_t> sizes;
  for (const PageGlyphs& p : content.pages) {
    for (const Glyph& g : p.glyphs) sizes[std::round(g.size * 2) / 2] += 1;
  }
  if (sizes.empty()) return 10;
  return std::max_element(sizes.begin(), sizes.end(), [](const auto& a, const auto& b) {
           return a.second < b.second;
         })->first;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// /Info titles that say nothing about the document: empty, the word
// processor's file name, or just the kind of document.
bool is_useless_title(std::string_view title) {
  if (canonical_un_symbol(title)) return true;  // "S/2019/179": the symbol, not a title
  const std::string t = lower(title);
  if (t.find_first_not_of(" \t") == std::string::npos) return true;
  for (std::string_view generic : {"draft resolution", "draft decision", "untitled", "resolution", "report", "title",
                                   "united nations"}) {
    if (t == generic) return true;
  }
  if (t.starts_with("untitled-")) return true;  // InDesign's new document
  return t.starts_with("microsoft word") || t.ends_with(".doc") || t.ends_with(".docx") ||
         t.ends_with(".pdf") || t.size() < 4;
}

struct PageBlocks {
  std::vector<TextBlock> top, body, notes, bottom;
};

PageBlocks arrange_page(const PageLines& page, double body_size) {
  PageBlocks out;
  std::vector<Line> flowing, rotated;
  for (const Line& l : page.lines) {
    if (l.role == Role::masthead || l.role == Role::header_footer) {
      TextBlock b;
      b.lines.push_back(l);
      b.box = l.box;
      b.role = l.role;
      b.size = l.size;
      ((l.box.y0 < page.height / 2) ? out.top : out.bottom).push_back(std::move(b));
    } else if (l.rotation != 0) {
      rotated.push_back(l);
    } else {
      flowing.push_back(l);
    }
  }
  // Notes go through the column split with the text: in two-column layouts
  // each column carries its own notes at its foot, on the same baselines as
  // the other column's, and they read column by column. A column's notes
  // may also start where the other column still has body text, so each
  // column is searched for notes of its own.
  for (std::vector<Line>& flow : layout::column_flows(flowing, body_size)) {
    PageLines column{page.number, page.width, page.height, std::move(flow)};
    layout::mark_footnotes(column, body_size);
    std::vector<Line> text, notes;
    for (Line& l : column.lines) (l.role == Role::footnote ? notes : text).push_back(std::move(l));
    for (TextBlock& b : layout::group_blocks(text)) out.body.push_back(std::move(b));
    for (TextBlock& b : layout::group_blocks(notes, true)) {
      b.role = Role::footnote;
      out.notes.push_back(std::move(b));
    }
  }
  // Each direction of rotated text is a flow of its own: a label running up
  // the left margin never joins one running down the right.
  std::stable_sort(rotated.begin(), rotated.end(), [](const Line& a, const Line& b) { return a.rotation < b.rotation; });
  for (std::size_t i = 0; i < rotated.size();) {
    std::size_t j = i;
    while (j < rotated.size() && rotated[j].rotation == rotated[i].rotation) ++j;
    const std::vector<Line> same(rotated.begin() + static_cast<std::ptrdiff_t>(i), rotated.begin() + static_cast<std::ptrdiff_t>(j));
    for (TextBlock& b : layout::group_blocks(same)) out.body.push_back(std::move(b));
    i = j;
  }
  return out;
}

Block to_block(const TextBlock& tb, int page, const layout::Dehyphenator& dehyphen) {
  Block b;
  b.page = page;
  b.role = tb.role;
  b.level = tb.level;
  b.box = tb.box;
  for (const Line& l : tb.lines) dehyphen.append_line(b.text, l.text());
  return b;
}

bool ends_sentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '*')) t.remove_suffix(1);
  if (t.empty()) return true;
  if (t.ends_with("\xE2\x80\x9D")) return true;  // closing quote
  return std::string_view(".:;!?)\"").find(t.back()) != std::string_view::npos;
}

bool flows_on(Role r) { return r == Role::body || r == Role::list_item; }

// A paragraph cut by a page or column break goes on in the next body block:
// the first part stops mid-sentence and the next part opens with a
// lower-case word, or the first part stops on a comma or a lower-case word
// and the next block carries no label of its own (that block is `body`,
// not `list_item`).
bool continues(const Block& a, const Block& b) {
  if (!flows_on(a.role) || b.role != Role::body || ends_sentence(a.text) || b.text.empty()) return false;
  const unsigned char first = static_cast<unsigned char>(b.text.front());
  if (std::islower(first)) return true;
  const unsigned char last = static_cast<unsigned char>(a.text.back());
  // "For instance, in" + "2012, a Working Group ...": a number goes on a
  // sentence that stopped on a word, not one that stopped on a comma.
  if (std::isdigit(first)) return std::islower(last);
  return std::islower(last) || last == ',' || last == '-';
}

// Joins the parts of paragraphs cut by page or column breaks. Furniture and
// footnotes between the two parts stay where they are, after the joined
// paragraph's page.
void join_broken_paragraphs(std::vector<Block>& blocks, const layout::Dehyphenator& dehyphen) {
  std::vector<bool> gone(blocks.size(), false);
  std::size_t open = blocks.size();  // the last body block seen
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    if (b.role == Role::header_footer || b.role == Role::masthead || b.role == Role::footnote) continue;
    if (open < blocks.size() && blocks[open].page != b.page && continues(blocks[open], b)) {
      dehyphen.append_line(blocks[open].text, b.text);
      gone[i] = true;
      continue;
    }
    open = i;
  }
  std::size_t w = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (gone[i]) continue;
    if (w != i) blocks[w] = std::move(blocks[i]);  // self-move would empty the text
    ++w;
  }
  blocks.resize(w);
}

}  // namespace

Document layout_document(PdfContent content, ReadingOrder order) {
  Document doc;
  doc.meta = std::move(content.meta);
  doc.warnings = std::move(content.warnings);
  if (doc.meta.format.empty()) doc.meta.format = "pdf";
  if (doc.meta.page_count == 0) doc.meta.page_count = static_cast<int>(content.pages.size());

  // A tagged PDF whose tags carry its text reads in the tree's order:
  // sidebars, boxes and pull-quotes where the author put them. UN documents
  // (a masthead is read on page 1) keep the layout's reading, which knows
  // their furniture and follows their Word-made tags' order anyway.
  if (order == ReadingOrder::automatic && !content.structure.empty() && !content.pages.empty()) {
    // The first page with text: covers are often a picture.
    std::size_t cover = 0;
    while (cover + 1 < content.pages.size() && content.pages[cover].glyphs.empty()) ++cover;
    const PageGlyphs& front = content.pages[cover];
    std::vector<PageLines> first{PageLines{front.number, front.width, front.height, layout::build_lines(front)}};
    DocumentMeta probe = doc.meta;
    layout::apply_masthead(first.front(), probe);
    layout::Dehyphenator dehyphen;
    if (probe.symbol.empty()) {
      if (std::optional<std::vector<Block>> tagged = layout::tagged_blocks(content, dehyphen)) {
        doc.blocks = std::move(*tagged);
        if (is_useless_title(doc.meta.title)) {
          const double body = body_size_of_glyphs(content);
          // The title stands on the first page the tags reach (a cover
          // drawn as a picture has no text, or only hidden text).
          if (!doc.blocks.empty() && doc.blocks.front().page != first.front().number) {
            for (const PageGlyphs& g : content.pages) {
              if (g.number == doc.blocks.front().page) first.front() = PageLines{g.number, g.width, g.height, layout::build_lines(g)};
            }
          }
          doc.meta.title = layout::page_title(first.front(), body, dehyphen);
        }
        return doc;
      }
    }
  }

  std::vector<PageLines> pages;
  pages.reserve(content.pages.size());
  for (PageGlyphs& g : content.pages) {
    pages.push_back(PageLines{g.number, g.width, g.height, layout::build_lines(g)});
    std::vector<Glyph>().swap(g.glyphs);  // release as we go: big documents
  }
  const double body_size = body_size_of(pages);

  std::string sponsor_title;
  if (!pages.empty()) sponsor_title = layout::apply_masthead(pages.front(), doc.meta);
  layout::mark_running_lines(pages);
  layout::mark_symbol_headers(pages, doc.meta.symbol);

  // UN documents come from the UN's Word templates, where the document's
  // own words settle every line-end hyphen (drafts: P 0.9998); loading the
  // English word list costs more than reading most of them (about 140
  // million instructions, callgrind), so only other documents use it.
  layout::Dehyphenator dehyphen = doc.meta.symbol.empty() ? layout::Dehyphenator() : layout::Dehyphenator(nullptr);
  for (const PageLines& p : pages) {
    for (const Line& l : p.lines) {
      for (const layout::Word& w : l.words) dehyphen.learn(w.text);
    }
  }

  std::vector<PageBlocks> arranged;
  arranged.reserve(pages.size());
  std::vector<TextBlock*> body_blocks;
  for (PageLines& p : pages) {
    layout::mark_footnotes(p, body_size);
    arranged.push_back(arrange_page(p, body_size));
  }
  for (PageBlocks& pb : arranged) {
    for (TextBlock& b : pb.body) body_blocks.push_back(&b);
  }
  layout::assign_roles(body_blocks, body_size);

  for (std::size_t i = 0; i < arranged.size(); ++i) {
    const int page = pages[i].number;
    for (const auto* group : {&arranged[i].top, &arranged[i].body, &arranged[i].notes, &arranged[i].bottom}) {
      for (const TextBlock& tb : *group) doc.blocks.push_back(to_block(tb, page, dehyphen));
    }
  }

  join_broken_paragraphs(doc.blocks, dehyphen);

  if (!sponsor_title.empty()) {
    doc.meta.title = sponsor_title;  // UN drafts: "Atlantis and Lemuria: draft resolution"
  } else if (is_useless_title(doc.meta.title) || !doc.meta.symbol.empty()) {
    // A UN document's /Info title is the word processor's ("United
    // Nations", "untitled", the file name): the printed title wins.
    // No fallback to the first bold heading: that is "Introduction" or
    // "Contents" more often than a title.
    const std::string printed = pages.empty() ? std::string() : layout::page_title(pages.front(), body_size, dehyphen);
    if (!printed.empty() || !doc.meta.symbol.empty() || is_useless_title(doc.meta.title)) doc.meta.title = printed;
  }
  return doc;
}

}  // namespace unxref
