// Throughput of the whole detect stage (normalisation, cue scan, finders,
// mentions) on tens of MB of English prose with UN-style citation density.
#include <benchmark/benchmark.h>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "detect/default_finders.hpp"
#include "detect/finder.hpp"
#include "detect/normalize.hpp"
#include "detect/scanner.hpp"
#include "unxref/detect/detect.hpp"

namespace {

// Prose with about one citation per 600 bytes, as in UN reports and
// resolutions, plus the look-alikes that cost the finders work for nothing.
std::string make_corpus(std::size_t bytes) {
  static const std::vector<std::string> words = {
      "the", "of", "and", "to", "in", "States", "Member", "trafficking", "persons", "victims",
      "national", "international", "cooperation", "measures", "report", "Secretary-General",
      "implementation", "including", "protection", "assistance", "children", "women", "migrants",
      "strengthen", "effective", "criminal", "justice", "policy", "framework", "support", "data",
      "capacity", "efforts", "coordination", "agencies", "prevention", "prosecution", "regional",
      "resolution", "conflict", "per", "cent", "HIV/AIDS", "and/or", "2018/2019", "COVID-19", "24/7"};
  static const std::vector<std::string> citations = {
      "General Assembly resolution 61/180", "Security Council resolution 2331 (2016)",
      "its resolution 64/293 of 30 July 2010", "ECOSOC resolution 2006/27, op. 16", "A/RES/72/1",
      "resolutions 2331 (2016) and 2388 (2017)", "S/PRST/2015/25", "Human Rights Council resolution 35/5",
      "target 8.7", "the Trafficking in Persons Protocol", "A/53/500/Add.1", "resolutions 58/137, 59/156 and 61/144"};
  std::mt19937 rng(42);
  std::string out;
  out.reserve(bytes + 256);
  std::size_t next_citation = 600;
  while (out.size() < bytes) {
    const std::size_t sentence = 12 + rng() % 20;
    for (std::size_t i = 0; i < sentence; ++i) {
      if (i) out += ' ';
      out += words[rng() % words.size()];
      if (out.size() >= next_citation) {
        out += ' ';
        out += citations[rng() % citations.size()];
        next_citation = out.size() + 300 + rng() % 600;
      }
    }
    out += (rng() % 5 == 0) ? ".\n\n" : ". ";
  }
  return out;
}

const std::string& corpus() {
  static const std::string text = make_corpus(std::size_t{32} << 20);
  return text;
}

void report(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}

void BM_Normalize(benchmark::State& state) {
  const std::string& text = corpus();
  for (auto _ : state) benchmark::DoNotOptimize(unxref::detect::normalize(text).text.size());
  report(state, text.size());
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The prefilter alone: every finder's cues in one Hyperscan database, run
// over text already normalised.
void BM_CueScan(benchmark::State& state) {
  const std::string normalized = unxref::detect::normalize(corpus()).text;
  std::vector<std::vector<std::string>> cues;
  for (const auto& f : unxref::detect::make_default_finders({})) cues.push_back(f->cues());
  const unxref::detect::CueScanner scanner(cues);
  std::size_t hits = 0;
  for (auto _ : state) {
    auto found = scanner.scan(normalized);
    hits = found.size();
    benchmark::DoNotOptimize(found.data());
  }
  report(state, corpus().size());
  state.counters["hits"] = static_cast<double>(hits);
}
BENCHMARK(BM_CueScan)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The baseline a researcher would otherwise write: one RE2 pattern for the
// commonest forms, over the raw text, with no organs, lists, languages,
// treaties or short forms. The ratio to BM_Detect is the price of those.
void BM_RegexBaseline(benchmark::State& state) {
  const std::string& text = corpus();
  const RE2 pattern(R"((?i)resolutions? \d{1,4}(?:/\d{1,4}| ?\(\d{4}\))|[AES]/RES/\d+/\d+|targets? \d{1,2}\.\d{1,2})");
  std::size_t found = 0;
  for (auto _ : state) {
    found = 0;
    re2::StringPiece rest(text);
    while (RE2::FindAndConsume(&rest, pattern)) ++found;
  }
  report(state, text.size());
  state.counters["matches"] = static_cast<double>(found);
}
BENCHMARK(BM_RegexBaseline)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_Detect(benchmark::State& state) {
  const std::string& text = corpus();
  const unxref::Detector detector;
  std::size_t mentions = 0;
  for (auto _ : state) {
    auto ms = detector.detect(std::string_view(text), "bench");
    mentions = ms.size();
    benchmark::DoNotOptimize(ms.data());
  }
  report(state, text.size());
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
}
BENCHMARK(BM_Detect)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The real workload: a corpus of documents of a UN report's size (200 KB),
// detected one after the other, 32 MB in all.
void BM_DetectCorpusOfDocuments(benchmark::State& state) {
  const std::string& text = corpus();
  constexpr std::size_t kDoc = 200 * 1024;
  const unxref::Detector detector;
  std::size_t mentions = 0;
  for (auto _ : state) {
    mentions = 0;
    for (std::size_t at = 0; at < text.size(); at += kDoc) {
      auto ms = detector.detect(std::string_view(text).substr(at, kDoc), "doc");
      mentions += ms.size();
      benchmark::DoNotOptimize(ms.data());
    }
  }
  report(state, text.size());
  state.counters["mentions"] = static_cast<double>(mentions);
}
BENCHMARK(BM_DetectCorpusOfDocuments)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// One 100 MB line: the hostile shape for anything that works per line.
void BM_DetectHundredMegabyteLine(benchmark::State& state) {
  std::string text = make_corpus(std::size_t{100} << 20);
  for (char& c : text)
    if (c == '\n') c = ' ';
  const unxref::Detector detector;
  for (auto _ : state) benchmark::DoNotOptimize(detector.detect(std::string_view(text), "line").size());
  report(state, text.size());
}
BENCHMARK(BM_DetectHundredMegabyteLine)->Unit(benchmark::kMillisecond)->Iterations(1);

// Real multilingual text: every resolution of ../shared/corpus/akn (GA 76th
// session, SC 2021) in its six languages, as the reader gives them.
const std::vector<std::string>& akn_texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    const std::filesystem::path root = std::filesystem::path(UNXREF_SHARED_DIR) / "corpus" / "akn";
    if (!std::filesystem::is_directory(root)) return out;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root))
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back(ss.str());
    }
    return out;
  }();
  return texts;
}

