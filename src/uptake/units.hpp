#pragma once
// Small text helpers shared by the two segmenters (private to the stage).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace unxref::uptake {

enum class LabelKind { none, number, letter, bullet };

// The numbering a paragraph or item opens with: "12." -> {number, "12"},
// "(b)" or "b)" -> {letter, "(b)"}, "(iv)" -> {letter, "(iv)"}, "•"/"-"/"*" ->
// {bullet, "•"}, "Recommendation 3:" -> {number, "3"}. `body` is the byte
// offset where the text after the label starts.
struct Label {
  LabelKind kind = LabelKind::none;
  std::string text;
  std::size_t body = 0;
};
Label leading_label(std::string_view text);

// Sentences as byte spans (ICU sentence breaking), trailing spaces trimmed.
struct Sentence {
  std::size_t start = 0, end = 0;
};
std::vector<Sentence> split_sentences(std::string_view text);

// `text` without leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

}  // namespace unxref::uptake
