#include "unxref/graph/lineage.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>

#include "unxref/core/years.hpp"
#include "unxref/graph/identity.hpp"

namespace unxref {
namespace {

// "A/RES/" of "A/RES/76/173", "S/RES/" of "S/RES/2331(2016)": the symbol up
// to its first number, which names the organ and the kind of document.
std::string series_prefix(const std::string& id) {
  const std::size_t digit = id.find_first_of("0123456789");
  return digit == std::string::npos ? id : id.substr(0, digit);
}

// The numbers of a symbol, for ordering members of one year ("76/173" after "76/17").
std::vector<long> numbers_of(const std::string& id) {
  std::vector<long> out;
  long n = -1;
  for (char c : id) {
    if (c >= '0' && c <= '9') {
      n = (n < 0 ? 0 : n * 10) + (c - '0');
    } else if (n >= 0) {
      out.push_back(n);
      n = -1;
    }
  }
  if (n >= 0) out.push_back(n);
  return out;
}

}  // namespace

std::vector<LineageMember> lineage(const CitationGraph& graph, const std::string& id) {
  const std::optional<Vertex> subject = graph.find(id);
  if (!subject) return {};
  const GraphStorage& g = graph.storage();
  const std::string prefix = series_prefix(id);
  // Series links in both directions, between members of the subject's series of symbols.
  std::set<Vertex> seen = {*subject};
  std::deque<Vertex> todo = {*subject};
  const auto member = [&](Vertex v) { return series_prefix(g[v].id) == prefix; };
  while (!todo.empty()) {
    const Vertex v = todo.front();
    todo.pop_front();
    const auto visit = [&](Vertex w) {
      if (member(w) && seen.insert(w).second) todo.push_back(w);
    };
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g)))
      if (g[e].type == EdgeType::cites && g[e].series > 0) visit(boost::target(e, g));
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g)))
      if (g[e].type == EdgeType::cites && g[e].series > 0) visit(boost::source(e, g));
  }
  std::vector<LineageMember> out;
  for (Vertex v : seen) {
    LineageMember m;
    m.id = g[v].id;
    m.in_corpus = g[v].in_corpus;
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g)))
      if (m.date.empty() && !g[e].date.empty()) m.date = g[e].date;
    m.year = first_year(m.date);
    if (m.year == 0) m.year = g[v].year;
    if (m.year == 0) m.year = year_from_symbol(m.id);
    out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [](const LineageMember& a, const LineageMember& b) {
    return std::make_tuple(a.year, numbers_of(a.id)) < std::make_tuple(b.year, numbers_of(b.id));
  });
  const auto at = std::find_if(out.begin(), out.end(), [&](const LineageMember& m) { return m.id == id; });
  const auto here = at - out.begin();
  for (std::ptrdiff_t i = 0; i < static_cast<std::ptrdiff_t>(out.size()); ++i)
    out[static_cast<std::size_t>(i)].position = static_cast<int>(i - here);
  return out;
}

}  // namespace unxref
