// SOURCE -> recommendation units.
//
// Three ways a passage becomes a unit, tried in this order:
//   - the source is a resolution or a draft (numbered operative paragraphs
//     after preambular clauses): each operative paragraph is a unit;
//   - it sits under a heading such as "Recommendations" or "Conclusions
//     and/or recommendations" (in any of the six languages): every item there
//     is a unit, items numbered "115.2" or lettered "(a)" are cut where their
//     label is even when extraction joined them into one block, and an item
//     cut by a line or page break is put back together;
//   - only when the source has no such section: a list item or sentence built
//     on a recommending verb ("should", "urges", "calls upon").
// The cue words are data (data/uptake-cues.tsv).
#include <string>

#include "unxref/uptake/uptake.hpp"
#include "uptake/cues.hpp"
#include "uptake/units.hpp"

namespace unxref::uptake {
namespace {

constexpr std::size_t kMinUnitWords = 3;
constexpr std::size_t kMaxCueHeadingWords = 6;
// A body block this short that names a recommendations section is its heading
// (PDF extraction does not always tell headings from body text).
constexpr std::size_t kMaxBodyHeadingWords = 8;

bool skipped_role(Role role) {
  return role == Role::masthead || role == Role::header_footer || role == Role::footnote;
}

bool is_recommendation_heading(std::string_view heading, const Cues& cues) {
  const Label label = leading_label(heading);  // "IV. Recommendations", "3. Proposals"
  std::vector<std::string> words = folded_words(heading.substr(label.body));
  // Roman section numbers ("IV.") are not caught by leading_label.
  if (!words.empty() && words.front().find_first_not_of("ivxlc") == std::string::npos) words.erase(words.begin());
  if (starts_with_any(words, cues.headings)) return true;
  return words.size() <= kMaxCueHeadingWords && contains_any(words, cues.headings);
}

bool ends_item(std::string_view text) {
  for (std::string_view p : {".", ";", ":", "!", "?", "\u3002", "\uFF1B", "\u061B"})
    if (text.ends_with(p)) return true;
  return false;
}

// "115.1" -> "115"; "3" -> "".
std::string parent_of(const std::string& number) {
  const auto dot = number.rfind('.');
  return dot == std::string::npos ? "" : number.substr(0, dot);
}

// The label that would follow `label` in the same list: "115.2" -> "115.3", "(b)" -> "(c)", "7" -> "8".
std::string next_label(const std::string& label) {
  if (label.empty()) return "";
  if (label.front() == '(' && label.size() == 3 && label[1] >= 'a' && label[1] < 'z')
    return std::string("(") + static_cast<char>(label[1] + 1) + ")";
  std::size_t d = label.size();
  while (d > 0 && label[d - 1] >= '0' && label[d - 1] <= '9') --d;
  if (d == label.size()) return "";
  return label.substr(0, d) + std::to_string(std::stoi(label.substr(d)) + 1);
}

class SourceSegmenter {
 public:
  SourceSegmenter(std::string_view source_id, const Cues& cues) : source_(source_id), cues_(cues) {}

  void block(const Block& b) {
    if (skipped_role(b.role)) return;
    const std::string_view whole = trim(b.text);
    // Extraction sometimes takes a numbered item for a heading: inside a section it stays an item.
    const bool numbered = leading_label(whole).kind == LabelKind::number || leading_label(whole).kind == LabelKind::letter;
    if (in_section_ && b.role == Role::heading && numbered && !is_recommendation_heading(whole, cues_))
      return section_block(b);
    // A table of contents names the section too ("Recommendations ........ 40"): not a heading.
    const bool contents_line = whole.find("....") != std::string_view::npos ||
                               (!whole.empty() && whole.back() >= '0' && whole.back() <= '9');
    if (b.role == Role::heading || (folded_words(whole).size() <= kMaxBodyHeadingWords && !ends_item(whole) &&
                                    !contents_line && is_recommendation_heading(whole, cues_)))
      return heading(b);
    if (in_section_) return section_block(b);
    const Label label = leading_label(b.text);
    const std::string_view body = trim(std::string_view(b.text).substr(label.body));
    if (body.empty()) return;
    const std::vector<std::string> words = folded_words(body);
    if (b.role == Role::list_item || label.kind != LabelKind::none) {
      if (contains_any(words, cues_.verbs) && body.back() != ':') add_loose(b, label.text, body);
      return;
    }
    for (const Sentence& s : split_sentences(body)) {
      const std::string_view sentence = body.substr(s.start, s.end - s.start);
      if (sentence.back() == ':') continue;
      if (contains_any(folded_words(sentence), cues_.verbs)) add_loose(b, "", sentence);
    }
  }

