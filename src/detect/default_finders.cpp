#include "detect/default_finders.hpp"

namespace unxref::detect {

// One line per kind of reference. The detector needs no other change to run
// a new finder: its cues join the one scan, its candidates the one reduction.
std::vector<std::unique_ptr<Finder>> make_default_finders(const DetectorOptions& options) {
  std::vector<std::unique_ptr<Finder>> finders;
  finders.push_back(make_symbol_finder());
  finders.push_back(make_resolution_finder());
  finders.push_back(make_instrument_finder(options));
  finders.push_back(make_instrument_collection_finder());
  finders.push_back(make_instrument_list_finder());
  finders.push_back(make_treaty_series_finder(options));
  finders.push_back(make_sdg_finder());
  finders.push_back(make_short_form_finder());
  finders.push_back(make_protocol_finder());
  finders.push_back(make_ilo_convention_finder());
  finders.push_back(make_document_finder(options));
  finders.push_back(make_reissue_finder());
  return finders;
}

}  // namespace unxref::detect
