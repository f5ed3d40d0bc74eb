#pragma once
// The title a researcher would give a document, from its first page.
#include <string>

#include "extract/layout/hyphenation.hpp"
#include "extract/layout/model.hpp"

namespace unxref::layout {

// The largest text of the page, lines of that size that follow each other
// joined, with note marks ("*") dropped; for a UN document only what stands
// below its masthead (the organ, session and agenda lines are smaller).
// Running headers, masthead lines and the organisation's name never count,
// nor text barely larger than the body (a section heading such as
// "Introduction" is set close to body size). A short line in the title's
// size right under it is its second part ("... Periodic Review: France").
// "" when nothing stands out.
std::string page_title(const PageLines& page, double body_size, const Dehyphenator& dehyphen);

}  // namespace unxref::layout
