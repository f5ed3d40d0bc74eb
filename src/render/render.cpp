// The public entry points: filter, plan the layout, build the drawing, then
// either print it (to_dot) or hand it to Graphviz and write the file.
#include "unxref/render/render.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include "render/dot_text.hpp"
#include "render/graphviz.hpp"
#include "render/layout.hpp"
#include "render/model.hpp"
#include "render/select.hpp"
#include "render/style.hpp"
#include "unxref/core/error.hpp"

namespace unxref {
namespace {

constexpr double kDpi = 96;

struct Prepared {
  rendering::Selection selection;
  rendering::LayoutPlan plan;
  rendering::DrawModel model;
};

Prepared prepare(const CitationGraph& graph, const RenderOptions& options) {
  Prepared p;
  p.selection = rendering::select(graph, options);
  p.plan =
      rendering::plan_layout(p.selection.vertices.size(), p.selection.edges.size(), options.layout);
  p.model = rendering::build_model(graph, p.selection, p.plan, options.legend);
  return p;
}

// The gvRender format for an output file, or empty when unsupported. PNG and
// PDF go through cairo/pango explicitly: the gd fallback cannot draw
// non-Latin labels.
std::string format_for(const std::filesystem::path& out) {
  std::string ext = out.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  if (ext == ".svg") return "svg";
  if (ext == ".png") return "png:cairo";
  if (ext == ".pdf") return "pdf:cairo";
  if (ext == ".dot" || ext == ".gv") return "dot";
  return {};
}

// Written beside the target and renamed over it, so a failed or interrupted
// render never leaves half a file where a reader expects a drawing.
std::filesystem::path folder_of(const std::filesystem::path& out) {
  return out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
}

// Checked before the layout, which can take seconds, is started.
void require_folder(const std::filesystem::path& out) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder_of(out), ec)) {
    throw FileError(out, "cannot write: folder " + folder_of(out).string() + " does not exist");
  }
}

void write_whole(const std::filesystem::path& out, const std::string& bytes) {
  const std::filesystem::path dir = folder_of(out);
  std::error_code ec;
  const std::filesystem::path tmp =
      dir / ("." + out.filename().string() + ".tmp" + std::to_string(::getpid()));
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) throw FileError(out, std::string("cannot write: ") + std::strerror(errno));
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    f.close();
    if (!f) {
      const std::string cause = std::strerror(errno);
      std::filesystem::remove(tmp, ec);
      throw FileError(out, "cannot write: " + cause);
    }
  }
  std::filesystem::rename(tmp, out, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(tmp, ignored);
    throw FileError(out, "cannot write: " + ec.message());
  }
}

}  // namespace

std::string to_dot(const CitationGraph& graph, const RenderOptions& options) {
  return rendering::write_dot(prepare(graph, options).model);
}

RenderStats render(const CitationGraph& graph, const std::filesystem::path& out,
                   const RenderOptions& options) {
  const std::string format = format_for(out);
  if (format.empty()) {
    throw FileError(out, "unsupported output format '" + out.extension().string() +
                             "' (use .svg, .png, .pdf or .dot)");
  }
  if (options.max_png_pixels <= 0) throw FileError(out, "max_png_pixels must be positive");
  require_folder(out);
  Prepared p;
  try {
    p = prepare(graph, options);
  } catch (const std::invalid_argument& e) {
    throw FileError(out, e.what());
  }
  if (format == "png:cairo") {
    // Without a cap a 10,000-vertex PNG is about 19,000 px wide and takes
    // 40 s; `size` only ever scales down, so small drawings are unchanged.
    const double inches = options.max_png_pixels / kDpi;
    rendering::set_graph_attr(p.model, "dpi", rendering::format_number(kDpi));
    rendering::set_graph_attr(
        p.model, "size", rendering::format_number(inches) + "," + rendering::format_number(inches));
  }

  rendering::LaidOut laid;
  try {
    laid = rendering::layout_and_render(p.model, p.plan.engine, format);
  } catch (const rendering::GraphvizError& e) {
    throw FileError(out, std::string("Graphviz: ") + e.what());
  }
  write_whole(out, laid.bytes);

  RenderStats stats;
  stats.layout = p.plan.engine;
  stats.vertices = p.selection.vertices.size();
  stats.edges = p.selection.edges.size();
  stats.layout_seconds = laid.layout_seconds;
  stats.render_seconds = laid.render_seconds;
  stats.warnings = std::move(laid.warnings);
  return stats;
}

}  // namespace unxref
