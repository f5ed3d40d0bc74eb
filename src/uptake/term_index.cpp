#include "uptake/term_index.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace unxref::uptake {
namespace {

constexpr std::uint64_t kUnigram = 0xffffffffull;

void normalise(TermVector& v) {
  double sum = 0;
  for (const auto& [t, w] : v) sum += double(w) * w;
  if (sum <= 0) return;
  const float inv = static_cast<float>(1.0 / std::sqrt(sum));
  for (auto& [t, w] : v) w *= inv;
}

}  // namespace

TermIndex::RawTerms TermIndex::terms_of(const std::vector<Token>& tokens) {
  RawTerms raw;
  const Token* prev = nullptr;
  for (const Token& t : tokens) {
    if (t.cls == TokenClass::stopword) continue;  // bigrams bridge stop words: "ratify the protocol"
    const float f = t.cls == TokenClass::boilerplate ? kBoilerplateFactor : 1.0f;
    raw.terms.emplace_back((std::uint64_t{t.stem} << 32) | kUnigram, f);
    if (prev) {
      const float pf = prev->cls == TokenClass::boilerplate ? kBoilerplateFactor : 1.0f;
      raw.terms.emplace_back((std::uint64_t{prev->stem} << 32) | t.stem, std::min(f, pf));
    }
    prev = &t;
  }
  return raw;
}

TermIndex::TermIndex(const std::vector<std::vector<Token>>& paragraphs) {
  std::vector<RawTerms> raws;
  raws.reserve(paragraphs.size());
  for (const auto& tokens : paragraphs) {
    raws.push_back(terms_of(tokens));
    std::vector<std::uint32_t> seen;
    for (const auto& [key, f] : raws.back().terms) {
      auto [it, inserted] = term_ids_.try_emplace(key, static_cast<std::uint32_t>(df_.size()));
      if (inserted) df_.push_back(0);
      seen.push_back(it->second);
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (std::uint32_t t : seen) ++df_[t];
  }
  const double n = static_cast<double>(paragraphs.size());
  idf_.resize(df_.size());
  for (std::size_t t = 0; t < df_.size(); ++t) idf_[t] = static_cast<float>(std::log((n + 1) / (df_[t] + 1)) + 1);
  postings_.resize(df_.size());
  vectors_.reserve(raws.size());
  for (std::size_t p = 0; p < raws.size(); ++p) {
    vectors_.push_back(weigh(raws[p], false));
    for (const auto& [t, w] : vectors_.back()) postings_[t].emplace_back(static_cast<std::uint32_t>(p), w);
  }
  // A term in most paragraphs adds little to a ranking and costs a full scan.
  max_df_ = std::max<std::size_t>(64, paragraphs.size() / 5);
  scratch_.assign(paragraphs.size(), 0.0f);
}

TermVector TermIndex::weigh(const RawTerms& raw, bool add_unseen) const {
  // one entry each, so they are collected apart.
  std::map<std::uint32_t, std::pair<int, float>> known;
  std::map<std::uint64_t, std::pair<int, float>> unseen;
  for (const auto& [key, f] : raw.terms) {
    auto it = term_ids_.find(key);
    auto& slot = it != term_ids_.end() ? known[it->second] : unseen[key];
    ++slot.first;
    slot.second = std::max(slot.second, f);
  }
  TermVector v;
  for (const auto& [t, cf] : known)
    v.emplace_back(t, static_cast<float>((1 + std::log(cf.first)) * idf_[t] * cf.second));
  normalise(v);
  if (!add_unseen || unseen.empty()) return v;
  // Renormalise with unseen terms in the norm, then drop them: they can match nothing.
  const double unseen_idf = std::log(double(vectors_.size()) + 1) + 1;
  double known_sq = 0, unseen_sq = 0;
  for (const auto& [t, cf] : known) {
    const double w = (1 + std::log(cf.first)) * idf_[t] * cf.second;
    known_sq += w * w;
  }
  for (const auto& [k, cf] : unseen) {
    const double w = (1 + std::log(cf.first)) * unseen_idf * cf.second;
    unseen_sq += w * w;
  }
  const double scale = known_sq > 0 ? std::sqrt(known_sq / (known_sq + unseen_sq)) : 0.0;
  for (auto& [t, w] : v) w = static_cast<float>(w * scale);
  return v;
}

TermVector TermIndex::vectorize(const std::vector<Token>& tokens) const { return weigh(terms_of(tokens), true); }

std::vector<std::size_t> TermIndex::top(const TermVector& query, std::size_t k) const {
  std::vector<std::uint32_t> touched;
  for (const auto& [t, w] : query) {
    if (df_[t] > max_df_) continue;
    for (const auto& [p, pw] : postings_[t]) {
      if (scratch_[p] == 0.0f) touched.push_back(p);
      scratch_[p] += w * pw;
    }
  }
  std::vector<std::pair<float, std::uint32_t>> scored;
  scored.reserve(touched.size());
  for (std::uint32_t p : touched) {
    scored.emplace_back(scratch_[p], p);
    scratch_[p] = 0.0f;
  }
  const std::size_t n = std::min(k, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(n), scored.end(),
                    [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(scored[i].second);
  return out;
}

double TermIndex::cosine(const TermVector& a, const TermVector& b) {
  double dot = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (i->first < j->first) ++i;
    else if (j->first < i->first) ++j;
    else dot += double(i->second) * (j++)->second, ++i;
  }
  return std::clamp(dot, 0.0, 1.0);
}

}  // namespace unxref::uptake
