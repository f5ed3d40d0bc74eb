#include "render/model.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "render/style.hpp"
#include "render/text.hpp"
#include "unxref/core/html_escape.hpp"

namespace unxref::rendering {
namespace {

constexpr double kDocumentFontSize = 12;
// A figure may be scaled down by this much to fit its page and keep its
// minimum font (render.cpp drops targets until it does).
constexpr double kFigureShrink = 0.8;

std::string node_name(Vertex v) { return "n" + std::to_string(v); }

// Pieces of document text made safe for a label or a tooltip.
std::string safe_label(std::string_view text) {
  return escape_label(shorten(clean_text(text), kLabelCodePoints));
}
std::string safe_tooltip(std::string_view text, std::size_t max_code_points = kTooltipCodePoints) {
  return escape_tooltip(shorten(clean_text(text), max_code_points));
}

std::string short_name(const VertexProps& p) { return p.label.empty() ? p.id : p.label; }

std::string join_numbers(const std::vector<int>& values, std::size_t max) {
  std::string out;
  for (std::size_t i = 0; i < values.size() && i < max; ++i) {
    if (i) out += ", ";
    out += std::to_string(values[i]);
  }
  if (values.size() > max) out += ", …";
  return out;
}

// Distinct citing vertices of each drawn vertex, over the drawn edges.
std::vector<std::size_t> count_citers(const GraphStorage& g, const Selection& sel) {
  std::vector<std::set<Vertex>> citers(boost::num_vertices(g));
  for (const Edge& e : sel.edges) {
    if (g[e].type == EdgeType::cites) citers[boost::target(e, g)].insert(boost::source(e, g));
  }
  std::vector<std::size_t> counts(citers.size());
  for (std::size_t v = 0; v < citers.size(); ++v) counts[v] = citers[v].size();
  return counts;
}

// Fill colours of communities of co-cited targets (when asked for):
// ColorBrewer's Set3, light enough for black labels; the shape still says the kind.
std::string community_fill(int community) {
  static constexpr const char* kSet3[] = {"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
                                          "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};
  return kSet3[static_cast<std::size_t>(community) % std::size(kSet3)];
}

// The style key of a vertex: what was read is a "document" box whatever its
// kind; a publication known only from the registry is drawn as cited.
std::string_view style_key(const VertexProps& p) {
  // A corpus document's kind may be its genre ("policy-paper"): a box of the
  // document colour, unless it is itself a resolution or another known kind.
  if (p.in_corpus) return style_for(p.kind).kind.empty() ? "document" : std::string_view(p.kind);
  return p.kind == "document" ? "publication" : std::string_view(p.kind);
}

// The label of a figure: the best name known in full (a document's title,
// a target's label), in escaped lines joined by Graphviz's line break.
std::string figure_label(const VertexProps& p, std::size_t width) {
  const std::string name = clean_text(p.in_corpus && !p.title.empty() ? p.title : short_name(p));
  std::string out;
  for (const std::string& line : wrap_words(name, width)) out += (out.empty() ? "" : "\\n") + escape_label(line);
  return out;
}

DrawNode make_node(const VertexProps& p, Vertex v, std::size_t citers, const ModelOptions& mo, bool focal) {
  const KindStyle& s = style_for(style_key(p));
  const bool boxed = p.in_corpus;
  std::string style = "filled";
  if (boxed) style += ",rounded";
  if (!s.style.empty()) style += "," + std::string(s.style);

  // Tooltip lines are escaped one by one and joined with Graphviz's own
  // line break, the only backslash that is not the user's.
  std::string tooltip = safe_tooltip(p.id);
  if (!p.title.empty()) tooltip += "\\n" + safe_tooltip(p.title);
  std::string facts;
  if (p.year > 0) facts = std::to_string(p.year);
  if (citers > 0) {
    if (!facts.empty()) facts += "; ";
    facts += "cited by " + std::to_string(citers);
  }
  if (p.in_corpus && !p.path.empty()) {
    if (!facts.empty()) facts += "; ";
    facts += "file " + safe_tooltip(p.path, kTooltipCodePoints / 2);
  }
  if (!facts.empty()) tooltip += "\\n" + facts;

  DrawNode node{node_name(v), {}};
  node.attrs = {{"label", mo.figure ? figure_label(p, mo.figure->wrap_chars) : safe_label(short_name(p))},
                {"tooltip", tooltip},
                {"shape", std::string(boxed ? kDocumentShape : s.shape)},
                {"style", style},
                {"fillcolor", p.community >= 0 ? community_fill(p.community) : std::string(s.fill)},
                {"color", std::string(s.border)}};
  if (boxed) node.attrs.push_back({"penwidth", "1.6"});
  // Documents are what the reader knows the corpus by: never the smallest text.
  double size = std::max(boxed ? kDocumentFontSize : 0.0, citers ? font_size_for(citers) : 0.0);
  // A figure's labels all start at its minimum (with room for a fifth of
  // shrinking to the page): print cannot spare the room that sizes growing
  // with citations take, and the arrows already show what is cited most.
  if (mo.figure) size = mo.figure->min_font_pt / kFigureShrink;
  if (focal) {
    size = mo.figure ? size * 1.2 : std::max(size, boxed ? kDocumentFontSize * 1.3 : 14.0);
    node.attrs.push_back({"peripheries", "2"});
    node.attrs.push_back({"penwidth", "3"});
  }
  if (size > 0) node.attrs.push_back({"fontsize", format_number(size)});
  return node;
}

DrawEdge make_edge(const GraphStorage& g, const Edge& e) {
  const VertexProps& from = g[boost::source(e, g)];
  const VertexProps& to = g[boost::target(e, g)];
  const EdgeProps& p = g[e];
  DrawEdge edge{node_name(boost::source(e, g)), node_name(boost::target(e, g)), {}};
  const std::string ends = safe_tooltip(short_name(from), kLabelCodePoints) + " → " +
                           safe_tooltip(short_name(to), kLabelCodePoints);
  if (p.type == EdgeType::part_of) {
    edge.attrs = {{"style", "dashed"},
                  {"color", "#999999"},
                  {"arrowhead", "onormal"},
                  {"tooltip", ends + ": part of"}};
    return edge;
  }
  std::string tooltip =
      ends + ": " + std::to_string(p.mentions) + (p.mentions == 1 ? " mention" : " mentions");
  if (!p.pages.empty()) tooltip += "\\npages " + join_numbers(p.pages, 12);
  if (!p.pinpoints.empty()) {
    std::string pins;
    for (std::size_t i = 0; i < p.pinpoints.size() && i < 8; ++i)
      pins += (i ? "; " : "") + p.pinpoints[i];
    tooltip += "\\n" + safe_tooltip(pins, kTooltipCodePoints / 2);
  }
  if (!p.context.empty()) tooltip += "\\n“" + safe_tooltip(p.context, kTooltipCodePoints / 2) + "”";
  // Tinted like the cited vertex, so a bundle of crossing edges can be told
  // apart by where it goes; translucent so crossings stay legible.
  edge.attrs = {{"penwidth", format_number(pen_width_for(p.mentions))},
                {"color", std::string(style_for(to.kind).border) + "b0"},
                {"tooltip", tooltip}};
  return edge;
}

// One column per year, with a year heading, for the corpus documents: the
// heading nodes are chained by invisible edges so the years come in order.
// The chain runs newest -> oldest, the way citations point (a paper cites
// older work); chained the other way it fights the citation edges and dot
// reverses edges until the columns scramble. rankdir=RL (layout.cpp) then
// puts the oldest year on the left.
void add_year_columns(DrawModel& model, const GraphStorage& g, const Selection& sel, double font) {
  std::map<int, std::vector<std::string>> by_year;
  for (Vertex v : sel.vertices) {
    if (is_document(g[v]) && g[v].year > 0) by_year[g[v].year].push_back(node_name(v));
  }
  if (by_year.size() < 2) return;
  // Years to scale: a year with no document still gets its column.
  for (int y = by_year.begin()->first + 1; y < by_year.rbegin()->first; ++y) by_year[y];
  std::string previous;
  for (auto it = by_year.rbegin(); it != by_year.rend(); ++it) {
    const int year = it->first;
    std::vector<std::string>& names = it->second;
    const std::string heading = "year" + std::to_string(year);
    model.nodes.push_back({heading,
                           {{"label", std::to_string(year)},
                            {"shape", "plaintext"},
                            {"style", "solid"},
                            {"fontsize", format_number(font)},
                            {"fontcolor", "#555555"},
                            {"tooltip", "corpus documents of " + std::to_string(year)}}});
    if (!previous.empty()) {
      model.edges.push_back({previous, heading, {{"style", "invis"}, {"weight", "100"}}});
    }
    previous = heading;
    names.insert(names.begin(), heading);
    model.ranks.push_back({"year_" + std::to_string(year), std::move(names)});
  }
}

// One line of the colour key: a swatch (fill and border colours) or a
// symbol, and the words after it. Built only from the fixed style table.
struct KeyEntry {
  std::string fill, border, symbol, text;
};

std::vector<KeyEntry> key_entries(const GraphStorage& g, const Selection& sel, const ModelOptions& mo) {
  std::set<std::string_view> kinds;
  bool corpus_non_document = false, part_of = false;
  for (Vertex v : sel.vertices) {
    const VertexProps& p = g[v];
    kinds.insert(style_for(style_key(p)).kind);
    corpus_non_document =
        corpus_non_document || (p.in_corpus && !p.kind.empty() && p.kind != "document");
  }
  for (const Edge& e : sel.edges) part_of = part_of || g[e].type == EdgeType::part_of;
  std::vector<KeyEntry> out;
  for (const KindStyle& s : kind_styles())
    if (kinds.count(s.kind)) out.push_back({std::string(s.fill), std::string(s.border), "", std::string(s.legend)});
  if (kinds.count("")) out.push_back({"#f5f5f5", "#999999", "", "other"});
  if (corpus_non_document) out.push_back({"", "", "▭", "box: read in the corpus"});
  out.push_back({"", "", "⟶", "cites (in the colour of the cited; thicker: more mentions)"});
  if (part_of) out.push_back({"", "", "⇢", "part of (dashed)"});
  if (!mo.figure)
    out.push_back({"", "", "<FONT POINT-SIZE=\"" + format_number(11 * 1.45) + "\">A</FONT>",
                   "larger: cited by more documents"});
  if (sel.ego) out.push_back({"", "", "◎", "double outline: the focal document"});
  return out;
}

// The key of a screen drawing: a node of its own, one entry a line.
DrawNode make_legend(const std::vector<KeyEntry>& entries) {
  std::string html = R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="2">)"
                     R"(<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Key</B></TD></TR>)";
  for (const KeyEntry& e : entries) {
    html += e.fill.empty() ? "<TR><TD>" + e.symbol
                           : R"(<TR><TD BORDER="1" WIDTH="22" BGCOLOR=")" + e.fill + R"(" COLOR=")" + e.border + "\"> ";
    html += R"(</TD><TD ALIGN="LEFT">)" + e.text + "</TD></TR>";
  }
  html += "</TABLE>";
  return {"legend", {{"label", html, true}, {"shape", "plaintext"}, {"style", "solid"}, {"fontsize", "11"}}};
}

// A figure's caption with its key under it as lines of text of about
// `chars` characters (a swatch is a square in the kind's colour): beside
// the drawing, as a node, the key widened the drawing by a quarter and so
// shrank every label on the page.
std::string figure_caption(const std::vector<std::string>& caption_lines, const std::vector<KeyEntry>& entries,
                           std::size_t chars, double key_font) {
  std::string html = R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1"><TR><TD>)";
  for (std::size_t i = 0; i < caption_lines.size(); ++i) html += (i ? "<BR/>" : "") + html_escape(caption_lines[i]);
  html += "</TD></TR>";
  if (entries.empty()) return html + "</TABLE>";
  // Graphviz 2.42 reads POINT-SIZE as a whole number: rounded up, never below the labels'.
  html += "<TR><TD><FONT POINT-SIZE=\"" + format_number(std::ceil(key_font)) + "\"><B>Key</B>";
  std::size_t used = 4;
  for (const KeyEntry& e : entries) {
    const std::size_t width = e.text.size() + 5;
    if (used + width > chars) {
      html += "<BR/>";
      used = 0;
    } else {
      html += "&#160;&#160;&#160;";
    }
    html += e.fill.empty() ? e.symbol : "<FONT COLOR=\"" + e.border + "\">■</FONT>";
    html += "&#160;" + e.text;
    used += width;
  }
  return html + "</FONT></TD></TR></TABLE>";
}

}  // namespace

