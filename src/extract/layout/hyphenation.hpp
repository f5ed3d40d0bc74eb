#pragma once
// Rejoining words split across line ends.
#include <string>
#include <string_view>
#include <unordered_map>

namespace unxref::layout {

// Decides, for a line ending in "-" and the next line's first word, whether
// the hyphen was inserted by line breaking ("traf-" + "ficking") or belongs to
// the word ("Secretary-" + "General", "conflict-" + "affected"). The document
// itself is the first dictionary: a compound printed with its hyphen
// elsewhere keeps it; a word printed whole elsewhere is rejoined; prefixes
// English writes with a hyphen ("non-", "co-") keep it. Then Hunspell's
// English word list: a whole that is a word is rejoined ("put-ting"), two
// halves that are words make a compound ("conflict-affected"); anything
// else is a broken word.
class WordList;

class Dehyphenator {
 public:
  // Uses the installed English word list when there is one, loaded the
  // first time a hyphen needs it (loading costs more than most documents).
  Dehyphenator() = default;
  // With the given word list, or none (nullptr): the document's evidence only.
  explicit Dehyphenator(const WordList* words) : words_list_(words), default_list_(false) {}

  // Feed every word of the document (as printed) before joining lines.
  void learn(std::string_view word);

  // Appends `line` to `text` (a paragraph being built): with a space, or
  // directly when `text` ends in a line-break hyphen (removing it), or
  // directly after a kept hyphen.
  void append_line(std::string& text, std::string_view line) const;

  // Whether `head` (ending in a hyphen) + `tail` is one word broken by a
  // line end, the hyphen to be dropped.
  bool is_break_hyphen(std::string_view head, std::string_view tail) const;

 private:
  std::size_t count(const std::string& key) const;
  std::unordered_map<std::string, std::size_t> words_;
  const WordList* words_list_ = nullptr;
  bool default_list_ = true;  // WordList::english(), fetched on first use
};

}  // namespace unxref::layout
