// The public entry points: filter, plan the layout, build the drawing, then
// either print it (to_dot) or hand it to Graphviz and write the file.
#include "unxref/render/render.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include "render/dot_text.hpp"
#include "render/graphviz.hpp"
#include "render/layout.hpp"
#include "render/model.hpp"
#include "render/select.hpp"
#include "render/series.hpp"
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

Prepared prepare(const CitationGraph& graph, const RenderOptions& options, const std::string& caption_note = {},
                 const std::string& rankdir = {}) {
  Prepared p;
  p.selection = rendering::select(graph, options);
  p.plan =
      rendering::plan_layout(p.selection.vertices.size(), p.selection.edges.size(), options.layout);
  const std::optional<FigurePreset> preset = figure_preset(options.figure);
  if (!options.figure.empty() && !preset) throw std::invalid_argument("unknown figure preset '" + options.figure + "'");
  rendering::ModelOptions mo;
  mo.legend = options.legend;
  mo.figure = preset ? &*preset : nullptr;
  mo.radius = options.radius;
  mo.caption_note = caption_note;
  p.model = rendering::build_model(graph, p.selection, p.plan, mo);
  if (options.greyscale) rendering::make_greyscale(p.model);
  if (preset && p.plan.ranks_by_year && !rankdir.empty()) {
    // "BT": years as rows, oldest at the top, for pages the columns overflow.
    rendering::set_graph_attr(p.model, "rankdir", rankdir);
  }
  if (preset && p.plan.engine == "dot") {
    // Print packs tighter than a screen drawing that is zoomed anyway: a
    // citation spanning years passes every year between as a point of its
    // own, so the gap between those points sets the width of a busy drawing.
    rendering::set_graph_attr(p.model, "ranksep", "0.2");
    rendering::set_graph_attr(p.model, "nodesep", "0.04");
  }
  // A page has its own margins: the screen drawing's padding would only shrink the text.
  if (preset) rendering::set_graph_attr(p.model, "pad", "0.05");
  if (preset) {
    rendering::set_graph_attr(p.model, "size", rendering::format_number(preset->width_in) + "," +
                                                   rendering::format_number(preset->height_in));
  }
  return p;
}

std::size_t targets_in(const CitationGraph& graph, const rendering::Selection& sel) {
  std::size_t n = 0;
  for (Vertex v : sel.vertices) n += graph.storage()[v].in_corpus ? 0 : 1;
  return n;
}

// Width and height (points) of the laid-out drawing at its natural size, padding included.
std::pair<double, double> natural_size(const rendering::DrawModel& model, const std::string& engine) {
  rendering::DrawModel unscaled = model;
  std::erase_if(unscaled.graph, [](const rendering::Attr& a) { return a.name == "size"; });
  const std::string dot = rendering::layout_and_render(unscaled, engine, "dot").bytes;
  const auto at = dot.find("bb=\"");
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  if (at == std::string::npos ||
      std::sscanf(dot.c_str() + at + 4, "%lf,%lf,%lf,%lf", &x0, &y0, &x1, &y1) != 4)
    throw rendering::GraphvizError("no bounding box in the layout");
  // The page holds the padding too: Graphviz scales drawing and pad together.
  double pad_in = 0;
  for (const rendering::Attr& a : model.graph)
    if (a.name == "pad") pad_in = std::atof(a.value.c_str());
  return {x1 - x0 + 2 * 72 * pad_in, y1 - y0 + 2 * 72 * pad_in};
}

