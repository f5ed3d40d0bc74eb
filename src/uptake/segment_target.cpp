// TARGET -> paragraphs, keeping the structure of a UN resolution: preambular
// clauses open with a verb ("Recalling also", "ссылаясь", "又回顾"), operative
// paragraphs with their number ("12.", Arabic "12 -") and may have lettered
// sub-paragraphs ("(a)"), which become "12 (a)".
//
// A block of extracted text is not a paragraph: a plain-text resolution is
// often one block, and a PDF page break cuts a paragraph in two. So clause
// starts are looked for inside blocks, after the punctuation that ends a
// clause, and a block that opens with neither a number nor a verb continues
// the paragraph before it unless that one was closed by its punctuation.
// Operative numbers inside a block must follow on from the last one, so a
// "5." that ends a citation is not a paragraph.
#include <unicode/uchar.h>

#include <optional>
#include <string>

#include "unxref/uptake/uptake.hpp"
#include "uptake/clause_verbs.hpp"
#include "uptake/units.hpp"

namespace unxref::uptake {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Punctuation that can end a clause: , ; . : and their Arabic and CJK forms,
// and the "*" that some resolutions print between preamble and operative part.
bool ends_clause(std::string_view before) {
  for (std::string_view p : {",", ";", ".", ":", "*", "\u060C", "\u061B", "\uFF0C", "\uFF1B", "\u3002", "\uFF1A"})
    if (before.ends_with(p)) return true;
  return false;
}
bool is_cjk_terminator(std::string_view before) {
  for (std::string_view p : {"\uFF0C", "\uFF1B", "\u3002", "\uFF1A"})
    if (before.ends_with(p)) return true;
  return false;
}

// `text` before `p` without trailing spaces and without a footnote marker
// glued to the punctuation ("2020,1 Recalling").
std::string_view clause_end_before(std::string_view text, std::size_t p) {
  std::size_t e = p;
  while (e > 0 && is_ascii_space(text[e - 1])) --e;
  std::size_t d = e;
  while (d > 0 && e - d < 3 && is_digit(text[d - 1])) --d;
  if (d < e && d > 0 && ends_clause(text.substr(0, d))) e = d;
  return text.substr(0, e);
}

// Where a new paragraph may start inside a block: after white space that
// follows clause punctuation, or straight after CJK punctuation.
std::vector<std::size_t> cut_candidates(std::string_view text) {
  std::vector<std::size_t> out{0};
  for (std::size_t i = 1; i < text.size(); ++i) {
    const bool after_space = is_ascii_space(text[i - 1]) && !is_ascii_space(text[i]);
    // A digit after a space may be the next operative number even without
    // punctuation before it: a sub-heading ("Measures 1. Reaffirms") joined into the block.
    if (after_space ? ends_clause(clause_end_before(text, i)) || is_digit(text[i]) : is_cjk_terminator(text.substr(0, i)))
      out.push_back(i);
  }
  return out;
}

// "12. ", "12) ", Arabic "12 - ": the number and the byte length of the label.
struct Number {
  int value = 0;
  std::size_t length = 0;
};
Number operative_number(std::string_view s) {
  std::size_t j = 0;
  while (j < s.size() && j < 3 && is_digit(s[j])) ++j;
  if (j == 0 || j >= s.size()) return {};
  std::size_t k = j;
  if (s[k] == '.' || s[k] == ')') {
    ++k;
  } else if (s[k] == ' ' && k + 1 < s.size() && s[k + 1] == '-') {
    k += 2;
  } else {
    return {};
  }
  if (k < s.size() && !is_ascii_space(s[k])) return {};
  while (k < s.size() && is_ascii_space(s[k])) ++k;
  return {std::stoi(std::string(s.substr(0, j))), k};
}

bool lowercase_latin(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

// "...,", "...,1" (a footnote number after the comma), Arabic and CJK commas, ";".
bool ends_like_clause(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0 && is_ascii_space(s[e - 1])) --e;
  std::size_t d = e;
  while (d > 0 && e - d < 3 && is_digit(s[d - 1])) --d;
  const std::string_view body = s.substr(0, d);
  for (std::string_view p : {",", ";", "\u060C", "\uFF0C", "\uFF1B", "\u061B"})
    if (body.ends_with(p)) return true;
  return false;
}

bool uppercase_initial(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = 0;
  return u_isupper(static_cast<UChar32>(next_code_point(s, i)));
}

class TargetSegmenter {
 public:
  explicit TargetSegmenter(const FlatText& flat) : flat_(flat), verbs_(ClauseVerbs::builtin()) {}

