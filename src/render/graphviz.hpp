#pragma once
// DrawModel -> laid-out bytes, through libcgraph and libgvc.
//
// Graphviz keeps global state (the error callback, the plugin registry) and
// is not thread-safe, so every call here runs under one process-wide lock.
// Its messages go to a collector instead of stderr.
#include <stdexcept>
#include <string>
#include <vector>

#include "render/model.hpp"

namespace unxref::rendering {

struct LaidOut {
  std::string bytes;  // the rendered file
  std::vector<std::string> warnings;
  double layout_seconds = 0;
  double render_seconds = 0;
};

// Graphviz refused: the message is Graphviz's own (errors first), one line.
class GraphvizError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `format` is a gvRender format ("svg", "png:cairo", "pdf:cairo", "dot").
// Throws GraphvizError when layout or rendering fails.
LaidOut layout_and_render(const DrawModel& model, const std::string& engine,
                          const std::string& format);

}  // namespace unxref::rendering
