#include "render/graphviz.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <chrono>
#include <memory>
#include <mutex>

namespace unxref::rendering {
namespace {

std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

// cgraph's API takes char* but copies what it is given.
char* c(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* c(const char* s) { return const_cast<char*>(s); }

// agerr() hands the callback a message in pieces ("Warning", ": ", text with
// its newline); this joins them back into lines.
class MessageCollector {
 public:
  MessageCollector() : previous_(agseterrf(&MessageCollector::receive)) { active_ = this; }
  ~MessageCollector() {
    agseterrf(previous_);
    active_ = nullptr;
  }
  MessageCollector(const MessageCollector&) = delete;
  MessageCollector& operator=(const MessageCollector&) = delete;

  std::vector<std::string> lines() {
    flush();
    return lines_;
  }

  // Errors first: they are what explains a failure.
  std::string summary() {
    std::string out;
    for (const auto& l : lines()) {
      if (l.rfind("Error", 0) == 0) out += (out.empty() ? "" : "; ") + l;
    }
    for (const auto& l : lines_) {
      if (l.rfind("Error", 0) != 0) out += (out.empty() ? "" : "; ") + l;
    }
    return out;
  }

 private:
  static int receive(char* piece) {
    if (active_ && piece) active_->append(piece);
    return 0;
  }
  void append(const char* piece) {
    for (const char* p = piece; *p; ++p) {
      if (*p == '\n') {
        flush();
      } else {
        current_ += *p;
      }
    }
  }
  void flush() {
    if (!current_.empty()) lines_.push_back(std::move(current_));
    current_.clear();
  }

  static inline MessageCollector* active_ = nullptr;
  agusererrf previous_;
  std::string current_;
  std::vector<std::string> lines_;
};

struct ContextDeleter {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};
struct GraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using Context = std::unique_ptr<GVC_t, ContextDeleter>;
using Graph = std::unique_ptr<Agraph_t, GraphDeleter>;

// Frees the layout before the graph (the declaration order in
// layout_and_render takes care of that).
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g) {}
  ~LayoutGuard() { gvFreeLayout(gvc_, g_); }
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* g_;
};

void set(void* obj, Agraph_t* root, int kind, const Attr& a) {
  Agsym_t* sym = agattr(root, kind, c(a.name), nullptr);
  if (!sym) sym = agattr(root, kind, c(a.name), c(""));
  if (a.html) {
    char* h = agstrdup_html(root, c(a.value));
    agxset(obj, sym, h);
    agstrfree(root, h);
  } else {
    agxset(obj, sym, c(a.value));
  }
}

Graph build(const DrawModel& model) {
  Graph g(agopen(c("citations"), Agdirected, nullptr));
  if (!g) throw GraphvizError("cannot create a Graphviz graph");
  Agraph_t* root = g.get();
  for (const Attr& a : model.graph) set(root, root, AGRAPH, a);
  // Declaring an attribute on the root sets its default for all objects.
  for (const Attr& a : model.node_defaults) agattr(root, AGNODE, c(a.name), c(a.value));
  for (const Attr& a : model.edge_defaults) agattr(root, AGEDGE, c(a.name), c(a.value));
  for (const DrawNode& n : model.nodes) {
    Agnode_t* node = agnode(root, c(n.name), 1);
    for (const Attr& a : n.attrs) set(node, root, AGNODE, a);
  }
  for (const SameRank& r : model.ranks) {
    // Anonymous: cgraph writes named subgraphs in the order of their names'
    // addresses, so the .dot file would change from run to run; anonymous
    // ones keep the order they are made in. The heading node names the year.
    Agraph_t* sub = agsubg(root, nullptr, 1);
    agsafeset(sub, c("rank"), c("same"), c(""));
    for (const std::string& name : r.nodes) {
      if (Agnode_t* node = agnode(root, c(name), 0)) agsubnode(sub, node, 1);
    }
  }
  for (const DrawEdge& e : model.edges) {
    Agnode_t* tail = agnode(root, c(e.tail), 0);
    Agnode_t* head = agnode(root, c(e.head), 0);
    if (!tail || !head)
      throw GraphvizError("edge to an undeclared node " + e.tail + " -> " + e.head);
    Agedge_t* edge = agedge(root, tail, head, nullptr, 1);
    for (const Attr& a : e.attrs) set(edge, root, AGEDGE, a);
  }
  return g;
}

// One context for the whole process: Graphviz 2.42's pango text layout keeps
// a pointer to the last font name it measured, and the context's font table
// owns that name; with a context per drawing, the next drawing's first label
// compared against freed memory (AddressSanitizer's heap-use-after-free in
// strcmp, suppressed until 2026-12-05). Called under graphviz_mutex().
GVC_t* shared_context() {
  static const Context gvc(gvContext());
  if (!gvc) throw GraphvizError("cannot create a Graphviz context");
  return gvc.get();
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

LaidOut layout_and_render(const DrawModel& model, const std::string& engine,
                          const std::string& format) {
  std::lock_guard lock(graphviz_mutex());
  MessageCollector messages;
  GVC_t* gvc = shared_context();
  Graph g = build(model);

  LaidOut result;
  auto start = std::chrono::steady_clock::now();
  if (gvLayout(gvc, g.get(), engine.c_str()) != 0) {
    throw GraphvizError("layout with " + engine + " failed: " + messages.summary());
  }
  LayoutGuard layout(gvc, g.get());
  result.layout_seconds = seconds_since(start);

  start = std::chrono::steady_clock::now();
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc, g.get(), format.c_str(), &data, &length);
  std::unique_ptr<char, void (*)(char*)> owned(data, [](char* p) {
    if (p) gvFreeRenderData(p);
  });
  if (rc != 0 || !data) {
    throw GraphvizError("rendering " + format + " failed: " + messages.summary());
  }
  result.bytes.assign(data, length);
  result.render_seconds = seconds_since(start);
  result.warnings = messages.lines();
  return result;
}

}  // namespace unxref::rendering