  void segment(const TextSegment& seg) {
    const std::string_view block = std::string_view(flat_.text).substr(seg.start, seg.end - seg.start);
    if (is_note_block(block)) return;
    std::size_t open = std::string::npos;  // start of the paragraph being read in this block
    for (std::size_t c : cut_candidates(block)) {
      const std::optional<Start> s = detect(block, c, c == 0);
      if (!s && c != 0) continue;
      if (open != std::string::npos) close(block, open, c, seg);
      if (s && s->kind == Start::number_only) {
        pending_number_ = s->number;  // a number printed as a block of its own
        open = std::string::npos;
      } else if (s) {
        apply(*s, seg, c);
        open = c;
      } else if (continues_previous() || in_preamble_notes()) {  // block start with no cue
        open = kContinue;
      } else {
        open_paragraph(seg, 0, ParagraphKind::other, "p" + std::to_string(++other_));
        open = 0;
      }
    }
    if (open != std::string::npos) close(block, open, block.size(), seg);
  }

  std::vector<Paragraph> take() { return std::move(out_); }
  bool any_operative() const { return last_number_ > 0; }

 private:
  static constexpr std::size_t kContinue = std::string::npos - 1;

  struct Start {
    enum Kind { operative, subitem, preamble, number_only } kind = operative;
    int number = 0;
    std::string label;        // "(a)" of a sub-item
    std::size_t body = 0;     // bytes of the label before the text
    std::size_t verb = 0;     // bytes of the verb after `body`
  };

  static bool is_note_block(std::string_view block) {
    // "[1] See A/76/299." : the footnotes a plain-text resolution lists last.
    if (block.size() < 3 || block[0] != '[') return false;
    std::size_t j = 1;
    while (j < block.size() && j < 5 && is_digit(block[j])) ++j;
    return j > 1 && j < block.size() && block[j] == ']';
  }

  // A paragraph opens at block[c] when a number, a sub-item label or a verb is there.
  std::optional<Start> detect(std::string_view block, std::size_t c, bool block_start) const {
    const std::string_view rest = block.substr(c);
    // Without punctuation before it, a number opens a paragraph only when a capital (or a
    // caseless script) follows: "paragraph 1 (a) above" does not. Russian paragraphs open
    // in lower case, so there the punctuation stays required.
    const bool after_punctuation = block_start || ends_clause(clause_end_before(block, c));
    if (const Number n = operative_number(rest);
        n.length && (block_start || n.value == last_number_ + 1) &&
        (after_punctuation || (n.length < rest.size() && !lowercase_latin(rest.substr(n.length)) &&
                               !(static_cast<unsigned char>(rest[n.length]) == 0xD0 ||
                                 static_cast<unsigned char>(rest[n.length]) == 0xD1)))) {
      if (n.length >= rest.size()) return Start{Start::number_only, n.value, "", 0, 0};
      return Start{Start::operative, n.value, "", n.length, verbs_.match(rest.substr(n.length), ClauseKind::operative)};
    }
    if (block_start && pending_number_ > 0)
      return Start{Start::operative, pending_number_, "", 0, verbs_.match(rest, ClauseKind::operative)};
    if (last_number_ > 0) {
      const std::string_view before = clause_end_before(block, c);
      const bool lead_in = block_start || before.ends_with(":") || before.ends_with(";") ||
                           before.ends_with("\uFF1A") || before.ends_with("\uFF1B");
      const Label label = leading_label(rest);
      if (lead_in && label.kind == LabelKind::letter && label.body < rest.size())
        return Start{Start::subitem, last_number_, label.text, label.body, 0};
      return std::nullopt;
    }
    // Inside a block only a capitalised verb opens a clause: "..., recalling also" and
    // Arabic, Chinese and Russian clauses joined inside one clause look alike.
    if (!block_start && !uppercase_initial(rest)) return std::nullopt;
    if (lowercase_latin(rest)) return std::nullopt;
    std::size_t verb = verbs_.match(rest, ClauseKind::preamble);
    if (verb == 0) verb = participle_opening(rest);
    // Without a verb, a block after a closed clause is the next clause when it
    // ends like one, on a comma: a footnote repeated inline ends with a full
    // stop, "Adopts the following declaration:" is operative.
    if (verb == 0 && !(block_start && after_clause() && ends_like_clause(rest))) return std::nullopt;
    return Start{Start::preamble, 0, "", 0, verb};
  }

