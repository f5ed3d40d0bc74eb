#include "cli/document_json.hpp"

namespace unxref::cli {

nlohmann::json document_to_json(const Document& doc) {
  using nlohmann::json;
  const DocumentMeta& m = doc.meta;
  json meta = {{"path", m.path},       {"format", m.format},     {"title", m.title},
               {"symbol", m.symbol},   {"date", m.date},         {"language", m.language},
               {"producer", m.producer}, {"page_count", m.page_count}, {"sponsors", m.sponsors}};
  json blocks = json::array();
  for (const Block& b : doc.blocks) {
    json jb = {{"page", b.page},
               {"role", std::string(to_string(b.role))},
               {"bbox", {b.box.x0, b.box.y0, b.box.x1, b.box.y1}},
               {"text", b.text}};
    if (b.role == Role::heading) jb["level"] = b.level;
    blocks.push_back(std::move(jb));
  }
  return {{"metadata", std::move(meta)}, {"blocks", std::move(blocks)}, {"warnings", doc.warnings}};
}

}  // namespace unxref::cli
