#include "cli/registry_option.hpp"

#include "unxref/detect/detect.hpp"

namespace unxref::cli {

void add_registry_option(CLI::App* sub, std::vector<std::string>& registries) {
  const CLI::Validator readable_registry(
      [](std::string& file) -> std::string {
        try {
          check_registry_file(file);
        } catch (const std::exception& e) {
          return e.what();
        }
        return {};
      },
      "REGISTRY");
  sub->add_option("--registry", registries,
                  "Extra instrument registry in the format of data/instruments.tsv (its rows add to or "
                  "replace the built-in ones)")
      ->check(CLI::ExistingFile)
      ->check(readable_registry);
}

}  // namespace unxref::cli