// A figure's drawing: the most-cited targets that fit its page with no text
// below its minimum font (the model's fonts allow kFigureShrink of scaling).
// When even a handful does not fit, everything is drawn and the caption says
// how small the text gets instead.
Prepared prepare_figure(const CitationGraph& graph, const RenderOptions& options, const FigurePreset& preset,
                        std::size_t& dropped, double& smallest_font) {
  constexpr double kShrink = 0.8;  // rendering::kFigureShrink
  const auto scale_of = [&](const Prepared& p) {
    const auto [w, h] = natural_size(p.model, p.plan.engine);
    return std::min({1.0, preset.width_in * 72 / w, preset.height_in * 72 / h});
  };
  // Years as columns (RL) or rows (BT): whichever lets the text be larger,
  // asked again whenever targets are left out, since the documents' columns
  // that decide a small drawing's shape are not what decides a large one's.
  std::string rankdir;
  double scale = 0;
  const auto best_direction = [&](const RenderOptions& with) {
    Prepared p = prepare(graph, with, {}, "RL");
    rankdir = "RL";
    scale = scale_of(p);
    if (p.plan.ranks_by_year) {
      Prepared rows = prepare(graph, with, {}, "BT");
      if (const double s = scale_of(rows); s > scale) {
        scale = s;
        rankdir = "BT";
        p = std::move(rows);
      }
    }
    return p;
  };
  Prepared p = best_direction(options);
  const std::size_t all = targets_in(graph, p.selection);
  std::size_t top = options.top ? std::min<std::size_t>(all, static_cast<std::size_t>(*options.top)) : all;
  RenderOptions o = options;
  for (int round = 0; round < 10 && scale < kShrink && top > 3; ++round) {
    // Area grows about linearly with what is drawn.
    top = std::max<std::size_t>(3, static_cast<std::size_t>(static_cast<double>(top) *
                                                            std::min(0.8, scale * scale / (kShrink * kShrink))));
    o.top = static_cast<int>(top);
    p = best_direction(o);
  }
  char page[64];
  std::snprintf(page, sizeof page, "%.1f x %.1f in", preset.width_in, preset.height_in);
  smallest_font = preset.min_font_pt / kShrink * scale;
  dropped = all - targets_in(graph, p.selection);
  std::string note;
  if (dropped > 0)
    note = "the " + std::to_string(all - dropped) + " most-cited of " + std::to_string(all) + " targets";
  if (scale < kShrink) {
    // Even the fewest targets do not fit: the documents alone fill the page.
    note += (note.empty() ? "" : "; ") + std::string("smallest text ") + rendering::format_number(smallest_font) +
            " pt on a " + page + " " + preset.name + " figure, under the " +
            rendering::format_number(preset.min_font_pt) + " pt asked (try --figure poster, --ego or --kind)";
  } else if (dropped > 0) {
    note += ", so that no text is smaller than " + rendering::format_number(preset.min_font_pt) + " pt on a " + page +
            " " + preset.name + " figure";
  }
  if (note.empty()) return p;
  Prepared captioned = prepare(graph, o, note, rankdir);
  // The caption takes room too: state the size the captioned drawing reaches.
  if (const double s = scale_of(captioned); s < kShrink) {
    smallest_font = preset.min_font_pt / kShrink * s;
    const auto at = note.find("smallest text ");
    const std::string head = note.substr(0, at == std::string::npos ? note.size() : at);
    note = head + (at == std::string::npos && !head.empty() ? "; " : "") + "smallest text " +
           rendering::format_number(smallest_font) + " pt on a " + page + " " + preset.name + " figure, under the " +
           rendering::format_number(preset.min_font_pt) + " pt asked (try --figure poster, --ego or --kind)";
    captioned = prepare(graph, o, note, rankdir);
  }
  return captioned;
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

// The gvRender format of `out`; a FileError naming the formats when it has none.
std::string checked_format(const std::filesystem::path& out) {
  const std::string format = format_for(out);
  if (format.empty()) {
    throw FileError(out, "unsupported output format '" + out.extension().string() +
                             "' (use .svg, .png, .pdf or .dot)");
  }
  return format;
}

rendering::LaidOut laid_out(const rendering::DrawModel& model, const std::string& engine, const std::string& format,
                            const std::filesystem::path& out) {
  try {
    return rendering::layout_and_render(model, engine, format);
  } catch (const rendering::GraphvizError& e) {
    throw FileError(out, std::string("Graphviz: ") + e.what());
  }
}

}  // namespace

std::string to_dot(const CitationGraph& graph, const RenderOptions& options) {
  return rendering::write_dot(prepare(graph, options).model);
}

RenderStats render(const CitationGraph& graph, const std::filesystem::path& out,
                   const RenderOptions& options) {
  const std::string format = checked_format(out);
  if (options.max_png_pixels <= 0) throw FileError(out, "max_png_pixels must be positive");
  require_folder(out);
  Prepared p;
  std::size_t dropped = 0;
  double smallest_font = 0;
  const std::optional<FigurePreset> preset = figure_preset(options.figure);
  try {
    p = preset ? prepare_figure(graph, options, *preset, dropped, smallest_font) : prepare(graph, options);
  } catch (const std::invalid_argument& e) {
    throw FileError(out, e.what());
  } catch (const rendering::GraphvizError& e) {
    throw FileError(out, std::string("Graphviz: ") + e.what());
  }
  if (format == "png:cairo" && preset) {
    rendering::set_graph_attr(p.model, "dpi", rendering::format_number(preset->png_dpi));
  } else if (format == "png:cairo") {
    // Without a cap a 10,000-vertex PNG is about 19,000 px wide and takes
    // 40 s; `size` only ever scales down, so small drawings are unchanged.
    const double inches = options.max_png_pixels / kDpi;
    rendering::set_graph_attr(p.model, "dpi", rendering::format_number(kDpi));
    rendering::set_graph_attr(
        p.model, "size", rendering::format_number(inches) + "," + rendering::format_number(inches));
  }

  rendering::LaidOut laid = laid_out(p.model, p.plan.engine, format, out);
  write_whole(out, laid.bytes);

  RenderStats stats;
  stats.layout = p.plan.engine;
  stats.vertices = p.selection.vertices.size();
  stats.edges = p.selection.edges.size();
  stats.layout_seconds = laid.layout_seconds;
  stats.render_seconds = laid.render_seconds;
  stats.warnings = std::move(laid.warnings);
  stats.targets_dropped = dropped;
  stats.smallest_font_pt = smallest_font;
  return stats;
}

RenderStats render_series(const CitationGraph& graph, const std::vector<LineageMember>& members,
                          const std::string& subject, const std::filesystem::path& out) {
  const std::string format = checked_format(out);
  require_folder(out);
  rendering::DrawModel model = rendering::build_series_model(graph, members, subject);
  if (format == "png:cairo") rendering::set_graph_attr(model, "dpi", rendering::format_number(kDpi));
  rendering::LaidOut laid = laid_out(model, "dot", format, out);
  write_whole(out, laid.bytes);
  RenderStats stats;
  stats.layout = "dot";
  stats.vertices = members.size();
  stats.layout_seconds = laid.layout_seconds;
  stats.render_seconds = laid.render_seconds;
  stats.warnings = std::move(laid.warnings);
  return stats;
}

std::optional<FigurePreset> figure_preset(const std::string& name) {
  if (name == "paper") return FigurePreset{"paper", 6.3, 8.5, 6, 26, 300};
  if (name == "slide") return FigurePreset{"slide", 13.33, 7.5, 12, 30, 150};
  if (name == "poster") return FigurePreset{"poster", 33.1, 46.8, 18, 30, 150};
  return std::nullopt;
}

}  // namespace unxref
