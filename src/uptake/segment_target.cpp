// TARGET -> paragraphs, keeping the structure of a UN resolution: preambular
// paragraphs open with a participle ("Recalling", "Noting with concern"),
// operative paragraphs are numbered ("12.") and may have lettered
// sub-paragraphs ("(a)"), which become "12 (a)".
#include <string>

#include "unxref/uptake/uptake.hpp"
#include "uptake/cues.hpp"
#include "uptake/units.hpp"

namespace unxref::uptake {

std::vector<Paragraph> segment_paragraphs(const Document& target, std::vector<std::string>* warnings) {
  const Cues& cues = Cues::builtin();
  std::vector<Paragraph> out;
  std::string last_operative;
  std::string pending_label;  // a number printed as a block of its own
  int preambular = 0, other = 0, operative = 0;
  for (const Block& b : target.blocks) {
    if (b.role == Role::masthead || b.role == Role::header_footer || b.role == Role::footnote ||
        b.role == Role::heading)
      continue;
    Label label = leading_label(b.text);
    std::string_view body = trim(std::string_view(b.text).substr(label.body));
    if (body.empty()) {
      if (label.kind == LabelKind::number) pending_label = label.text;
      continue;
    }
    if (label.kind == LabelKind::none && !pending_label.empty()) label = {LabelKind::number, pending_label, 0};
    pending_label.clear();
    Paragraph p;
    p.page = b.page;
    p.text = std::string(body);
    if (label.kind == LabelKind::number) {
      p.kind = ParagraphKind::operative;
      p.number = last_operative = label.text;
      ++operative;
    } else if (label.kind == LabelKind::letter && !last_operative.empty()) {
      p.kind = ParagraphKind::operative;
      p.number = last_operative + " " + label.text;
    } else if (operative == 0 && starts_with_any(folded_words(body), cues.preambles)) {
      p.kind = ParagraphKind::preambular;
      p.number = "pp" + std::to_string(++preambular);
    } else {
      p.number = "p" + std::to_string(++other);
    }
    out.push_back(std::move(p));
  }
  if (operative == 0 && warnings && !out.empty())
    warnings->push_back(target.meta.path + ": no numbered operative paragraphs; paragraphs are numbered "
                        "in reading order (pp<n> preambular, p<n> other)");
  return out;
}

}  // namespace unxref::uptake
