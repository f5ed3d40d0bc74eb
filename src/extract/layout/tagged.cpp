#include "extract/layout/tagged.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "extract/layout/lines.hpp"
#include "extract/layout/words.hpp"

namespace unxref::layout {
namespace {

std::uint64_t key(int page, int mcid) {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(page)) << 32) | static_cast<std::uint32_t>(mcid);
}

Role role_of(const std::string& type, int& level) {
  level = 0;
  if (type == "Title" || type == "H") {
    level = 1;
    return Role::heading;
  }
  if (type.size() == 2 && type[0] == 'H' && type[1] >= '1' && type[1] <= '6') {
    level = type[1] - '0';
    return Role::heading;
  }
  if (type == "LI") return Role::list_item;
  if (type == "Note") return Role::footnote;
  return Role::body;
}

std::size_t visible_chars(const Glyph& g) { return is_space_glyph(g) ? 0 : g.text.size(); }

}  // namespace

std::optional<std::vector<Block>> tagged_blocks(const PdfContent& content, Dehyphenator& dehyphen) {
  if (content.structure.empty()) return std::nullopt;
  std::unordered_set<std::uint64_t> reached;
  for (const StructBlock& b : content.structure) {
    for (const StructBlock::Part& p : b.parts) reached.insert(key(p.page, p.mcid));
  }
  // Glyphs of each marked-content item, in content order.
  std::unordered_map<std::uint64_t, std::vector<const Glyph*>> items;
  std::size_t shown = 0, tagged = 0;
  for (const PageGlyphs& page : content.pages) {
    for (const Glyph& g : page.glyphs) {
      if (g.mcid == Glyph::kArtifact) continue;
      const std::size_t n = visible_chars(g);
      shown += n;
      if (g.mcid < 0) continue;
      const std::uint64_t k = key(page.number, g.mcid);
      if (!reached.count(k)) continue;
      tagged += n;
      items[k].push_back(&g);
    }
  }
  if (shown == 0 || static_cast<double>(tagged) < kMinTagCoverage * static_cast<double>(shown)) return std::nullopt;

  std::unordered_map<int, const PageGlyphs*> pages;
  for (const PageGlyphs& p : content.pages) pages.emplace(p.number, &p);
  std::unordered_set<std::uint64_t> used;  // an item the tree names twice is read once
  struct Laid {
    Block block;
    std::vector<Line> lines;
    std::vector<int> line_pages;
  };
  std::vector<Laid> laid;
  laid.reserve(content.structure.size());
  for (const StructBlock& sb : content.structure) {
    Laid& l = laid.emplace_back();
    l.block.role = role_of(sb.type, l.block.level);
    for (std::size_t i = 0; i < sb.parts.size();) {
      // Consecutive items on one page are laid out together, so that a
      // paragraph's lines (often one item each) read top to bottom.
      const int page = sb.parts[i].page;
      auto pit = pages.find(page);
      PageGlyphs chunk;
      chunk.number = page;
      if (pit != pages.end()) {
        chunk.width = pit->second->width;
        chunk.height = pit->second->height;
      }
      std::vector<const std::vector<const Glyph*>*> chosen;
      std::size_t count = 0;
      for (; i < sb.parts.size() && sb.parts[i].page == page; ++i) {
        const std::uint64_t k = key(page, sb.parts[i].mcid);
        auto it = items.find(k);
        if (it == items.end() || !used.insert(k).second) continue;
        chosen.push_back(&it->second);
        count += it->second.size();
      }
      chunk.glyphs.reserve(count);
      for (const auto* item : chosen) {
        for (const Glyph* g : *item) chunk.glyphs.push_back(*g);
      }
      if (chunk.glyphs.empty()) continue;
      for (Line& line : build_lines(chunk)) {
        for (const Word& w : line.words) dehyphen.learn(w.text);
        l.lines.push_back(std::move(line));
        l.line_pages.push_back(page);
      }
    }
  }
  std::vector<Block> out;
  for (Laid& l : laid) {
    Block& b = l.block;
    for (std::size_t i = 0; i < l.lines.size(); ++i) {
      dehyphen.append_line(b.text, l.lines[i].text());
      if (i == 0) {
        b.page = l.line_pages[i];
        b.box = l.lines[i].box;
      } else if (l.line_pages[i] == b.page) {
        b.box = unite(b.box, l.lines[i].box);
      }
    }
    if (!b.text.empty()) out.push_back(std::move(b));
  }
  return out;
}

}  // namespace unxref::layout
