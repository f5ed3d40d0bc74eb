// Layout + render time of citation-like graphs by size, format and engine.
//
//   cmake -S . -B build-bench -G Ninja -DUNXREF_BENCHMARKS=ON
//   cmake --build build-bench --target bench_render
//   build-bench/bench_render --benchmark_filter=...
//
// Each run is one render (they take up to tens of seconds); the counters
// split layout from rendering and say which engine the size chose.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "unxref/render/render.hpp"

namespace {

using unxref::CitationGraph;
using unxref::Vertex;

// `vertices` in total: a fifth are corpus documents, the rest targets, each
// target cited at least once and about three citations per vertex overall,
// skewed towards a few popular targets as in real corpora.
CitationGraph citation_like(std::size_t vertices, std::uint32_t seed = 7) {
  static const char* kKinds[] = {"resolution", "resolution", "symbol", "treaty", "sdg-target"};
  CitationGraph g;
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  const std::size_t documents = std::max<std::size_t>(1, vertices / 5);
  const std::size_t targets = vertices - documents;
  std::vector<Vertex> docs, cited;
  for (std::size_t d = 0; d < documents; ++d) {
    unxref::VertexProps p;
    p.id = "doc:" + std::to_string(d);
    p.label = "D" + std::to_string(d);
    p.kind = "document";
    p.in_corpus = true;
    p.year = 2014 + static_cast<int>(d % 11);
    docs.push_back(g.add_vertex(p));
  }
  const auto cite = [&](Vertex from, Vertex to) {
    unxref::Mention m;
    m.page = 1;
    g.add_mention(from, to, m);
  };
  for (std::size_t t = 0; t < targets; ++t) {
    unxref::VertexProps p;
    p.id = "T/" + std::to_string(t);
    p.kind = kKinds[t % 5];
    p.title = "Target number " + std::to_string(t);
    cited.push_back(g.add_vertex(p));
    cite(docs[rng() % documents], cited.back());
  }
  const std::size_t extra = vertices * 3 - targets;
  for (std::size_t k = 0; k < extra && targets > 0; ++k) {
    const double u = unit(rng);
    cite(docs[rng() % documents], cited[static_cast<std::size_t>(u * u * (targets - 1))]);
  }
  return g;
}

void render_graph(benchmark::State& state, const char* extension, const char* layout) {
  const CitationGraph g = citation_like(static_cast<std::size_t>(state.range(0)));
  const auto out =
      std::filesystem::temp_directory_path() / ("unxref_bench_render" + std::string(extension));
  unxref::RenderOptions options;
  options.layout = layout;
  unxref::RenderStats stats;
  for (auto _ : state) stats = unxref::render(g, out, options);
  state.counters["vertices"] = static_cast<double>(stats.vertices);
  state.counters["edges"] = static_cast<double>(stats.edges);
  state.counters["layout_s"] = stats.layout_seconds;
  state.counters["render_s"] = stats.render_seconds;
  state.counters["MB"] = static_cast<double>(std::filesystem::file_size(out)) / 1e6;
  state.SetLabel(stats.layout);
  std::filesystem::remove(out);
}

void BM_Svg(benchmark::State& s) { render_graph(s, ".svg", ""); }
void BM_Png(benchmark::State& s) { render_graph(s, ".png", ""); }
void BM_SvgForcedDot(benchmark::State& s) { render_graph(s, ".svg", "dot"); }
void BM_SvgForcedSfdp(benchmark::State& s) { render_graph(s, ".svg", "sfdp"); }

BENCHMARK(BM_Svg)->Arg(200)->Arg(2000)->Arg(10000)->Iterations(1)->Unit(benchmark::kSecond);
BENCHMARK(BM_Png)->Arg(200)->Arg(2000)->Arg(10000)->Iterations(1)->Unit(benchmark::kSecond);
// Where the automatic choice switches engines: dot (with its speed limits
// from 300 vertices) against sfdp around the 1,500-vertex threshold.
BENCHMARK(BM_SvgForcedDot)->Arg(300)->Arg(800)->Arg(1500)->Iterations(1)->Unit(benchmark::kSecond);
BENCHMARK(BM_SvgForcedSfdp)->Arg(300)->Arg(800)->Arg(1500)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace

BENCHMARK_MAIN();
