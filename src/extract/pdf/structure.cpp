#include "extract/pdf/structure.hpp"

#include <podofo/podofo.h>

#include <array>
#include <string_view>
#include <unordered_set>

namespace unxref::pdf {
namespace {

using PoDoFo::PdfObject;

constexpr int kMaxDepth = 200;
constexpr std::size_t kMaxNodes = 2'000'000;
constexpr int kMaxRoleHops = 8;

constexpr std::array<std::string_view, 18> kBlockTypes = {
    "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "Note", "Caption", "BlockQuote", "TD", "TH", "Title", "TOCI",
    "Quote", "Code"};

bool is_block_type(std::string_view t) {
  for (std::string_view b : kBlockTypes) {
    if (t == b) return true;
  }
  return false;
}

class Walker {
 public:
  Walker(const Objects& objects, const PdfObject* role_map, const std::unordered_map<const PdfObject*, int>& pages)
      : objects_(objects), role_map_(role_map), pages_(pages) {}

  void element(const PdfObject* e, int page, long open, int depth) {
    if (!e || !e->IsDictionary() || depth > kMaxDepth || ++nodes_ > kMaxNodes) return;
    if (!seen_.insert(e).second) return;  // a cycle, or an element reached twice
    if (const PdfObject* pg = objects_.get(e, "Pg")) {
      if (auto it = pages_.find(pg); it != pages_.end()) page = it->second;
    }
    const std::string type = standard_type(e);
    // Blocks nest only for notes: a paragraph inside a list item or a cell
    // is that item's text.
    if (is_block_type(type) && (open < 0 || type == "Note")) {
      out.push_back(StructBlock{type, {}});
      open = static_cast<long>(out.size()) - 1;
    }
    kids(objects_.get(e, "K"), e, type, page, open, depth);
  }

  std::vector<StructBlock> out;

 private:
  void kids(const PdfObject* k, const PdfObject* parent, const std::string& type, int page, long open, int depth) {
    if (!k) return;
    if (k->IsArray()) {
      for (const PdfObject& item : k->GetArray()) kids(objects_.resolve(&item), parent, type, page, open, depth);
      return;
    }
    if (k->IsNumber()) {
      const long long mcid = k->GetNumber();
      if (mcid >= 0 && mcid < 1'000'000'000) add(static_cast<int>(mcid), page, open, type);
      return;
    }
    if (!k->IsDictionary()) return;
    const std::string_view t = objects_.name(objects_.get(k, "Type"));
    if (t == "OBJR") return;  // annotations and XObjects: no page text
    if (t == "MCR") {
      if (objects_.get(k, "Stm")) return;  // content inside a form XObject
      int p = page;
      if (const PdfObject* pg = objects_.get(k, "Pg")) {
        if (auto it = pages_.find(pg); it != pages_.end()) p = it->second;
      }
      if (auto id = objects_.number(objects_.get(k, "MCID")); id && *id >= 0 && *id < 1e9)
        add(static_cast<int>(*id), p, open, type);
      return;
    }
    element(k, page, open, depth + 1);
  }

  // Content of an element outside any block becomes a block of its own.
  void add(int mcid, int page, long& open, const std::string& type) {
    if (open < 0) {
      out.push_back(StructBlock{type, {}});
      open = static_cast<long>(out.size()) - 1;
    }
    out[static_cast<std::size_t>(open)].parts.push_back({page, mcid});
  }

  std::string standard_type(const PdfObject* e) const {
    std::string t(objects_.name(objects_.get(e, "S")));
    for (int hop = 0; hop < kMaxRoleHops && role_map_ && !is_block_type(t); ++hop) {
      const std::string_view mapped = objects_.name(objects_.get(role_map_, t.c_str()));
      if (mapped.empty() || mapped == t) break;
      t = std::string(mapped);
    }
    return t;
  }

  const Objects& objects_;
  const PdfObject* role_map_;
  const std::unordered_map<const PdfObject*, int>& pages_;
  std::unordered_set<const PdfObject*> seen_;
  std::size_t nodes_ = 0;
};

}  // namespace

std::vector<StructBlock> read_structure(const Objects& objects, const PdfObject* catalog,
                                        const std::unordered_map<const PdfObject*, int>& page_numbers) {
  const PdfObject* root = objects.get(catalog, "StructTreeRoot");
  if (!root || !root->IsDictionary()) return {};
  Walker walker(objects, objects.get(root, "RoleMap"), page_numbers);
  const PdfObject* k = objects.get(root, "K");
  if (!k) return {};
  if (k->IsArray()) {
    for (const PdfObject& item : k->GetArray()) walker.element(objects.resolve(&item), 0, -1, 0);
  } else {
    walker.element(k, 0, -1, 0);
  }
  return std::move(walker.out);
}

}  // namespace unxref::pdf