  // Section units when the source has a recommendations section, else the loose ones.
  std::vector<Recommendation> take() {
    drop_report_paragraphs(sections_);
    std::vector<Recommendation> out = std::move(sections_.empty() ? loose_ : sections_);
    for (std::size_t i = 0; i < out.size(); ++i) out[i].id = "R" + std::to_string(i + 1);
    return out;
  }

 private:
  void heading(const Block& b) {
    const std::string_view text = trim(b.text);
    if (is_recommendation_heading(text, cues_)) {
      in_section_ = true;
      section_level_ = b.level;
      units_at_section_start_ = sections_.size();
      open_ = false;
    } else if (in_section_) {
      // A sub-heading ("Prevention") inside the section keeps it open. Without
      // heading levels, only a heading before the first item does.
      const bool deeper = section_level_ > 0 && b.level > section_level_;
      const bool no_items_yet = section_level_ == 0 && sections_.size() == units_at_section_start_;
      if (!deeper && !no_items_yet) in_section_ = false;
      open_ = false;
    }
    section_ = std::string(text);
  }

  // A block inside a recommendations section: cut at every label that follows
  // on from the one before ("115.1 ...; 115.2 ..."), join a block with no
  // label to an item that its break left unfinished.
  void section_block(const Block& b) {
    const std::string_view text = trim(b.text);
    const Label first = leading_label(text);
    if (first.kind == LabelKind::none && open_ && !sections_.empty() && !ends_item(sections_.back().text)) {
      Recommendation& r = sections_.back();
      r.text += ' ';
      r.text += text;
      return;
    }
    std::size_t start = 0;
    Label label = first;
    while (start < text.size()) {
      const std::size_t cut = next_cut(text, start + label.body, label.text);
      const std::string_view body = trim(text.substr(start + label.body, cut - start - label.body));
      item(b, label, body);
      if (cut >= text.size()) break;
      start = cut;
      label = leading_label(text.substr(start));
    }
  }

  // Where the next item of the list starts in `text` after `from`: white
  // space after ";" or "." and then the label that follows `label`.
  std::size_t next_cut(std::string_view text, std::size_t from, const std::string& label) const {
    // The next item of the same list, or the first item under this one ("120." -> "120.1").
    const std::string want = next_label(label);
    const std::string child = label.empty() || label.front() == '(' ? "" : label + ".1";
    if (want.empty() && child.empty()) return text.size();
    for (std::size_t i = from; i + want.size() < text.size(); ++i) {
      if (text[i] != ' ' || i == 0) continue;
      const char before = text[i - 1];
      if (before != ';' && before != '.' && before != ':') continue;
      const Label l = leading_label(text.substr(i + 1));
      if (l.kind != LabelKind::none && ((!want.empty() && l.text == want) || (!child.empty() && l.text == child)))
        return i + 1;
    }
    return text.size();
  }

  void item(const Block& b, const Label& label, std::string_view body) {
    if (body.empty()) return;
    // A lead-in such as "ICAT recommends that States:" or "115. The following
    // recommendations ... enjoy the support of X:" introduces the items.
    if (body.back() == ':' && b.role != Role::list_item) {
      lead_in_ = label.kind == LabelKind::number ? label.text : "";
      open_ = false;
      return;
    }
    std::string written = label.text;
    // "4. (a) To investigate ...": a numbered item that opens with its first sub-item.
    if (label.kind == LabelKind::number) {
      const Label inner = leading_label(body);
      if (inner.kind == LabelKind::letter && inner.body < body.size()) {
        lead_in_ = label.text;
        written = label.text + " " + inner.text;
        body = trim(body.substr(inner.body));
      }
    }
    // "(a)" under a numbered lead-in "12." is written "12 (a)" where it is cited.
    if (label.kind == LabelKind::letter && !lead_in_.empty()) written = lead_in_ + " " + label.text;
    if (label.kind == LabelKind::number && !lead_in_.empty() && parent_of(label.text) != lead_in_ &&
        parent_of(label.text).empty() && std::stoi(label.text) > std::stoi(lead_in_))
      lead_in_.clear();  // the next top-level paragraph ends the lead-in's list
    add(sections_, b, written, body);
    open_ = true;
  }

