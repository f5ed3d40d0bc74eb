#pragma once
// Inverted index of stemmed word uni- and bigrams over the target paragraphs,
// TF-IDF weighted. It picks the few paragraphs worth aligning with a
// recommendation, and its cosine is the "similarity" feature.
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "uptake/tokenize.hpp"

namespace unxref::uptake {

// Sorted by term id, L2-normalised.
using TermVector = std::vector<std::pair<std::uint32_t, float>>;

class TermIndex {
 public:
  // Words inside a boilerplate phrase count this much of a content word.
  static constexpr float kBoilerplateFactor = 0.1f;

  explicit TermIndex(const std::vector<std::vector<Token>>& paragraphs);

  // A recommendation's vector under the paragraphs' IDF (unseen terms keep
  // their weight in the norm, so a text mostly unlike every paragraph stays
  // far from all of them).
  TermVector vectorize(const std::vector<Token>& tokens) const;
  const TermVector& paragraph_vector(std::size_t p) const { return vectors_[p]; }

  // Indices of the `k` paragraphs with the largest dot product with `query`,
  // best first; paragraphs sharing no term are never returned.
  // Not thread-safe: it reuses one scratch buffer.
  std::vector<std::size_t> top(const TermVector& query, std::size_t k) const;

  static double cosine(const TermVector& a, const TermVector& b);

 private:
  // One occurrence of a term: its key (stem, or two stems for a bigram) and
  // factor (boilerplate weighs less).
  using Occurrence = std::pair<std::uint64_t, float>;
  static std::vector<Occurrence> terms_of(const std::vector<Token>& tokens);
  // Term -> (count, strongest factor), sorted by term.
  struct Counted {
    std::uint64_t term = 0;
    int count = 0;
    float factor = 0;
  };
  static std::vector<Counted> count(std::vector<Occurrence> occurrences);
  TermVector weigh(const std::vector<Counted>& known) const;

  std::unordered_map<std::uint64_t, std::uint32_t> term_ids_;
  std::vector<std::uint32_t> df_;
  std::vector<float> idf_;
  std::vector<TermVector> vectors_;
  // Postings of term t: postings_[posting_start_[t] .. posting_start_[t+1]),
  // one flat array rather than a vector per term (there are ~1M terms).
  std::vector<std::uint32_t> posting_start_;
  std::vector<std::pair<std::uint32_t, float>> postings_;  // (paragraph, weight)
  mutable std::vector<float> scratch_;
  std::size_t max_df_ = 0;  // terms more common than this are not used to find candidates
};

}  // namespace unxref::uptake
