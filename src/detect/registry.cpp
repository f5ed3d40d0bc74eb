// Loading the registries from their TSV data files.
#include "detect/registry.hpp"

#include <algorithm>
#include <charconv>
#include <tuple>
#include <fstream>
#include <mutex>
#include <shared_mutex>
#include <sstream>

#include "detect/normalize.hpp"
#include "unxref/core/embedded.hpp"
#include "unxref/core/error.hpp"
#include "unxref/core/un_symbol.hpp"

namespace unxref::detect {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "-" marks an empty cell, so that a row never has invisible trailing tabs.
std::string_view cell_value(std::string_view cell) { return cell == "-" ? std::string_view{} : cell; }

int parse_int(std::string_view s, const std::filesystem::path& source, int line, const char* what) {
  s = cell_value(trim(s));
  if (s.empty()) return 0;
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size())
    throw FileError(source, "line " + std::to_string(line) + ": " + what + " '" + std::string(s) +
                                "' is not a number");
  return v;
}

std::string normalized(std::string_view s) { return normalize(s).text; }

PinpointRule parse_pinpoint(std::string_view cell, const std::filesystem::path& source, int line) {
  PinpointRule rule;
  cell = cell_value(trim(cell));
  if (cell.empty()) return rule;
  // label:min-max:word,word,...
  auto parts = split_list(cell, ":");
  auto bad = [&] {
    return FileError(source, "line " + std::to_string(line) + ": pinpoint '" + std::string(cell) +
                                 "' is not label:min-max:word,word");
  };
  if (parts.size() != 3) throw bad();
  auto range = split_list(parts[1], "-");
  if (range.size() != 2) throw bad();
  rule.label = parts[0];
  rule.min = parse_int(range[0], source, line, "pinpoint minimum");
  rule.max = parse_int(range[1], source, line, "pinpoint maximum");
  for (const auto& w : split_list(parts[2], ",")) rule.words.push_back(normalized(w));
  if (rule.words.empty() || rule.min > rule.max) throw bad();
  return rule;
}

// Extra registries loaded by any Detector of the process, for the lookups
// that only have a target id in hand (short forms, graph labels).
struct ExtraInstruments {
  std::shared_mutex mutex;
  InstrumentRegistry registry;
};
ExtraInstruments& extras() {
  static ExtraInstruments e;
  return e;
}

}  // namespace

void InstrumentRegistry::load(std::string_view data, const std::filesystem::path& source) {
  add_rows(parse_tsv(data, source, 8), source);
}

void InstrumentRegistry::add_rows(const std::vector<TsvRow>& rows, const std::filesystem::path& source) {
  for (const TsvRow& row : rows) {
    const auto& c = row.cells;
    const std::string where = "line " + std::to_string(row.line) + ": ";
    Instrument in;
    in.key = c[0];
    in.target = c[1];
    if (in.key.empty() || in.target.empty()) throw FileError(source, where + "empty key or target");
    if (in.target.rfind("treaty:", 0) == 0) {
      in.kind = TargetKind::treaty;
    } else {
      auto symbol = canonical_un_symbol(in.target);
      if (!symbol) throw FileError(source, where + "target '" + in.target + "' is neither treaty:<key> nor a UN symbol");
      in.target = *symbol;
      in.kind = in.target.find("/RES/") != std::string::npos ? TargetKind::resolution : TargetKind::symbol;
    }
    in.parent = std::string(cell_value(c[2]));
    in.year = parse_int(c[3], source, row.line, "year");
    in.label = std::string(cell_value(c[4]));
    for (const auto& sf : split_list(cell_value(c[5]), ",")) in.short_forms.push_back(normalized(sf));
    in.pinpoint = parse_pinpoint(c[6], source, row.line);
    for (const std::string& written : split_list(cell_value(c[7]), " | ")) {
      const bool exact = written.front() == '=';
      std::string_view w = exact ? std::string_view(written).substr(1) : std::string_view(written);
      if (w.empty()) continue;
      if (in.title.empty()) in.title = std::string(w);
      // Normalising folds ’ into ', so one name covers both spellings.
      in.names.push_back({normalized(w), std::string(w), exact});
    }
    if (c.size() > 8) {
      for (const std::string& entry : split_list(cell_value(c[8]), ",")) {
        const std::size_t colon = entry.find(':');
        if (colon == std::string::npos || colon + 1 == entry.size())
          throw FileError(source, where + "treaty series entry '" + entry + "' is not volume:number");
        in.treaty_series.push_back(
            {parse_int(std::string_view(entry).substr(0, colon), source, row.line, "treaty series volume"),
             entry.substr(colon + 1)});
      }
    }
    // A treaty known only by its registration ("vol. 75, No. 971") is still
    // found by it; a row with neither can never be found.
    if (in.names.empty() && in.treaty_series.empty())
      throw FileError(source, where + "instrument '" + in.key + "' has no names and no treaty series entry");
    if (in.title.empty()) in.title = in.label;
    if (in.label.empty()) in.label = in.title;
    add(std::move(in));
  }
}