void set_graph_attr(DrawModel& model, const std::string& name, const std::string& value, bool html) {
  for (Attr& a : model.graph) {
    if (a.name == name) {
      a.value = value;
      a.html = html;
      return;
    }
  }
  model.graph.push_back({name, value, html});
}

DrawModel build_model(const CitationGraph& graph, const Selection& sel, const LayoutPlan& plan, bool legend) {
  ModelOptions mo;
  mo.legend = legend;
  return build_model(graph, sel, plan, mo);
}

DrawModel build_model(const CitationGraph& graph, const Selection& sel, const LayoutPlan& plan,
                      const ModelOptions& mo) {
  const GraphStorage& g = graph.storage();
  DrawModel model;
  model.graph = {
      {"layout", plan.engine}, {"fontname", kFont}, {"bgcolor", "white"}, {"pad", "0.3"}};
  for (const auto& [name, value] : plan.graph_attrs) set_graph_attr(model, name, value);
  const double base_font = mo.figure ? mo.figure->min_font_pt / kFigureShrink : 10;
  model.node_defaults = {{"fontname", kFont},     {"fontsize", format_number(base_font)}, {"style", "filled"},
                         {"margin", "0.08,0.04"}, {"height", "0.3"},  {"penwidth", "1"}};
  model.edge_defaults = {{"fontname", kFont}, {"color", "#4d4d4dc0"}, {"arrowsize", "0.6"}};

  if (sel.vertices.empty()) {
    set_graph_attr(model, "label", "Nothing to draw: no citation is left after filtering");
    return model;
  }

  const std::vector<std::size_t> citers = count_citers(g, sel);
  std::size_t documents = 0;
  for (Vertex v : sel.vertices) {
    // Only what was read counts as a corpus document in the caption; a
    // publication known from the registry is drawn as a cited target.
    documents += g[v].in_corpus ? 1 : 0;
    model.nodes.push_back(make_node(g[v], v, citers[v], mo, sel.ego && *sel.ego == v));
  }
  for (const Edge& e : sel.edges) model.edges.push_back(make_edge(g, e));
  if (plan.ranks_by_year) add_year_columns(model, g, sel, mo.figure ? base_font * 1.3 : 16);
  const std::vector<KeyEntry> key = mo.legend ? key_entries(g, sel, mo) : std::vector<KeyEntry>{};
  if (mo.legend && !mo.figure) model.nodes.push_back(make_legend(key));

  // Plain text first, escaped once for the label it goes into.
  std::string caption;
  if (sel.ego) {
    const VertexProps& c = g[*sel.ego];
    const std::string name = c.title.empty() ? short_name(c) : shorten(clean_text(c.title), 120);
    caption = "Neighbourhood of " + name + (name != c.id ? " (" + clean_text(c.id) + ")" : "") + ", " +
              std::to_string(mo.radius) + (mo.radius == 1 ? " hop" : " hops") + ": ";
  }
  caption += std::to_string(documents) + " corpus documents, " + std::to_string(sel.vertices.size() - documents) +
             " cited targets, " + std::to_string(sel.edges.size()) + " links";
  if (!plan.ranks_by_year)
    caption += "; too many for year columns (dot): laid out by " + plan.engine + ", positions do not show time";
  if (!mo.caption_note.empty()) caption += "; " + mo.caption_note;
  if (mo.figure) {
    // A caption is one line to Graphviz: wrapped, or it would widen the page.
    const double page_pt = mo.figure->width_in * 72;
    const auto chars = static_cast<std::size_t>(page_pt / (base_font * 1.4 * 0.62));
    const auto key_chars = static_cast<std::size_t>(page_pt / (base_font * 0.62));
    set_graph_attr(model, "label", figure_caption(wrap_words(caption, chars), key, key_chars, base_font), true);
  } else {
    set_graph_attr(model, "label", escape_label(caption));
  }
  set_graph_attr(model, "labelloc", "t");
  set_graph_attr(model, "fontsize", format_number(mo.figure ? base_font * 1.4 : 14));
  return model;
}

