// Markdown: a line-by-line block parser (paragraphs, headings, list items,
// footnotes, rules, code fences, tables) over the shared page/line split.
// It aims at the Markdown that converters and people write for policy
// documents, not at full CommonMark: nesting is flattened to one block per
// list item, and a footnote body may be `[^1]: text` or, after a rule,
// `<sup>1</sup> text`.
#include "extract/text/markdown_inline.hpp"
#include "extract/text/markdown_lines.hpp"
#include "extract/text/source_align.hpp"
#include "extract/text/text_clean.hpp"
#include "extract/text/text_pages.hpp"
#include "extract/text/text_reader.hpp"
#include "unxref/core/spaces.hpp"

namespace unxref::text {
namespace {

std::string_view strip_blockquote(std::string_view line) {
  for (;;) {
    const std::string_view t = trim(line);
    if (!t.starts_with('>')) return line;
    line = t.substr(1);
    if (line.starts_with(' ')) line.remove_prefix(1);
  }
}

bool indented_four(std::string_view line) { return line.starts_with("    ") || line.starts_with('\t'); }

std::string row_text(std::string_view row) {
  std::string_view t = trim(row);
  if (t.starts_with('|')) t.remove_prefix(1);
  if (t.ends_with('|')) t.remove_suffix(1);
  std::string out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    if (i < t.size() && t[i] == '\\') {
      ++i;
      continue;
    }
    if (i < t.size() && t[i] != '|') continue;
    const std::string cell = collapse_spaces(strip_inline(t.substr(start, i - start)));
    if (!cell.empty()) out += (out.empty() ? "" : " | ") + cell;
    start = i + 1;
  }
  return out;
}

class PageParser {
 public:
  PageParser(int page, const CleanSource& source, std::vector<Block>& body, std::vector<Block>& notes)
      : page_(page), source_(source), body_(body), notes_(notes) {}

  void line(std::string_view raw) {
    line_lo_ = source_.offset_of(raw);
    line_hi_ = line_lo_ + raw.size();
    if (open_ == Open::code) {
      if (is_code_fence(raw)) {
        close();
      } else {
        take(std::string(raw));
      }
      return;
    }
    if (in_comment_) {
      in_comment_ = raw.find("-->") == std::string_view::npos;
      return;
    }
    const std::string_view line = strip_blockquote(raw);
    if (is_blank(line)) {
      const bool was_note = open_ == Open::footnote;
      close();
      note_may_continue_ = was_note || note_may_continue_;
      return;
    }
    const bool continues_note = note_may_continue_ && indented_four(line);
    note_may_continue_ = false;
    if (continues_note && open_ == Open::none && !notes_.empty()) {
      open_ = Open::footnote;
      append_to_last_note_ = true;
      take(std::string(line));
      return;
    }
    if (is_code_fence(line)) {
      close();
      open_ = Open::code;
      return;
    }
    if (trim(line).starts_with("<!--") && line.find("-->") == std::string_view::npos) {
      close();
      in_comment_ = true;
      return;
    }
    if (open_ == Open::paragraph) {
      if (const int level = setext_level(line)) {
        close(Role::heading, level);
        return;
      }
    }
    if (is_thematic_break(line)) {
      close();
      after_rule_ = true;
      return;
    }
    if (auto h = match_atx_heading(line)) {
      close();
      emit(body_, Role::heading, h->level, std::string(h->text), true, line_lo_, line_hi_);
      after_rule_ = false;
      return;
    }
    if (auto fn = match_footnote_definition(line)) {
      open_note(*fn);
      return;
    }
    if (auto fn = match_sup_footnote(line); fn && after_rule_ && open_ != Open::paragraph && open_ != Open::list_item) {
      open_note(*fn);
      return;
    }
    if (auto item = match_list_item(line)) {
      // Only bullets and "1." may interrupt a running paragraph: a wrapped
      // line that happens to start with "12. " or "(b) " is still prose.
      const bool interrupts = item->marker == ListMarker::bullet || item->marker == ListMarker::number_one;
      if (open_ != Open::paragraph || interrupts) {
        close();
        open_ = Open::list_item;
        // Numbers and letters stay, as they do in PDF text: "12." and "(a)"
        // are what pinpoints such as "paragraph 12 (a)" refer to.
        if (item->marker == ListMarker::bullet) {
          take(std::string(item->text));
        } else {
          take(std::string(item->label) + " " + std::string(item->text));
        }
        return;
      }
    }
    if (trim(line).starts_with('|')) {
      close();
      after_rule_ = false;
      if (!is_table_delimiter_row(line)) emit(body_, Role::body, 0, row_text(line), false, line_lo_, line_hi_);
      return;
    }
    if (open_ == Open::none) open_ = Open::paragraph;
    take(std::string(line));
  }

  void masthead_line(const std::string& shown, std::string_view raw) {
    close();
    const std::size_t lo = source_.offset_of(raw);
    if (!shown.empty())
      body_.push_back(Block{page_, Role::masthead, {}, shown, 0, align_to_source(shown, source_, lo, lo + raw.size())});
  }

  void finish() { close(); }

 private:
  enum class Open { none, paragraph, list_item, footnote, code };

