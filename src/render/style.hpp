#pragma once
// How each kind of vertex and edge looks. Colours are tints of the
// Okabe-Ito palette so that the kinds stay distinguishable for readers with
// colour-vision deficiencies; shapes carry the same information again.
#include <span>
#include <string>
#include <string_view>

namespace unxref::rendering {

struct KindStyle {
  std::string_view kind;    // VertexProps::kind
  std::string_view legend;  // name in the colour key
  std::string_view shape;   // Graphviz shape for a target of this kind
  std::string_view fill;    // fillcolor
  std::string_view border;  // color
  std::string_view style;   // extra style words besides "filled"
};

// Every known kind, in the order of the colour key.
std::span<const KindStyle> kind_styles();

// The style of `kind`; unknown kinds get a neutral grey.
const KindStyle& style_for(std::string_view kind);

// Corpus documents are boxes whatever their kind (a resolution in the corpus
// is a box with the resolution colour), so the reader sees at a glance what
// was read and what was only cited.
inline constexpr std::string_view kDocumentShape = "box";

// One font for every drawing, so that the citation drawings and the series
// timelines look alike.
inline constexpr const char* kFont = "DejaVu Sans";

// Node font size grows with the number of citing vertices, slowly (log2),
// and is capped so that a hub does not swallow the drawing.
double font_size_for(std::size_t citers);

// Edge pen width grows with the number of mentions, also logarithmically.
double pen_width_for(int mentions);

// A number formatted for an attribute: at most two decimals, no trailing zeros.
std::string format_number(double value);

}  // namespace unxref::rendering
