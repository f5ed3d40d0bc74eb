#pragma once
// The logical structure tree of a tagged PDF (/StructTreeRoot): its
// block-level elements in tree order, each with the marked content that
// carries its text. Private to the extract stage.
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/pdf/objects.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref::pdf {

// Walks the tree from the catalog. Block elements (P, H1-H6, LI, TD, Note,
// Caption, ...) become one StructBlock each; inline elements (Span, Link,
// Lbl, LBody, ...) add their content to the block around them; a P inside a
// list item or a table cell is part of it, while a Note inside a paragraph
// follows that paragraph. Content outside any block element forms a block
// of the element that holds it. Bounded in depth and size; cycles are cut.
std::vector<StructBlock> read_structure(const Objects& objects, const PoDoFo::PdfObject* catalog,
                                        const std::unordered_map<const PoDoFo::PdfObject*, int>& page_numbers);

}  // namespace unxref::pdf
