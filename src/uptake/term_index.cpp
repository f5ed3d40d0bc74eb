#include "uptake/term_index.hpp"

#include <algorithm>
#include <cmath>

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

std::vector<TermIndex::Occurrence> TermIndex::terms_of(const std::vector<Token>& tokens) {
  std::vector<Occurrence> out;
  out.reserve(tokens.size() * 2);
  const Token* prev = nullptr;
  for (const Token& t : tokens) {
    if (t.cls == TokenClass::stopword) continue;  // bigrams bridge stop words: "ratify the protocol"
    const float f = t.cls == TokenClass::boilerplate ? kBoilerplateFactor : 1.0f;
    out.emplace_back((std::uint64_t{t.stem} << 32) | kUnigram, f);
    if (prev) {
      const float pf = prev->cls == TokenClass::boilerplate ? kBoilerplateFactor : 1.0f;
      out.emplace_back((std::uint64_t{prev->stem} << 32) | t.stem, std::min(f, pf));
    }
    prev = &t;
  }
  return out;
}

std::vector<TermIndex::Counted> TermIndex::count(std::vector<Occurrence> occurrences) {
  std::sort(occurrences.begin(), occurrences.end(), [](const Occurrence& a, const Occurrence& b) { return a.first < b.first; });
  std::vector<Counted> out;
  for (const auto& [term, f] : occurrences) {
    if (out.empty() || out.back().term != term) out.push_back({term, 0, 0.0f});
    ++out.back().count;
    out.back().factor = std::max(out.back().factor, f);
  }
  return out;
}

TermIndex::TermIndex(const std::vector<std::vector<Token>>& paragraphs) {
  // Pass 1: term ids and document frequencies; `counted` keeps term ids.
  std::vector<std::vector<Counted>> counted;
  counted.reserve(paragraphs.size());
  std::size_t tokens_total = 0;
  for (const auto& tokens : paragraphs) tokens_total += tokens.size();
  term_ids_.reserve(tokens_total);
  for (const auto& tokens : paragraphs) {
    counted.push_back(count(terms_of(tokens)));
    for (Counted& c : counted.back()) {
      auto [it, inserted] = term_ids_.try_emplace(c.term, static_cast<std::uint32_t>(df_.size()));
      if (inserted) df_.push_back(0);
      ++df_[it->second];
      c.term = it->second;
    }
  }
  const double n = static_cast<double>(paragraphs.size());
  idf_.resize(df_.size());
  for (std::size_t t = 0; t < df_.size(); ++t) idf_[t] = static_cast<float>(std::log((n + 1) / (df_[t] + 1)) + 1);
  // Pass 2: vectors and postings.
  posting_start_.assign(df_.size() + 1, 0);
  for (std::size_t t = 0; t < df_.size(); ++t) posting_start_[t + 1] = posting_start_[t] + df_[t];
  postings_.resize(posting_start_.back());
  std::vector<std::uint32_t> fill(posting_start_.begin(), posting_start_.end() - 1);
  vectors_.reserve(counted.size());
  for (std::size_t p = 0; p < counted.size(); ++p) {
    std::sort(counted[p].begin(), counted[p].end(), [](const Counted& a, const Counted& b) { return a.term < b.term; });
    vectors_.push_back(weigh(counted[p]));
    for (const auto& [t, w] : vectors_.back()) postings_[fill[t]++] = {static_cast<std::uint32_t>(p), w};
    std::vector<Counted>().swap(counted[p]);
  }
  // A term in most paragraphs adds little to a ranking and costs a full scan.
  max_df_ = std::max<std::size_t>(64, paragraphs.size() / 5);
  scratch_.assign(paragraphs.size(), 0.0f);
}

TermVector TermIndex::weigh(const std::vector<Counted>& known) const {
  TermVector v;
  v.reserve(known.size());
  for (const Counted& c : known)
    v.emplace_back(static_cast<std::uint32_t>(c.term), static_cast<float>((1 + std::log(c.count)) * idf_[c.term] * c.factor));
  normalise(v);
  return v;
}

TermVector TermIndex::vectorize(const std::vector<Token>& tokens) const {
  std::vector<Counted> known;
  double unseen_sq = 0;
  const double unseen_idf = std::log(double(vectors_.size()) + 1) + 1;
  for (Counted c : count(terms_of(tokens))) {
    auto it = term_ids_.find(c.term);
    if (it == term_ids_.end()) {
      const double w = (1 + std::log(c.count)) * unseen_idf * c.factor;
      unseen_sq += w * w;
      continue;
    }
    c.term = it->second;
    known.push_back(c);
  }
  std::sort(known.begin(), known.end(), [](const Counted& a, const Counted& b) { return a.term < b.term; });
  TermVector v = weigh(known);
  if (unseen_sq == 0) return v;
  // Unseen terms can match nothing but stay in the norm: scale the known part down.
  double known_sq = 0;
  for (const Counted& c : known) {
    const double w = (1 + std::log(c.count)) * idf_[c.term] * c.factor;
    known_sq += w * w;
  }
  const double scale = known_sq > 0 ? std::sqrt(known_sq / (known_sq + unseen_sq)) : 0.0;
  for (auto& [t, w] : v) w = static_cast<float>(w * scale);
  return v;
}

std::vector<std::size_t> TermIndex::top(const TermVector& query, std::size_t k) const {
  std::vector<std::uint32_t> touched;
  for (const auto& [t, w] : query) {
    if (df_[t] > max_df_) continue;
    for (std::uint32_t k = posting_start_[t]; k < posting_start_[t + 1]; ++k) {
      const auto [p, pw] = postings_[k];
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