namespace {

std::string grey_of(std::string_view hex) {
  const auto channel = [&](std::size_t i) { return std::stoi(std::string(hex.substr(i, 2)), nullptr, 16); };
  const int y = static_cast<int>(0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4) + 0.5);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02x%02x%02x", y, y, y);
  return buf;
}

void grey_text(std::string& text) {
  for (std::size_t i = text.find('#'); i != std::string::npos; i = text.find('#', i + 1)) {
    std::size_t n = 0;
    while (i + 1 + n < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1 + n]))) ++n;
    if (n == 6 || n == 8) text.replace(i + 1, 6, grey_of(std::string_view(text).substr(i + 1, 6)));
  }
}

}  // namespace

void make_greyscale(DrawModel& model) {
  for (Attrs* attrs : {&model.graph, &model.node_defaults, &model.edge_defaults})
    for (Attr& a : *attrs) grey_text(a.value);
  for (DrawNode& n : model.nodes)
    for (Attr& a : n.attrs) grey_text(a.value);
  for (DrawEdge& e : model.edges)
    for (Attr& a : e.attrs) grey_text(a.value);
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_chars = 0;
  const auto chars = [](std::string_view w) {
    std::size_t n = 0;
    for (unsigned char c : w) n += (c & 0xC0) != 0x80;
    return n;
  };
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t space = text.find(' ', pos);
    const std::string_view word = text.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
    pos = space == std::string_view::npos ? text.size() : space + 1;
    if (word.empty()) continue;
    if (!line.empty() && line_chars + 1 + chars(word) > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_chars = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_chars;
    }
    line += word;
    line_chars += chars(word);
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace unxref::rendering
