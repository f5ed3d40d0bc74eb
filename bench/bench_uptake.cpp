// Uptake at scale: 1,000 recommendations against 10,000 paragraphs.
//
// A plain timing program (prints a table): synthetic documents drawn from a
// Zipf-distributed vocabulary of pseudo-words plus UN boilerplate, with a
// quarter of the recommendations copied from paragraphs, a quarter copied and
// edited, a quarter sharing only some words and a quarter unrelated.
//
//   bench_uptake [recommendations=1000] [paragraphs=10000] [seed=1]
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "unxref/uptake/uptake.hpp"

namespace {

using unxref::uptake::Paragraph;
using unxref::uptake::Recommendation;

class Corpus {
 public:
  explicit Corpus(unsigned seed) : rng_(seed) {
    const char* consonants = "bcdfghklmnprstvz";
    const char* vowels = "aeiou";
    std::uniform_int_distribution<int> syllables(2, 4), c(0, 15), v(0, 4);
    for (int i = 0; i < 8000; ++i) {
      std::string w;
      for (int s = syllables(rng_); s > 0; --s) w += consonants[c(rng_)], w += vowels[v(rng_)];
      words_.push_back(w);
    }
    std::vector<double> weights;
    for (std::size_t i = 0; i < words_.size(); ++i) weights.push_back(1.0 / std::pow(double(i + 1), 1.05));
    zipf_ = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
  }

  std::string sentence(int n) {
    static const char* boilerplate[] = {"trafficking in persons", "Member States", "victims of trafficking",
                                        "in accordance with", "the Global Plan of Action"};
    std::uniform_int_distribution<int> pick(0, 4), coin(0, 9);
    std::string s;
    for (int i = 0; i < n; ++i) {
      if (!s.empty()) s += ' ';
      s += coin(rng_) == 0 ? boilerplate[pick(rng_)] : words_[zipf_(rng_)];
    }
    return s;
  }

  // Copy of `text` with about `rate` of its words replaced.
  std::string edit(const std::string& text, double rate) {
    std::bernoulli_distribution change(rate);
    std::string out, word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && text[i] != ' ') {
        word += text[i];
        continue;
      }
      if (!out.empty()) out += ' ';
      out += change(rng_) ? words_[zipf_(rng_)] : word;
      word.clear();
    }
    return out;
  }

  std::mt19937& rng() { return rng_; }

 private:
  std::mt19937 rng_;
  std::vector<std::string> words_;
  std::discrete_distribution<std::size_t> zipf_;
};

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  const int n_recs = argc > 1 ? std::atoi(argv[1]) : 1000;
  const int n_paras = argc > 2 ? std::atoi(argv[2]) : 10000;
  const unsigned seed = argc > 3 ? static_cast<unsigned>(std::atoi(argv[3])) : 1u;
  if (n_recs <= 0 || n_paras <= 0) {
    std::fprintf(stderr, "usage: bench_uptake [recommendations>0] [paragraphs>0] [seed]\n");
    return 2;
  }
  Corpus corpus(seed);
  std::uniform_int_distribution<int> para_len(40, 120), rec_len(15, 45);
  std::vector<Paragraph> paras;
  std::size_t words = 0;
  for (int i = 0; i < n_paras; ++i) {
    Paragraph p;
    p.number = std::to_string(i + 1);
    p.kind = unxref::uptake::ParagraphKind::operative;
    const int len = para_len(corpus.rng());
    words += static_cast<std::size_t>(len);
    p.text = corpus.sentence(len) + ";";
    paras.push_back(std::move(p));
  }
  std::uniform_int_distribution<int> any_para(0, n_paras - 1);
  std::vector<Recommendation> recs;
  for (int i = 0; i < n_recs; ++i) {
    Recommendation r;
    r.source = "bench";
    r.id = "R" + std::to_string(i + 1);
    const std::string& from = paras[static_cast<std::size_t>(any_para(corpus.rng()))].text;
    switch (i % 4) {
      case 0: r.text = from.substr(0, from.size() / 2); break;                   // taken over
      case 1: r.text = corpus.edit(from.substr(0, from.size() / 2), 0.3); break;  // edited
      case 2: r.text = corpus.edit(from.substr(0, from.size() / 2), 0.8); break;  // some words shared
      default: r.text = corpus.sentence(rec_len(corpus.rng()));                  // unrelated
    }
    recs.push_back(std::move(r));
  }

  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  const unxref::uptake::UptakeReport report = unxref::uptake::match_units(std::move(recs), std::move(paras));
  const double secs = seconds_since(start);
  // CPU time too: on a shared machine wall time also counts other people's work.
  const double cpu_secs = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;

  std::size_t counts[4] = {};
  for (const auto& r : report.results) ++counts[static_cast<int>(r.verdict)];
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%-28s %12s\n", "measure", "value");
  std::printf("%-28s %12d\n", "recommendations", n_recs);
  std::printf("%-28s %12d\n", "paragraphs", n_paras);
  std::printf("%-28s %12zu\n", "paragraph words", words);
  std::printf("%-28s %12.3f\n", "match_units seconds (wall)", secs);
  std::printf("%-28s %12.3f\n", "match_units seconds (CPU)", cpu_secs);
  std::printf("%-28s %12.1f\n", "recommendations per second", n_recs / secs);
  std::printf("%-28s %12zu\n", "verbatim", counts[0]);
  std::printf("%-28s %12zu\n", "adapted", counts[1]);
  std::printf("%-28s %12zu\n", "thematic", counts[2]);
  std::printf("%-28s %12zu\n", "absent", counts[3]);
  std::printf("%-28s %12.1f\n", "peak RSS MiB (ru_maxrss)", usage.ru_maxrss / 1024.0);
  return 0;
}