  // A UPR report numbers its own paragraphs ("120. The following recommendations
  // ...", "121. All conclusions ... reflect the position of ...") around the
  // list of recommendations ("120.1", or "1", "2" in older reports). A
  // paragraph whose items follow it, or whose number does not follow on from
  // the item before it but from the last such paragraph, is not a unit.
  static void drop_report_paragraphs(std::vector<Recommendation>& units) {
    auto numeric = [](const std::string& l) {
      return !l.empty() && l.size() <= 4 && l.find_first_not_of("0123456789") == std::string::npos;
    };
    std::vector<Recommendation> kept;
    int report = -1;
    for (std::size_t i = 0; i < units.size(); ++i) {
      const std::string& l = units[i].label;
      if (numeric(l)) {
        const std::string next = i + 1 < units.size() ? units[i + 1].label : "";
        const bool leads = next.starts_with(l + ".") || (next == "1" && l != "0" && std::stoi(l) > 1);
        // "121" after item "120.165" follows paragraph 120, the item list's own paragraph.
        const std::string parent = kept.empty() ? "" : parent_of(kept.back().label);
        const int last_report = numeric(parent) ? std::stoi(parent) : report;
        const bool follows_report = last_report >= 0 && std::stoi(l) == last_report + 1 &&
                                    (kept.empty() || next_label(kept.back().label) != l);
        if (leads || follows_report) {
          report = std::stoi(l);
          continue;
        }
      }
      kept.push_back(std::move(units[i]));
    }
    units = std::move(kept);
  }

  void add_loose(const Block& b, const std::string& label, std::string_view text) { add(loose_, b, label, text); }

  void add(std::vector<Recommendation>& units, const Block& b, const std::string& label, std::string_view text) {
    if (folded_words(text).size() < kMinUnitWords) return;
    Recommendation r;
    r.source = source_;
    r.label = label;
    r.section = section_;
    r.page = b.page;
    r.text = std::string(text);
    units.push_back(std::move(r));
  }

  std::string source_;
  const Cues& cues_;
  bool in_section_ = false;
  bool open_ = false;  // the last section item may continue in the next block
  int section_level_ = 0;
  std::size_t units_at_section_start_ = 0;
  std::string section_;
  std::string lead_in_;  // number of the paragraph that introduced the current list
  std::vector<Recommendation> sections_, loose_;
};

// A resolution or a draft: its operative paragraphs are what it asks for.
std::vector<Recommendation> operative_units(const Document& source, std::string_view source_id) {
  const std::vector<Paragraph> paras = segment_paragraphs(source);
  std::size_t preambular = 0, operative = 0, with_verb = 0;
  for (const Paragraph& p : paras) {
    preambular += p.kind == ParagraphKind::preambular;
    const bool top = p.kind == ParagraphKind::operative && p.number.find(' ') == std::string::npos;
    operative += top;
    with_verb += top && !p.verb.empty();
  }
  std::vector<Recommendation> out;
  // Numbered paragraphs alone make a report, not a resolution: the preamble
  // and verbs such as "Requests" and "Decides" make the difference.
  if (preambular == 0 || operative < 2 || 2 * with_verb < operative) return out;
  for (const Paragraph& p : paras) {
    if (p.kind != ParagraphKind::operative) continue;
    Recommendation r;
    r.source = std::string(source_id);
    r.id = "R" + std::to_string(out.size() + 1);
    r.label = p.number;
    r.section = "operative paragraphs";
    r.page = p.page;
    r.text = p.text;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

std::vector<Recommendation> segment_recommendations(const Document& source, std::string_view source_id) {
  if (std::vector<Recommendation> ops = operative_units(source, source_id); !ops.empty()) return ops;
  SourceSegmenter seg(source_id, Cues::builtin());
  for (const Block& b : source.blocks) seg.block(b);
  return seg.take();
}

}  // namespace unxref::uptake