void InstrumentRegistry::add(Instrument in) {
  auto [it, fresh] = by_key_.emplace(in.key, instruments_.size());
  const std::size_t at = it->second;
  if (fresh) {
    instruments_.push_back(std::move(in));
  } else {
    // A user's row replacing a built-in one may change its target: the old
    // target goes to the next instrument that has it, if any.
    const std::string old = instruments_[at].target;
    instruments_[at] = std::move(in);
    if (auto t = by_target_.find(old); t != by_target_.end() && t->second == at) {
      by_target_.erase(t);
      for (std::size_t i = 0; i < instruments_.size(); ++i)
        if (instruments_[i].target == old) {
          by_target_.emplace(old, i);
          break;
        }
    }
  }
  // The first instrument with a target keeps it (frameworks may share one).
  by_target_.emplace(instruments_[at].target, at);
}

void InstrumentRegistry::load_file(const std::filesystem::path& file) { add_rows(read_tsv_file(file, 8), file); }

}  // namespace unxref::detect

namespace unxref {

void check_registry_file(const std::filesystem::path& file) {
  detect::InstrumentRegistry registry;
  registry.load_file(file);
}

}  // namespace unxref

namespace unxref::detect {

const Instrument* InstrumentRegistry::by_target(std::string_view target) const {
  const auto it = by_target_.find(std::string(target));
  return it == by_target_.end() ? nullptr : &instruments_[it->second];
}

const InstrumentRegistry& builtin_instruments() {
  static const InstrumentRegistry registry = [] {
    InstrumentRegistry r;
    r.add_rows(embedded_tsv("instruments.tsv", 8), "data/instruments.tsv");
    return r;
  }();
  return registry;
}

void register_extra_instruments(const InstrumentRegistry& extra) {
  auto& e = extras();
  std::unique_lock lock(e.mutex);
  for (const Instrument& in : extra.instruments()) e.registry.add(in);
}

std::optional<Instrument> find_instrument(std::string_view target) {
  if (const Instrument* in = builtin_instruments().by_target(target)) return *in;
  auto& e = extras();
  std::shared_lock lock(e.mutex);
  if (const Instrument* in = e.registry.by_target(target)) return *in;
  return std::nullopt;
}

std::vector<std::string> short_forms_of(std::string_view target) {
  // Asked for every full mention: the built-in registry without a copy of
  // the whole instrument.
  if (const Instrument* in = builtin_instruments().by_target(target)) return in->short_forms;
  auto& e = extras();
  std::shared_lock lock(e.mutex);
  if (const Instrument* in = e.registry.by_target(target)) return in->short_forms;
  return {};
}

std::vector<Instrument> optional_protocols_of(std::string_view parent_target) {
  std::vector<Instrument> out = children_of(parent_target);
  std::erase_if(out, [](const Instrument& in) {
    return std::find(in.short_forms.begin(), in.short_forms.end(), "optional protocol") == in.short_forms.end();
  });
  return out;
}

std::vector<Instrument> protocols_of(std::string_view parent_target) {
  std::vector<Instrument> out = children_of(parent_target);
  std::erase_if(out, [](const Instrument& in) {
    return std::none_of(in.short_forms.begin(), in.short_forms.end(),
                        [](const std::string& f) { return f == "protocol" || f == "optional protocol"; });
  });
  return out;
}

std::vector<Instrument> children_of(std::string_view parent_target) {
  // Asked for every treaty mention that could carry a protocol: the built-in
  // rows are grouped by parent once.
  static const std::unordered_map<std::string, std::vector<std::size_t>> builtin_children = [] {
    std::unordered_map<std::string, std::vector<std::size_t>> m;
    const auto& all = builtin_instruments().instruments();
    for (std::size_t i = 0; i < all.size(); ++i)
      if (!all[i].parent.empty()) m[all[i].parent].push_back(i);
    return m;
  }();
  std::vector<Instrument> out;
  if (auto it = builtin_children.find(std::string(parent_target)); it != builtin_children.end())
    for (std::size_t i : it->second) out.push_back(builtin_instruments().instruments()[i]);
  {
    auto& e = extras();
    std::shared_lock lock(e.mutex);
    for (const Instrument& in : e.registry.instruments()) {
      if (in.parent != parent_target) continue;
      std::erase_if(out, [&](const Instrument& o) { return o.key == in.key; });  // a user's row corrects ours
      out.push_back(in);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Instrument& a, const Instrument& b) { return std::tie(a.year, a.key) < std::tie(b.year, b.key); });
  return out;
}

const std::vector<Publication>& builtin_publications() {
  static const std::vector<Publication> docs = [] {
    std::vector<Publication> out;
    const std::filesystem::path source = "data/publications.tsv";
    for (const TsvRow& row : embedded_tsv("publications.tsv", 5)) {
      Publication p;
      p.id = row.cells[0];
      p.year = parse_int(row.cells[1], source, row.line, "year");
      p.date = std::string(cell_value(row.cells[2]));
      p.title = row.cells[3];
      p.cited_as = split_list(row.cells[4], " | ");
      out.push_back(std::move(p));
    }
    return out;
  }();
  return docs;
}

const SdgCodes& builtin_sdg_codes() {
  static const SdgCodes codes = [] {
    SdgCodes c;
    for (const TsvRow& row : embedded_tsv("sdg-codes.tsv", 2))
      c.label_of.emplace(row.cells[0], row.cells.size() > 2 ? row.cells[2] : std::string());
    return c;
  }();
  return codes;
}

}  // namespace unxref::detect
