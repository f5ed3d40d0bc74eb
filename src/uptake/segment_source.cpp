// SOURCE -> recommendation units.
//
// Two ways a passage becomes a unit: it sits under a heading such as
// "Recommendations" (every item and paragraph there is one unit), or,
// anywhere else, it is a list item or sentence built on a recommending verb
// ("should", "urges", "calls upon"). The cue words are data.
#include <string>

#include "unxref/uptake/uptake.hpp"
#include "uptake/cues.hpp"
#include "uptake/units.hpp"

namespace unxref::uptake {
namespace {

constexpr std::size_t kMinUnitWords = 3;
constexpr std::size_t kMaxCueHeadingWords = 6;

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

class SourceSegmenter {
 public:
  SourceSegmenter(std::string_view source_id, const Cues& cues) : source_(source_id), cues_(cues) {}

  void block(const Block& b) {
    if (skipped_role(b.role)) return;
    if (b.role == Role::heading) return heading(b);
    const Label label = leading_label(b.text);
    const std::string_view body = trim(std::string_view(b.text).substr(label.body));
    if (body.empty()) return;
    if (in_section_) {
      // A lead-in such as "ICAT recommends that States:" introduces the items.
      if (body.back() == ':' && b.role != Role::list_item) return;
      add(b, label.text, body);
      return;
    }
    const std::vector<std::string> words = folded_words(body);
    if (b.role == Role::list_item || label.kind != LabelKind::none) {
      if (contains_any(words, cues_.verbs) && body.back() != ':') add(b, label.text, body);
      return;
    }
    for (const Sentence& s : split_sentences(body)) {
      const std::string_view sentence = body.substr(s.start, s.end - s.start);
      if (sentence.back() == ':') continue;
      if (contains_any(folded_words(sentence), cues_.verbs)) add(b, "", sentence);
    }
  }

  std::vector<Recommendation> take() { return std::move(units_); }

 private:
  void heading(const Block& b) {
    const std::string_view text = trim(b.text);
    if (is_recommendation_heading(text, cues_)) {
      in_section_ = true;
      section_level_ = b.level;
      units_at_section_start_ = units_.size();
    } else if (in_section_) {
      // A sub-heading ("Prevention") inside the section keeps it open. Without
      // heading levels, only a heading before the first item does.
      const bool deeper = section_level_ > 0 && b.level > section_level_;
      const bool no_items_yet = section_level_ == 0 && units_.size() == units_at_section_start_;
      if (!deeper && !no_items_yet) in_section_ = false;
    }
    section_ = std::string(text);
  }

  void add(const Block& b, const std::string& label, std::string_view text) {
    if (folded_words(text).size() < kMinUnitWords) return;
    Recommendation r;
    r.source = source_;
    r.id = "R" + std::to_string(units_.size() + 1);
    r.label = label;
    r.section = section_;
    r.page = b.page;
    r.text = std::string(text);
    units_.push_back(std::move(r));
  }

  std::string source_;
  const Cues& cues_;
  bool in_section_ = false;
  int section_level_ = 0;
  std::size_t units_at_section_start_ = 0;
  std::string section_;
  std::vector<Recommendation> units_;
};

}  // namespace

std::vector<Recommendation> segment_recommendations(const Document& source, std::string_view source_id) {
  SourceSegmenter seg(source_id, Cues::builtin());
  for (const Block& b : source.blocks) seg.block(b);
  return seg.take();
}

}  // namespace unxref::uptake