  void apply(const Start& s, const TextSegment& seg, std::size_t c) {
    const std::string_view rest = std::string_view(flat_.text).substr(seg.start + c);
    Paragraph* p = nullptr;
    switch (s.kind) {
      case Start::operative:
        last_number_ = s.number;
        pending_number_ = 0;
        p = &open_paragraph(seg, c, ParagraphKind::operative, std::to_string(s.number));
        break;
      case Start::subitem:
        p = &open_paragraph(seg, c, ParagraphKind::operative, std::to_string(s.number) + " " + s.label);
        break;
      case Start::preamble:
        p = &open_paragraph(seg, c, ParagraphKind::preambular, "pp" + std::to_string(++preambular_));
        break;
      case Start::number_only: return;
    }
    p->verb = std::string(rest.substr(s.body, s.verb));
    body_offset_ = s.body;
  }

  Paragraph& open_paragraph(const TextSegment& seg, std::size_t c, ParagraphKind kind, std::string number) {
    Paragraph p;
    p.kind = kind;
    p.number = std::move(number);
    p.page = seg.page;
    p.span = {seg.start + c, seg.start + c};
    body_offset_ = 0;
    out_.push_back(std::move(p));
    return out_.back();
  }

  // A block after a preambular clause closed by its comma is the next clause,
  // even when no listed verb opens it.
  bool after_clause() const {
    if (out_.empty() || out_.back().kind != ParagraphKind::preambular) return false;
    const std::string_view prev = trim(out_.back().text);
    return prev.ends_with(",") || prev.ends_with("\u060C") || prev.ends_with("\uFF0C") || prev.ends_with(";");
  }

  // In the preamble, what follows a clause ending on a footnote number (",1")
  // or a footnote's own text (".") is that footnote, repeated inline.
  bool in_preamble_notes() const {
    if (out_.empty() || last_number_ > 0 || out_.back().kind != ParagraphKind::preambular) return false;
    const std::string_view prev = trim(out_.back().text);
    return !prev.empty() && (is_digit(prev.back()) || prev.back() == '.');
  }

  // A block with no number and no verb goes on with the paragraph before it
  // when that one is unfinished (a page break), or introduced a list (":",
  // or ";" after a ":" — the unlabelled items of "Taking note of:").
  bool continues_previous() const {
    if (out_.empty()) return false;
    const std::string_view prev = trim(out_.back().text);
    if (prev.empty()) return false;
    if (!ends_clause(prev) || prev.ends_with(":") || prev.ends_with("\uFF1A")) return true;
    const bool list = prev.find(':') != std::string_view::npos || prev.find("\uFF1A") != std::string_view::npos;
    return list && (prev.ends_with(";") || prev.ends_with("\uFF1B") || prev.ends_with("\u061B"));
  }

  // Ends the open paragraph at block[end]: its text is block[from + label, end).
  void close(std::string_view block, std::size_t from, std::size_t end, const TextSegment& seg) {
    Paragraph& p = out_.back();
    const bool cont = from == kContinue;
    const std::size_t body = cont ? 0 : from + body_offset_;
    const std::string_view piece = trim(block.substr(std::min(body, end), end - std::min(body, end)));
    if (cont && !piece.empty()) p.text += ' ';
    p.text += piece;
    std::size_t e = end;
    while (e > 0 && is_ascii_space(block[e - 1])) --e;
    p.span.end = seg.start + e;
    body_offset_ = 0;
  }

  const FlatText& flat_;
  const ClauseVerbs& verbs_;
  std::vector<Paragraph> out_;
  int last_number_ = 0, pending_number_ = 0, preambular_ = 0, other_ = 0;
  std::size_t body_offset_ = 0;
};

}  // namespace

std::vector<Paragraph> segment_paragraphs(const Document& target, std::vector<std::string>* warnings) {
  const FlatText flat = flatten(target);
  TargetSegmenter seg(flat);
  for (const TextSegment& s : flat.segments)
    if (s.role == Role::body || s.role == Role::list_item) seg.segment(s);
  std::vector<Paragraph> out = seg.take();
  std::erase_if(out, [](const Paragraph& p) { return p.text.empty(); });
  if (!seg.any_operative() && warnings && !out.empty())
    warnings->push_back(target.meta.path + ": no numbered operative paragraphs; paragraphs are numbered "
                        "in reading order (pp<n> preambular, p<n> other)");
  return out;
}

}  // namespace unxref::uptake
