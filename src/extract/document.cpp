#include "unxref/extract/document.hpp"

#include <algorithm>

namespace unxref {

std::string_view to_string(Role role) {
  switch (role) {
    case Role::body: return "body";
    case Role::heading: return "heading";
    case Role::footnote: return "footnote";
    case Role::list_item: return "list-item";
    case Role::masthead: return "masthead";
    case Role::header_footer: return "header-footer";
  }
  return "body";
}

const TextSegment* FlatText::segment_at(std::size_t offset) const {
  auto it = std::upper_bound(segments.begin(), segments.end(), offset,
                             [](std::size_t off, const TextSegment& s) { return off < s.start; });
  if (it == segments.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

FlatText flatten(const Document& doc) {
  FlatText out;
  int page = 0;
  bool sourced = true;  // every block flattened has a file map
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.role == Role::masthead || b.role == Role::header_footer || b.text.empty()) continue;
    if (!out.text.empty()) out.text += (b.page != page) ? "\n\f\n" : "\n\n";
    page = b.page;
    TextSegment seg;
    seg.start = out.text.size();
    out.text += b.text;
    seg.end = out.text.size();
    seg.page = b.page;
    seg.role = b.role;
    seg.block = i;
    seg.box = b.box;
    out.segments.push_back(seg);
    sourced = sourced && !b.source.empty();
    if (sourced) out.source.append(b.source, static_cast<std::uint32_t>(seg.start));
  }
  if (!out.text.empty()) out.text += '\n';
  if (!sourced || out.segments.empty()) out.source.clear();
  return out;
}

}  // namespace unxref