  void open_note(const FootnoteStart& fn) {
    close();
    open_ = Open::footnote;
    // The label stays in front, as it does in PDF footnotes ("1 See ...").
    take(std::string(fn.label) + " " + std::string(fn.text));
  }

  // A source line of the open block: the block's text comes from the
  // cleaned bytes [block_lo_, block_hi_).
  void take(std::string line) {
    if (buf_.empty()) block_lo_ = line_lo_;
    block_hi_ = line_hi_;
    buf_.push_back(std::move(line));
  }

  void emit(std::vector<Block>& to, Role role, int level, std::string markdown, bool inline_markup, std::size_t lo,
            std::size_t hi) {
    std::string text = collapse_spaces(inline_markup ? strip_inline(markdown) : markdown);
    if (text.empty()) return;
    OffsetMap map = align_to_source(text, source_, lo, hi);
    to.push_back(Block{page_, role, {}, std::move(text), level, std::move(map)});
    if (&to == &notes_) note_lo_.push_back(lo);
  }

  std::string joined() const {
    std::string out;
    for (std::string_view l : buf_) {
      l = trim(l);
      if (open_ != Open::code && l.ends_with('\\')) l.remove_suffix(1);  // hard line break
      if (!out.empty()) out += ' ';
      out += l;
    }
    return out;
  }

  void close(Role as = Role::body, int level = 0) {
    const Open was = open_;
    open_ = Open::none;
    if (was == Open::none) return;
    const std::string text = joined();
    buf_.clear();
    switch (was) {
      case Open::paragraph:
        emit(body_, as, level, text, true, block_lo_, block_hi_);
        break;
      case Open::list_item:
        emit(body_, Role::list_item, 0, text, true, block_lo_, block_hi_);
        break;
      case Open::code:
        emit(body_, Role::body, 0, text, false, block_lo_, block_hi_);
        break;
      case Open::footnote:
        if (append_to_last_note_) {
          Block& note = notes_.back();
          note.text += " " + collapse_spaces(strip_inline(text));
          note.source = align_to_source(note.text, source_, note_lo_.back(), block_hi_);
        } else {
          emit(notes_, Role::footnote, 0, text, true, block_lo_, block_hi_);
        }
        append_to_last_note_ = false;
        return;  // footnotes keep the rule's footnote zone open
      case Open::none:
        break;
    }
    after_rule_ = false;
  }

  int page_;
  const CleanSource& source_;
  std::vector<Block>& body_;
  std::vector<Block>& notes_;
  std::vector<std::size_t> note_lo_;  // where each of notes_ begins in the cleaned text
  std::size_t line_lo_ = 0, line_hi_ = 0;    // the line being read
  std::size_t block_lo_ = 0, block_hi_ = 0;  // the open block's lines
  Open open_ = Open::none;
  std::vector<std::string> buf_;  // source lines of the open block
  bool after_rule_ = false;       // only rules and footnotes since the last rule
  bool note_may_continue_ = false;
  bool append_to_last_note_ = false;
  bool in_comment_ = false;
};

// How a line looks once its markup is gone, for the masthead detector.
std::string shown_line(std::string_view line) {
  if (auto h = match_atx_heading(line)) line = h->text;
  return collapse_spaces(strip_inline(line));
}

}  // namespace

Document read_markdown(std::string_view bytes, const std::filesystem::path& file) {
  Document doc;
  doc.meta.path = file.string();
  doc.meta.format = "markdown";
  OffsetMap to_file;
  const std::string text = clean_text_bytes(bytes, doc.warnings, &to_file);
  const CleanSource source{text, to_file};
  const std::vector<Lines> pages = split_pages(text);
  doc.meta.page_count = static_cast<int>(pages.size());

  std::string first_line;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const Lines& lines = pages[p];
    // Only the top of page one can hold a masthead, so only those lines are
    // rendered ahead of the parser; the rest would be rendered twice.
    std::vector<std::string> shown(lines.size());
    if (p == 0) {
      for (std::size_t i = 0, seen = 0; i < lines.size() && seen < kMastheadLookahead; ++i) {
        if (is_blank(lines[i])) continue;
        shown[i] = shown_line(lines[i]);
        ++seen;
      }
    }
    const std::vector<bool> masthead =
        p == 0 ? find_masthead(lines, &shown, doc.meta) : std::vector<bool>(lines.size(), false);

    std::vector<Block> body, notes;
    PageParser parser(static_cast<int>(p) + 1, source, body, notes);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (masthead[i]) {
        parser.masthead_line(shown[i], lines[i]);
        continue;
      }
      if (first_line.empty() && !is_blank(lines[i]) && !is_thematic_break(lines[i])) first_line = shown_line(lines[i]);
      parser.line(lines[i]);
    }
    parser.finish();
    doc.blocks.insert(doc.blocks.end(), std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
    doc.blocks.insert(doc.blocks.end(), std::make_move_iterator(notes.begin()), std::make_move_iterator(notes.end()));
  }

  for (const Block& b : doc.blocks) {
    if (b.role == Role::heading) {
      doc.meta.title = b.text;
      break;
    }
  }
  if (doc.meta.title.empty()) doc.meta.title = first_line;
  return doc;
}

}  // namespace unxref::text
