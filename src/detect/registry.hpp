#pragma once
// The detector's registries, loaded from tab-separated data files: the
// instrument registry (treaties and frameworks, data/instruments.tsv), the
// SDG codes (data/sdg-codes.tsv) and the known publications
// (data/publications.tsv). Names are stored normalised (normalize()), so
// that they can be used as scanner cues directly.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "unxref/core/tsv.hpp"
#include "unxref/detect/detect.hpp"
#include "unxref/detect/mention.hpp"

namespace unxref::detect {

using unxref::parse_tsv;
using unxref::split_list;
using unxref::TsvRow;

// A name an instrument answers to, normalised. `stems` marks a name written
// with '*' after a word stem ("конвенци* о правах ребенка"): the stem takes
// any word ending, for declined languages. `exact_case`: an abbreviation that
// counts only when written in the same case as in the registry ("UNTOC").
struct InstrumentName {
  std::string normalized;
  std::string written;  // as in the registry, for the case check
  bool exact_case = false;
};

// Where a framework's pinpoint is looked for: "Objective 10" of the Compact.
struct PinpointRule {
  std::string label;                // "objective": the pinpoint is "objective 10"
  std::vector<std::string> words;   // normalised words that introduce it, any language
  int min = 0, max = 0;             // valid numbers
};

// A registration in the United Nations Treaty Series: "vol. 2237, No. 39574";
// volume 0 when only the number is known, numbers "LoN-56" for the League of
// Nations Treaty Series.
struct TreatySeriesEntry {
  int volume = 0;
  std::string number;
};

struct Instrument {
  std::string key;     // "tip-protocol", "gpa"
  std::string target;  // "treaty:tip-protocol", "A/RES/64/293"
  TargetKind kind = TargetKind::treaty;
  std::string parent;  // target id, or empty
  int year = 0;
  std::string label;   // short name for graph labels
  std::string title;   // the first name, as written
  std::vector<std::string> short_forms;  // keys: "protocol", "convention", "gpa", ...
  PinpointRule pinpoint;
  std::vector<InstrumentName> names;
  std::vector<TreatySeriesEntry> treaty_series;
};

class InstrumentRegistry {
 public:
  // Adds the rows of one registry file (format: the header of data/instruments.tsv).
  // A key already present is replaced, so a user's file can correct the built-in one.
  void load(std::string_view data, const std::filesystem::path& source);
  void load_file(const std::filesystem::path& file);  // FileError when unreadable or malformed
  void add_rows(const std::vector<TsvRow>& rows, const std::filesystem::path& source);
  void add(Instrument in);                             // replaces an instrument with the same key

  const std::vector<Instrument>& instruments() const { return instruments_; }
  // The first instrument with this target id (frameworks share none), or nullptr.
  const Instrument* by_target(std::string_view target) const;

 private:
  std::vector<Instrument> instruments_;
  std::unordered_map<std::string, std::size_t> by_key_;
  std::unordered_map<std::string, std::size_t> by_target_;
};

// data/instruments.tsv, loaded once.
const InstrumentRegistry& builtin_instruments();

// Records instruments of a user registry for the process-wide lookups
// (short-form compatibility, instrument_parent, labels). Thread-safe.
void register_extra_instruments(const InstrumentRegistry& extra);

// The instrument with this target id, built-in first, then registered extras.
std::optional<Instrument> find_instrument(std::string_view target);

// The short-form keys a target answers to, from the built-in registry and
// every registered extra one. Empty for unknown targets.
std::vector<std::string> short_forms_of(std::string_view target);

// The optional protocols of a treaty: the rows (built-in, then registered
// extras) whose parent it is and that answer to "the Optional Protocol",
// oldest first, ties by key.
std::vector<Instrument> optional_protocols_of(std::string_view parent_target);

// Its protocols, optional or not ("the Protocols thereto"), in the same order.
std::vector<Instrument> protocols_of(std::string_view parent_target);

// Every row whose parent the instrument is (protocols, amendments), in the
// same order.
std::vector<Instrument> children_of(std::string_view parent_target);

// A publication of data/publications.tsv.
struct Publication {
  std::string id;  // "icat:policy-paper-2016-12"
  int year = 0;
  std::string date;   // "December 2016"
  std::string title;  // as published
  std::vector<std::string> cited_as;  // titles to look for
};
const std::vector<Publication>& builtin_publications();

// Official SDG codes ("8.7", "1.a", "16.2.2") with our labels (data/sdg-codes.tsv).
struct SdgCodes {
  std::unordered_map<std::string, std::string> label_of;  // code -> label (may be empty)
  bool contains(std::string_view code) const { return label_of.count(std::string(code)) > 0; }
};
const SdgCodes& builtin_sdg_codes();

}  // namespace unxref::detect
