// The public questions about targets (include/unxref/detect/registry.hpp),
// answered from the registries.
#include "unxref/detect/registry.hpp"

#include "detect/registry.hpp"

namespace unxref {

std::string instrument_parent(std::string_view target) {
  auto in = detect::find_instrument(target);
  return in ? in->parent : std::string();
}

std::string instrument_label(std::string_view target) {
  auto in = detect::find_instrument(target);
  return in ? in->label : std::string();
}

std::string instrument_title(std::string_view target) {
  auto in = detect::find_instrument(target);
  return in ? in->title : std::string();
}

int instrument_year(std::string_view target) {
  auto in = detect::find_instrument(target);
  return in ? in->year : 0;
}

namespace {
std::string_view sdg_code(std::string_view target) {
  constexpr std::string_view kPrefix = "sdg:";
  return target.substr(0, kPrefix.size()) == kPrefix ? target.substr(kPrefix.size()) : std::string_view{};
}
}  // namespace

std::string sdg_label(std::string_view target) {
  const auto& codes = detect::builtin_sdg_codes().label_of;
  auto it = codes.find(std::string(sdg_code(target)));
  return it == codes.end() ? std::string() : it->second;
}

bool sdg_code_exists(std::string_view target) {
  std::string_view code = sdg_code(target);
  return !code.empty() && detect::builtin_sdg_codes().contains(code);
}

std::string publication_title(std::string_view id) {
  for (const detect::Publication& p : detect::builtin_publications())
    if (p.id == id) return p.title;
  return {};
}

}  // namespace unxref
