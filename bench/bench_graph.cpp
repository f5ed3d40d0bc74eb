// Builds and analyses a synthetic citation graph (default 100,000 vertices,
// 1,000,000 cites edges) and prints one line per step: wall time, CPU time
// and peak resident memory so far (getrusage ru_maxrss).
//
//   bench_graph [vertices] [edges] [betweenness samples]
//
// Shape: every vertex may cite; the cited end is drawn from a Zipf-like
// distribution (a few targets cited by many, most by few), which is what
// makes co-citation expensive on real corpora.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <filesystem>
#include <string>

#include "unxref/graph/analyses.hpp"
#include "unxref/graph/exports.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// User + system CPU seconds of this process: on a shared machine the wall
// time also counts other processes' turns, the CPU time does not.
double cpu_seconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  auto sec = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return sec(ru.ru_utime) + sec(ru.ru_stime);
}

double peak_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // KiB on Linux
}

template <typename Fn>
void step(const char* name, Fn fn) {
  const auto t0 = Clock::now();
  const double c0 = cpu_seconds();
  std::string note = fn();
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("%-28s %9.3f s %9.3f s %9.1f MB  %s\n", name, s, cpu_seconds() - c0, peak_mb(), note.c_str());
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100'000;
  const std::size_t m = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1'000'000;
  const std::size_t samples = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 64;
  std::printf("synthetic citation graph: %zu vertices, %zu edges, betweenness from %zu sources\n", n, m, samples);
  std::printf("%-28s %11s %11s %12s\n", "step", "wall", "cpu", "peak RSS");

  unxref::CitationGraph graph;
  step("build (add_mention)", [&] {
    std::vector<unxref::Vertex> vs;
    vs.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      unxref::VertexProps p;
      p.id = "v";
      p.id += std::to_string(i);
      p.kind = i % 2 ? "document" : "resolution";
      p.year = 1990 + static_cast<int>(i % 35);
      p.in_corpus = i % 2;
      vs.push_back(graph.add_vertex(p));
    }
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<std::size_t> citing(0, n - 1);
    // Zipf-like: index = n^u - 1 for u uniform in [0, 1).
    std::uniform_real_distribution<double> u(0.0, 1.0);
    unxref::Mention mention;
    mention.page = 1;
    mention.section = "body";
    std::size_t added = 0;
    while (graph.edge_count() < m) {
      const std::size_t a = citing(rng);
      const std::size_t b = static_cast<std::size_t>(std::pow(static_cast<double>(n), u(rng))) - 1;
      if (a == b) continue;
      graph.add_mention(vs[a], vs[b], mention);
      ++added;
    }
    return std::to_string(added) + " mentions";
  });
  step("vertex_stats", [&] {
    auto s = unxref::vertex_stats(graph.storage());
    return "max in-degree " + std::to_string(std::max_element(s.begin(), s.end(), [](auto& x, auto& y) {
                                                return x.in_degree < y.in_degree;
                                              })->in_degree);
  });
  step("pagerank", [&] {
    auto pr = unxref::pagerank(graph.storage());
    return "max " + std::to_string(*std::max_element(pr.begin(), pr.end()));
  });
  step("betweenness (sampled)", [&] {
    unxref::BetweennessOptions o;
    o.samples = samples;
    auto bc = unxref::betweenness(graph.storage(), o);
    return "max " + std::to_string(*std::max_element(bc.begin(), bc.end()));
  });
  step("cocitation (top 1000)", [&] {
    unxref::PairOptions o;
    o.top = 1000;
    auto r = unxref::cocitation(graph, o);
    return "heaviest " + std::to_string(r.pairs.empty() ? 0 : r.pairs[0].weight) + ", skipped " +
           std::to_string(r.skipped);
  });
  step("coupling (top 1000)", [&] {
    unxref::PairOptions o;
    o.top = 1000;
    auto r = unxref::coupling(graph, o);
    return "heaviest " + std::to_string(r.pairs.empty() ? 0 : r.pairs[0].weight) + ", skipped " +
           std::to_string(r.skipped);
  });
  step("rank by indegree (top 20)", [&] {
    auto r = unxref::rank(graph, unxref::RankBy::indegree, 20);
    return "first " + r.front().id;
  });
  step("timeline", [&] { return std::to_string(unxref::timeline(graph).size()) + " rows"; });
  step("graphml (to a file)", [&] {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "bench_graph.graphml";
    unxref::write_file(file, [&](std::ostream& out) { unxref::write_graphml(graph, out); });
    const auto size = std::filesystem::file_size(file);
    std::filesystem::remove(file);
    return std::to_string(size / (1024 * 1024)) + " MiB";
  });
  return 0;
}
