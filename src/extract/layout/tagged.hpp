#pragma once
// Reading order from a tagged PDF's structure tree, when its tags carry the
// page's text.
#include <optional>
#include <vector>

#include "extract/layout/hyphenation.hpp"
#include "unxref/extract/document.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref::layout {

// Share of the visible, non-artifact characters that the tree must reach
// for its order to be used: below it, the tags miss text the page shows
// (untagged sidebars, tags made by a converter that gave up).
inline constexpr double kMinTagCoverage = 0.9;

// The text of each block element of `content.structure`, in tree order, its
// glyphs laid out into lines by geometry; nullopt when the tree reaches less
// than kMinTagCoverage of the characters. Artifacts (running heads, page
// numbers) and content the tree does not reach are left out. `dehyphen`
// learns the words of the tagged text before joining lines with it.
std::optional<std::vector<Block>> tagged_blocks(const PdfContent& content, Dehyphenator& dehyphen);

}  // namespace unxref::layout