void BM_DetectAknAsOneText(benchmark::State& state) {
  if (akn_texts().empty()) return state.SkipWithError("../shared/corpus/akn not found");
  std::string text;
  for (const std::string& t : akn_texts()) (text += t) += "\n\n";
  const unxref::Detector detector;
  std::size_t mentions = 0;
  for (auto _ : state) {
    auto ms = detector.detect(std::string_view(text), "akn");
    mentions = ms.size();
    benchmark::DoNotOptimize(ms.data());
  }
  report(state, text.size());
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
}
BENCHMARK(BM_DetectAknAsOneText)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_DetectAknFileByFile(benchmark::State& state) {
  if (akn_texts().empty()) return state.SkipWithError("../shared/corpus/akn not found");
  const unxref::Detector detector;
  std::size_t bytes = 0, mentions = 0;
  for (const std::string& t : akn_texts()) bytes += t.size();
  for (auto _ : state) {
    mentions = 0;
    for (const std::string& t : akn_texts()) {
      auto ms = detector.detect(std::string_view(t), "doc");
      mentions += ms.size();
      benchmark::DoNotOptimize(ms.data());
    }
  }
  report(state, bytes);
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["files"] = static_cast<double>(akn_texts().size());
}
BENCHMARK(BM_DetectAknFileByFile)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
